import type { TaggableDocument, ThemeStrength, ThemeTag } from '../../ingest/structure/themes.ts';
import { withTransaction, type Db } from './db.ts';
import { chunked } from './chunked.ts';

/**
 * Theme tags in the store (table theme_tags): written with each document, read by coverage and the
 * theme matrix as index look-ups by theme and document.
 */

/** Row ids of a document's stored parts, by their index in the parsed document. */
export interface StoredIds {
  documentId: number;
  sections: number[];
  goals: number[];
  budgets: number[];
  passages: number[];
  /** The passage a section, goal or budget row is cited by. */
  passageOf: (item: 'section' | 'goal' | 'budget', index: number) => number | null;
}

const RANK: Record<ThemeStrength, number> = { focus: 5, goal: 4, measure: 3, budget: 2, mention: 1 };

/** Writes a document's theme tags (inside the caller's transaction). */
export function insertThemeTags(db: Db, tags: ThemeTag[], ids: StoredIds): void {
  const insert = db.prepare('INSERT INTO theme_tags (theme, document_id, item_kind, item_id, passage_id, strength, rank, offset, hits) VALUES (?,?,?,?,?,?,?,?,?)');
  for (const tag of tags) {
    const itemId = tag.item === 'document' ? null : tag.item === 'section' ? ids.sections[tag.index] : tag.item === 'goal' ? ids.goals[tag.index] : tag.item === 'budget' ? ids.budgets[tag.index] : ids.passages[tag.index];
    const passageId = tag.item === 'passage' ? (ids.passages[tag.index] ?? null) : tag.item === 'document' ? (ids.passages[0] ?? null) : ids.passageOf(tag.item, tag.index);
    insert.run(tag.theme, ids.documentId, tag.item, itemId ?? null, passageId, tag.strength, RANK[tag.strength], tag.offset, tag.hits);
  }
}

/** One stored tag, as coverage reads it. */
export interface ThemeTagRow {
  theme: string;
  /** Internal document row id. */
  documentRowId: number;
  item: ThemeTag['item'];
  itemId: number | null;
  passageId: number | null;
  strength: ThemeStrength;
  rank: number;
  offset: number;
  hits: number;
}

/**
 * Tags of the given themes, optionally for some documents only (internal row ids; null: all),
 * optionally only at or above a rank. Uses the (theme, document_id, rank) index.
 */
export function listThemeTags(db: Db, themes: string[], documentRowIds: number[] | null, minRank = 1): ThemeTagRow[] {
  if (themes.length === 0 || documentRowIds?.length === 0) return [];
  const documentSql = documentRowIds === null ? '' : ` AND document_id IN (${documentRowIds.map(() => '?').join(',')})`;
  return db.prepare(`SELECT theme, document_id AS documentRowId, item_kind AS item, item_id AS itemId, passage_id AS passageId, strength, rank, offset, hits
    FROM theme_tags WHERE theme IN (${themes.map(() => '?').join(',')})${documentSql} AND rank >= ? ORDER BY document_id, rank DESC, id`).all(...themes, ...(documentRowIds ?? []), minRank) as ThemeTagRow[];
}

/** One cell of the theme matrix: a theme in a document, its strongest tag and how many items are tagged. */
export interface ThemeCell {
  theme: string;
  documentRowId: number;
  rank: number;
  strength: ThemeStrength;
  count: number;
  /** The strongest tag (the first at the highest rank). */
  item: ThemeTag['item'];
  itemId: number | null;
  passageId: number | null;
  offset: number;
}

/** Per theme and document: the strongest tag and the number of tagged items (the theme matrix). One grouped index scan. */
export function themeTagSummary(db: Db, documentRowIds: number[] | null, themes: string[] | null = null): ThemeCell[] {
  if (documentRowIds?.length === 0 || themes?.length === 0) return [];
  const where = [
    documentRowIds === null ? '' : `document_id IN (${documentRowIds.map(() => '?').join(',')})`,
    themes === null ? '' : `theme IN (${themes.map(() => '?').join(',')})`,
  ].filter(Boolean);
  // SQLite: with max(), the bare columns come from the row that holds the maximum.
  return db.prepare(`SELECT theme, document_id AS documentRowId, max(rank) AS rank, strength, count(*) AS count, item_kind AS item, item_id AS itemId, passage_id AS passageId, offset
    FROM theme_tags ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY theme, document_id ORDER BY theme, document_id`).all(...(documentRowIds ?? []), ...(themes ?? [])) as ThemeCell[];
}

/** The vocabulary version the stored tags were made with (meta key themes_version). */
export function storedThemesVersion(db: Db): string | null {
  return (db.prepare(`SELECT value FROM meta WHERE key = 'themes_version'`).get() as { value: string } | undefined)?.value ?? null;
}

