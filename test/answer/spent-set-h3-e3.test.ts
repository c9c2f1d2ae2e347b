import { describe, expect, it } from 'vitest';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h3 and -e3 (read openly on 2026-12-05, sixth session) showed misread: a theme
 * qualified by words after it ("digital kompetanse for ledere") answered as the theme alone; two themes
 * joined by "eller" across other words read as qualifying each other; a management system for information
 * security, wireless networks, user involvement and digital inclusion asked in words the vocabulary did not
 * have; "miljø og klima" naming no theme; document questions in nynorsk and English, and an English
 * follow-up about "it". Real answers over the development corpus, asked in other words than the golden
 * questions.
 */

const dev = useDevelopmentStore();
const { ask, read, qualifier } = dev;
const vocabulary = () => loadVocabulary();
const concept = (topic: string, language = 'nb') => resolveConcept(topic, vocabulary(), termStats(dev.store.db), language);

describe('words qualifying a theme', () => {
  it('reads the words after a theme and a preposition as qualifying it, alternatives joined by "eller" apart', () => {
    expect(qualifier('Hvilke kommuner har tiltak for digital kompetanse blant lederne?')).toEqual(['lederne']);
    expect(qualifier('Hvem har digitalt tilsyn på sykehjem eller i hjemmetjenesten?')).toBeNull();
    expect(qualifier('Hvem tilbyr digitalt tilsyn i hjemmetjenesten eller på sykehjemmene?')).toEqual(['hjemmetjenesten', 'sykehjemmene']);
  });

  it('reads no qualifier after a comma, before an example or a purpose', () => {
    expect(qualifier('Hvem hjelper innbyggere som faller utenfor digitalt, for eksempel med kurs?')).toBeNull();
    expect(qualifier('Hvem satser på digital kompetanse for å få mer ut av systemene?')).toBeNull();
  });

  it('names only the strategies where one sentence shows the theme and the qualifier', async () => {
    const listed = addressing(await ask('Hvem vil styrke den digitale kompetansen blant lederne?'));
    // «Øke digital kompetanse hos ledere, ansatte og folkevalgte …»
    expect(listed).toContain('Kongsbergregionen');
    // Their competence goals are for all staff or residents, never for leaders.
    for (const organisation of ['Drammen kommune', 'Rælingen kommune', 'Vestland fylkeskommune']) expect(listed).not.toContain(organisation);
  });

  it('answers for the theme, and says so, when no strategy shows the qualifier with it', async () => {
    const answer = await ask('Hvilke kommuner har mål om velferdsteknologi for hunder?');
    expect(answer.answer).not.toMatch(/^Disse strategiene tar opp «velferdsteknologi hunder»/);
  });
});

describe('themes asked in other words', () => {
  it('reads two themes joined by "eller" across a verb phrase as alternatives', async () => {
    const listed = addressing(await ask('Hvem vil automatisere saksbehandlingen eller ta i bruk kunstig intelligens?'));
    for (const organisation of ['Tromsø kommune', 'Stavanger kommune']) expect(listed).toContain(organisation);
  });

  it('knows a management system for information security as a theme narrower than information security', async () => {
    expect(concept('ISMS').named).toEqual(['styringssystem-informasjonssikkerhet']);
    const listed = addressing(await ask('Which municipalities have an information security management system?'));
    expect(listed).toContain('Asker kommune');
    expect(listed).not.toContain('Bergen kommune');
  });

  it('reads three examples of a kind as the kind, and struggling with online services as digital inclusion', () => {
    expect(concept('Altinn, SvarUt og ID-porten').named).toContain('felleskomponenter');
    expect(concept('Altinn og ID-porten').named).not.toContain('felleskomponenter');
    expect(concept('residents struggling with online services', 'en').named).toEqual(['digital-inkludering']);
  });

  it('knows wireless networks, climate words and co-design', () => {
    expect(concept('trådlaust nett', 'nn').named).toEqual(['tradlost-nett']);
    expect(concept('klima og miljø i digitaliseringen').named).toEqual(['gronn-it']);
    expect(concept('co-designing services', 'en').named).toContain('brukermedvirkning');
    expect(concept('involvere innbyggjarane', 'nn').named).toContain('brukermedvirkning');
  });
});

describe('document questions', () => {
  it('reads "dokumenteigar" and "which earlier strategy … replace" as questions about the document', () => {
    expect(read('Kven er dokumenteigar for IKT-strategien til Gjøvik?').intent).toBe('document');
    expect(read('Which earlier plan does Trondheim’s strategy replace?').intent).toBe('document');
  });

  it('keeps the strategy of the question before when a follow-up asks what "it" replaces', async () => {
    const answer = await ask('Which older strategy does it replace?', ['Fortell om Trondheims strategi for digital transformasjon.']);
    expect(answer.answer).toContain('2017');
    expect(new Set(answer.citations.map((citation) => citation.organisation))).toEqual(new Set(['Trondheim kommune']));
  });
});

describe('how high on a ranking', () => {
  it('finds bokmål text for a nynorsk word and answers "how high" with a place in a ranking', async () => {
    expect(concept('modenheit', 'nn').words.flatMap((word) => word.alternatives.map((form) => form.word))).toContain('modenhet');
    const answer = await ask('Kor høgt vil Tromsø plassere seg når det gjeld digital modenheit?');
    expect(answer.answer).toContain('ti beste');
  });
});

