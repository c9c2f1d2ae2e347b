import type { BudgetItem, Period } from '../model.ts';
import { parseAmount, splitSign, withoutCurrency } from './amount.ts';
import { GENERIC_CAPTION, isActualHeading, isDeviationHeading, statedUnits, statesShares, SUM_LABEL } from './budget-words.ts';
import { yearAmountsInCell } from './cell-amounts.ts';
import { budgetKind, frameYear, type TableContext } from './budgets-text.ts';
import { isAmountHeading, isAmountKindHeading } from './goal-vocabulary.ts';
import { findPipeTables, type PipeTable, type Span } from './lists.ts';

/** At most this much text (a footnote, a page's footer and header, a caption) between the parts of a table split by a page break. */
const CONTINUATION_GAP = 1500;

/**
 * Budget rows from tables written with pipes in text ("| Tiltak | Ansvar | Frist | Kostnad (kr) |",
 * "Tiltak | 2024 | 2025 | 2026" pasted without outer pipes; tab- and space-aligned tables become pipe
 * tables in cleaning): every cell keeps its column, so years are exact, as in ruled PDF tables. Rows are
 * named by the label column, the first that does not only number them ("Nr | Tiltak | …"). A column holds
 * amounts when its heading is a year ("2025", "Budsjett 2025") or an amount word
 * (data/goal-vocabulary.json `amountHeadings`: Kostnad, Beløp, Ramme, Sum, Total …); a year column gives
 * each amount its year; a total column ("Sum 2025–2027", "Total" beside year columns) gives the period of
 * its years, and its cells are sums (`isSum`, as a sum row's cells are: each adds up its row's years); any other amount column is a frame for the year or period the caption, section or document
 * gives. A unit (data/budget-words.json: "(1000 kr)", "Tall i 1000 kr", "NOK million") in a heading or in
 * the sentence that introduces the table scales every amount of its columns; one in the label column's
 * heading ("NOK 1,000") scales them all, and "NOK 1,000" says that commas group thousands ("3,500"). A row
 * with a label and no amounts heads a group ("Drift", "Investering") and gives no row. A row labelled Sum/Totalt/
 * I alt/Total is a sum row; a cell with no amount ("Innenfor ramme", "–") is no row. A table whose rows
 * are years and whose columns are areas ("År | Oppvekst | Helse | Sum") is read transposed. A column of the
 * accounts beside the budget ("Budsjett 2025 | Regnskap 2025 | Avvik", data/budget-words.json `actualHeadings`)
 * gives rows marked actual (`basis: 'actual'`); a column of deviations ("Avvik", "Variance") is never read.
 */
export function extractPipeBudgets(text: string, context: TableContext): { items: BudgetItem[]; spans: Span[] } {
  const items: BudgetItem[] = [];
  const spans: Span[] = [];
  let before: { header: string; lead: LeadUnit; end: number } | null = null;
  for (const table of findPipeTables(text, false, true)) {
    const found = items.length;
    // A table split by a page break repeats its header row under a caption of its own ("Tabell 2 (forts.)"): the
    // part after the break keeps the unit the first part's introduction stated.
    const header = table.header.map(plain).join('|').toLowerCase();
    const own = leadUnit(text.slice(Math.max(0, table.start - 300), table.start));
    const previous: { header: string; lead: LeadUnit; end: number } | null = before;
    const continued = previous !== null && previous.header === header && table.start - previous.end <= CONTINUATION_GAP;
    const lead: LeadUnit = own.scale === 1 && continued && previous ? previous.lead : own;
    items.push(...readBudgetTable(table, lead, context));
    if (items.length > found) spans.push({ start: table.start, end: table.end });
    before = { header, lead, end: table.end };
  }
  return { items, spans };
}

/** A table's budget rows, read by its columns (transposed when its rows are years). */
export function readBudgetTable(table: PipeTable, lead: LeadUnit, context: TableContext): BudgetItem[] {
  return isTransposed(table) ? readTransposed(table, lead, context) : readTable(table, lead, context);
}

