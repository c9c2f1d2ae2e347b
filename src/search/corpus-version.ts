import { documentsVersion, type Db } from '../store/index.ts';

/**
 * A key that changes whenever documents or passages are added, replaced or removed, cheap enough
 * to check on every query: `PRAGMA data_version` (moves when another connection commits) and
 * `total_changes()` (moves when this one writes) gate the real check, which reads the documents'
 * version and the passages' count and largest id only after some write.
 */
interface Cached {
  gate: string;
  version: string;
}

const cache = new WeakMap<Db, Cached>();

export function corpusVersion(db: Db): string {
  const gate = String(db.prepare('SELECT (SELECT data_version FROM pragma_data_version) || \':\' || total_changes()').pluck().get());
  const cached = cache.get(db);
  if (cached?.gate === gate) return cached.version;
  const passages = db.prepare(`SELECT count(*) || ':' || coalesce(max(id), 0) FROM passages`).pluck().get() as string;
  const version = `${documentsVersion(db)}/${passages}`;
  cache.set(db, { gate, version });
  return version;
}
