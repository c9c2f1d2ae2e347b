/**
 * The plain baselines the project's search is measured against, over the same database: FTS5
 * bm25 over the question's analysed terms (stop words dropped), sqlite-vec's own KNN, and a JS
 * brute-force scan of every float32 vector.
 */
import { analyze } from '../src/text/analyze.ts';
import { toFtsQuery } from '../src/search/query.ts';
import type { Db } from '../src/store/index.ts';

export interface Matrix {
  dimension: number;
  ids: Int32Array;
  /** Row-major: vector i at [i * dimension, (i + 1) * dimension). */
  values: Float32Array;
}

export function ftsBaseline(db: Db, question: string, k: number): Array<{ id: number; rank: number }> {
  const match = toFtsQuery(analyze(question));
  if (!match) return [];
  return db.prepare('SELECT rowid AS id, bm25(passages_fts) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?').all(match, k) as Array<{ id: number; rank: number }>;
}

export function vecKnn(db: Db, vector: Float32Array, k: number): Array<{ id: number; distance: number }> {
  const blob = Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
  return (db.prepare('SELECT rowid AS id, distance FROM passage_vectors WHERE embedding MATCH ? AND k = ?').all(blob, k) as Array<{ id: number | bigint; distance: number }>).map((row) => ({ id: Number(row.id), distance: row.distance }));
}

/** Every vector from sqlite-vec into one float32 matrix (what the brute-force scan reads). */
export function loadMatrix(db: Db, dimension: number): Matrix {
  const rows = db.prepare('SELECT rowid, embedding FROM passage_vectors ORDER BY rowid').raw().all() as Array<[number | bigint, Buffer]>;
  const ids = new Int32Array(rows.length);
  const values = new Float32Array(rows.length * dimension);
  rows.forEach(([id, blob], i) => {
    ids[i] = Number(id);
    values.set(new Float32Array(blob.buffer, blob.byteOffset, dimension), i * dimension);
  });
  return { dimension, ids, values };
}

/** Cosine similarity against every vector (all dimensions), the best k. */
export function bruteForceScan(matrix: Matrix, query: Float32Array, k: number): Array<{ id: number; score: number }> {
  const { dimension, ids, values } = matrix;
  let queryNorm = 0;
  for (let d = 0; d < dimension; d++) queryNorm += query[d]! * query[d]!;
  queryNorm = Math.sqrt(queryNorm) || 1;
  const best: Array<{ id: number; score: number }> = [];
  let floor = -Infinity;
  for (let i = 0; i < ids.length; i++) {
    let dot = 0;
    let norm = 0;
    const base = i * dimension;
    for (let d = 0; d < dimension; d++) {
      const value = values[base + d]!;
      dot += value * query[d]!;
      norm += value * value;
    }
    const score = dot / (queryNorm * (Math.sqrt(norm) || 1));
    if (best.length < k || score > floor) {
      best.push({ id: ids[i]!, score });
      best.sort((a, b) => b.score - a.score);
      if (best.length > k) best.pop();
      floor = best[best.length - 1]!.score;
    }
  }
  return best;
}
