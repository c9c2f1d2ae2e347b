import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedWording } from '../../src/answer/asked-wording.ts';
import { interpretQuestion, kindOfExamples } from '../../src/answer/question.ts';
import { predicativeThemes, resolveConcept, termStats } from '../../src/search/match.ts';
import { listDocuments } from '../../src/store/index.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { buildCorpusStore, developmentCorpusPaths, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Coverage questions name the same organisations whatever the wording: colloquial and nynorsk ways of
 * asking who takes a topic up ("Hvem bryr seg egentlig om …", "Kven skriv noko om …", "Hvem driver med
 * … og sånt", "Hvem legger vekt på …", "Står det noe om … i noen av strategiene?"), a verb of investing
 * that asks who prioritises, a label in predicative order ("gjere data opne"), and citations in the words
 * asked. From the blind tuning set golden-answers-j.json; real answers over the sample corpus and the
 * development strategies.
 */

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore(developmentCorpusPaths());
}, 240_000);
afterAll(() => store?.db.close());

const read = (text: string) => interpretQuestion(text, listDocuments(store.db));
const organisations = (answer: { citations: Array<{ organisation: string }> }) => [...new Set(answer.citations.map((c) => c.organisation))].sort();

describe('colloquial wording of "who takes it up" asks across the strategies and is no topic', () => {
  it.each([
    ['Hvem bryr seg egentlig om IT-sikkerhet i strategiene sine?', 'it-sikkerhet'],
    ['Kven skriv noko om personvern i strategiane sine?', 'personvern'],
    ['Hvem legger vekt på gevinstrealisering?', 'gevinstrealisering'],
    ['Hvem sier noe om IKT i undervisningen?', 'ikt undervisningen'],
    ['Står det noe om sak- og arkivsystemer i noen av strategiene?', 'sak- og arkivsystemer'],
    ['Står det noe om samisk språk noe sted?', 'samisk språk'],
    ['Finnes det strategier som sier noe om sosiale medier?', 'sosiale medier'],
    ['Who cares about privacy?', 'privacy'],
    ['Which strategies commit to open data?', 'open data'],
  ])('%s → coverage of «%s»', (text, topic) => {
    const question = read(text);
    expect(question.intent).toBe('coverage');
    expect(question.topic).toBe(topic);
  });

  it('"Står det noe om …" of a named strategy stays a look-up of its text', () => {
    expect(read('Står det noe om personvern i Askers strategi?').intent).toBe('lookup');
  });
});

describe('a verb of investing asked across the strategies with no amount asks who prioritises', () => {
  it('"Which organisations invest in welfare technology?" is coverage of welfare technology', () => {
    const question = read('Which organisations invest in welfare technology?');
    expect(question.intent).toBe('coverage');
    expect(question.topic).toBe('welfare technology');
  });

  it('an amount asked stays a budget question', () => {
    expect(read('How much will Sørum invest in welfare technology?').intent).toBe('budget');
    expect(read('Which organisations invest the most money in welfare technology?').intent).toBe('budget');
  });
});

describe('"… og sånt", "and the like": the examples stand for their kind', () => {
  it('examples of narrower themes ask for the broader theme, named first', () => {
    expect(kindOfExamples('trygghetsalarmer digitalt tilsyn', 'nb')).toBe('velferdsteknologi (trygghetsalarmer digitalt tilsyn)');
    expect(kindOfExamples('id-porten altinn', 'en')).toBe('national common components (id-porten altinn)');
  });

  it('a topic that is itself a kind, or names no theme, stays as it is', () => {
    expect(kindOfExamples('velferdsteknologi', 'nb')).toBe('velferdsteknologi');
    expect(kindOfExamples('sykkelveier', 'nb')).toBe('sykkelveier');
  });

  it('"Hvem driver med trygghetsalarmer, digitalt tilsyn og sånt?" names everyone with velferdsteknologi', async () => {
    expect(read('Hvem driver med trygghetsalarmer, digitalt tilsyn og sånt?').topic).toBe('velferdsteknologi (trygghetsalarmer digitalt tilsyn)');
    expect(read('Hvem har trygghetsalarmer og digitalt tilsyn?').topic).toBe('trygghetsalarmer digitalt tilsyn');
    const colloquial = await store.answerer.ask('Hvem driver med trygghetsalarmer, digitalt tilsyn og sånt?');
    const plain = await store.answerer.ask('Hvilke kommuner og samarbeid satser på velferdsteknologi?');
    expect(organisations(colloquial)).toEqual(organisations(plain));
    expect(organisations(colloquial)).toEqual(expect.arrayContaining(['Bergen kommune', 'Kongsbergregionen', 'Molde kommune', 'Rælingen kommune', 'Sandnes kommune', 'Sørum kommune', 'Tønsberg kommune', 'Øvre Romerike (ØRU)']));
    expectGrounded(store.db, colloquial);
  });
});

