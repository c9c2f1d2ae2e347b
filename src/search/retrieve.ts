import type { Db } from '../store/index.ts';
import { corpusVersion } from './corpus-version.ts';
import type { DocumentFilter } from './filters.ts';
import type { RankedHit } from './fuse.ts';
import { documentOf, passageDocuments } from './passage-documents.ts';
import { toFtsQuery } from './query.ts';
import { searchVectors } from './vector-index.ts';

/** BM25 weights of the FTS5 columns: owner names, section title, passage text. */
export const COLUMN_WEIGHTS = { owner: 1, title: 2, body: 1 };

/**
 * Terms found in more than this share of the passages (a fifth) are left out of a lexical query that has
 * other terms: BM25 gives them almost no weight, but each of their rows must still be read and
 * scored, which is what makes a broad OR query slow on a large corpus.
 */
export const COMMON_TERM_SHARE = 0.5;

/**
 * The expansion pass (thesaurus synonyms, compound parts, translations) may read at most this many
 * postings per passage in the corpus: expansion terms join rarest first while their summed document
 * frequencies stay within the budget. A rare synonym ("noark", "kjernejournal") carries the expansion's
 * value; a compound part found in a third of the passages ("tjenest", "system") only adds rows to score.
 */
export const EXPANSION_POSTINGS_SHARE = 0.8;

/** Up to this many documents, a filtered query runs per document over its passage-id range. */
const RANGE_QUERY_DOCUMENTS = 16;

interface TermStats {
  version: string;
  passages: number;
  frequency: Map<string, number>;
}

const stats = new WeakMap<Db, TermStats>();

