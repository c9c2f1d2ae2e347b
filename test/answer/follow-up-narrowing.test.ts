import { describe, expect, it } from 'vitest';
import { useDevelopmentStore } from '../helpers/development-store.ts';
import { kr } from '../helpers/answers.ts';
import { organisationKindsNamed, withoutLeadingConjunction } from '../../src/answer/question-words.ts';
import { adoptedInYearAsked, ofKindsAsked } from '../../src/answer/follow-up-scope.ts';
import { narrowingCondition } from '../../src/answer/narrowing.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';

/**
 * Follow-ups that narrow the strategies of the answer before ("…av dem") by the kind of organisation,
 * the year of adoption, a condition added to the topic or a figure asked; that switch organisation
 * after "what does X say about …"; and that ask something new of the strategy just discussed — the
 * ways the blind tuning set j (golden-answers-j.json) showed them misread. Real answers over the
 * development corpus, asked in other words than the golden questions.
 */

const dev = useDevelopmentStore();

const user = (content: string) => ({ role: 'user' as const, content });
const organisations = (answer: { citations: Array<{ organisation: string }> }) => [...new Set(answer.citations.map((c) => c.organisation))].sort();

describe('the words of a follow-up', () => {
  it('names kinds of organisation only when every content word does', () => {
    expect(organisationKindsNamed('regionale eller interkommunale samarbeid').sort()).toEqual(['collaboration', 'region']);
    expect(organisationKindsNamed('fylkeskommuner')).toEqual(['county']);
    expect(organisationKindsNamed('samarbeid om velferdsteknologi')).toEqual([]);
    expect(organisationKindsNamed('')).toEqual([]);
  });

  it('drops a leading conjunction before reading how it asks', () => {
    expect(withoutLeadingConjunction('and what does kongsbergregionen say about it?')).toBe('what does kongsbergregionen say about it?');
    expect(withoutLeadingConjunction('ogsa dette')).toBe('ogsa dette');
  });

  it('sets a condition of what it adds to the topic before, as alternatives', () => {
    const stats = termStats(dev.store.db);
    const condition = narrowingCondition('flytte e-post eller kontorstøtte skyen', 'skytenester', loadVocabulary(), stats);
    expect(condition?.map((concept) => concept.topic)).toEqual(['flytte e-post', 'kontorstøtte']);
    // A new topic of its own is the condition as it is.
    expect(narrowingCondition('etikk', 'kunstig intelligens', loadVocabulary(), stats)).toBeNull();
    expect(narrowingCondition('skytenester', 'skytenester', loadVocabulary(), stats)).toBeNull();
  });

  it('picks strategies by organisation kind and by the year of adoption asked', () => {
    const picked = ofKindsAsked(dev.documents, { organisationKinds: ['county'] });
    expect([...new Set(picked.map((document) => document.organisation))]).toEqual(['Vestland fylkeskommune']);
    expect(ofKindsAsked(dev.documents, {})).toHaveLength(dev.documents.length);
    const adopted = adoptedInYearAsked(dev.documents, { intent: 'document', year: 2021, text: 'Which of them was adopted in 2021?' });
    expect(adopted.length).toBeGreaterThan(0);
    expect(adopted.every((document) => document.adopted.some((record) => record.date?.startsWith('2021')))).toBe(true);
    // A year kept from the question before, or another intent, picks nothing.
    expect(adoptedInYearAsked(dev.documents, { intent: 'document', year: 2021, text: 'Who adopted them?' })).toHaveLength(dev.documents.length);
    expect(adoptedInYearAsked(dev.documents, { intent: 'lookup', year: 2021, text: 'What did they say in 2021?' })).toHaveLength(dev.documents.length);
  });

  it('keeps no document-fact intent when it has a topic of its own, and no topic when it asks of all items', () => {
    const supplier = interpretQuestion('og hvem leverer IKT-tjenestene til kommunene?', dev.documents, [user('Hvilke kommuner er med i 3-1 IKT-samarbeidet?')]);
    expect(supplier.intent).toBe('lookup');
    const total = interpretQuestion('og hva er summen for alle tiltakene i 2025?', dev.documents, [user('Hvor mye har Tønsberg satt av til trådløst nett?')]);
    expect(total.intent).toBe('budget');
    expect(total.topic).toBe('');
    const same = interpretQuestion('og i 2026?', dev.documents, [user('Hvor mye har Tønsberg satt av til trådløst nett?')]);
    expect(same.topic).not.toBe('');
  });
});

