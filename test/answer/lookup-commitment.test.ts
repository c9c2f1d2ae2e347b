import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, CORPUS, CORPUS_DIR, type CorpusStore } from '../helpers/corpus.ts';

/**
 * "Hva vil X gjøre med …?", "what does X say about …?": within a passage, a look-up quotes the sentence
 * that commits to something ("ØRU kommunene vil etablere rutiner …") before the one that defines the topic
 * or says who is responsible — real answers over the ØRU sample strategy.
 */
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${CORPUS_DIR}/${CORPUS.oru}.txt`]);
});
afterAll(() => store.db.close());

describe('look-ups quote what a strategy commits to', () => {
  it('"Hva vil ØRU-kommunene gjøre med informasjonssikkerheten?" quotes «vil etablere rutiner»', async () => {
    const answer = await store.answerer.ask('Hva vil ØRU-kommunene gjøre med informasjonssikkerheten?');
    expect(answer.answer).toContain('vil etablere rutiner');
    expect(answer.citations.some((citation) => citation.quote.includes('vil etablere rutiner'))).toBe(true);
  });
});
