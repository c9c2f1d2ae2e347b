import { describe, expect, it } from 'vitest';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { requiringParts } from '../../src/search/qualified-concept.ts';
import { themeParts } from '../../src/answer/showing-most.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out set -h2 (golden-answers-h2.json, read openly on 2026-12-05, fifth session) and
 * the blind tuning set -g4 showed misread: "hvem av kommunene" asking across the strategies, digital post
 * as one theme over its sending and receiving kinds, health messaging, building applications and help
 * with digital services as themes of their own, a free word nowhere in the corpus among many that are,
 * versions compared by what is no longer there, "hva vil X oppnå" asking for goals. Real answers over the
 * development corpus, asked in other words than the golden questions.
 */

const dev = useDevelopmentStore();
const { ask, read } = dev;
const concept = (topic: string) => resolveConcept(topic, loadVocabulary(), termStats(dev.store.db), 'nb');
const named = (answer: { citations: Array<{ organisation: string }> }) => new Set(answer.citations.map((citation) => citation.organisation));
/** The organisations a coverage answer lists as taking the topic up (before its "not addressed" part). */

describe('reading the question', () => {
  it('reads "hvem av kommunene/strategiene" as a question across the strategies, "hvem av X og Y" still as a choice', () => {
    expect(read('Hvem av kommunene har mål om åpne data?').intent).toBe('coverage');
    expect(read('Hvem av strategiene nevner skytjenester?').intent).toBe('coverage');
    expect(read('Hvem av Asker og Sandnes har flest mål om åpne data?').intent).toBe('compare');
  });

  it('reads "sitter i" as asking for names, not across the strategies', () => {
    expect(read('Hvem sitter i styret i ROR-IKT?').intent).not.toBe('coverage');
  });

  it('reads what a strategy wants to achieve as its goals', () => {
    expect(read('Hva vil Tromsø oppnå med digitaliseringen?').intent).toBe('goals');
    expect(read('What does Trondheim want to achieve by 2026?').intent).toBe('goals');
  });

  it('reads goals no longer found in the newer version as a version comparison with no topic', () => {
    const question = read('Hvilke mål i eStrategien 2011–2014 finner man ikke igjen i Kongsbergregionens tiltaksplan 2016–2018?');
    expect(question.intent).toBe('compare');
    expect(question.documents).toHaveLength(2);
    expect(question.topic).toBe('');
  });
});

describe('themes', () => {
  it('asks for all digital post, sent and received, when every kind of it is named or the plain words are used', () => {
    expect(concept('sende brev digitalt').named).toContain('digital-post');
    expect(concept('SvarUt og digital postkasse').named).toContain('digital-post');
    // One kind named asks for that kind.
    expect(concept('SvarUt').named).toEqual(['svarut']);
  });

  it('answers who sends post digitally with the strategies using SvarUt as well as a digital mailbox', async () => {
    const answer = await ask('Hvem vil sende post digitalt til innbyggerne?');
    const listed = addressing(answer);
    for (const organisation of ['Sunnfjord kommune', 'Sandnes kommune', 'Kongsbergregionen']) expect(listed).toContain(organisation);
  });

  it('answers health messaging with messaging, not with health records or welfare technology', async () => {
    const answer = await ask('Which municipalities plan electronic messages with GPs?');
    expect(named(answer)).toContain('Gjøvik kommune');
    expect(named(answer)).not.toContain('Bergen kommune');
    for (const citation of answer.citations) expect(citation.quote).toMatch(/meld|helsenett|samhandling|messag/i);
  });

  it('answers building applications without maps and geodata', async () => {
    const answer = await ask('Kven vil ha digitale byggjesøknader?');
    expect(addressing(answer)).toContain('Sandnes kommune');
    expect(addressing(answer)).not.toContain('3-1 IKT-samarbeidet');
  });

  it('answers help with digital services as digital inclusion, not as digital services', async () => {
    expect(concept('hjelp med digitale tjenester').named).toEqual(['digital-inkludering']);
    const answer = await ask('Hvilke kommuner gir innbyggerne hjelp med digitale tjenester?');
    expect(addressing(answer)).toContain('Asker kommune');
    expect(addressing(answer)).not.toContain('Trondheim kommune');
  });

  it('knows universities and research partners by name', () => {
    expect(concept('NTNU').named).toEqual(['forskning-akademia']);
    expect(concept('samarbeid med høgskolen').named).toContain('forskning-akademia');
  });
});

describe('themes that qualify each other', () => {
  it('looks for two unrelated themes together, in one sentence', async () => {
    const answer = await ask('Hvem samarbeider med universitetene om digitalisering?');
    const listed = addressing(answer);
    for (const organisation of ['Trondheim kommune', 'Bodø kommune']) expect(listed).toContain(organisation);
    // Collaboration with other municipalities only is no collaboration with a university.
    for (const organisation of ['Sunnfjord kommune', 'ROR-IKT', '3-1 IKT-samarbeidet']) expect(listed).not.toContain(organisation);
    const school = addressing(await ask('Hvilke strategier vil styrke den digitale kompetansen i skolen?'));
    expect(school).toContain('Kristiansand kommune');
    expect(school).not.toContain('Asker kommune');
  });

  it('answers for the first theme, and says so, where no strategy has both', async () => {
    const answer = await ask('Which strategies take up information security in kindergartens?');
    expect(answer.answer).toMatch(/^None of the loaded strategies takes up all of .*Nearest is what they say about "information security"/);
    expect(addressing(answer)).toContain('Asker kommune');
  });

  it('does not read an example of a kind, or a kind beside its sibling, as a qualifier', () => {
    const vocabulary = loadVocabulary();
    for (const [question, topic] of [
      ['Hvem bruker felleskomponenter som Altinn?', 'felleskomponenter altinn'],
      ['Hvem har mål om meldingsutveksling med fastlegene eller tilkobling til Helsenettet?', 'meldingsutveksling fastlegene tilkobling helsenettet'],
    ] as const) {
      const named = concept(topic);
      expect(requiringParts(named, themeParts(question, named.named, vocabulary) ?? [], vocabulary).together).toBeUndefined();
    }
  });
});

describe('words nowhere in the corpus', () => {
  it('answers a long question with one word nowhere in the corpus from its other words', async () => {
    const answer = await ask('Hvor mye vil Lillestrøm kutte tiden saksbehandlerne bruker på å taste inn data manuelt?');
    expect(answer.answer).toMatch(/20 prosent/);
  });

  it('still says "not found" when the topic is that word', async () => {
    const answer = await ask('Hva sier Sandnes om droner?');
    expect(answer.citations).toHaveLength(0);
  });
});
