import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A follow-up that asks a fact of its own ("Og kven har ansvaret for …?", a name) after a goals question
 * is a look-up, not the goals question again: the answer is the cell or sentence that names who is
 * responsible; and "Hvilke av strategiene handler om …?" asks across the strategies. Real answers over a nynorsk
 * kommunedelplan with a tiltak table (test/fixtures/fresh4, tuning).
 */
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/luster-kommunedelplan-digitalisering-2025-2029.md`]);
});
afterAll(() => store.db.close());

const user = (content: string) => ({ role: 'user' as const, content });

describe('a follow-up asking a fact of its own', () => {
  it('"Og kven har ansvaret for …?" after a goals question names who is responsible', async () => {
    const answer = await store.answerer.ask('Og kven har ansvaret for den nye innbyggjarportalen?', [user('Kva mål har Luster for digitale søknader?')]);
    expect(answer.answer).toContain('Servicetorget');
  });
});

describe('a question across the strategies asked as "Hvilke av strategiene …"', () => {
  it('is a coverage question, and "handler om" is no part of its topic', async () => {
    const answer = await store.answerer.ask('Hvilke av strategiene handler om bredbånd?');
    expect(answer.intent).toBe('coverage');
    expect(answer.topic).toBe('bredbånd');
    expect(answer.citations.some((citation) => /[Bb]reiband/.test(citation.quote))).toBe(true);
  });
});