/** In how many passages `term` occurs (FTS5 vocabulary, cached per corpus version). */
function documentFrequency(db: Db, term: string): { frequency: number; passages: number } {
  const version = corpusVersion(db);
  let cached = stats.get(db);
  if (cached?.version !== version) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab USING fts5vocab(main, 'passages_fts', 'row')`);
    cached = { version, passages: passageDocuments(db).ids.length, frequency: new Map() };
    stats.set(db, cached);
  }
  let frequency = cached.frequency.get(term);
  if (frequency === undefined) {
    frequency = (db.prepare('SELECT doc FROM temp.passages_vocab WHERE term = ?').pluck().get(term) as number | undefined) ?? 0;
    cached.frequency.set(term, frequency);
  }
  return { frequency, passages: cached.passages };
}

/**
 * The terms worth a lexical query: those absent from the index are dropped (they match nothing),
 * and so are those in more than COMMON_TERM_SHARE of the passages, unless nothing else is left.
 */
export function selectiveTerms(db: Db, terms: string[]): string[] {
  const { present, selective } = inIndex(db, terms);
  return (selective.length > 0 ? selective : present).map((entry) => entry.term);
}

/** The terms the index holds, with their document frequencies; `selective`: those not in most passages. */
function inIndex(db: Db, terms: string[]) {
  const present = terms.map((term) => ({ term, ...documentFrequency(db, term) })).filter((entry) => entry.frequency > 0);
  return { present, selective: present.filter((entry) => entry.frequency <= COMMON_TERM_SHARE * entry.passages) };
}

/**
 * The terms of the expansion pass: the query's own selective terms, then expansion terms rarest
 * first while the postings read stay within EXPANSION_POSTINGS_SHARE of the corpus (see there).
 */
export function expansionTerms(db: Db, own: string[], expansion: string[], share = EXPANSION_POSTINGS_SHARE): string[] {
  const candidates = inIndex(db, expansion.filter((term) => !own.includes(term))).selective.sort((a, b) => a.frequency - b.frequency || a.term.localeCompare(b.term));
  const terms = [...own];
  let postings = 0;
  for (const entry of candidates) {
    if (postings + entry.frequency > share * entry.passages) break;
    postings += entry.frequency;
    terms.push(entry.term);
  }
  return terms;
}

/**
 * Lexical retrieval: FTS5 BM25 over the analysed passage terms, section titles weighing more.
 * FTS5 ranks inside the full-text index (no join); a document filter is applied while reading the
 * ranked rows (or, for a few documents, by their passage-id ranges), never by a join before the LIMIT.
 */
export function lexicalSearch(db: Db, terms: string[], limit: number, documents: DocumentFilter | number[] | null, weights = COLUMN_WEIGHTS, rangeDocuments = RANGE_QUERY_DOCUMENTS): RankedHit[] {
  const filter = Array.isArray(documents) ? filterOf(documents) : documents;
  const match = toFtsQuery(terms);
  if (match === null || (filter?.ids && filter.ids.length === 0)) return [];
  const score = `bm25(passages_fts, ${Number(weights.owner)}, ${Number(weights.title)}, ${Number(weights.body)})`;
  // ORDER BY bm25(…) LIMIT n: SQLite's bounded sorter, measured faster here than FTS5's own
  // `ORDER BY rank` (with a `rank MATCH` configuration), and no join to the passages table.
  const sql = `SELECT rowid AS id, ${score} AS rank FROM passages_fts WHERE passages_fts MATCH ?`;
  if (!filter?.ids || !filter.mask) {
    const rows = db.prepare(`${sql} ORDER BY rank LIMIT ?`).all(match, limit) as Array<{ id: number; rank: number }>;
    return rows.map((row) => ({ id: row.id, score: -row.rank }));
  }
  const map = passageDocuments(db);
  const mask = filter.mask;
  const allowed = (id: number) => mask[documentOf(map, id)] === 1;
  if (filter.ids.length <= rangeDocuments) {
    const hits: RankedHit[] = [];
    const range = db.prepare('SELECT min(id) AS low, max(id) AS high FROM passages WHERE document_id = ?');
    const inRange = db.prepare(`${sql} AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?`);
    for (const documentId of filter.ids) {
      const { low, high } = range.get(documentId) as { low: number | null; high: number | null };
      if (low === null || high === null) continue;
      for (const row of inRange.all(match, low, high, limit) as Array<{ id: number; rank: number }>) if (allowed(row.id)) hits.push({ id: row.id, score: -row.rank });
    }
    return hits.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  }
  // Many documents: the best rows of the whole index, filtered while read. The first bound expects
  // the allowed rows at the filter's share of the documents (copies of one text tie and come in row
  // order), with room to spare, so one query is usually enough; when it is not, the second bound is
  // estimated from the share of allowed rows actually seen, and a last pass (LIMIT -1: every matching
  // row) follows only when that is short too: at most three passes, never a growing series.
  const ranked = db.prepare(`${sql} ORDER BY rank LIMIT ?`).raw();
  const share = filter.ids.length / Math.max(1, map.stamps.size);
  const first = Math.ceil((2 * limit) / Math.min(1, Math.max(share, 1e-3)));
  let bound = first;
  for (;;) {
    const rows = ranked.all(match, bound) as Array<[number, number]>;
    const hits: RankedHit[] = [];
    for (const [id, rank] of rows) {
      if (!allowed(id)) continue;
      hits.push({ id, score: -rank });
      if (hits.length === limit) return hits;
    }
    if (bound < 0 || rows.length < bound) return hits;
    bound = hits.length === 0 || bound > first ? -1 : Math.ceil((2 * bound * limit) / hits.length);
  }
}

/** Vector retrieval: exact cosine nearest passages, through the in-memory index (see vector-index.ts). */
export function vectorSearch(db: Db, vector: Float32Array, limit: number, documents: DocumentFilter | number[] | null): RankedHit[] {
  const filter = Array.isArray(documents) ? filterOf(documents) : documents;
  if (filter?.ids && filter.ids.length === 0) return [];
  return searchVectors(db, vector, limit, filter?.mask ?? null);
}

/** A filter from document row ids. */
export function filterOf(ids: number[]): DocumentFilter {
  const mask = new Uint8Array(ids.reduce((max, id) => Math.max(max, id), 0) + 1);
  for (const id of ids) mask[id] = 1;
  return { ids, mask };
}
