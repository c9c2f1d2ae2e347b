import type { Db } from '../store/index.ts';
import { corpusVersion } from './corpus-version.ts';
import type { RankedHit } from './fuse.ts';
import { passageDocuments } from './passage-documents.ts';
import { TopK } from './top-k.ts';

/**
 * The passage vectors in memory, one copy per connection (each query worker has its own): int8
 * codes stored dimension by dimension (column-major), so a query reads only the columns of its
 * non-zero dimensions (the offline embedder's queries touch a fraction of them) and every vector
 * once. The scan ranks approximately; the best candidates are then re-scored exactly against the
 * float32 vectors in sqlite-vec, so results are those of exact cosine search (measured in the
 * bench and in test/search/vector-index.test.ts).
 *
 * Memory: one byte per dimension per passage plus 12 bytes per passage (100 000 × 512 ≈ 52 MB),
 * a quarter of the float32 vectors. Loaded from sqlite once, refreshed when the corpus changes
 * (vectors of passages still present are kept; only new passages are read).
 */
export interface VectorIndexState {
  version: string;
  dimension: number;
  /** Passage ids, ascending. */
  ids: Int32Array;
  /** Document row id of each passage (what filters test). */
  documents: Int32Array;
  /** The documents' content stamps when loaded (see PassageDocuments.stamps). */
  stamps: Map<number, string>;
  /** Per passage: the int8 step divided by the vector's length (turns a code dot product into a cosine). */
  factors: Float32Array;
  /** codes[d * n + i]: dimension d of passage i, as round(value / step). */
  codes: Int8Array;
}

/** How many approximate candidates are re-scored exactly, beyond the `limit` asked for. */
const RESCORE_EXTRA = 16;

const states = new WeakMap<Db, VectorIndexState>();
const rescoreStatements = new WeakMap<Db, ReturnType<Db['prepare']>>();

/** The connection's vector index, loaded or refreshed when the corpus changed since the last call. */
export function vectorIndex(db: Db): VectorIndexState | null {
  const version = corpusVersion(db);
  const current = states.get(db);
  if (current?.version === version) return current;
  const dimension = storedDimension(db);
  if (dimension === null) return null;
  const next = loadIndex(db, version, dimension, current?.dimension === dimension ? current : undefined);
  states.set(db, next);
  return next;
}

/**
 * Nearest passages to `query` by cosine similarity, best first, restricted to passages whose
 * document row id has `allowed[id] === 1` when a mask is given (tested inside the scan).
 */
export function searchVectors(db: Db, query: Float32Array, limit: number, allowed: Uint8Array | null): RankedHit[] {
  const index = vectorIndex(db);
  if (!index || index.ids.length === 0 || limit <= 0) return [];
  if (query.length !== index.dimension) return [];
  const candidates = approximate(index, query, limit + RESCORE_EXTRA, allowed);
  return rescore(db, query, candidates, limit);
}

/**
 * Approximate scores of every passage (allowed by the mask), the best `count` by passage index.
 * With a mask only the allowed passages are scored: a document's passages sit side by side, so the
 * allowed ones form runs, and a filter to a fifth of the corpus reads about a fifth of each column.
 */
export function approximate(index: VectorIndexState, query: Float32Array, count: number, allowed: Uint8Array | null): number[] {
  const n = index.ids.length;
  const runs = allowed === null ? [0, n] : allowedRuns(index.documents, allowed);
  const scores = new Float32Array(n);
  const codes = index.codes;
  for (let d = 0; d < index.dimension; d++) {
    const weight = query[d]!;
    if (weight === 0) continue;
    const offset = d * n;
    for (let r = 0; r < runs.length; r += 2) {
      for (let i = runs[r]!, end = runs[r + 1]!; i < end; i++) scores[i] = scores[i]! + weight * codes[offset + i]!;
    }
  }
  const top = new TopK(count);
  const factors = index.factors;
  for (let r = 0; r < runs.length; r += 2) {
    for (let i = runs[r]!, end = runs[r + 1]!; i < end; i++) top.push(i, scores[i]! * factors[i]!);
  }
  return top.sorted().map((entry) => entry.id);
}