/** The columns of a header that hold amounts after its label column (a year, "Kostnad", "Sum", "Regnskap 2025"). */
export function amountColumnIndexes(header: string[], labelColumn: number): number[] {
  return amountColumns(header, labelColumn).map((column) => column.index);
}

/** The columns of a header after its label column that give the budget less the accounts ("Avvik", "Variance"): numbers, no row's name. */
export function deviationColumnIndexes(header: string[], labelColumn: number): number[] {
  return header.flatMap((cell, index) => (index > labelColumn && isDeviationHeading(plain(cell)) ? [index] : []));
}

function readTable(table: PipeTable, lead: LeadUnit, context: TableContext): BudgetItem[] {
  const items: BudgetItem[] = [];
  const labels = table.labelColumn;
  // A unit in the label column's heading ("NOK 1,000", "Tiltak (1000 kr)") holds for every amount column.
  const captionUnit = statedUnits(plain(table.header[labels] ?? '')).find((unit) => unit.scale > 1);
  const tableScale = captionUnit?.scale ?? lead.scale;
  const columns = amountColumns(table.header, labels).map((column) => (column.scale === 1 ? { ...column, scale: tableScale } : column));
  // "… etter alder (prosent)" over the table: its figures are shares, unless a heading states money.
  if (lead.shares && !columns.some((column) => column.scale > 1 || statedUnits(plain(table.header[column.index] ?? '')).length > 0)) return items;
  if (columns.length === 0) return cellYearAmounts(table, context);
  const grouped = commaGroups(table, columns.map((column) => column.index), lead, columns.every((column) => column.scale === 1));
  const caption = withoutUnits(plain(table.header[labels] ?? ''));
  const name = caption && !GENERIC_CAPTION.test(caption) && !isAmountHeading(caption) ? caption : context.sectionTitleAt(table.start);
  const frame = frameYear({ caption: name, start: table.start }, name, context);
  // A total column adds up the years of its own kind: the budget's, or the accounts' ("Sum regnskap").
  const spans = new Map(['budget', 'actual'].map((basis) => [basis, yearSpan(columns.filter((column) => (column.basis ?? 'budget') === basis).map((column) => column.year))]));
  const sumColumns = new Set(columns.filter((column) => isTotalColumn(column, columns)).map((column) => column.index));
  // A row with a label and no amounts heads a group ("Drift", "Investering"): its rows are of its kind, until a sum row.
  let group = '';
  const first = items.length;
  for (const row of table.rows) {
    const label = withoutFootnoteMark(plain(row.cells[labels] ?? ''));
    const isSum = SUM_LABEL.test(label);
    if (columns.every((column) => !plain(row.cells[column.index] ?? ''))) {
      group = label;
      continue;
    }
    const groupKind = budgetKind(group);
    if (isSum) group = '';
    // A long table's row gives its own year ("2026 | Ny nettstad | … | 450 000"); its grand total, with no year, the period its label names ("Sum 2026–2027").
    const rowYear = table.yearColumn === undefined ? undefined : rowYearOf(row.cells[table.yearColumn] ?? '', label);
    for (const column of columns) {
      const raw = plain(row.cells[column.index] ?? '');
      const amount = raw ? parseScaled(raw, column.scale, grouped) : null;
      const at = row.spans[column.index];
      if (amount === null || !at || !label) continue;
      // A total column beside year columns ("Total") covers their years.
      const span = spans.get(column.basis ?? 'budget') ?? null;
      const period: Period | null = rowYear?.year != null || column.year !== null ? null : rowYear?.period ?? column.period ?? (column.total && span ? span : frame.year !== null ? null : frame.period);
      const year = column.year ?? rowYear?.year ?? (period ? null : frame.year);
      items.push({
        // A total column's cell adds up the row's year cells: a sum, like a sum row's cells.
        table: name, label, year, period, amount, isSum: isSum || sumColumns.has(column.index), raw, confidence: 'exact',
        kind: budgetKind(label) ?? groupKind ?? budgetKind(table.header[column.index] ?? '') ?? budgetKind(name) ?? budgetKind(context.sectionTitleAt(table.start)),
        section: context.sectionAt(at.start), page: context.pageAt(at.start), start: at.start, end: at.end,
        ...(column.basis ? { basis: column.basis } : {}),
      });
    }
  }
  markAddedUpRow(items.slice(first));
  return items;
}

