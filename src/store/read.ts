import { collaborationsOf } from '../../ingest/gazetteer.ts';
import type { AdoptionRecord, BudgetItem, DocumentMetadata, Goal, OrganisationKind } from '../../ingest/model.ts';
import { normalize } from '../text/analyze.ts';
import type { Db } from './db.ts';
import { chunked } from './chunked.ts';

/** Read models: what the search, answer and server layers get from the store. */

/** A stored document: its metadata (see DocumentMetadata for each field) and what the store knows of it. */
export interface DocumentSummary extends DocumentMetadata {
  /** Stable id used in URLs (the slug of the source file name). */
  id: string;
  sourceName: string;
  pageCount: number;
  /** True when pages are known (a PDF, or text with page markers); else page numbers are all 1 and a section names the place. */
  paged: boolean;
  ingestedAt: string;
  warnings: string[];
  counts: { sections: number; goals: number; budgetItems: number; passages: number };
}

export interface SectionRow {
  id: number;
  number: string | null;
  title: string;
  level: number;
  parentId: number | null;
  pageFrom: number;
  pageTo: number;
}

export interface PassageRow {
  id: number;
  documentId: string;
  text: string;
  page: number;
  pageTo: number;
  section: { id: number; number: string | null; title: string };
  url: string;
}

/** A stored goal (see Goal for each field) with where it lives; `number` is the goal's label. */
export interface GoalRow extends Pick<Goal, 'text' | 'kind' | 'measurable' | 'page'> {
  id: number;
  documentId: string;
  organisation: string;
  /** Number or letter as printed ("3", "c"), or null. */
  number: Goal['label'];
  /** "3.1.2 Mål for «Digital samhandling»". */
  section: string;
  passageId: number | null;
  url: string;
}

/** A stored budget item (see BudgetItem for each field; `basis` only on the accounts' lines) with where it lives. */
export interface BudgetRow extends Pick<BudgetItem, 'table' | 'label' | 'year' | 'period' | 'amount' | 'kind' | 'isSum' | 'raw' | 'confidence' | 'page' | 'basis'> {
  id: number;
  documentId: string;
  organisation: string;
  passageId: number | null;
  url: string;
}

export function passageUrl(documentId: string, passageId: number | null): string {
  return passageId === null ? `/documents/${documentId}` : `/documents/${documentId}#p-${passageId}`;
}

export function sectionLabel(number: string | null, title: string): string {
  return number ? `${number} ${title}` : title;
}

interface DocumentRecord {
  id: number;
  slug: string;
  source_name: string;
  title: string;
  organisation: string;
  organisation_kind: OrganisationKind;
  aliases: string;
  municipalities: string;
  period_from: number | null;
  period_to: number | null;
  adopted: string;
  page_count: number;
  ingested_at: string;
  warnings: string;
}

const SUMMARY_SQL = `SELECT d.*,
  (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS n_sections,
  (SELECT count(*) FROM goals g WHERE g.document_id = d.id) AS n_goals,
  (SELECT count(*) FROM budget_items b WHERE b.document_id = d.id AND b.basis IS NULL) AS n_budgets,
  (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS n_passages,
  (d.format = 'pdf' OR json_array_length(d.page_starts) > 1) AS paged
  FROM documents d`;

function toSummary(row: DocumentRecord & { n_sections: number; n_goals: number; n_budgets: number; n_passages: number; paged: number }): DocumentSummary {
  return {
    id: row.slug,
    title: row.title,
    organisation: row.organisation,
    organisationKind: row.organisation_kind,
    aliases: JSON.parse(row.aliases) as string[],
    municipalities: JSON.parse(row.municipalities) as string[],
    period: { from: row.period_from, to: row.period_to },
    adopted: JSON.parse(row.adopted) as AdoptionRecord[],
    sourceName: row.source_name,
    pageCount: row.page_count,
    paged: row.paged === 1,
    ingestedAt: row.ingested_at,
    warnings: JSON.parse(row.warnings) as string[],
    counts: { sections: row.n_sections, goals: row.n_goals, budgetItems: row.n_budgets, passages: row.n_passages },
  };
}

export function listDocuments(db: Db): DocumentSummary[] {
  return (db.prepare(`${SUMMARY_SQL} ORDER BY d.organisation, d.period_from`).all() as Parameters<typeof toSummary>[0][]).map(toSummary);
}

/** Summaries of the given documents only (by slug). */
export function getDocuments(db: Db, slugs: string[]): Map<string, DocumentSummary> {
  if (slugs.length === 0) return new Map();
  const unique = [...new Set(slugs)];
  const rows = db.prepare(`${SUMMARY_SQL} WHERE d.slug IN (${unique.map(() => '?').join(',')})`).all(...unique) as Parameters<typeof toSummary>[0][];
  return new Map(rows.map((row) => [row.slug, toSummary(row)]));
}

/** Changes whenever a document is added, replaced or removed: a key for caches of document lists. */
export function documentsVersion(db: Db): string {
  const row = db.prepare('SELECT count(*) AS n, max(id) AS id, max(ingested_at) AS at FROM documents').get() as { n: number; id: number | null; at: string | null };
  return `${row.n}:${row.id}:${row.at}`;
}

/** Internal row ids by slug, for many documents at once. */
export function rowIdsBySlug(db: Db, slugs: string[]): number[] {
  if (slugs.length === 0) return [];
  const unique = [...new Set(slugs)];
  return (db.prepare(`SELECT id FROM documents WHERE slug IN (${unique.map(() => '?').join(',')})`).all(...unique) as Array<{ id: number }>).map((row) => row.id);
}

