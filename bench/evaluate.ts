/**
 * Retrieval quality on the golden set (test/fixtures/golden-questions.json): recall@5, MRR and
 * nDCG@10 per category and retrieval mode, and how often English questions find the same passages
 * as their Norwegian pairs. Used by `npm run eval` and by test/search/golden.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SearchMode, SearchResult, Searcher } from '../src/search/search.ts';

export interface GoldenQuestion {
  id: string;
  category: 'lookup' | 'goals' | 'budgets' | 'coverage';
  language: 'nb' | 'nn' | 'en';
  pair: string | null;
  question: string;
  /** A result is relevant when it is from documentId and, where given, in `section` and containing `contains`. */
  relevant: Array<{ documentId: string; section?: string; contains?: string }>;
}

export interface Metrics {
  questions: number;
  recallAt5: number;
  mrr: number;
  ndcgAt10: number;
}

export const GOLDEN_PATH = fileURLToPath(new URL('../test/fixtures/golden-questions.json', import.meta.url));

export function loadGolden(path = GOLDEN_PATH): GoldenQuestion[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { questions: GoldenQuestion[] }).questions;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Which relevant item (by index) a result satisfies, or -1. */
export function relevantIndex(result: SearchResult, question: GoldenQuestion): number {
  return question.relevant.findIndex(
    (r) => r.documentId === result.documentId && (r.section === undefined || result.sectionNumber === r.section) && (r.contains === undefined || squash(result.text).includes(squash(r.contains))),
  );
}

export function scoreQuestion(results: SearchResult[], question: GoldenQuestion): { recallAt5: number; reciprocalRank: number; ndcgAt10: number } {
  const found = new Set<number>();
  results.slice(0, 5).forEach((result) => {
    const index = relevantIndex(result, question);
    if (index >= 0) found.add(index);
  });
  const firstHit = results.findIndex((result) => relevantIndex(result, question) >= 0);
  let dcg = 0;
  const seen = new Set<number>();
  results.slice(0, 10).forEach((result, rank) => {
    const index = relevantIndex(result, question);
    if (index >= 0 && !seen.has(index)) {
      seen.add(index);
      dcg += 1 / Math.log2(rank + 2);
    }
  });
  let ideal = 0;
  for (let rank = 0; rank < Math.min(10, question.relevant.length); rank++) ideal += 1 / Math.log2(rank + 2);
  return { recallAt5: found.size / question.relevant.length, reciprocalRank: firstHit >= 0 ? 1 / (firstHit + 1) : 0, ndcgAt10: ideal > 0 ? dcg / ideal : 0 };
}

export interface Evaluation {
  mode: SearchMode;
  overall: Metrics;
  byCategory: Record<string, Metrics>;
  /** Per question: the results (top 10). */
  results: Map<string, SearchResult[]>;
}

export async function evaluate(searcher: Searcher, questions: GoldenQuestion[], mode: SearchMode): Promise<Evaluation> {
  const results = new Map<string, SearchResult[]>();
  const rows: Array<{ category: string; score: ReturnType<typeof scoreQuestion> }> = [];
  for (const question of questions) {
    const hits = await searcher.search({ q: question.question, k: 10, mode });
    results.set(question.id, hits);
    rows.push({ category: question.category, score: scoreQuestion(hits, question) });
  }
  const summarise = (list: typeof rows): Metrics => ({
    questions: list.length,
    recallAt5: mean(list.map((r) => r.score.recallAt5)),
    mrr: mean(list.map((r) => r.score.reciprocalRank)),
    ndcgAt10: mean(list.map((r) => r.score.ndcgAt10)),
  });
  const categories = [...new Set(rows.map((r) => r.category))];
  return { mode, overall: summarise(rows), byCategory: Object.fromEntries(categories.map((c) => [c, summarise(rows.filter((r) => r.category === c))])), results };
}

/**
 * Share of Norwegian/English pairs where the English question's top 5 holds a relevant passage that
 * the Norwegian question's top 5 also holds.
 */
export function pairAgreement(evaluation: Evaluation, questions: GoldenQuestion[]): { pairs: number; agreeing: number; share: number; disagreeing: string[] } {
  const pairs = [...new Set(questions.filter((q) => q.pair).map((q) => q.pair))];
  const disagreeing: string[] = [];
  for (const pair of pairs) {
    const nb = questions.find((q) => q.pair === pair && q.language === 'nb');
    const en = questions.find((q) => q.pair === pair && q.language === 'en');
    if (!nb || !en) continue;
    const relevantIds = (q: GoldenQuestion) => new Set((evaluation.results.get(q.id) ?? []).slice(0, 5).filter((r) => relevantIndex(r, q) >= 0).map((r) => r.passageId));
    const shared = [...relevantIds(en)].some((id) => relevantIds(nb).has(id));
    if (!shared) disagreeing.push(pair ?? '');
  }
  const agreeing = pairs.length - disagreeing.length;
  return { pairs: pairs.length, agreeing, share: pairs.length ? agreeing / pairs.length : 0, disagreeing };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
