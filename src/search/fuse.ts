/** A ranked hit from one retriever. */
export interface RankedHit {
  id: number;
  score: number;
}

export interface FusionWeights {
  /** BM25 over the question's own words. */
  lexical: number;
  /** BM25 over the question's words plus thesaurus expansions (what carries English questions). */
  expanded: number;
  vector: number;
  /** The RRF constant: larger flattens the difference between top and lower ranks. */
  k: number;
  /** Weight of the sentence re-rank: how much one sentence covering the question's concepts adds. */
  sentence: number;
}

export const DEFAULT_FUSION: FusionWeights = { lexical: 1, expanded: 1, vector: 0.8, k: 40, sentence: 0.08 };

/** Weighted reciprocal rank fusion of ranked lists (each best first). */
export function fuseRankings(lists: { hits: RankedHit[]; weight: number }[], k: number): RankedHit[] {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach((hit, rank) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}
