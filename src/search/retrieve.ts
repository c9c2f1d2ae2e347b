import type { Db } from '../store/index.ts';
import type { RankedHit } from './fuse.ts';
import { toFtsQuery } from './query.ts';

/** BM25 weights of the FTS5 columns: owner names, section title, passage text. */
export const COLUMN_WEIGHTS = { owner: 1, title: 2, body: 1 };

/** Lexical retrieval: FTS5 BM25 over the analysed passage terms, section titles weighing more. */
export function lexicalSearch(db: Db, terms: string[], limit: number, documentIds: number[] | null, weights = COLUMN_WEIGHTS): RankedHit[] {
  const match = toFtsQuery(terms);
  if (match === null || (documentIds !== null && documentIds.length === 0)) return [];
  const filter = documentIds === null ? '' : ` AND p.document_id IN (${documentIds.map(() => '?').join(',')})`;
  const rows = db
    .prepare(`SELECT f.rowid AS id, bm25(passages_fts, ${Number(weights.owner)}, ${Number(weights.title)}, ${Number(weights.body)}) AS rank FROM passages_fts f JOIN passages p ON p.id = f.rowid WHERE passages_fts MATCH ?${filter} ORDER BY rank LIMIT ?`)
    .all(match, ...(documentIds ?? []), limit) as Array<{ id: number; rank: number }>;
  return rows.map((row) => ({ id: row.id, score: -row.rank }));
}

/** Vector retrieval: sqlite-vec KNN, or an exact scan over the filtered documents' passages. */
export function vectorSearch(db: Db, vector: Float32Array, limit: number, documentIds: number[] | null): RankedHit[] {
  if (documentIds !== null && documentIds.length === 0) return [];
  const blob = Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
  const rows = (
    documentIds === null
      ? db.prepare('SELECT rowid AS id, distance FROM passage_vectors WHERE embedding MATCH ? AND k = ?').all(blob, limit)
      : db
          .prepare(`SELECT v.rowid AS id, vec_distance_cosine(v.embedding, ?) AS distance FROM passage_vectors v JOIN passages p ON p.id = v.rowid
            WHERE p.document_id IN (${documentIds.map(() => '?').join(',')}) ORDER BY distance LIMIT ?`)
          .all(blob, ...documentIds, limit)
  ) as Array<{ id: number; distance: number }>;
  return rows.map((row) => ({ id: Number(row.id), score: 1 - row.distance }));
}
