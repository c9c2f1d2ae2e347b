/** Retrieval quality on the golden set (test/fixtures/golden-questions.json) with the offline embedder. */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadGolden, pairAgreement, type Evaluation } from '../../bench/evaluate.ts';
import { buildCorpusStore } from '../helpers/corpus.ts';

const questions = loadGolden();
const runs = new Map<string, Evaluation>();

beforeAll(async () => {
  const store = await buildCorpusStore();
  for (const mode of ['lexical', 'vector', 'hybrid'] as const) runs.set(mode, await evaluate(store.searcher, questions, mode));
});

describe('golden retrieval set', () => {
  it('has at least 40 questions in Norwegian and English over all four categories', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.category))).toEqual(new Set(['lookup', 'goals', 'budgets', 'coverage']));
    expect(questions.filter((q) => q.language === 'en').length).toBeGreaterThanOrEqual(20);
  });
  it('hybrid search reaches recall@5 ≥ 0.9 and MRR ≥ 0.8', () => {
    const hybrid = runs.get('hybrid')!.overall;
    expect(hybrid.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(hybrid.mrr).toBeGreaterThanOrEqual(0.8);
  });
  it('hybrid beats lexical-only and vector-only', () => {
    const [lexical, vector, hybrid] = ['lexical', 'vector', 'hybrid'].map((mode) => runs.get(mode)!.overall);
    for (const single of [lexical!, vector!]) {
      expect(hybrid!.recallAt5).toBeGreaterThan(single.recallAt5);
      expect(hybrid!.mrr).toBeGreaterThan(single.mrr);
    }
  });
  it('English questions find the same passages as their Norwegian pairs at least 80 % of the time', () => {
    expect(pairAgreement(runs.get('hybrid')!, questions).share).toBeGreaterThanOrEqual(0.8);
  });
});