/** Runs [start, end) of consecutive passage positions whose document the mask allows, flattened. */
export function allowedRuns(documents: Int32Array, allowed: Uint8Array): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i < documents.length; i++) {
    const ok = allowed[documents[i]!] === 1;
    if (ok && start < 0) start = i;
    else if (!ok && start >= 0) {
      runs.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) runs.push(start, documents.length);
  return runs;
}

/** Exact cosine scores of the candidates from sqlite-vec's float32 vectors; the best `limit`. */
function rescore(db: Db, query: Float32Array, candidates: number[], limit: number): RankedHit[] {
  const index = states.get(db)!;
  const blob = Buffer.from(query.buffer, query.byteOffset, query.byteLength);
  const statement = rescoreStatements.get(db) ?? db.prepare('SELECT vec_distance_cosine(embedding, ?) AS distance FROM passage_vectors WHERE rowid = ?').pluck();
  rescoreStatements.set(db, statement);
  const hits: RankedHit[] = [];
  for (const position of candidates) {
    const id = index.ids[position]!;
    const distance = statement.get(blob, BigInt(id)) as number | undefined;
    if (distance !== undefined && distance !== null) hits.push({ id, score: 1 - distance });
  }
  return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

function storedDimension(db: Db): number | null {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'embedder'`).get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as { dimension: number }).dimension : null;
}

function loadIndex(db: Db, version: string, dimension: number, previous: VectorIndexState | undefined): VectorIndexState {
  const { ids, documents, stamps } = passageDocuments(db);
  const n = ids.length;
  const codes = new Int8Array(n * dimension);
  const factors = new Float32Array(n);
  const position = new Map<number, number>();
  ids.forEach((id, i) => position.set(id, i));
  const put = (i: number, vector: Float32Array) => {
    let max = 0;
    let squares = 0;
    for (let d = 0; d < dimension; d++) {
      const value = vector[d]!;
      squares += value * value;
      if (Math.abs(value) > max) max = Math.abs(value);
    }
    const step = max > 0 ? max / 127 : 1;
    for (let d = 0; d < dimension; d++) codes[d * n + i] = Math.round(vector[d]! / step);
    factors[i] = squares > 0 ? step / Math.sqrt(squares) : 0;
  };
  const toVector = (blob: Buffer) => new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

  // Keep what the previous index holds of unchanged documents; read only the rest (all on first load).
  const kept = new Set<number>();
  if (previous) {
    const old = previous.ids.length;
    for (let j = 0; j < old; j++) {
      const i = position.get(previous.ids[j]!);
      if (i === undefined) continue;
      const document = previous.documents[j]!;
      if (documents[i] !== document || stamps.get(document) !== previous.stamps.get(document)) continue;
      kept.add(i);
      for (let d = 0; d < dimension; d++) codes[d * n + i] = previous.codes[d * old + j]!;
      factors[i] = previous.factors[j]!;
    }
  }
  const missing = n - kept.size;
  if (missing > n / 4) {
    for (const [id, blob] of db.prepare('SELECT rowid, embedding FROM passage_vectors').raw().iterate() as Iterable<[number | bigint, Buffer]>) {
      const i = position.get(Number(id));
      if (i !== undefined && !kept.has(i)) put(i, toVector(blob));
    }
  } else if (missing > 0) {
    const one = db.prepare('SELECT embedding FROM passage_vectors WHERE rowid = ?').pluck();
    for (let i = 0; i < n; i++) {
      if (kept.has(i)) continue;
      const blob = one.get(BigInt(ids[i]!)) as Buffer | undefined;
      if (blob) put(i, toVector(blob));
    }
  }
  return { version, dimension, ids, documents, stamps, factors, codes };
}
