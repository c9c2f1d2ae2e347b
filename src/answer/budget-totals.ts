import type { BudgetRow } from '../store/index.ts';
import { groupBy } from './context.ts';

/** Where a total comes from: a printed sum row, the detail rows added up, or a summary table. */
export type TotalSource = 'sum-row' | 'detail-rows' | 'summary-table';

/** One table's amount for one year. */
export interface TableYearTotal {
  year: number;
  amount: number;
  source: TotalSource;
}

export interface TableTotals {
  table: string;
  years: TableYearTotal[];
  /** True when the table restates other tables' totals (an overview table). */
  isSummary: boolean;
}

/** An amount that covers a period rather than one year ("årlig ramme 2015–2018"). */
export interface FrameTotal {
  table: string;
  from: number | null;
  to: number | null;
  amount: number;
  source: TotalSource;
  /**
   * True when the amount adds up year amounts of its own table that the totals count too (a total
   * column "2025 | 2026 | 2027 | Sum", a sum row under rows 2025–2027): shown beside them, never added to them.
   */
  restatesYears: boolean;
}

/** A strategy's budget totals: per table, per year, and amounts that cover a period. */
export interface DocumentBudgetTotals {
  documentId: string;
  organisation: string;
  tables: TableTotals[];
  /** The strategy's total per year, each counted once (a summary table is never added to its detail tables). */
  years: TableYearTotal[];
  frames: FrameTotal[];
}

/**
 * Totals that add up: per table the printed sum row where there is one, else its detail rows — never
 * both; a table that restates other tables (its lines equal their totals) is the strategy's total,
 * not an addition to them; lines are never merged by amount and strategies never added together.
 * Rows whose year is uncertain are left out of yearly totals.
 *
 * `allRows` (default: `rows`) are every line of the same strategies: when `rows` are only the lines on a
 * topic, which tables are summaries is still decided from the whole strategy.
 */
export function budgetTotals(rows: BudgetRow[], allRows: BudgetRow[] = rows): DocumentBudgetTotals[] {
  const byDocument = groupBy(rows, (row) => row.documentId);
  const allByDocument = allRows === rows ? byDocument : groupBy(allRows, (row) => row.documentId);
  return [...byDocument.entries()].map(([documentId, documentRows]) => {
    const whole = allByDocument.get(documentId) ?? [];
    const summaries = new Set(summaryTables(whole));
    const tables = [...groupBy(documentRows, (row) => row.table).entries()].map(([table, tableRows]) => ({ table, years: tableYears(tableRows), isSummary: summaries.has(table) }));
    return {
      documentId,
      organisation: documentRows[0]?.organisation ?? '',
      tables,
      years: documentYears(tables),
      frames: frames(documentRows, lineTotalIds(whole)),
    };
  });
}

function tableYears(rows: BudgetRow[]): TableYearTotal[] {
  const years = [...new Set(rows.flatMap((row) => (row.year === null ? [] : [row.year])))].sort((a, b) => a - b);
  return years.map((year) => {
    const inYear = rows.filter((row) => row.year === year);
    const sums = inYear.filter((row) => row.isSum);
    if (sums.length > 0) return { year, amount: Math.max(...sums.map((row) => row.amount)), source: 'sum-row' as const };
    return { year, amount: inYear.reduce((total, row) => total + row.amount, 0), source: 'detail-rows' as const };
  });
}

/**
 * A table is a summary when, in some year, its detail lines restate the totals of at least two
 * other tables (each line matched to a different table) and they make up at least half its lines.
 */
function summaryTables(rows: BudgetRow[]): string[] {
  const tables = [...groupBy(rows, (row) => row.table).entries()].map(([table, tableRows]) => ({ table, years: tableYears(tableRows) }));
  return tables
    .filter((table) => {
      const details = rows.filter((row) => row.table === table.table && !row.isSum && row.year !== null);
      return [...new Set(details.map((row) => row.year))].some((year) => {
        const lines = details.filter((row) => row.year === year);
        const unmatched = tables.filter((other) => other !== table);
        let restated = 0;
        for (const line of lines) {
          const match = unmatched.findIndex((other) => other.years.some((total) => total.year === year && total.amount === line.amount));
          if (match < 0) continue;
          unmatched.splice(match, 1);
          restated++;
        }
        return restated >= 2 && restated * 2 >= lines.length;
      });
    })
    .map((table) => table.table);
}

function documentYears(tables: TableTotals[]): TableYearTotal[] {
  const years = [...new Set(tables.flatMap((table) => table.years.map((total) => total.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const amountIn = (table: TableTotals) => table.years.find((total) => total.year === year)?.amount ?? 0;
    const summaries = tables.filter((table) => table.isSummary && table.years.some((total) => total.year === year));
    const details = tables.filter((table) => !table.isSummary).reduce((sum, table) => sum + amountIn(table), 0);
    const summary = summaries.length > 0 ? Math.max(...summaries.map(amountIn)) : 0;
    // An overview table covers every area, also those without a detail table of their own.
    return summary >= details && summary > 0 ? { year, amount: summary, source: 'summary-table' as const } : { year, amount: details, source: details === 0 ? ('detail-rows' as const) : sourceOf(tables, year) };
  });
}

function sourceOf(tables: TableTotals[], year: number): TotalSource {
  const sources = tables.filter((table) => !table.isSummary).flatMap((table) => table.years.filter((total) => total.year === year).map((total) => total.source));
  return sources.length > 0 && sources.every((source) => source === 'sum-row') ? 'sum-row' : 'detail-rows';
}

/**
 * Per table and period: the sum row's amount where there is one, else the lines' amounts added — a line's
 * total-column cell is one line's amount there, added with the other lines', the corner cell their sum.
 */
function frames(rows: BudgetRow[], lineTotals: Set<number>): FrameTotal[] {
  const periodRows = rows.filter((row) => row.year === null && row.period !== null);
  return [...groupBy(periodRows, (row) => `${row.table}|${row.period?.from}|${row.period?.to}`).values()].map((group) => {
    const first = group[0]!;
    const from = first.period?.from ?? null;
    const to = first.period?.to ?? null;
    const sums = group.filter((row) => row.isSum && !lineTotals.has(row.id));
    return {
      table: first.table,
      from,
      to,
      amount: sums.length > 0 ? Math.max(...sums.map((row) => row.amount)) : group.reduce((total, row) => total + row.amount, 0),
      source: sums.length > 0 ? 'sum-row' : 'detail-rows',
      restatesYears: from !== null && to !== null && rows.some((row) => row.table === first.table && row.year !== null && row.year >= from && row.year <= to),
    };
  });
}

/**
 * The ids of rows that total one line over its years: a total column's cell ("| Nytt arkiv | 900 | 1 200 |
 * 400 | 2 500 |"; in a transposed table, the sum row's cell of one area). It is a sum (`isSum`) of the
 * line's year cells, not a table's sum row: where a line's amount over the period is asked it is that
 * amount, and it is never added to the year cells it adds up. Known by the line's own year rows (same
 * strategy, table and label, not sums) in its period.
 */
export function lineTotalIds(rows: BudgetRow[]): Set<number> {
  const lineYears = groupBy(rows.filter((row) => !row.isSum && row.year !== null), (row) => `${row.documentId}|${row.table}|${row.label}`);
  return new Set(
    rows
      .filter((row) => row.isSum && row.year === null && row.period !== null)
      .filter((row) => (lineYears.get(`${row.documentId}|${row.table}|${row.label}`) ?? []).some((line) => line.year! >= (row.period!.from ?? -Infinity) && line.year! <= (row.period!.to ?? Infinity)))
      .map((row) => row.id),
  );
}