describe('follow-ups answered', () => {
  it('"hvilke av dem er interkommunale samarbeid?": only the collaborations that took up the topic', async () => {
    const answer = await dev.store.answerer.ask('hvilke av dem er interkommunale samarbeid?', [user('Hvilke strategier tar opp velferdsteknologi?')]);
    const kinds = new Set(dev.documents.filter((document) => organisations(answer).includes(document.organisation)).map((document) => document.organisationKind));
    expect(organisations(answer).length).toBeGreaterThan(0);
    expect([...kinds].every((kind) => kind === 'region' || kind === 'collaboration')).toBe(true);
    expect(answer.answer).not.toContain('Sørum');
  });

  it('"Which of them were adopted in 2021?": only the strategies adopted that year', async () => {
    const answer = await dev.store.answerer.ask('Which of them were adopted in 2021?', [user('Which strategies mention Nasjonalt velferdsteknologiprogram?')]);
    expect(answer.intent).toBe('document');
    expect(organisations(answer)).toContain('Molde kommune');
    expect(organisations(answer)).not.toContain('Rælingen kommune');
  });

  it('"hvem av dem vil flytte e-post eller kontorstøtte til skyen?": the condition shown in their text', async () => {
    const answer = await dev.store.answerer.ask('hvem av dem vil flytte e-post eller kontorstøtte til skyen?', [user('Hvilke kommuner nevner skytjenester?')]);
    expect(organisations(answer)).toEqual(['Gjøvik kommune', 'Sunnfjord kommune']);
  });

  it('"hvem av dem har et tallfestet mål for antall datasett?": only goals stating a figure', async () => {
    const answer = await dev.store.answerer.ask('hvem av dem har et tallfestet mål for hvor mange datasett som publiseres?', [user('Hvilke kommuner har mål om åpne data?')]);
    expect(organisations(answer)).toEqual(['Bergen kommune', 'Stavanger kommune']);
  });

  it('"And what does X say about it?": the text of the new organisation on the topic before', async () => {
    const answer = await dev.store.answerer.ask('And what does Kongsbergregionen say about it?', [user("What are Vestland's goals for broadband?")]);
    expect(answer.intent).toBe('lookup');
    expect(answer.answer).toContain('Høykonnettet');
  });

  it('"hva med Vestland?" after "Hva sier Sunnfjord om …": what Vestland says, with its section', async () => {
    const answer = await dev.store.answerer.ask('hva med Vestland?', [user('Hva sier Sunnfjord kommune om digital kompetanse?')]);
    expect(organisations(answer)).toEqual(['Vestland fylkeskommune']);
    expect(answer.answer).toContain('programmering');
  });

  it('a total of all measures after a question on one of them', async () => {
    const answer = await dev.store.answerer.ask('og hva er summen for alle tiltakene i 2025?', [user('Hvor mye har Tønsberg satt av til trådløst nett?')]);
    expect(answer.answer).toContain(kr('2 370 000'));
  });

  it('a new question of the collaboration just discussed', async () => {
    const answer = await dev.store.answerer.ask('og hvem leverer IKT-tjenestene til kommunene?', [user('Hvilke kommuner er med i 3-1 IKT-samarbeidet?')]);
    expect(answer.answer).toContain('Ikomm');
  });

  it('"personvernombodet" shows privacy', async () => {
    const answer = await dev.store.answerer.ask('Hva sier Sunnfjord om personvern?');
    expect(answer.answer).toContain('Personvernombodet');
  });
});
