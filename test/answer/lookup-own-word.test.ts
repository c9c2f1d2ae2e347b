import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A look-up quotes, within a passage, the sentence in the question's own word before a sentence that
 * only names another label of the same theme: "trygghetsalarmer" is a label of welfare technology, as
 * "medisindispenser" is, and the Lindesnes plan (fresh tune document) has both in one list.
 */
const FRESH = `${ROOT}test/fixtures/fresh`;

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${FRESH}/lindesnes-handlingsplan-velferdsteknologi-2024-2027.txt`, `${FRESH}/sandefjord-digitaliseringsstrategi-2025-2028.md`]);
});

describe('look-up in the question\'s own word', () => {
  it('"Hva sier Lindesnes om trygghetsalarmer?" quotes a sentence naming trygghetsalarmer first', async () => {
    const answer = await store.answerer.ask('Hva sier Lindesnes om trygghetsalarmer?');
    expect(answer.citations[0]?.quote).toMatch(/trygghetsalarm/i);
  });
  it('"Står det noe om e-læring i Lindesnes?" finds the e-læringskurs', async () => {
    const answer = await store.answerer.ask('Står det noe om e-læring i Lindesnes?');
    expect(answer.citations.some((c) => /e-læringskurs/.test(c.quote))).toBe(true);
  });
});
