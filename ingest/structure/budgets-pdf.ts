import type { BudgetItem, RawTable } from '../model.ts';
import { amountColumnIndexes, deviationColumnIndexes, leadUnit, readBudgetTable } from './budgets-pipe.ts';
import type { TableContext } from './budgets-text.ts';
import { numberingColumns, type PipeTable } from './lists.ts';
import { SUM_LABEL } from './budget-words.ts';

/**
 * Budget rows from ruled PDF tables (pdf-parse `getTable()`): every cell keeps its column, so years are
 * exact. Each table is read by the same column rules as a pipe table in text (budgets-pipe.ts): a
 * numbering column ("Nr") is skipped, year, cost and total columns are told apart, a unit in a heading
 * or in the sentence before the table ("Tall i 1000 kr") scales the amounts, a transposed table is read
 * by its rows, a column of the accounts gives actual amounts and a column of deviations ("Avvik") none.
 * A table split over a page break continues in the next table without a header.
 */
export function extractPdfBudgets(tables: RawTable[], text: string, pageStart: (page: number) => number, context: TableContext): BudgetItem[] {
  const items: BudgetItem[] = [];
  let open: string[] | null = null;
  for (const table of tables) {
    let header = table.rows[0] ?? [];
    let body = table.rows.slice(1);
    if (amountColumnIndexes(header, labelColumnOf(header, body)).length === 0) {
      // No header of amounts: the rest of the previous table, over a page break, or no budget table.
      if (!open || header.length !== open.length) continue;
      header = open;
      body = table.rows;
    }
    const placed = placeTable(header, body, text, pageStart(table.page));
    items.push(...readBudgetTable(placed, leadUnit(text.slice(Math.max(0, placed.start - 300), placed.start)), context).map((item) => ({ ...item, page: table.page })));
    // A sum row ends the table; the next one starts afresh.
    open = body.some((row) => SUM_LABEL.test((row[placed.labelColumn] ?? '').trim())) ? null : header;
  }
  return items;
}

/** How far after the previous cell a cell's text may stand (a row's cells are printed close together). */
const NEARBY = 400;

/** The table with each cell placed at its text in the document (cells are found in reading order from the page's start). */
function placeTable(header: string[], body: string[][], text: string, from: number): PipeTable {
  const labelColumn = labelColumnOf(header, body);
  const clean = (cell: string) => cell.replace(/\s+/g, ' ').trim();
  const firstLabel = body.map((row) => clean(row[labelColumn] ?? '')).find((cell) => /\p{L}{3}/u.test(cell)) ?? '';
  const start = Math.max(from, locate(text, firstLabel.slice(0, 25), from));
  let at = start;
  // Amounts and the deviations beside them ("Avvik") are numbers, no part of a row's name.
  const amounts = [...amountColumnIndexes(header, labelColumn), ...deviationColumnIndexes(header, labelColumn)];
  const rows = body.map((row) => {
    const cells = row.map(clean);
    // A row is named by all its cells that are neither numbering nor amounts ("Tiltak", "Ansvar", "Frist"), as printed.
    // A sum row may print "Sum" in the numbering column ("Sum | | 5,5 mill").
    const named = cells.filter((cell, i) => i >= labelColumn && !amounts.includes(i) && cell).join(' ') || (cells.slice(0, labelColumn).find((cell) => SUM_LABEL.test(cell)) ?? '');
    // Numbering cells ("1", "2") are not looked for: a lone digit is found anywhere.
    const spans = cells.map((cell, i) => {
      const found = cell && i >= labelColumn ? locate(text, cell, at) : -1;
      if (found < 0 || found - at > NEARBY) return { start: at, end: at };
      at = found + cell.length;
      return { start: found, end: at };
    });
    const label = spans[labelColumn] ?? { start: at, end: at };
    return { cells: cells.map((cell, i) => (i === labelColumn ? named : cell)), spans, first: { label: null, start: label.start, end: label.end } };
  });
  return { header: header.map(clean), rows, labelColumn, start, end: at };
}

/** The column that names the rows: the first after any numbering columns ("1", "2", …; a sum row's "Sum" there does not count). */
function labelColumnOf(header: string[], body: string[][]): number {
  return numberingColumns(header.length, body.filter((row) => !SUM_LABEL.test((row[0] ?? '').trim())));
}

/** Offset of `needle` at or after `from` in the text (whitespace-insensitive), else -1. */
function locate(text: string, needle: string, from: number): number {
  const words = needle.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return from;
  const pattern = new RegExp(words.join('\\s+'), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}
