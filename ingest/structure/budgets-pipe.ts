import type { BudgetItem, Period } from '../model.ts';
import { parseAmount } from './amount.ts';
import { budgetKind, frameYear, GENERIC_CAPTION, SUM_LABEL, type TableContext } from './budgets-text.ts';
import { isAmountHeading } from './goal-vocabulary.ts';
import { findPipeTables, type Span } from './lists.ts';

/**
 * Budget rows from tables written with pipes in text ("| Tiltak | Ansvar | Frist | Kostnad (kr) |",
 * "Tiltak | 2024 | 2025 | 2026" pasted without outer pipes): every cell keeps its column, so years are
 * exact, as in ruled PDF tables. A column holds amounts when its heading is a year ("2025", "Budsjett
 * 2025") or an amount word (data/goal-vocabulary.json `amountHeadings`: Kostnad, Beløp, Ramme, Sum …);
 * a year column gives each amount its year, any other amount column is a frame for the year or period
 * the caption, section or document gives. A unit in a heading ("(1000 kr)") or in the sentence that
 * introduces the table scales its amounts. A row labelled Sum/Totalt is the table's sum row; a cell
 * with no amount ("Innenfor ramme") is no row.
 */
export function extractPipeBudgets(text: string, context: TableContext): { items: BudgetItem[]; spans: Span[] } {
  const items: BudgetItem[] = [];
  const spans: Span[] = [];
  for (const table of findPipeTables(text)) {
    const columns = withLeadUnit(amountColumns(table.header), text.slice(Math.max(0, table.start - 300), table.start));
    if (columns.length === 0) continue;
    const caption = plain(table.header[0] ?? '');
    const name = caption && !GENERIC_CAPTION.test(caption) && !isAmountHeading(caption) ? caption : context.sectionTitleAt(table.start);
    const frame = frameYear({ caption: name, start: table.start }, name, context);
    const found = items.length;
    for (const row of table.rows) {
      const label = plain(row.cells[0] ?? '');
      const isSum = SUM_LABEL.test(label);
      for (const column of columns) {
        const raw = plain(row.cells[column.index] ?? '');
        const amount = raw ? parseScaled(raw, column.scale) : null;
        const span = row.spans[column.index];
        if (amount === null || !span || !label) continue;
        const year = column.year ?? (column.period ? null : frame.year);
        const period: Period | null = column.year !== null ? null : column.period ?? (frame.year !== null ? null : frame.period);
        items.push({
          table: name, label, year, period, amount, isSum, raw, confidence: 'exact',
          kind: budgetKind(label) ?? budgetKind(table.header[column.index] ?? '') ?? budgetKind(name) ?? budgetKind(context.sectionTitleAt(table.start)),
          section: context.sectionAt(span.start), page: context.pageAt(span.start), start: span.start, end: span.end,
        });
      }
    }
    if (items.length > found) spans.push({ start: table.start, end: table.end });
  }
  return { items, spans };
}

interface AmountColumn {
  index: number;
  /** The column's year ("2025", "Budsjett 2025"); null for a cost column without one. */
  year: number | null;
  /** "Kostnad 2024–2027": the period a cost column's amounts cover. */
  period: Period | null;
  /** Kroner per printed unit: 1000 for "(1000 kr)", a million for "(mill. kr)". */
  scale: number;
}

const YEAR = /\b((?:19|20)\d{2})\b(?:\s*[-–]\s*((?:19|20)?\d{2})\b)?/;
const UNIT = /\(?\s*(?:i\s+)?(?<![\p{L}\d])(?:(1\s?000|tusen)\s*(?:kr|kroner|nok)|(mill\.?|millioner)\s*(?:kr|kroner)?|mnok|kr\.?|kroner|nok)(?![\p{L}])\s*\)?/iu;

/** The columns after the first whose heading says they hold amounts, with their year and unit. */
function amountColumns(header: string[]): AmountColumn[] {
  return header.flatMap((cell, index): AmountColumn[] => {
    if (index === 0) return [];
    const heading = plain(cell);
    const unit = UNIT.exec(heading);
    const scale = unit?.[1] ? 1000 : unit?.[2] || /mnok/i.test(unit?.[0] ?? '') ? 1_000_000 : 1;
    const bare = heading.replace(UNIT, ' ').replace(/\s+/g, ' ').trim();
    const year = YEAR.exec(bare);
    // "2025", "Budsjett 2025", "Kostnad 2024–2027"; not "Status 2022" or "Målverdi 2026" (indicator columns).
    const word = year ? bare.replace(year[0], '').trim() : bare;
    if (!(word === '' ? year !== null : isAmountHeading(word))) return [];
    if (!year) return [{ index, year: null, period: null, scale }];
    const from = Number(year[1]);
    const to = year[2] ? Number(year[2].length === 2 ? `${year[1]!.slice(0, 2)}${year[2]}` : year[2]) : null;
    return [to !== null && to !== from ? { index, year: null, period: { from, to }, scale } : { index, year: from, period: null, scale }];
  });
}

/**
 * A unit stated in the sentence that introduces the table ("Tabellen viser avsatte midler (mill. kr).",
 * "Beløp i 1000 kr:") applies to the amount columns whose headings give none.
 */
function withLeadUnit(columns: AmountColumn[], before: string): AmountColumn[] {
  const lead = before.trimEnd().split(/\n\s*\n/).at(-1) ?? '';
  const unit = new RegExp(UNIT.source, 'giu');
  const scaled = [...lead.matchAll(unit)].find((m) => m[1] || m[2] || /mnok/i.test(m[0]));
  if (!scaled) return columns;
  const scale = scaled[1] ? 1000 : 1_000_000;
  return columns.map((column) => (column.scale === 1 ? { ...column, scale } : column));
}

/** An amount in a cell, in whole kroner: "900 000", "kr 1 250 000,-", "1,5" in a "(mill. kr)" column. */
function parseScaled(raw: string, scale: number): number | null {
  if (scale === 1) return parseAmount(raw);
  const number = /^\d{1,3}(?:[ .]\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(/[ .]/g, '').replace(',', '.')) : null;
  return number === null || !Number.isFinite(number) ? parseAmount(raw) : Math.round(number * scale);
}

/** A cell's text without markdown emphasis ("**Sum**"). */
function plain(cell: string): string {
  return cell.replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2').replace(/\s+/g, ' ').trim();
}
