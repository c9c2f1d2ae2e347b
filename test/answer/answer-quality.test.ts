import { beforeAll, describe, expect, it } from 'vitest';
import { answerHas, joinDigitGroups, quoteShows, scoreAnswer, type GoldenAnswer } from '../../bench/answer-eval.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { listDocuments, type DocumentSummary } from '../../src/store/index.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
let documents: DocumentSummary[];
beforeAll(async () => {
  store = await buildCorpusStore();
  documents = listDocuments(store.db);
});

const named = (answer: { citations: Array<{ organisation: string }> }) => [...new Set(answer.citations.map((c) => c.organisation))].sort();

describe('question intent across languages', () => {
  it('keeps a topic word that is in the title of an organisation\'s only strategy, and still uses title words to choose between versions', () => {
    const base = documents.find((d) => d.organisation === 'Sørum kommune')!;
    const ralingen = { ...base, id: 'ralingen', title: 'Strategi for velferdsteknologi 2015', organisation: 'Rælingen kommune', aliases: ['Rælingen'], municipalities: ['Rælingen'] };
    const question = interpretQuestion('Hva er Rælingens mål for velferdsteknologi?', [...documents, ralingen]);
    expect(question).toMatchObject({ intent: 'goals', topic: 'velferdsteknologi' });
    expect(question.documents.map((d) => d.id)).toEqual(['ralingen']);
    const followUp = interpretQuestion('hva med Sørum?', [...documents, ralingen], [{ role: 'user', content: 'Hva er Rælingens mål for velferdsteknologi?' }]);
    expect(followUp.topic).toBe('velferdsteknologi');
    const version = interpretQuestion('Hva er målene i Kongsbergregionens tiltaksplan for velferdsteknologi?', documents);
    expect(version.documents.map((d) => d.id)).toEqual(['kongsbergregionen-tiltaksplan-2016-2018']);
    expect(version.topic).toBe('velferdsteknologi');
  });
  it('leaves articles out of the topic ("Har Flesberg et budsjett for velferdsteknologi?")', () => {
    expect(interpretQuestion('Har Flesberg et budsjett for velferdsteknologi?', documents)).toMatchObject({ intent: 'budget', topic: 'velferdsteknologi' });
    expect(interpretQuestion('Har Flesberg eit budsjett for velferdsteknologi?', documents).topic).toBe('velferdsteknologi');
  });

  it('reads nynorsk "Kva strategiar tek opp …" and "Kva for kommunar …" as coverage, naming what bokmål names', async () => {
    expect(interpretQuestion('Kva strategiar tek opp velferdsteknologi?', documents)).toMatchObject({ intent: 'coverage', topic: 'velferdsteknologi' });
    expect(interpretQuestion('Kva for kommunar satsar på velferdsteknologi?', documents).intent).toBe('coverage');
    const nb = await store.answerer.ask('Hvilke strategier tar opp velferdsteknologi?');
    const nn = await store.answerer.ask('Kva strategiar tek opp velferdsteknologi?');
    expect(named(nn)).toEqual(named(nb));
    expect(named(nn).length).toBeGreaterThanOrEqual(3);
    expect(nn.answer).toMatch(/^Desse strategiane tek opp/);
  });

  it('reads "Hvem har …" as a look-up when it names a strategy, and as coverage when it names none', () => {
    expect(interpretQuestion('Hvem har ansvaret for sosiale medier i Sørums e-strategi?', documents).intent).not.toBe('coverage');
    expect(interpretQuestion('Hvem har mål om velferdsteknologi?', documents).intent).toBe('coverage');
  });

  it('knows a county by its name without "fylkeskommune"', () => {
    const county = { ...documents[0]!, id: 'vestland-plan', organisation: 'Vestland fylkeskommune', aliases: [], municipalities: [] };
    const q = interpretQuestion('Korleis skil Vestland og Sørum seg på digital kompetanse?', [...documents, county]);
    expect(q.intent).toBe('compare');
    expect(q.documents.map((d) => d.organisation)).toEqual(expect.arrayContaining(['Vestland fylkeskommune', 'Sørum kommune']));
  });

  it('reads "allocated" and "programme" as words of the question, and a follow-up asking for the sum of all measures drops the line asked before', () => {
    expect(interpretQuestion('How much funding has Sørum allocated in total?', documents).topic).toBe('');
    expect(interpretQuestion("Which year has the largest budget in Sørum's programme for welfare technology?", documents).topic).not.toMatch(/programme/);
    const history = [{ role: 'user' as const, content: 'Hvor mye bruker Sørum på velferdsteknologi i 2016?' }];
    const all = interpretQuestion('Og hva er summen for alle tiltakene det året?', documents, history);
    expect([all.topic, all.year, all.intent]).toEqual(['', 2016, 'budget']);
    // Without "alle tiltakene" the follow-up keeps the line asked about before.
    expect(interpretQuestion('Og hva med 2017?', documents, history).topic).toMatch(/velferdsteknologi/);
  });
});

describe('budget lines named by a compound of a theme', () => {
  it('"velferdsteknologiprogrammet" finds the Velferdsteknologi programme row', async () => {
    const answer = await store.answerer.ask('Hva er Kongsbergregionens budsjett for velferdsteknologiprogrammet i 2017?');
    expect(answer.answer.replace(/[\u00a0\u202f]/g, ' ')).toContain('2 830 300');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => /velferdsteknologi/i.test(c.quote))).toBe(true);
  });
});