describe('a two-word label in predicative order names its theme', () => {
  it('"data opne", "data open" name åpne data', () => {
    expect(predicativeThemes('data opne tilgjengelege', loadVocabulary())).toEqual(['apne-data']);
    expect(predicativeThemes('make data open', loadVocabulary())).toEqual(['apne-data']);
    expect(predicativeThemes('data tilgjengelege', loadVocabulary())).toEqual([]);
    expect(resolveConcept('data opne tilgjengelege', loadVocabulary(), termStats(store.db)).named).toEqual(['apne-data']);
  });

  it('"Kven vil gjere data opne og tilgjengelege for andre?" finds the strategies with open data', async () => {
    const answer = await store.answerer.ask('Kven vil gjere data opne og tilgjengelege for andre?');
    expect(answer.intent).toBe('coverage');
    expect(organisations(answer)).toEqual(expect.arrayContaining(['Asker kommune', 'Bergen kommune', 'Drammen kommune', 'Kongsbergregionen', 'Stavanger kommune', 'Sørum kommune', 'Vestland fylkeskommune']));
  });
});

describe('rephrasings of one coverage question name the same organisations', () => {
  it.each([
    [['Hvilke strategier omtaler informasjonssikkerhet?', 'Hvem bryr seg egentlig om IT-sikkerhet i strategiene sine?', 'Which organisations address information security in their strategies?']],
    [['Hvilke kommuner og samarbeid har med personvern i digitaliseringsstrategien?', 'Kven skriv noko om personvern i strategiane sine?', 'Which strategies deal with privacy and the protection of personal data?']],
    [['Hvilke kommuner og samarbeid satser på velferdsteknologi?', 'Which organisations invest in welfare technology?']],
  ])('%j', async (wordings) => {
    const named = [];
    for (const text of wordings) named.push(organisations(await store.answerer.ask(text)));
    for (const other of named.slice(1)) expect(other).toEqual(named[0]);
  });

  it('"personvernombodet" (a compound of personvern) makes Sunnfjord address privacy', async () => {
    const answer = await store.answerer.ask('Kven skriv noko om personvern i strategiane sine?');
    const sunnfjord = answer.citations.filter((citation) => citation.organisation === 'Sunnfjord kommune');
    expect(sunnfjord.map((citation) => citation.quote).join(' ')).toMatch(/Personvernombodet/);
  });
});

describe('citations in the words the question used', () => {
  it('the asked labels, the preferred ones and other languages\' labels show the asked wording; another label does not', () => {
    const vocabulary = loadVocabulary();
    const stats = { passages: 1000, documentFrequency: () => 1 };
    const shared = askedWording(resolveConcept('national shared components', vocabulary, stats))!;
    expect(shared.shows('Kommunene har utarbeidet IKT-arkitektur basert på felleskomponenter')).toBe(true);
    expect(shared.shows('Kommunene har løsninger for sikker pålogging')).toBe(false);
    const skills = askedWording(resolveConcept('digital kompetanse', vocabulary, stats))!;
    expect(skills.shows('Alle tilsette skal ha digital kompetanse')).toBe(true);
    expect(skills.shows('Kompetanse er viktig for utvikling av moderne digital forvaltning.')).toBe(false);
    // A compound of the asked word names it; a nynorsk question's "breiband" did not ask for "mobildekning".
    const broadband = askedWording(resolveConcept('breiband', vocabulary, stats))!;
    expect(broadband.shows('breibandsdekning med minst 100 Mbit/s')).toBe(true);
    expect(broadband.shows('samanhengande mobildekning')).toBe(false);
    expect(askedWording(resolveConcept('sykkelveier', vocabulary, stats))).toBeNull();
  });

  it('asked for shared components like ID-porten, Altinn or SvarUt, Sørum and Kongsbergregionen are cited where they name them, not for "sikker pålogging"', async () => {
    const answer = await store.answerer.ask('Who mentions national shared components like ID-porten, Altinn or SvarUt?');
    const quotes = answer.citations.filter((citation) => citation.organisation === 'Sørum kommune' || citation.organisation === 'Kongsbergregionen').map((citation) => citation.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).not.toMatch(/sikker pålogging/);
    expect(quotes.some((quote) => /felleskomponent|fellesløsning|ID-porten|Altinn|SvarUt/i.test(quote))).toBe(true);
  });
});
