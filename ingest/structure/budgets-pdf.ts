import type { BudgetItem, RawTable } from '../model.ts';
import { parseAmount } from './amount.ts';
import { SUM_LABEL } from './budget-words.ts';
import { budgetKind, frameYear, type TableContext } from './budgets-text.ts';

/**
 * Budget rows from ruled PDF tables (pdf-parse `getTable()`): every cell keeps its column, so
 * years are exact. A table split over a page break continues in the next table without a header.
 */
export function extractPdfBudgets(tables: RawTable[], text: string, pageStart: (page: number) => number, context: TableContext): BudgetItem[] {
  const items: BudgetItem[] = [];
  let current: { caption: string; years: Array<number | null>; valueColumns: number[]; page: number } | null = null;
  for (const table of tables) {
    const header = table.rows[0] ?? [];
    const years = header.map((cell) => /\b((?:19|20)\d{2})\b/.exec(cell)?.[1]).map((y) => (y ? Number(y) : null));
    const yearColumns = years.flatMap((year, i) => (year !== null && i > 0 ? [i] : []));
    const frameColumn = header.findIndex((cell) => /^(?:ramme|beløp|kostnad|sum)(?:\s*\((?:kr|nok|kroner)\))?$/i.test(cell.trim()));
    let rows = table.rows;
    if (yearColumns.length > 0 || frameColumn > 0) {
      const valueColumns = yearColumns.length > 0 ? yearColumns : [frameColumn];
      current = { caption: (header[0] ?? '').replace(/\s+/g, ' ').trim(), years: yearColumns.length > 0 ? yearColumns.map((i) => years[i] ?? null) : [null], valueColumns, page: table.page };
      rows = table.rows.slice(1);
    } else if (!current || (table.rows[0]?.length ?? 0) !== Math.max(...current.valueColumns) + 1) {
      continue; // not a budget table
    }
    if (!current) continue;
    const active = current;
    const caption = /^(?:prosjekt|tiltak)?$/i.test(active.caption) ? '' : active.caption;
    const firstLabel = (rows[0] ?? []).find((cell) => /\p{L}{3}/u.test(cell)) ?? '';
    const anchor = locate(text, firstLabel.slice(0, 25), pageStart(table.page));
    const tableName = caption || context.sectionTitleAt(anchor);
    const frame = frameYear({ caption: tableName, start: locate(text, tableName, anchor) }, tableName, context);
    for (const row of rows) {
      const labelCells = row.filter((_, i) => !active.valueColumns.includes(i));
      const label = labelCells.filter((cell) => !/^\d{1,2}$/.test(cell.trim())).join(' ').replace(/\s+/g, ' ').trim();
      const isSum = SUM_LABEL.test(label);
      active.valueColumns.forEach((column, k) => {
        const raw = (row[column] ?? '').replace(/\s+/g, ' ').trim();
        const amount = parseAmount(raw);
        if (amount === null) return;
        const start = locate(text, raw, locate(text, label.slice(0, 25), anchor));
        const isFrame = active.years[k] === null;
        items.push({
          table: tableName, label: isSum ? (SUM_LABEL.exec(label)?.[0] ?? 'Sum') : label, year: isFrame ? frame.year : (active.years[k] ?? null), period: isFrame ? frame.period : null,
          amount, kind: budgetKind(label) ?? budgetKind(tableName) ?? budgetKind(context.sectionTitleAt(start)), isSum, raw, confidence: 'exact',
          section: context.sectionAt(start), page: table.page, start, end: start + raw.length,
        });
      });
      if (isSum) current = null; // the next table starts afresh
    }
  }
  return items;
}

/** Offset of `needle` at or after `from` in the text (whitespace-insensitive), else `from`. */
function locate(text: string, needle: string, from: number): number {
  const words = needle.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return from;
  const pattern = new RegExp(words.join('\\s+'), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : from;
}