describe('the answer evaluator compares amounts by their digits', () => {
  it('accepts "NOK 11,530,300" for "11 530 300" but not another amount, and leaves decimals alone', () => {
    expect(joinDigitGroups('nok 11,530,300 og 2,83 mill')).toBe('nok 11530300 og 2,83 mill');
    expect(answerHas('the largest is nok 11,530,300 in 2017', '11 530 300')).toBe(true);
    expect(answerHas('det største er 11 530 300 kr', '11530300')).toBe(true);
    expect(answerHas('the largest is nok 11,530,301', '11 530 300')).toBe(false);
    expect(answerHas('nok 2,830,300', '2,83 mill')).toBe(false);
  });
});

describe('goals under a heading on the topic', () => {
  it('lists the goals of «Mål for "Digital samhandling"» though their own words name other things', async () => {
    const answer = await store.answerer.ask('Hvilke mål har Kongsbergregionens eStrategi for digital samhandling?');
    expect(answer.intent).toBe('goals');
    expect(answer.answer).toContain('MinID');
    expect(answer.answer).toContain('sosiale medier');
    expect(answer.answer).toContain('elektronisk faktura');
  });

  it('reads "delmål" and "hovudmål" as goal questions', () => {
    expect(interpretQuestion('Kva delmål har Sørum for informasjonstryggleik?', documents)).toMatchObject({ intent: 'goals' });
    expect(interpretQuestion('Hva er hovedmålet i Sørums e-strategi?', documents).intent).toBe('goals');
  });
});

describe('who adopts a document, said in its body', () => {
  it('quotes "Tiltaksplanen … vedtas av rådmannsutvalget" when no adoption is recorded', async () => {
    const answer = await store.answerer.ask('Hvem vedtar tiltaksplanen i Kongsbergregionen?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toMatch(/vedtas av rådmannsutvalget/);
    expect(answer.citations.some((c) => /rådmannsutvalget/.test(c.quote))).toBe(true);
  });
});

describe('the answer scorer', () => {
  it('sees a multi-word concept after a quote mark or bracket, not inside a word', () => {
    expect(quoteShows('Satsingsområde «Digital kompetanse» for alle', ['digital kompetanse'])).toBe(true);
    expect(quoteShows('(digital kompetanse)', ['digital kompetanse'])).toBe(true);
    expect(quoteShows('udigital kompetanse', ['digital kompetanse'])).toBe(false);
  });
  it('counts an expected organisation only when the answer cites it, not when its "nothing found in X" line names it', () => {
    const sorum = documents.find((d) => d.organisation === 'Sørum kommune')!;
    const question: GoldenAnswer = { id: 't', split: 'tune', category: 'coverage', language: 'nb', question: 'q', expect: { organisations: ['Sørum kommune'] } };
    const uncited = scoreAnswer(question, { answer: 'Fant ingen mål eller omtale i Sørum kommune.', citations: [] } as never, documents);
    expect(uncited.failures).toContain('missing Sørum kommune');
    const cited = scoreAnswer(question, { answer: 'Sørum kommune: «…» [1]', citations: [{ documentId: sorum.id, quote: '…' }] } as never, documents);
    expect(cited.failures).not.toContain('missing Sørum kommune');
  });
  it('counts a compared side said to have nothing on the topic only when its text has none of the concept', () => {
    const question: GoldenAnswer = { id: 't', split: 'tune', category: 'compare', language: 'nb', question: 'q', expect: { organisations: ['Sørum kommune'], concept: ['velferdsteknologi'] } };
    const told = { answer: 'Sammenligning …\n• Sørum kommune: fant ingen mål eller omtale av temaet.', citations: [] } as never;
    expect(scoreAnswer(question, told, documents, () => 'Kommunen skal ta i bruk skytjenester.').failures).not.toContain('missing Sørum kommune');
    expect(scoreAnswer(question, told, documents, () => 'Velferdsteknologi er et satsingsområde.').failures).toContain('missing Sørum kommune');
    expect(scoreAnswer({ ...question, category: 'coverage' }, told, documents, () => '').failures).toContain('missing Sørum kommune');
  });
  it('does not count a strategy a coverage answer quotes only under its "not addressed" heading as named', () => {
    const sorum = documents.find((d) => d.organisation === 'Sørum kommune')!;
    const oru = documents.find((d) => d.organisation === 'Øvre Romerike (ØRU)')!;
    const question: GoldenAnswer = { id: 't', split: 'tune', category: 'coverage', language: 'nb', question: 'q', expect: { organisations: ['Sørum kommune', 'Øvre Romerike (ØRU)'], notOrganisations: [] } };
    const citations = [{ documentId: sorum.id, quote: 'a' }, { documentId: oru.id, quote: 'b' }];
    const answer = (text: string) => ({ intent: 'coverage', answer: text, citations }) as never;
    const mentioned = scoreAnswer(question, answer('Disse strategiene tar opp «x» (1 av 2):\n• Sørum kommune: mål: «a» [1]\nTar ikke opp «x» som mål, satsingsområde, tiltak eller budsjettpost:\n• Nevnes bare i: ØRU (nærmeste omtale s. 3: «b» [2])'), documents);
    expect(mentioned.named).toEqual(['Sørum kommune']);
    expect(mentioned.failures).toContain('missing Øvre Romerike (ØRU)');
    const both = scoreAnswer(question, answer('Disse strategiene tar opp «x» (2 av 2):\n• Sørum kommune: mål: «a» [1]\n• ØRU: tiltak: «b» [2]'), documents);
    expect(both.named).toEqual(['Sørum kommune', 'Øvre Romerike (ØRU)']);
  });
});
