import type { Db } from './db.ts';
import { chunked } from './chunked.ts';
import { passageUrl, type BudgetRow } from './read.ts';

/**
 * The accounts beside the budget: a status report's "| Åpne data | 500 | 420 | 80 |" under "Budsjett 2025 |
 * Regnskap 2025 | Avvik" gives a budget line (500) and an actual one (420, `basis: 'actual'`). Listings show
 * the budget's lines; each may carry the figure the accounts give for the same printed line and year.
 */

/** What the accounts give for a budget line's year (BudgetItem.basis 'actual'). */
export interface ActualFigure {
  /** The actual line's id. */
  id: number;
  /** Amount in whole NOK. */
  amount: number;
  /** The amount as printed. */
  raw: string;
  url: string;
}

/** A budget line with what the accounts give for it, where they give anything. */
export type BudgetRowWithActual = BudgetRow & { actual?: ActualFigure };

interface Placed {
  id: number;
  document_id: number;
  slug: string;
  ordinal: number;
  key: string;
  amount: number;
  raw: string;
  passage_id: number | null;
}

const PLACED_SQL = `SELECT b.id, b.document_id, d.slug, b.ordinal, b.amount, b.raw, b.passage_id,
  b.table_name || '|' || b.label || '|' || ifnull(b.year, '') || '|' || ifnull(b.period_from, '') || '|' || ifnull(b.period_to, '') || '|' || b.is_sum AS key
  FROM budget_items b JOIN documents d ON d.id = b.document_id`;

/**
 * The budget lines, each with the actual figure of the same table, label, year (or period) and sum flag that
 * stands nearest it in its document (the same printed row: its cells are stored one after the other). Each
 * actual figure goes to one budget line; lines the accounts say nothing of are returned as they are.
 */
export function withActualFigures(db: Db, rows: BudgetRow[]): BudgetRowWithActual[] {
  const budgetIds = rows.filter((row) => row.basis !== 'actual').map((row) => row.id);
  if (budgetIds.length === 0) return rows;
  const placed = new Map(chunked(budgetIds, (chunk) => db.prepare(`${PLACED_SQL} WHERE b.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Placed[]).map((row) => [row.id, row]));
  const documentIds = [...new Set([...placed.values()].map((row) => row.document_id))];
  const actuals = new Map<string, Placed[]>();
  for (const row of chunked(documentIds, (chunk) => db.prepare(`${PLACED_SQL} WHERE b.basis = 'actual' AND b.document_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Placed[])) {
    const key = `${row.document_id}|${row.key}`;
    actuals.set(key, [...(actuals.get(key) ?? []), row]);
  }
  if (actuals.size === 0) return rows;
  const taken = new Set<number>();
  return rows.map((row) => {
    const own = placed.get(row.id);
    if (!own) return row;
    const nearest = (actuals.get(`${own.document_id}|${own.key}`) ?? [])
      .filter((actual) => !taken.has(actual.id))
      .sort((a, b) => Math.abs(a.ordinal - own.ordinal) - Math.abs(b.ordinal - own.ordinal))[0];
    if (!nearest) return row;
    taken.add(nearest.id);
    return { ...row, actual: { id: nearest.id, amount: nearest.amount, raw: nearest.raw, url: passageUrl(nearest.slug, nearest.passage_id) } };
  });
}