/**
 * Re-makes every document's tags from its stored parts when the vocabulary changed since they were
 * made (or the database predates tags). Returns the number of documents re-tagged.
 */
export function retagDocuments(db: Db, version: string, tag: (doc: TaggableDocument) => ThemeTag[]): number {
  if (storedThemesVersion(db) === version) return 0;
  const documents = db.prepare('SELECT id, title FROM documents ORDER BY id').all() as Array<{ id: number; title: string }>;
  const sections = db.prepare('SELECT id, title, level FROM sections WHERE document_id = ? ORDER BY ordinal');
  const goals = db.prepare('SELECT id, text, kind, passage_id AS passageId FROM goals WHERE document_id = ? ORDER BY ordinal');
  const budgets = db.prepare('SELECT id, label, table_name AS "table", is_sum AS isSum, passage_id AS passageId FROM budget_items WHERE document_id = ? ORDER BY ordinal');
  const passages = db.prepare('SELECT id, text, section_id AS sectionId FROM passages WHERE document_id = ? ORDER BY ordinal');
  withTransaction(db, () => {
    db.prepare('DELETE FROM theme_tags').run();
    for (const document of documents) {
      const s = sections.all(document.id) as Array<{ id: number; title: string; level: number }>;
      const g = goals.all(document.id) as Array<{ id: number; text: string; kind: string; passageId: number | null }>;
      const b = budgets.all(document.id) as Array<{ id: number; label: string; table: string; isSum: number; passageId: number | null }>;
      const p = passages.all(document.id) as Array<{ id: number; text: string; sectionId: number }>;
      const tags = tag({ title: document.title, sections: s, goals: g, budgets: b.map((row) => ({ ...row, isSum: row.isSum === 1 })), passages: p });
      // A section is cited by its first passage, or (a heading with only subsections) the next one.
      const firstPassage = new Map<number, number>();
      for (const passage of p) if (!firstPassage.has(passage.sectionId)) firstPassage.set(passage.sectionId, passage.id);
      let next: number | undefined;
      for (const section of [...s].reverse()) {
        next = firstPassage.get(section.id) ?? next;
        if (next !== undefined) firstPassage.set(section.id, next);
      }
      insertThemeTags(db, tags, {
        documentId: document.id, sections: s.map((x) => x.id), goals: g.map((x) => x.id), budgets: b.map((x) => x.id), passages: p.map((x) => x.id),
        passageOf: (item, index) => (item === 'section' ? (firstPassage.get(s[index]?.id ?? -1) ?? null) : item === 'goal' ? (g[index]?.passageId ?? null) : (b[index]?.passageId ?? null)),
      });
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('themes_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(version);
  });
  return documents.length;
}

/** Internal row id by slug for the given documents (all documents when slugs is null). */
export function documentRowIds(db: Db, slugs: string[] | null): Map<string, number> {
  const rows = (slugs === null
    ? db.prepare('SELECT id, slug FROM documents').all()
    : chunked(slugs, (chunk) => db.prepare(`SELECT id, slug FROM documents WHERE slug IN (${chunk.map(() => '?').join(',')})`).all(...chunk))) as Array<{ id: number; slug: string }>;
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** What coverage shows of a tagged goal, budget row or section. */
export interface TaggedItemText {
  id: number;
  text: string;
  /** Goal: its number or letter; budget: null. */
  label: string | null;
  /** Goal kind, or 'budget' / 'section'. */
  kind: string;
  amount?: number;
  year?: number | null;
  sectionNumber?: string | null;
}

/** Texts of tagged goals, budget rows and sections, by kind and row id. */
export function getTaggedItems(db: Db, tags: Array<{ item: string; itemId: number | null }>): { goal: Map<number, TaggedItemText>; budget: Map<number, TaggedItemText>; section: Map<number, TaggedItemText> } {
  const ids = (kind: string) => [...new Set(tags.filter((tag) => tag.item === kind && tag.itemId !== null).map((tag) => tag.itemId as number))];
  const load = (kind: string, sql: (placeholders: string) => string) =>
    new Map((chunked(ids(kind), (chunk) => db.prepare(sql(chunk.map(() => '?').join(','))).all(...chunk)) as TaggedItemText[]).map((row) => [row.id, row]));
  return {
    goal: load('goal', (p) => `SELECT id, text, label, kind FROM goals WHERE id IN (${p})`),
    budget: load('budget', (p) => `SELECT id, label AS text, NULL AS label, 'budget' AS kind, amount, year FROM budget_items WHERE id IN (${p})`),
    section: load('section', (p) => `SELECT id, title AS text, NULL AS label, 'section' AS kind, number AS sectionNumber FROM sections WHERE id IN (${p})`),
  };
}
