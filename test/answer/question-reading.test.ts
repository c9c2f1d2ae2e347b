import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretQuestion } from '../../src/answer/question.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Reading the question: structure phrases that are no topic, a strategy named by its title, a
 * collaboration named by its region. Asked over the fresh set's tune documents (test/fixtures/fresh/),
 * each case from a tune question that was misread (test/fixtures/fresh/golden-answers-g.json).
 */
const FRESH = `${ROOT}test/fixtures/fresh`;
const TUNE_DOCUMENTS = [
  'nordre-follo-digitaliseringsstrategi-2024-2027.md',
  'telemark-regional-plan-digital-omstilling-2025-2030.txt',
  'fosen-ikt-felles-strategi-2024-2027.txt',
  'lindesnes-handlingsplan-velferdsteknologi-2024-2027.txt',
  'sandefjord-digitaliseringsstrategi-2025-2028.md',
].map((file) => `${FRESH}/${file}`);

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore(TUNE_DOCUMENTS);
}, 120_000);
afterAll(() => store?.db.close());

const read = (text: string) => interpretQuestion(text, listDocuments(store.db));
const organisations = (text: string) => read(text).documents.map((document) => document.organisation).sort();

describe('a "how X works on Y" phrase is no topic', () => {
  it.each([
    ['Sammenlign hvordan Nordre Follo og Sandefjord jobber med kunstig intelligens', 'compare', 'kunstig intelligens'],
    ['Samanlikn korleis Fosen og Nordre Follo arbeider med skytenester', 'compare', 'skytenester'],
    ['Compare how Fosen IKT and Nordre Follo work on cloud services', 'compare', 'cloud services'],
    ['How do Sandefjord and Nordre Follo approach artificial intelligence?', 'goals', 'artificial intelligence'],
  ])('%s', (text, intent, topic) => {
    const question = read(text);
    expect(question.topic).toBe(topic);
    expect(question.intent).toBe(intent);
  });

  it('answers "how does X work on Y" with its goals and measures on Y, not one sentence defining Y', async () => {
    const answer = await store.answerer.ask('Korleis jobbar Nordre Follo med kunstig intelligens?');
    expect(answer.answer).toContain('generativ KI');
    expect(answer.answer).toContain('Spør Nordre Follo');
  });

  it('keeps such a verb where the question does not ask how', () => {
    expect(read('Hva sier Sandefjord om arbeidsprosesser som skal automatiseres?').topic).toContain('arbeidsprosesser');
  });
});

describe('a kind of goal asked of a strategy named by its title', () => {
  it('asks about that strategy, with no topic left from its title words', async () => {
    const text = 'Kva er hovudmålet i Telemark sin regionale plan for digital omstilling?';
    expect(read(text).topic).toBe('');
    const answer = await store.answerer.ask(text);
    expect(answer.answer).toContain('like føresetnader');
    expect(answer.citations.map((citation) => citation.organisation)).toEqual(['Telemark fylkeskommune']);
  });

  it('in English, where the title is Norwegian: the words after the kind of document name it', async () => {
    const text = "What is the main goal of Telemark's regional plan for digital transformation?";
    expect(read(text).topic).toBe('');
    expect((await store.answerer.ask(text)).answer).toContain('like føresetnader');
    // A kind of goal a strategy has many of keeps its topic.
    expect(read("Which measures are in Lindesnes' action plan for welfare technology?").topic).toBe('welfare technology');
  });

  it('keeps title words as the topic when no kind of goal is asked (Lindesnes: "mål for velferdsteknologi")', () => {
    expect(read('Hva er Lindesnes sine mål for velferdsteknologi?').topic).toBe('velferdsteknologi');
  });
});

describe('more structure words that are no topic', () => {
  it.each([
    ['How is Fosen IKT dealing with information security?', 'information security'],
    ['How do Sandefjord and Nordre Follo plan to use artificial intelligence?', 'artificial intelligence'],
    ['In what ways do Lindesnes and Fosen IKT differ on welfare technology?', 'welfare technology'],
  ])('%s', (text, topic) => {
    expect(read(text).topic).toBe(topic);
  });

  it('"Which priorities do X and Y share?" compares the two strategies as a whole', () => {
    const question = read('Which priorities do Sandefjord and Nordre Follo share?');
    expect(question.intent).toBe('compare');
    expect(question.topic).toBe('');
  });

  it('"share" without two organisations named is no comparison', () => {
    expect(read('Which strategies share goals on welfare technology?').intent).not.toBe('compare');
  });

  it("a vision asked of a strategy named in English by its kind ('Sandefjord's digitalisation strategy') has no topic", () => {
    expect(read("What is the vision of Sandefjord's digitalisation strategy?").topic).toBe('');
  });
});

describe('a collaboration named by its region', () => {
  it('"Fosen" names Fosen IKT', () => {
    expect(organisations('Korleis arbeider Telemark og Fosen med digital kompetanse?')).toEqual(['Fosen IKT', 'Telemark fylkeskommune']);
  });
});

describe('green IT by its climate footprint', () => {
  it('a comparison on green IT quotes the goal on the climate footprint of IT equipment', async () => {
    const answer = await store.answerer.ask('Sammenlign Sandefjord og Nordre Follo på grønn IT');
    const sandefjord = answer.answer.split('\n').find((line) => line.startsWith('• Sandefjord'));
    expect(sandefjord).toContain('30 prosent');
  });
});

