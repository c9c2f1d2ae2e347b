/** A ranked hit from one retriever. */
export interface RankedHit {
  id: number;
  score: number;
}

export interface FusionWeights {
  lexical: number;
  vector: number;
  /** The RRF constant: larger flattens the difference between top and lower ranks. */
  k: number;
}

export const DEFAULT_FUSION: FusionWeights = { lexical: 1, vector: 1, k: 60 };

/** Weighted reciprocal rank fusion of ranked lists (each best first). */
export function fuseRankings(lists: { hits: RankedHit[]; weight: number }[], k: number): RankedHit[] {
  const scores = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach((hit, rank) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}
