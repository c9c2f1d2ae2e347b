import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.ts';
import { narrowingCondition } from '../../src/answer/narrowing.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { kr } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -n/-p (golden-answers-n.json, -p.json, read openly on 2026-12-05) showed
 * misread: a comparison that denied sharing the very topic asked, "-målene" compounds without a linking
 * "s", "gjelder … fortsatt", a question after a scene-setting statement, two budget lines weighed by
 * "mer enn" / "more expensive than", councils asked in the plural, focus areas of a strategy that
 * marks none, "working with" as the verb of a question, a bracketed term in a follow-up. Real answers
 * over the development corpus, asked in other words than the golden questions.
 */

const dev = useDevelopmentStore();

const { ask, read } = dev;

describe('comparisons', () => {
  it('say the asked topic is shared when every side has evidence on it, and not when one has none', async () => {
    const both = await ask('Hvordan skiller Gjøvik og Sunnfjord seg på skytjenester?');
    expect(both.answer).toMatch(/^Felles: skytjenester/m);
    const oneSide = await ask('Sammenlign Rælingen og Trondheim på velferdsteknologi');
    expect(oneSide.answer).toMatch(/Trondheim kommune: fant ingen mål eller omtale/);
    expect(oneSide.answer).not.toMatch(/^Felles: velferdsteknologi/m);
  });

  it('read "data" alone as the use of data, a theme of its own, and name a shared topic once', async () => {
    const answer = await ask('Hva skiller Tromsø og Trondheim når det gjelder bruk av data?');
    expect(answer.answer).toContain('plattform for deling av data');
    expect(answer.answer).toContain('utnytte data bedre');
    expect(answer.answer.match(/bruk av data/g)?.length).toBe(2); // the topic asked, then «Felles: bruk av data»
  });

  it('read a compound of a theme and "målene" without a linking s as the goals on that theme, and leave "hovedmålene" whole', () => {
    expect(read('Sammenlign velferdsteknologimålene til Rælingen og Molde').topic).toBe('velferdsteknologi');
    expect(read('Hva er hovedmålene i Askers strategi?').topic).toBe('');
  });

  it('read the question after a statement that sets the scene alone', () => {
    const question = read('Vi skal lage en ny strategi. Hvordan skiller Asker og Bergen seg på åpne data?');
    expect(question.intent).toBe('compare');
    expect(question.topic).toBe('åpne data');
  });
});

describe('budgets', () => {
  it('weigh two lines named on either side of a comparative, in Norwegian and English', async () => {
    const nb = await ask('Er opplæring i informasjonssikkerhet dyrere enn trådløst nett i Tønsbergs handlingsplan?');
    expect(nb.answer).toContain(kr('2 600 000'));
    expect(nb.answer).toContain(kr('360 000'));
    const en = await ask("Is the integration platform more expensive than information security training in Tønsberg's plan?");
    expect(en.answer).toContain('NOK 1,500,000');
    expect(en.answer).toContain('NOK 360,000');
  });

  it('read "driftstiltakene … utgjør" as the total of the operating measures', async () => {
    const answer = await ask('Hva utgjør driftstiltakene i Sørums e-strategi til sammen?');
    expect(answer.answer).toContain(kr('1 300 000'));
  });
});