/** The year of a long table's row from its year cell; without one, the period its label names ("Sum 2026–2027"), if any. */
function rowYearOf(cell: string, label: string): { year: number | null; period: Period | null } {
  const year = plain(cell);
  if (YEAR_CELL.test(year)) return { year: Number(year), period: null };
  const range = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(label);
  return { year: null, period: range ? { from: Number(range[1]), to: Number(range[2]) } : null };
}

/**
 * A last row whose every amount is the sum of the amounts above it in its column, in two columns or more, is a
 * sum row whatever its label ("Ramme økonomiplan" under a base row and its changes; "Sum" is known by its word);
 * so is one that adds up the last sum row and the rows after it ("Netto lånebehov" under "Sum investeringer",
 * "Tilskudd" and "Momskompensasjon": the sum less the financing).
 */
function markAddedUpRow(items: BudgetItem[]): void {
  const last = items.at(-1);
  if (!last) return;
  const lastRow = items.filter((item) => item.label === last.label && item.start >= (items.find((other) => other.label === last.label)?.start ?? 0));
  // A row already a sum by its label; a total column's cell is a sum by its column, the row's other cells not yet.
  if (lastRow.every((item) => item.isSum)) return;
  // The budget and the accounts of one year are two columns.
  const column = (item: BudgetItem) => `${item.basis ?? ''}|${item.year ?? ''}|${item.period?.from ?? ''}-${item.period?.to ?? ''}`;
  const addsUp = (parts: BudgetItem[]) =>
    lastRow.length >= 2 &&
    lastRow.every((item) => {
      const inColumn = parts.filter((other) => column(other) === column(item));
      return inColumn.length >= 2 && inColumn.reduce((total, other) => total + other.amount, 0) === item.amount;
    });
  const above = items.filter((item) => !lastRow.includes(item) && !item.isSum);
  // The last sum row above (its cells in a row) and every row after it.
  const lastRowStart = items.indexOf(lastRow[0]!);
  let sumStart = items.slice(0, lastRowStart).findLastIndex((item) => SUM_LABEL.test(item.label));
  while (sumStart > 0 && items[sumStart - 1]!.label === items[sumStart]!.label) sumStart--;
  const sinceSum = sumStart >= 0 ? items.slice(sumStart, lastRowStart) : [];
  if ((new Set(above.map((item) => item.label)).size >= 2 && addsUp(above)) || (new Set(sinceSum.map((item) => item.label)).size >= 2 && addsUp(sinceSum))) for (const item of lastRow) item.isSum = true;
}

const YEAR_CELL = /^(?:19|20)\d{2}$/;

/** "År | Oppvekst | Helse og omsorg | Sum" over rows "2025", "2026", "Sum": years are rows, areas columns. */
function isTransposed(table: PipeTable): boolean {
  const labels = table.rows.map((row) => plain(row.cells[table.labelColumn] ?? ''));
  const years = labels.filter((label) => YEAR_CELL.test(label)).length;
  const headings = table.header.slice(table.labelColumn + 1).map(plain);
  return years >= 2 && labels.every((label) => YEAR_CELL.test(label) || SUM_LABEL.test(label)) && headings.every((heading) => heading !== '' && !/\b(?:19|20)\d{2}\b/.test(heading));
}

/**
 * A transposed table: each cell is a row named by its column's heading, in the year of its row. The sum
 * column gives each year's sum; the sum row gives each area's total over the years of the rows
 * (year null, their period), and is a sum too. "| 2026 | 450 | 700 |" → Oppvekst 2026 450, Helse 2026 700.
 */
