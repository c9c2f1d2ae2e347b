import type { GoalKind } from '../../ingest/model.ts';
import type { Db } from './db.ts';
import { passageUrl, sectionLabel, type BudgetRow, type GoalRow } from './read.ts';

/**
 * Goals and budget lines as lists: whole, one page at a time (SQL LIMIT/OFFSET), counted, or as bare
 * texts for a topic matcher that runs in JS, whose page is then read by id. Every listing has one
 * order: organisation, document, then the row's place in its document.
 */

/** A page of a listing: at most `limit` rows after skipping `offset` (both in the listing's order). */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** Narrows a goal listing beside the documents and the topic prefilter. */
export interface GoalOptions {
  /** Only goals of this kind. */
  kind?: GoalKind | undefined;
  /** Only goals that are (true) or are not (false) measurable. */
  measurable?: boolean | undefined;
  /** Only this page of the listing (absent: every row). */
  window?: PageWindow | undefined;
}

/** Narrows a budget listing beside the documents, the year and the topic prefilter. */
export interface BudgetOptions {
  /** False: leave out sum rows (default true). */
  includeSums?: boolean | undefined;
  /**
   * Which amounts: 'budget' (default) the budget's lines only, as every listing was before the accounts were
   * read; 'actual' the accounts' lines only (what was spent, BudgetItem.basis); 'all' both.
   */
  basis?: 'budget' | 'actual' | 'all' | undefined;
  /** Only this page of the listing (absent: every row). */
  window?: PageWindow | undefined;
}

/** SQLite caps bound parameters: rows by id are read in chunks of this many. */
const ID_CHUNK = 500;

function inClause(ids: number[] | null, column: string): { sql: string; params: number[] } {
  if (ids === null) return { sql: '1', params: [] };
  if (ids.length === 0) return { sql: '0', params: [] };
  return { sql: `${column} IN (${ids.map(() => '?').join(',')})`, params: ids };
}

/**
 * A cheap SQL prefilter for topic matching: rows whose text contains at least one of `fragments`
 * (null: no filter). The topic matcher still decides; this only skips certain misses. Fragments of
 * three or more characters are looked up in the trigram index `index` (goal_text / budget_text, any
 * letter case); a shorter one cannot use it, and then every row's text is tested instead.
 */
function containsAny(index: 'goal_text' | 'budget_text', idColumn: string, textColumn: string, fragments: string[] | null | undefined): { sql: string; params: string[] } {
  if (!fragments) return { sql: '1', params: [] };
  if (fragments.length === 0) return { sql: '0', params: [] };
  if (fragments.every((fragment) => [...fragment].length >= 3)) {
    return { sql: `${idColumn} IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ?)`, params: [fragments.map((f) => `"${f.replaceAll('"', '""')}"`).join(' OR ')] };
  }
  // SQLite's lower() folds ASCII only: also look for the capitalised form ("Økonomi", "Åpne").
  const capitalised = (fragment: string) => fragment.charAt(0).toUpperCase() + fragment.slice(1);
  return { sql: `(${fragments.map(() => `instr(lower(${textColumn}), ?) > 0 OR instr(${textColumn}, ?) > 0`).join(' OR ')})`, params: fragments.flatMap((f) => [f, capitalised(f)]) };
}

const limitClause = (window: PageWindow | undefined) => (window ? { sql: ' LIMIT ? OFFSET ?', params: [window.limit, window.offset] } : { sql: '', params: [] });

/** Reads rows by id in chunks and returns them in the order of `ids` (ids without a row are skipped). */
function byIds<T extends { id: number }>(ids: number[], read: (chunk: number[]) => T[]): T[] {
  const found = new Map<number, T>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) for (const row of read(ids.slice(i, i + ID_CHUNK))) found.set(row.id, row);
  return ids.flatMap((id) => found.get(id) ?? []);
}

// Goals

const GOAL_ORDER = 'ORDER BY d.organisation, d.id, g.ordinal, g.id';
const GOAL_SQL = `SELECT g.id, d.slug AS documentId, d.organisation, g.label, g.text, g.kind, g.measurable, s.number AS sectionNumber, s.title AS sectionTitle, g.page, g.passage_id AS passageId
  FROM goals g JOIN documents d ON d.id = g.document_id JOIN sections s ON s.id = g.section_id`;
type GoalRecord = Omit<GoalRow, 'number' | 'section' | 'url' | 'measurable'> & { label: string | null; sectionNumber: string | null; sectionTitle: string; measurable: number };

function toGoalRow({ label, sectionNumber, sectionTitle, measurable, ...row }: GoalRecord): GoalRow {
  return { ...row, measurable: measurable === 1, number: label, section: sectionLabel(sectionNumber, sectionTitle), url: passageUrl(row.documentId, row.passageId) };
}

function goalConditions(documentIds: number[] | null, fragments: string[] | null | undefined, options: GoalOptions): { sql: string; params: Array<string | number> } {
  const where = inClause(documentIds, 'g.document_id');
  const text = containsAny('goal_text', 'g.id', 'g.text', fragments);
  const kind = options.kind === undefined ? { sql: '', params: [] } : { sql: ' AND g.kind = ?', params: [options.kind] };
  const measurable = options.measurable === undefined ? { sql: '', params: [] } : { sql: ' AND g.measurable = ?', params: [options.measurable ? 1 : 0] };
  return { sql: `${where.sql} AND ${text.sql}${kind.sql}${measurable.sql}`, params: [...where.params, ...text.params, ...kind.params, ...measurable.params] };
}

