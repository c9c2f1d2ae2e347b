/**
 * No false "not found" for questions written in ways planners ask: a name typed without æ/ø/å
 * ("Sorum"), and whether a strategy is still valid (its period, from the metadata). A fact in no
 * document still gets "not found".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { interpretQuestion } from '../../src/answer/question.ts';
import { asciiSpellings } from '../../src/answer/question-words.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

describe('names typed without æ, ø, å', () => {
  it('spells a name the ways a keyboard without æøå writes it, never as a short word or a stop word', () => {
    expect(asciiSpellings('sørum')).toContain('sorum');
    expect(asciiSpellings('bærum')).toEqual(expect.arrayContaining(['baerum', 'barum']));
    expect(asciiSpellings('ås')).toEqual([]);
    expect(asciiSpellings('asker')).toEqual([]);
  });
  it('"velferdsteknologi i Sorum" quotes Sørum kommune', async () => {
    const question = interpretQuestion('Hva sier strategien om velferdsteknologi i Sorum?', listDocuments(store.db));
    expect([...new Set(question.documents.map((d) => d.organisation))]).toEqual(['Sørum kommune']);
    const answer = await store.answerer.ask('Hva sier strategien om velferdsteknologi i Sorum?');
    expect(answer.answer).toMatch(/Sørum kommune/);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => /velferdsteknologi/i.test(c.quote))).toBe(true);
  });
});

describe('is the strategy still valid', () => {
  it('answers with the period, from the document', async () => {
    const answer = await store.answerer.ask('Er IKT-strategien til 3-1 fortsatt gyldig?');
    expect(answer.answer).toMatch(/2010–2013/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
  it('in English too', async () => {
    const answer = await store.answerer.ask('Is the Kongsbergregionen eStrategi still valid?');
    expect(answer.answer).toMatch(/2011–2014/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe('true abstentions stay', () => {
  it('a topic in no document is "not found" also when the name is typed without ø', async () => {
    const answer = await store.answerer.ask('Står det noe om blokkjede i Sorum?');
    expect(answer.citations).toEqual([]);
  });
});

describe('a follow-up asking of the other plan', () => {
  it('"kva med den andre planen?" answers the period of Kongsbergregionen\'s other strategy', async () => {
    const history = [{ role: 'user' as const, content: 'Kva periode gjeld tiltaksplanen til Kongsbergregionen?' }];
    const question = interpretQuestion('kva med den andre planen?', listDocuments(store.db), history);
    expect(question.documents.map((d) => d.title)).toEqual(['eStrategi 2011–2014 for Kongsbergregionen']);
    const answer = await store.answerer.ask('kva med den andre planen?', history);
    expect(answer.answer).toMatch(/2011–2014/);
    expect(answer.answer).not.toMatch(/vedt/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe('words typed without æ, ø, å', () => {
  it('reads a word no document holds as the spelling the documents hold, and a question word as itself', async () => {
    const { restoreLetters } = await import('../../src/answer/letters.ts');
    const { termStats } = await import('../../src/search/match.ts');
    const stats = termStats(store.db);
    expect(restoreLetters('Har Sorum mal om okonomi?', stats)).toBe('Har Sørum mål om økonomi?');
    // Nynorsk "vart" (was) is no "vårt"; a word the documents hold stays.
    expect(restoreLetters('Kva tid vart strategien vedteken?', stats)).toBe('Kva tid vart strategien vedteken?');
  });
  it('"Har Kongsbergregionen mal om apne data?" asks about åpne data', async () => {
    const answer = await store.answerer.ask('Har Kongsbergregionen mal om apne data?');
    expect(answer.topic).toMatch(/åpne data/);
  });
});