function readTransposed(table: PipeTable, lead: LeadUnit, context: TableContext): BudgetItem[] {
  const items: BudgetItem[] = [];
  const labels = table.labelColumn;
  const headerScale = statedUnits(table.header.join(' ')).find((unit) => unit.scale > 1)?.scale;
  const scale = headerScale ?? lead.scale;
  const grouped = commaGroups(table, table.header.map((_, index) => index).filter((index) => index > labels), lead, scale === 1);
  const name = context.sectionTitleAt(table.start);
  const years = table.rows.map((row) => plain(row.cells[labels] ?? '')).filter((label) => YEAR_CELL.test(label)).map(Number);
  const period: Period = { from: Math.min(...years), to: Math.max(...years) };
  for (const row of table.rows) {
    const rowLabel = plain(row.cells[labels] ?? '');
    const year = YEAR_CELL.test(rowLabel) ? Number(rowLabel) : null;
    table.header.forEach((heading, index) => {
      if (index <= labels) return;
      const label = plain(heading);
      const raw = plain(row.cells[index] ?? '');
      const amount = raw ? parseScaled(raw, scale, grouped) : null;
      const at = row.spans[index];
      // "År | Budsjett | Regnskap | Avvik": the accounts are actual amounts, the deviations none.
      if (amount === null || !at || !label || isDeviationHeading(label)) return;
      items.push({
        table: name, label, year, period: year === null ? period : null, amount, isSum: year === null || SUM_LABEL.test(label), raw, confidence: 'exact',
        kind: budgetKind(label) ?? budgetKind(name),
        section: context.sectionAt(at.start), page: context.pageAt(at.start), start: at.start, end: at.end,
        ...(isActualHeading(withoutUnits(label)) ? { basis: 'actual' as const } : {}),
      });
    });
  }
  return items;
}

interface AmountColumn {
  index: number;
  /** The column's year ("2025", "Budsjett 2025"); null for a cost column without one. */
  year: number | null;
  /** "Kostnad 2024–2027": the period a cost column's amounts cover. */
  period: Period | null;
  /** "Total", "Sum": a column of each row's total; beside year columns it covers their years. */
  total: boolean;
  /** Kroner per printed unit: 1000 for "(1000 kr)", a million for "(mill. kr)"; 1 where the heading says none. */
  scale: number;
  /** "Regnskap 2025", "Actual": the accounts, what was spent; absent for a budget column. */
  basis?: 'actual';
}

const YEAR = /\b((?:19|20)\d{2})\b(?:\s*[-–]\s*((?:19|20)?\d{2})\b)?/;

/** Headings of columns that hold measured values, not amounts ("Status (2024)", "Mål (2027)", "Baseline (2024)"). */
const INDICATOR_COLUMN = /^(?:status|mål|målverdi|måltal|target|baseline|resultat|result)\b/iu;

