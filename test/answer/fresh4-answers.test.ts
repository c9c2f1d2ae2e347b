import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Answers over documents of the blind tuning set fresh4 (test/fixtures/fresh4) that were misread: a
 * follow-up asking a fact of its own ("Og kven har ansvaret for …?") after a goals question is a look-up;
 * "Hvilke av strategiene handler om …?" asks across the strategies; goals asked of a strategy named by its
 * title are all its goals. Real answers over the fresh4 documents.
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

describe('goals of a strategy named by its title', () => {
  it('"What targets has Akershus set in its strategy for data and green digitalisation?" lists all its targets, not those on "green"', async () => {
    const akershus = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/akershus-data-green-digitalisation-summary-2025-2030.txt`]);
    const answer = await akershus.answerer.ask('What targets has Akershus set in its strategy for data and green digitalisation?');
    akershus.db.close();
    expect(answer.topic).toBe('');
    expect(answer.answer.match(/^• /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});
