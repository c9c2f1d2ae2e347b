import type { Db } from '../store/index.ts';
import { corpusVersion } from './corpus-version.ts';

/**
 * Which document each passage belongs to, in memory per connection and corpus version: lets a
 * filter be tested inside a scan (vector or lexical) instead of by a join or a fetch per row.
 * 8 bytes per passage.
 */
export interface PassageDocuments {
  version: string;
  /** Passage ids, ascending. */
  ids: Int32Array;
  /** documents[i]: the document row id of passage ids[i]. */
  documents: Int32Array;
  /**
   * Per document row id, what identifies its content (hash and ingest time): row ids are reused
   * after the highest rows are deleted, so a cache keyed by id alone could keep a replaced passage.
   */
  stamps: Map<number, string>;
}

const maps = new WeakMap<Db, PassageDocuments>();

export function passageDocuments(db: Db): PassageDocuments {
  const version = corpusVersion(db);
  const cached = maps.get(db);
  if (cached?.version === version) return cached;
  const rows = db.prepare('SELECT id, document_id FROM passages ORDER BY id').raw().all() as Array<[number, number]>;
  const ids = new Int32Array(rows.length);
  const documents = new Int32Array(rows.length);
  rows.forEach(([id, document], i) => {
    ids[i] = id;
    documents[i] = document;
  });
  const stamps = new Map((db.prepare(`SELECT id, content_hash || '@' || ingested_at FROM documents`).raw().all() as Array<[number, string]>).map(([id, stamp]) => [id, stamp]));
  const map = { version, ids, documents, stamps };
  maps.set(db, map);
  return map;
}

/** The document row id of a passage, or -1 (binary search over the ascending ids). */
export function documentOf(map: PassageDocuments, passageId: number): number {
  let low = 0;
  let high = map.ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const id = map.ids[mid]!;
    if (id === passageId) return map.documents[mid]!;
    if (id < passageId) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
