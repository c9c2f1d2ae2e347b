import { normalize } from '../text/analyze.ts';
import type { Db } from '../store/index.ts';
import { corpusVersion } from './corpus-version.ts';

/**
 * Search filters resolved without scanning documents per query: the names each document answers
 * to (organisation, aliases, municipalities; with and without "kommune") are read and normalised
 * once per corpus version into a map from name to document row ids.
 */
export interface DocumentFilter {
  /** Document row ids (ascending); null: no filter. */
  ids: number[] | null;
  /** mask[rowId] === 1 for the allowed documents; null: no filter. */
  mask: Uint8Array | null;
}

interface NameIndex {
  version: string;
  byName: Map<string, number[]>;
  bySlug: Map<string, number>;
  maxId: number;
}

const indexes = new WeakMap<Db, NameIndex>();

function nameIndex(db: Db): NameIndex {
  const version = corpusVersion(db);
  const cached = indexes.get(db);
  if (cached?.version === version) return cached;
  const rows = db.prepare('SELECT id, slug, organisation, aliases, municipalities FROM documents ORDER BY id').all() as Array<{ id: number; slug: string; organisation: string; aliases: string; municipalities: string }>;
  const byName = new Map<string, number[]>();
  const bySlug = new Map<string, number>();
  let maxId = 0;
  for (const row of rows) {
    bySlug.set(row.slug, row.id);
    maxId = Math.max(maxId, row.id);
    const names = [row.organisation, ...(JSON.parse(row.aliases) as string[]), ...(JSON.parse(row.municipalities) as string[])].map(normalize);
    for (const key of new Set(names.flatMap((name) => [name, name.replace(/ kommune$/, '')]))) {
      const ids = byName.get(key) ?? [];
      ids.push(row.id);
      byName.set(key, ids);
    }
  }
  const index = { version, byName, bySlug, maxId };
  indexes.set(db, index);
  return index;
}

/**
 * The documents a search is limited to: by document slug, by municipality name (a document
 * matches when one of its names, or that name without "kommune", equals the given one), or both.
 */
export function resolveFilter(db: Db, filters: { documentId?: string | undefined; municipality?: string | undefined }): DocumentFilter {
  if (!filters.documentId && !filters.municipality) return { ids: null, mask: null };
  const index = nameIndex(db);
  let ids: number[];
  if (filters.municipality) {
    ids = index.byName.get(normalize(filters.municipality.trim())) ?? [];
    if (filters.documentId) {
      const only = index.bySlug.get(filters.documentId);
      ids = ids.filter((id) => id === only);
    }
  } else {
    const only = index.bySlug.get(filters.documentId!);
    ids = only === undefined ? [] : [only];
  }
  const mask = new Uint8Array(index.maxId + 1);
  for (const id of ids) mask[id] = 1;
  return { ids, mask };
}