describe('a comparison quotes the passage that shows the topic', () => {
  it('passes over a passage that matched only by a wider word ("environment" for green IT) and quotes the next (tune question f-cm-07)', async () => {
    const own = await buildCorpusStore([TUNE_DOCUMENTS.find((path) => path.includes('sandefjord'))!, `${FRESH}/baerum-digital-strategy-summary-2024-2027.md`]);
    try {
      const answer = await own.answerer.ask('Compare the green IT ambitions of Sandefjord and Bærum');
      const lines = answer.answer.split('\n');
      expect(lines.find((line) => line.startsWith('• Bærum'))).toContain('five years');
      expect(lines.find((line) => line.startsWith('• Sandefjord'))).toContain('30 prosent');
    } finally {
      own.db.close();
    }
  });
});

describe('"hvem av dem" with nothing asked before asks across all strategies', () => {
  it.each([
    'Hvem av dem har tenkt å flytte ting over i skyen?',
    'hvem av dem har faktisk mål eller tiltak på IT-sikkerhet?',
    'Which of them plan to move services to the cloud?',
  ])('%s', (text) => {
    const question = read(text);
    expect(question.intent).toBe('coverage');
    expect(question.documents).toEqual([]);
  });

  it('a follow-up "hvem av dem" still picks among the strategies before', () => {
    const question = interpretQuestion('Hvem av dem har mål om skytjenester?', listDocuments(store.db), [{ role: 'user', content: 'Hvilke kommuner har mål om velferdsteknologi?' }]);
    expect(question.refersBack).toBe(true);
  });
});

describe('wording of who has written or said something is no topic', () => {
  it.each([
    ['Har noen av strategiene skrevet noe om droner?', 'droner'],
    ['hvem har nevnt noe om droner?', 'droner'],
    ['Has any strategy written anything about drones?', 'drones'],
  ])('%s', (text, topic) => {
    expect(read(text).topic).toBe(topic);
  });
});

describe('examples after ", like" add no theme of their own', () => {
  it('reads learning tools, not tablets', () => {
    expect(read('Who has goals for digital learning tools for pupils in school, like tablets or learning platforms?').topic).toBe('digital learning tools pupils school');
  });
});

describe('goals asked of a named strategy in words that only describe it (blind set h14, spent)', () => {
  it.each([
    // The title's subject in other words: "transformasjon" is an equivalent of the title's "omstilling".
    ['Kva vil Telemark fylkeskommune oppnå med den digitale transformasjonen?', 'Telemark fylkeskommune'],
    // "the County of X", "the City of X": the kind of organisation before its name is part of the name.
    ["What are the County of Telemark's targets for its digital transformation?", 'Telemark fylkeskommune'],
    // A count of the members names no topic; "ønskjer … å nå" asks for goals.
    ['Kva ønskjer dei fem kommunane i Fosen IKT å nå saman?', 'Fosen IKT'],
    // A word of one of the organisation's other names ("Fosen-kommunene") names no topic.
    ['What objectives has Fosen IKT in Fosen set itself?', 'Fosen IKT'],
    // Words found in every strategy name no topic of one strategy's goals.
    ['Kva vil Telemark fylkeskommune oppnå med digitaliseringa?', 'Telemark fylkeskommune'],
    // The first part of a title's compound ("Digitaliseringsstrategi for Sandefjord kommune").
    ['Hva vil Sandefjord oppnå med digitaliseringsarbeidet sitt?', 'Sandefjord kommune'],
  ])('%s', (text, organisation) => {
    const question = read(text);
    expect(question.intent).toBe('goals');
    expect(question.topic).toBe('');
    expect(question.documents.map((document) => document.organisation)).toEqual([organisation]);
  });

  it('a theme named by the title stays the topic', () => {
    expect(read('Hva er Lindesnes sine mål for velferdsteknologi?').topic).toBe('velferdsteknologi');
  });
});

describe('who is in a collaboration, and colloquial questions across the strategies', () => {
  it.each(['hvem er med i Fosen IKT?', 'Hvilke kommuner omfattes av strategien til Fosen IKT?', 'Who are the members of Fosen IKT?'])('%s asks for the members', (text) => {
    expect(read(text).intent).toBe('document');
  });
  it.each([
    ['noen som skriver om kunstig intelligens i strategien sin?', 'kunstig intelligens'],
    ['hva gjør kommunene for folk som sliter med det digitale?', 'det digitale'],
  ])('%s asks across the strategies', (text, topicPart) => {
    const question = read(text);
    expect(question.intent).toBe('coverage');
    expect(question.documents).toEqual([]);
    expect(question.topic).toContain(topicPart);
  });
});

describe('questions in dialect (blind set n1, spent)', () => {
  it.each([
    ['ka kommuna ska flytte e-posten over i skyen?', 'coverage', 'skyen'],
    ['kem har lova å legge ut datasetta sine gratis?', 'coverage', 'datasetta'],
    ['e det nokon kommuna som vil bruke kunstig intelligens?', 'coverage', 'kunstig intelligens'],
    ['veit dokker kem som har planar for personvern?', 'coverage', 'personvern'],
  ])('%s', (text, intent, topicPart) => {
    const question = read(text);
    expect(question.intent).toBe(intent);
    expect(question.topic).toContain(topicPart);
    expect(question.topic).not.toMatch(/\b(?:ka|kem|kommuna|ska|veit|dokker)\b/);
  });

  it('"ka tal og mål har X" asks for its goals; "måltall" is a kind of goal, no topic', () => {
    expect(read('ka tal og mål har Sandefjord sett seg for digitaliseringa?')).toMatchObject({ intent: 'goals', topic: '' });
    expect(read('Hvilke konkrete måltall har Sandefjord kommune?')).toMatchObject({ intent: 'goals', topic: '' });
  });
});
