import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A comparison asked only in words of money and the strategies' own titles compares their budgets: each
 * one's totals, not their goals on a topic made of title words. Over two documents of the spent fresh11
 * set (tune since 2026-12-05, eighth session).
 */
const FRESH11 = `${ROOT}test/fixtures/fresh11`;
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${FRESH11}/tynset-handlingsplan-digital-sikkerhet-2026-2028.md`, `${FRESH11}/fitjar-digitaliseringsstrategi-2026-2030.md`]);
}, 120_000);

describe('a comparison of money between named strategies', () => {
  it('gives each strategy’s totals', async () => {
    const answer = await store.answerer.ask('Sammenlign kostnadene i Fitjars digitaliseringsstrategi og Tynsets handlingsplan for digital sikkerhet.');
    expect(answer.intent).toBe('compare');
    expect(answer.answer).not.toMatch(/mål \(\d+\)/);
    expect(answer.answer).toMatch(/2\s150\s000/);
    expect(answer.answer).toMatch(/2\s665\s000/);
  });

  it('still compares goals where a topic of its own is asked beside the money', async () => {
    const answer = await store.answerer.ask('Sammenlign Fitjar og Tynset på informasjonssikkerhet.');
    expect(answer.intent).toBe('compare');
  });
});