/** The columns after the label column whose heading says they hold amounts, with their year and unit. */
function amountColumns(header: string[], labels: number): AmountColumn[] {
  return header.flatMap((cell, index): AmountColumn[] => {
    if (index <= labels) return [];
    const heading = plain(cell);
    const scale = statedUnits(heading).find((unit) => unit.scale > 1)?.scale ?? 1;
    const bare = withoutUnits(heading);
    // "Avvik", "Differanse 2025", "Variance": the budget less the accounts, no amount of either.
    if (isDeviationHeading(bare)) return [];
    const year = YEAR.exec(bare);
    // "2025", "Budsjett 2025", "Kostnad 2024–2027"; not "Status 2022" or "Målverdi 2026" (indicator columns).
    const word = year ? bare.replace(year[0], '').trim() : bare;
    // "Regnskap 2025", "Rekneskap", "Actual 2025": what was spent, beside the budget.
    const actual = isActualHeading(word);
    // "Phase 1 (2025)", "Fase 2 (2026–2027)": a stage of the plan named with its years holds their amounts.
    const stage = year !== null && /\(\s*(?:19|20)\d{2}/.test(heading) && /^\p{L}+(?:\s+\d{1,2})?$/u.test(word) && !INDICATOR_COLUMN.test(word);
    if (!(word === '' ? year !== null : actual || stage || isAmountHeading(word))) return [];
    const total = SUM_LABEL.test(word);
    const basis = actual ? { basis: 'actual' as const } : {};
    if (!year) return [{ index, year: null, period: null, total, scale, ...basis }];
    const from = Number(year[1]);
    const to = year[2] ? Number(year[2].length === 2 ? `${year[1]!.slice(0, 2)}${year[2]}` : year[2]) : null;
    return [to !== null && to !== from ? { index, year: null, period: { from, to }, total, scale, ...basis } : { index, year: from, period: null, total, scale, ...basis }];
  });
}

/**
 * A total column ("Total", "Sum", "Sum 2025–2027", "Til sammen") beside at least two columns of years or
 * periods ("2025 | 2026", "Phase 1 (2025) | Phase 2 (2026–2027)"): its cells add up each row's amounts.
 * A lone "Sum" or "Total" column without dated columns beside it is a row's only amount, not a sum.
 */
function isTotalColumn(column: AmountColumn, columns: AmountColumn[]): boolean {
  if (!column.total || column.year !== null) return false;
  return columns.filter((other) => other !== column && other.basis === column.basis && !other.total && (other.year !== null || other.period !== null)).length >= 2;
}

/** The years a table's year columns span, when there are at least two. */
function yearSpan(years: Array<number | null>): Period | null {
  const known = years.filter((year): year is number => year !== null);
  return known.length >= 2 ? { from: Math.min(...known), to: Math.max(...known) } : null;
}

/** What the sentence before a table says of its amounts: kroner per printed unit, and whether its unit groups thousands with a comma. */
export interface LeadUnit {
  scale: number;
  /** "NOK 1,000": the amounts print thousands the English way ("3,500"). */
  commaGroups: boolean;
  /** "… (prosent)": the caption says the figures are shares, not money. */
  shares?: boolean;
}

/** A number grouped by commas the English way: "1,000", "12,500". */
const COMMA_GROUP = /\d,\d{3}(?![\d,])/;

/**
 * The unit stated in the paragraph that introduces the table ("Tabellen viser avsatte midler (mill. kr).",
 * "Tall i 1000 kr.", "in NOK million", "Amounts in NOK 1,000") applies to the amount columns whose headings
 * give none; 1 if none.
 */
export function leadUnit(before: string): LeadUnit {
  const lead = before.trimEnd().split(/\n\s*\n/).at(-1) ?? '';
  const unit = statedUnits(lead).find((found) => found.scale > 1);
  return { scale: unit?.scale ?? 1, commaGroups: unit !== undefined && COMMA_GROUP.test(lead.slice(unit.index, unit.index + unit.length)), shares: statesShares(lead) };
}

/**
 * A table without amount columns whose financing or cost column says in words what each row gets
 * ("Nr | Tiltak | Ansvar | Frist | Finansiering" over "Digitaliseringsfondet: 400 000 kr i 2026", "90 000 kr i
 * 2027 og 90 000 kr i 2028"): one row per amount the cell gives with its year, named by the row's label;
 * a cell that gives none ("Innanfor ramma", "Avklarast i budsjettet for 2027") gives no row.
 */
function cellYearAmounts(table: PipeTable, context: TableContext): BudgetItem[] {
  const labels = table.labelColumn;
  const money = table.header.flatMap((cell, index) => (index > labels && (isAmountHeading(plain(cell)) || isAmountKindHeading(plain(cell))) ? [index] : []));
  const name = context.sectionTitleAt(table.start);
  const items: BudgetItem[] = [];
  for (const row of table.rows) {
    const label = withoutFootnoteMark(plain(row.cells[labels] ?? ''));
    for (const index of money) {
      const at = row.spans[index];
      if (!label || !at) continue;
      for (const found of yearAmountsInCell(row.cells[index] ?? '')) {
        const start = at.start + found.offset;
        items.push({
          table: name, label, year: found.year, period: null, amount: found.amount, isSum: SUM_LABEL.test(label), raw: found.raw, confidence: 'exact',
          kind: budgetKind(label) ?? budgetKind(row.cells[index] ?? '') ?? budgetKind(name),
          section: context.sectionAt(start), page: context.pageAt(start), start, end: start + found.raw.length,
        });
      }
    }
  }
  return items;
}

/**
 * Whether a table's amounts group thousands with commas ("3,500" is three thousand five hundred, not 3,5):
 * every amount cell with a comma has whole groups of three digits after it, and the table says so — its unit
 * is written that way ("NOK 1,000"), a cell has two groups ("1,250,000"), amounts of three digits stand beside
 * them ("900"), or the amounts are whole kroner (no kroner amount has three decimals).
 */
function commaGroups(table: PipeTable, columns: number[], lead: LeadUnit, wholeKroner: boolean): boolean {
  const amounts = table.rows.flatMap((row) => columns.map((index) => bareAmount(plain(row.cells[index] ?? ''))));
  const cells = amounts.filter((cell) => cell.includes(','));
  if (cells.length === 0 || !cells.every((cell) => /^\d{1,3}(?:,\d{3})+$/.test(cell))) return false;
  const headerSays = table.header.some((cell) => statedUnits(cell).some((unit) => COMMA_GROUP.test(cell.slice(unit.index, unit.index + unit.length))));
  // "900 | 1,100 | 800" in one table: thousands, for as a decimal "1,100" would be a thousandth of its neighbours.
  const beside = amounts.some((cell) => /^\d{3}$/.test(cell));
  return lead.commaGroups || headerSays || wholeKroner || beside || cells.some((cell) => /^\d{1,3}(?:,\d{3}){2,}$/.test(cell));
}

/** A cell without its currency: "kr 650,000" → "650,000", "1 250 000,-" → "1 250 000". */
function bareAmount(cell: string): string {
  return withoutCurrency(splitSign(cell).body);
}

/** A heading without the units it states: "NOK 1,000" → "", "Tiltak (1000 kr)" → "Tiltak". */
function withoutUnits(heading: string): string {
  let bare = heading;
  for (const unit of [...statedUnits(heading)].reverse()) bare = bare.slice(0, unit.index) + ' ' + bare.slice(unit.index + unit.length);
  return bare.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^i\s+/i, '').replace(/\s+i$/i, '').replace(/\s*[,;:]$/, '');
}