/** Sections of several documents, keyed by slug. */
export function getSectionsOf(db: Db, slugs: string[]): Map<string, SectionRow[]> {
  const result = new Map<string, SectionRow[]>();
  if (slugs.length === 0) return result;
  const unique = [...new Set(slugs)];
  const rows = db.prepare(`SELECT d.slug, s.id, s.number, s.title, s.level, s.parent_id AS parentId, s.page_from AS pageFrom, s.page_to AS pageTo
    FROM sections s JOIN documents d ON d.id = s.document_id WHERE d.slug IN (${unique.map(() => '?').join(',')}) ORDER BY d.id, s.ordinal`).all(...unique) as Array<SectionRow & { slug: string }>;
  for (const { slug, ...section } of rows) result.set(slug, [...(result.get(slug) ?? []), section]);
  return result;
}

export function getDocument(db: Db, slug: string): DocumentSummary | null {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.slug = ?`).get(slug) as Parameters<typeof toSummary>[0] | undefined;
  return row ? toSummary(row) : null;
}

/** Internal row ids of the documents matching the filters; null means "all documents". */
export function resolveDocumentIds(db: Db, filters: { documentId?: string | undefined; municipality?: string | undefined }): number[] | null {
  if (!filters.documentId && !filters.municipality) return null;
  if (filters.documentId && !filters.municipality) return rowIdsBySlug(db, [filters.documentId]);
  const rows = db.prepare('SELECT id, slug, organisation, aliases, municipalities FROM documents').all() as Array<{ id: number; slug: string; organisation: string; aliases: string; municipalities: string }>;
  const wanted = filters.municipality ? normalize(filters.municipality.trim()).replace(/ kommune$/, '') : null;
  // A member municipality also reaches its collaborations' strategies, even ones stored without members.
  const regions = wanted ? new Set(collaborationsOf(wanted).flatMap((c) => [c.name, ...c.aliases]).map(normalize)) : new Set<string>();
  return rows
    .filter((row) => !filters.documentId || row.slug === filters.documentId)
    .filter((row) => {
      if (!wanted) return true;
      const names = [row.organisation, ...(JSON.parse(row.aliases) as string[]), ...(JSON.parse(row.municipalities) as string[])].map(normalize);
      return names.some((name) => name === wanted || name.replace(/ kommune$/, '') === wanted || regions.has(name));
    })
    .map((row) => row.id);
}

export function getSections(db: Db, slug: string): SectionRow[] {
  return (db.prepare(`SELECT s.id, s.number, s.title, s.level, s.parent_id AS parentId, s.page_from AS pageFrom, s.page_to AS pageTo
    FROM sections s JOIN documents d ON d.id = s.document_id WHERE d.slug = ? ORDER BY s.ordinal`).all(slug)) as SectionRow[];
}

const PASSAGE_SQL = `SELECT p.id, d.slug AS documentId, p.text, p.page_from AS page, p.page_to AS pageTo, s.id AS sectionId, s.number AS sectionNumber, s.title AS sectionTitle
  FROM passages p JOIN documents d ON d.id = p.document_id JOIN sections s ON s.id = p.section_id`;

type PassageRecord = { id: number; documentId: string; text: string; page: number; pageTo: number; sectionId: number; sectionNumber: string | null; sectionTitle: string };

function toPassage(row: PassageRecord): PassageRow {
  return {
    id: row.id, documentId: row.documentId, text: row.text, page: row.page, pageTo: row.pageTo,
    section: { id: row.sectionId, number: row.sectionNumber, title: row.sectionTitle }, url: passageUrl(row.documentId, row.id),
  };
}

export function getPassage(db: Db, id: number): PassageRow | null {
  const row = db.prepare(`${PASSAGE_SQL} WHERE p.id = ?`).get(id) as PassageRecord | undefined;
  return row ? toPassage(row) : null;
}

/**
 * True when some passage's text holds `fragment` anywhere, inside a compound too ("dron" in
 * "dronebruk"); case-insensitive for ASCII letters (SQLite LIKE). For telling a word the corpus
 * lacks from one it only writes in other forms.
 */
export function anyPassageContains(db: Db, fragment: string): boolean {
  const escaped = fragment.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db.prepare("SELECT 1 FROM passages WHERE text LIKE ? ESCAPE '\\' LIMIT 1").get(`%${escaped}%`) !== undefined;
}

/** Passages by id; read in chunks (SQLite caps the number of bound parameters). */
export function getPassages(db: Db, ids: number[]): Map<number, PassageRow> {
  const rows = chunked([...new Set(ids)], (chunk) => db.prepare(`${PASSAGE_SQL} WHERE p.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as PassageRecord[]);
  return new Map(rows.map((row) => [row.id, toPassage(row)]));
}

export function getDocumentPassages(db: Db, slug: string): PassageRow[] {
  return (db.prepare(`${PASSAGE_SQL} WHERE d.slug = ? ORDER BY p.ordinal`).all(slug) as PassageRecord[]).map(toPassage);
}

export function countRows(db: Db): { documents: number; passages: number } {
  const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const passages = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  return { documents, passages };
}

/** The first passage of each section (what a focus-area citation points at), keyed by section id. */
export function firstPassagesOfSections(db: Db, sectionIds: number[]): Map<number, PassageRow> {
  const rows = chunked(sectionIds, (chunk) => db.prepare(`${PASSAGE_SQL} WHERE p.id IN (SELECT min(id) FROM passages WHERE section_id IN (${chunk.map(() => '?').join(',')}) GROUP BY section_id)`).all(...chunk) as PassageRecord[]);
  return new Map(rows.map((row) => [row.sectionId, toPassage(row)]));
}