describe('document questions', () => {
  it('read "gjelder … fortsatt" / "still apply" as asking the period', async () => {
    const nn = await ask('Gjeld digitaliseringsstrategien til Sunnfjord framleis?');
    expect(nn.answer).toContain('2021–2024');
    expect(read("Does Tromsø's digital strategy still apply?").intent).toBe('document');
  });

  it('say whether the period has ended in the year the question is asked', async () => {
    const at = (date: string) => createAnswerer({ db: dev.store.db, searcher: dev.store.searcher, thesaurus: dev.store.thesaurus, now: () => new Date(date) });
    const tromso = 'Gjelder Tromsøs digitale strategi fortsatt?';
    expect((await at('2026-12-05').ask(tromso)).answer).toContain('Den gjelder ut 2026, som er i år.');
    expect((await at('2025-03-01').ask(tromso)).answer).toContain('Den gjelder fortsatt, til og med 2026.');
    expect((await at('2027-01-10').ask(tromso)).answer).toContain('Perioden gikk ut i 2026');
    expect((await at('2026-12-05').ask('Is Gjøvik\'s ICT strategy still valid?')).answer).toContain('Its period ended in 2022');
    // Asked only for the period, no verdict.
    expect((await at('2026-12-05').ask('Hvilken periode gjelder Tromsøs digitale strategi for?')).answer).not.toContain('i år');
  });

  it('read councils asked in the plural as asking who adopted it', async () => {
    const answer = await ask('Which municipal councils adopted the joint ICT strategy of Øvre Romerike?');
    for (const council of ['Eidsvoll', 'Gjerdrum', 'Hurdal', 'Nannestad', 'Nes', 'Ullensaker']) expect(answer.answer).toContain(council);
  });
});

describe('focus areas of a strategy that marks none as goals', () => {
  it('are its numbered area headings, or the headings its goals stand under', async () => {
    const oru = await ask('Which focus areas does the ØRU strategy have?');
    expect(oru.answer).toContain('Innsatsområde 1: etjenester');
    expect(oru.answer).not.toContain('Valg av innsatsområder');
    const kongsberg = await ask('Hvilke satsingsområder har tiltaksplanen til Kongsbergregionen?');
    expect(kongsberg.answer).toContain('«1 Digital dialog»');
    expect(kongsberg.answer).toContain('«9 Plan, bygg og geodata»');
    // No labelled areas: the headings under the one naming them ("3 Felles satsingsområder for 2010-2013").
    const threeOne = await ask('Which focus areas does the joint 3-1 ICT strategy have?');
    expect(threeOne.answer).toContain('«3.1 Folkevalgte og lokaldemokrati»');
    expect(threeOne.answer).toContain('«3.6 Intern informasjon og kommunikasjon»');
  });
});

describe('how a question asks', () => {
  it('reads "working with", "jobber med" as no topic', () => {
    expect(read('Which municipalities are working with AI?')).toMatchObject({ intent: 'coverage', topic: 'ai' });
    expect(read('Hvilke kommuner jobber med KI?').topic).toBe('ki');
    expect(read('Which municipalities does ØRU include?').intent).toBe('document');
  });

  it('reads a relative clause after the organisation of a follow-up as no topic', () => {
    const question = interpretQuestion('og Molde, som også er med i Romsdal-samarbeidet?', dev.documents, [{ role: 'user', content: 'Hva sier ØRU-strategien om velferdsteknologi?' }]);
    expect(question.topic).toBe('velferdsteknologi');
    expect(question.documents.map((document) => document.organisation)).toEqual(['Molde kommune']);
  });

  it('answers what a strategy whose title names the topic says of it by its goals and measures', async () => {
    const answer = await ask('Hva sier Rælingen om velferdsteknologi?');
    expect(answer.intent).toBe('goals');
    expect(answer.answer).toContain('Velferdsteknologi skal vurderes i alle saker');
    expect(answer.citations.every((citation) => !/^Strategi for\s+velferdsteknologi\s+2015/.test(citation.quote))).toBe(true);
  });

  it('takes a bracketed term of a narrowing follow-up as its condition', async () => {
    const condition = narrowingCondition('moving office tools kontorstøtte cloud', 'cloud services', loadVocabulary(), termStats(dev.store.db), 'and which of them are moving office tools (kontorstøtte) to the cloud?');
    expect(condition?.map((concept) => concept.topic)).toEqual(['kontorstøtte']);
    const answer = await ask('and which of them are moving office tools (kontorstøtte) to the cloud?', ['Which strategies deal with cloud services?']);
    const named = new Set(answer.citations.map((citation) => citation.organisation));
    expect(named).toContain('Sunnfjord kommune');
    expect(named).toContain('Gjøvik kommune');
  });
});