/**
 * An amount in a cell, in whole kroner: "900 000", "kr 1 250 000,-", "1,5" in a "(mill. kr)" column,
 * "2.75" in a "NOK million" table (a point before one or two digits is a decimal point), "3,500" in a
 * table that groups thousands with commas. A cell with its own unit ("kr 1,2 mill.", "NOK 650k", "450'")
 * is read by it whatever the column's scale; a saving ("(1 200)", "−1 200", "-0,3") keeps its sign; a cell
 * that says there is none ("–", "Innenfor ramme") reads as no amount.
 */
function parseScaled(printed: string, scale: number, commaGroups: boolean): number | null {
  const { negative, body } = splitSign(printed);
  if (negative) {
    const amount = parseScaled(body, scale, commaGroups);
    return amount === null ? null : -amount;
  }
  const raw = commaGroups ? printed.replace(/(\d),(?=\d{3}(?!\d))/g, '$1 ') : printed;
  if (scale === 1) return parseAmount(raw);
  const cell = raw.trim();
  const decimalPoint = /^\d+\.\d{1,2}$/.test(cell);
  const number = decimalPoint ? Number(cell) : /^\d{1,3}(?:[ .]\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/.test(cell) ? Number(cell.replace(/[ .]/g, '').replace(',', '.')) : null;
  return number === null || !Number.isFinite(number) ? parseAmount(raw) : Math.round(number * scale);
}

/** A label without the footnote mark printed after its last word ("Velferdsteknologi i omsorgsboliger¹"). */
function withoutFootnoteMark(label: string): string {
  return label.replace(/(?<=[\p{L})])[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
}

/** A cell's text without markdown emphasis ("**Sum**"). */
function plain(cell: string): string {
  return cell.replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2').replace(/\s+/g, ' ').trim();
}