/** Goals of the documents (null: all), optionally prefiltered by topic fragments, narrowed and paged by `options`. */
export function listGoals(db: Db, documentIds: number[] | null, fragments?: string[] | null, options: GoalOptions = {}): GoalRow[] {
  const where = goalConditions(documentIds, fragments, options);
  const page = limitClause(options.window);
  return (db.prepare(`${GOAL_SQL} WHERE ${where.sql} ${GOAL_ORDER}${page.sql}`).all(...where.params, ...page.params) as GoalRecord[]).map(toGoalRow);
}

/** How many goals listGoals would return without a window. */
export function countGoals(db: Db, documentIds: number[] | null, fragments?: string[] | null, options: GoalOptions = {}): number {
  const where = goalConditions(documentIds, fragments, options);
  return (db.prepare(`SELECT count(*) AS n FROM goals g WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** Only the id and text of the goals listGoals would return (in its order), for matching in JS. */
export function goalTexts(db: Db, documentIds: number[] | null, fragments?: string[] | null, options: GoalOptions = {}): Array<{ id: number; text: string }> {
  const where = goalConditions(documentIds, fragments, options);
  return db.prepare(`SELECT g.id, g.text FROM goals g JOIN documents d ON d.id = g.document_id WHERE ${where.sql} ${GOAL_ORDER}`).all(...where.params) as Array<{ id: number; text: string }>;
}

/** Goals by id, in the order of `ids`. */
export function goalsById(db: Db, ids: number[]): GoalRow[] {
  return byIds(ids, (chunk) => (db.prepare(`${GOAL_SQL} WHERE g.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as GoalRecord[]).map(toGoalRow));
}

// Budget lines

const BUDGET_ORDER = 'ORDER BY d.organisation, d.id, b.ordinal, b.id';
const BUDGET_SQL = `SELECT b.id, d.slug AS documentId, d.organisation, b.table_name AS "table", b.label, b.year, b.period_from, b.period_to, b.amount, b.kind, b.is_sum, b.raw,
  b.confidence, b.page, b.passage_id AS passageId, b.basis FROM budget_items b JOIN documents d ON d.id = b.document_id`;
type BudgetRecord = Omit<BudgetRow, 'period' | 'isSum' | 'url' | 'basis'> & { period_from: number | null; period_to: number | null; is_sum: number; basis: string | null };

function toBudgetRow({ period_from, period_to, is_sum, basis, ...row }: BudgetRecord): BudgetRow {
  const read: BudgetRow = { ...row, isSum: is_sum === 1, period: period_from === null && period_to === null ? null : { from: period_from, to: period_to }, url: passageUrl(row.documentId, row.passageId) };
  return basis === 'actual' ? { ...read, basis } : read;
}

/** The SQL condition of a listing's `basis` (see BudgetOptions): the budget's lines unless asked otherwise. */
function basisCondition(basis: BudgetOptions['basis']): string {
  return basis === 'all' ? '' : basis === 'actual' ? " AND b.basis = 'actual'" : ' AND b.basis IS NULL';
}

function budgetConditions(documentIds: number[] | null, year: number | undefined, fragments: string[] | null | undefined, options: BudgetOptions): { sql: string; params: Array<string | number> } {
  const where = inClause(documentIds, 'b.document_id');
  const yearSql = year === undefined ? '' : ' AND (b.year = ? OR (b.year IS NULL AND b.period_from <= ? AND b.period_to >= ?))';
  const text = containsAny('budget_text', 'b.id', `b.label || ' ' || b.table_name`, fragments);
  const sums = options.includeSums === false ? ' AND b.is_sum = 0' : '';
  return { sql: `${where.sql}${yearSql} AND ${text.sql}${sums}${basisCondition(options.basis)}`, params: [...where.params, ...(year === undefined ? [] : [year, year, year]), ...text.params] };
}

/** Budget lines of the documents (null: all) for a year, optionally prefiltered by topic fragments, narrowed and paged by `options`. */
export function listBudgets(db: Db, documentIds: number[] | null, year?: number, fragments?: string[] | null, options: BudgetOptions = {}): BudgetRow[] {
  const where = budgetConditions(documentIds, year, fragments, options);
  const page = limitClause(options.window);
  return (db.prepare(`${BUDGET_SQL} WHERE ${where.sql} ${BUDGET_ORDER}${page.sql}`).all(...where.params, ...page.params) as BudgetRecord[]).map(toBudgetRow);
}

/** How many budget lines listBudgets would return without a window. */
export function countBudgets(db: Db, documentIds: number[] | null, year?: number, fragments?: string[] | null, options: BudgetOptions = {}): number {
  const where = budgetConditions(documentIds, year, fragments, options);
  return (db.prepare(`SELECT count(*) AS n FROM budget_items b WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** Only the id, label and table of the budget lines listBudgets would return (in its order), for matching in JS. */
export function budgetTexts(db: Db, documentIds: number[] | null, year?: number, fragments?: string[] | null, options: BudgetOptions = {}): Array<{ id: number; label: string; table: string }> {
  const where = budgetConditions(documentIds, year, fragments, options);
  return db.prepare(`SELECT b.id, b.label, b.table_name AS "table" FROM budget_items b JOIN documents d ON d.id = b.document_id WHERE ${where.sql} ${BUDGET_ORDER}`).all(...where.params) as Array<{ id: number; label: string; table: string }>;
}

/** Budget lines by id, in the order of `ids`. */
export function budgetsById(db: Db, ids: number[]): BudgetRow[] {
  return byIds(ids, (chunk) => (db.prepare(`${BUDGET_SQL} WHERE b.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as BudgetRecord[]).map(toBudgetRow));
}
