import { createError } from '../errors.ts';
import type { Db } from './db.ts';

/**
 * The sqlite-vec table of passage vectors and the record of which embedder made them, so that
 * vectors of two embedders are never mixed.
 */
export interface EmbedderIdentity {
  id: string;
  dimension: number;
}

export function storedEmbedder(db: Db): EmbedderIdentity | null {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'embedder'`).get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as EmbedderIdentity) : null;
}

/**
 * Makes the database ready for `embedder`. Returns 'ready', or 'mismatch' when its vectors came from
 * another embedder (the caller re-embeds with `resetVectors` or stops with a clear error).
 */
export function prepareVectors(db: Db, embedder: EmbedderIdentity): 'ready' | 'mismatch' {
  const stored = storedEmbedder(db);
  if (stored && (stored.id !== embedder.id || stored.dimension !== embedder.dimension)) {
    const count = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
    if (count > 0) return 'mismatch';
  }
  if (!stored || stored.id !== embedder.id || stored.dimension !== embedder.dimension) resetVectors(db, embedder);
  return 'ready';
}

/** Drops all vectors and records `embedder` as the one that makes them from now on. */
export function resetVectors(db: Db, embedder: EmbedderIdentity): void {
  if (!Number.isInteger(embedder.dimension) || embedder.dimension <= 0 || embedder.dimension > 8192) {
    throw createError('EMBEDDING_DIMENSION_MISMATCH', `Invalid embedding dimension ${embedder.dimension}`);
  }
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS passage_vectors');
    db.exec(`CREATE VIRTUAL TABLE passage_vectors USING vec0(embedding float[${embedder.dimension}] distance_metric=cosine)`);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('embedder', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(embedder));
  })();
}

export function insertVector(db: Db, passageId: number, vector: Float32Array, dimension: number): void {
  if (vector.length !== dimension) {
    throw createError('EMBEDDING_DIMENSION_MISMATCH', `Vector of ${vector.length} dimensions for a ${dimension}-dimension index`);
  }
  db.prepare('INSERT INTO passage_vectors (rowid, embedding) VALUES (?, ?)').run(BigInt(passageId), Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
}
