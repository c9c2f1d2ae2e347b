import type { BudgetItem, Period } from '../model.ts';
import { assignYears } from './budget-years.ts';
import { GENERIC_CAPTION, isNoAmount, SUM_LABEL } from './budget-words.ts';
import { amountsAt } from './text-amounts.ts';

/**
 * Budget tables in flattened text ("… Budsjett 2016 Budsjett 2017 Budsjett 2018 Prosjektledelse
 * 200 000 200 000 Kjøpte tjenester 50 000 …"): finds each table's year columns, splits its
 * rows into labels and amounts, and lets the sum row fix the years of rows with missing cells.
 */

/** Context the caller knows: the section at an offset and the document's period. */
export interface TableContext {
  sectionTitleAt(offset: number): string;
  sectionAt(offset: number): number;
  pageAt(offset: number): number;
  period: Period;
}

interface Header {
  start: number;
  end: number;
  /** Column years; a single null column is a frame ("Ramme") for a year or period from context. */
  years: Array<number | null>;
  caption: string;
}

interface Token {
  /** 'empty': a cell that says there is no amount ("Innenfor ramme", "–"); it holds its column. */
  kind: 'word' | 'amount' | 'empty';
  text: string;
  amount: number;
  start: number;
  end: number;
}

interface Row {
  label: string;
  labelStart: number;
  amounts: Token[];
  isSum: boolean;
}

const BUDSJETT_HEADER = /Budsjett\s+((?:19|20)\d{2})(?:\s+Budsjett\s+(?:19|20)\d{2})+/g;
const YEAR_RUN_HEADER = /(?<=[\p{L}):]\s)((?:19|20)\d{2})((?:\s+(?:19|20)\d{2}){1,5})(?=\s+(?:\d{1,2}\.?\s)?\p{L})/gu;
const FRAME_HEADER = /\b(?:Prosjekt|Tiltak)\s+(?:Ramme|Beløp|Kostnad)\b/g;
const TABLE_STOP = /\n\n|Kommentar:|Merknad:|\((?=Prosjektmandat|Se |Jf)/;

export function extractTextBudgets(text: string, context: TableContext): { items: BudgetItem[]; warnings: string[]; spans: Array<{ start: number; end: number }> } {
  const headers = findHeaders(text);
  const items: BudgetItem[] = [];
  const warnings: string[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  headers.forEach((header, index) => {
    const limit = Math.min(headers[index + 1]?.start ?? text.length, text.length);
    const body = text.slice(header.end, limit);
    const stop = TABLE_STOP.exec(body);
    const region = stop ? body.slice(0, stop.index) : body;
    const rows = splitRows(tokenize(region, header.end));
    const table = GENERIC_CAPTION.test(header.caption) ? context.sectionTitleAt(header.start) : header.caption;
    const result = placeRows(rows, header, table, context);
    const lastEnd = Math.max(header.end, ...result.items.map((item) => item.end));
    if (result.items.length > 0) spans.push({ start: Math.max(0, header.start - header.caption.length - 1), end: lastEnd });
    items.push(...result.items);
    warnings.push(...result.warnings);
  });
  return { items, warnings, spans };
}

function findHeaders(text: string): Header[] {
  const headers: Header[] = [];
  for (const m of text.matchAll(BUDSJETT_HEADER)) {
    const years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
    headers.push({ start: m.index, end: m.index + m[0].length, years, caption: captionBefore(text, m.index) });
  }
  for (const m of text.matchAll(YEAR_RUN_HEADER)) {
    const years = [...m[0].matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
    const consecutive = years.every((year, i) => i === 0 || year === (years[i - 1] ?? 0) + 1);
    if (!consecutive || headers.some((h) => m.index >= h.start && m.index < h.end)) continue;
    headers.push({ start: m.index, end: m.index + m[0].length, years, caption: captionBefore(text, m.index) });
  }
  for (const m of text.matchAll(FRAME_HEADER)) {
    headers.push({ start: m.index, end: m.index + m[0].length, years: [null], caption: captionBefore(text, m.index) });
  }
  return headers.sort((a, b) => a.start - b.start);
}

/** The clause just before a header, e.g. "7. Helse og Velferd" or "Satsningsområder og tiltak". */
function captionBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 160), offset);
  const clause = before.split(/(?<=[\p{Ll})»][.:!?)]|:)\s+|\n/u).pop() ?? '';
  // "… 2015 2018. 7. Helse og Velferd": a numbered caption starts the table's name.
  const numbered = /(?:^|\s)(\d{1,2}\.\s?\p{Lu}(?:(?!\s\d{1,2}\.\s?\p{Lu}).)*)$/u.exec(clause);
  const words = (numbered?.[1] ?? clause).trim().split(/\s+/).filter(Boolean);
  return words.slice(-8).join(' ').replace(/^(\d{1,2}\.)(?=\p{L})/u, '$1 ');
}

function tokenize(region: string, base: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  let m: RegExpExecArray | null;
  const raw: Array<{ text: string; start: number }> = [];
  while ((m = pattern.exec(region))) raw.push({ text: m[0], start: base + m.index });
  for (let i = 0; i < raw.length; ) {
    const read = amountsAt(raw, i);
    if (read) {
      tokens.push(...read.amounts.map((amount): Token => ({ kind: 'amount', ...amount })));
      i = read.next;
      continue;
    }
    const word = raw[i];
    if (word) tokens.push({ kind: 'word', text: word.text, amount: 0, start: word.start, end: word.start + word.text.length });
    i++;
  }
  const cells = withEmptyCells(tokens);
  // Drop words after the last amount: text that follows the table.
  let lastAmount = cells.length - 1;
  while (lastAmount >= 0 && cells[lastAmount]?.kind === 'word') lastAmount--;
  return cells.slice(0, lastAmount + 1);
}

/**
 * Cells that say there is no amount (data/budget-words.json `noAmount`) where amounts stand: next to an
 * amount or to another such cell. "Læremidler Innenfor ramme Innenfor ramme 350 000" → a label, two empty
 * cells and an amount, so that the row is full and its amount's column is known; "Velferdsteknologi –
 * trygghetsalarmer 200 000" keeps its dash in the label.
 */
function withEmptyCells(tokens: Token[]): Token[] {
  const phrases: Array<{ at: number; width: number }> = [];
  for (let t = 0; t < tokens.length; t++) {
    for (let width = 3; width >= 1; width--) {
      const words = tokens.slice(t, t + width);
      if (words.length === width && words.every((w) => w.kind === 'word') && isNoAmount(words.map((w) => w.text).join(' '))) {
        phrases.push({ at: t, width });
        t += width - 1;
        break;
      }
    }
  }
  const adjacent = (a: { at: number; width: number }, b: { at: number; width: number }) => a.at + a.width === b.at || b.at + b.width === a.at;
  // Beside an amount, or one of a run of such cells ("Innenfor ramme Innenfor ramme").
  // Phrases are in order: only the one before and the one after can be adjacent (linear).
  const nextTo = (phrase: { at: number; width: number }, k: number) => [phrases[k - 1], phrases[k + 1]].some((other) => other !== undefined && adjacent(phrase, other));
  const cell = new Set(phrases.flatMap((phrase, k) => (tokens[phrase.at - 1]?.kind === 'amount' || tokens[phrase.at + phrase.width]?.kind === 'amount' || nextTo(phrase, k) ? [k] : [])));
  if (cell.size === 0) return tokens;
  const starts = new Map(phrases.flatMap((phrase, k) => (cell.has(k) ? [[phrase.at, phrase] as const] : [])));
  const result: Token[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const phrase = starts.get(t);
    if (!phrase) {
      result.push(tokens[t]!);
      continue;
    }
    const last = tokens[t + phrase.width - 1]!;
    result.push({ kind: 'empty', text: tokens.slice(t, t + phrase.width).map((w) => w.text).join(' '), amount: 0, start: tokens[t]!.start, end: last.end });
    t += phrase.width - 1;
  }
  return result;
}

function splitRows(tokens: Token[]): Row[] {
  const rows: Row[] = [];
  let label: Token[] = [];
  let amounts: Token[] = [];
  const flush = () => {
    if (label.length === 0 && amounts.length === 0) return;
    const text = label.map((t) => t.text).join(' ');
    rows.push({ label: text, labelStart: label[0]?.start ?? amounts[0]?.start ?? 0, amounts, isSum: SUM_LABEL.test(text) });
    label = [];
    amounts = [];
  };
  for (const token of tokens) {
    if (token.kind === 'word') {
      if (amounts.length > 0) flush();
      label.push(token);
    } else amounts.push(token); // an empty cell holds its column as an amount of nothing
  }
  flush();
  return rows;
}

function placeRows(rows: Row[], header: Header, table: string, context: TableContext): { items: BudgetItem[]; warnings: string[] } {
  const columns = header.years.length;
  const warnings: string[] = [];
  let dataRows = rows.filter((row) => !row.isSum && row.amounts.length > 0);
  const sumRow = rows.find((row) => row.isSum && row.amounts.length === columns);
  let sumTokens: Token[] | null = sumRow?.amounts ?? null;
  let implicitSum = false;
  const last = dataRows[dataRows.length - 1];
  if (!sumTokens && columns > 1 && last && last.amounts.length >= columns) {
    // Flattened tables often end in the sum row with no label: try the last amounts as the sums.
    sumTokens = last.amounts.slice(-columns);
    const remaining = last.amounts.slice(0, -columns);
    dataRows = remaining.length > 0 ? [...dataRows.slice(0, -1), { ...last, amounts: remaining }] : dataRows.slice(0, -1);
    implicitSum = true;
  }
  let assignment = assignYears(dataRows.map((row) => ({ amounts: row.amounts.map((t) => t.amount) })), columns, sumTokens?.map((t) => t.amount) ?? null);
  if (implicitSum && assignment.solutions === 0 && last) {
    // The last amounts were not a sum row after all.
    sumTokens = null;
    dataRows = rows.filter((row) => !row.isSum && row.amounts.length > 0);
    assignment = assignYears(dataRows.map((row) => ({ amounts: row.amounts.map((t) => t.amount) })), columns, null);
  }
  if (sumTokens && assignment.solutions !== 1) {
    warnings.push(`${table}: ${assignment.solutions === 0 ? 'the rows do not add up to the sum row' : 'the sum row fits several year assignments'}; years of rows with empty cells are marked uncertain`);
  }
  const kindOf = (label: string) => budgetKind(`${label}`) ?? budgetKind(table) ?? budgetKind(context.sectionTitleAt(header.start));
  const frame = frameYear(header, table, context);
  const items: BudgetItem[] = [];
  dataRows.forEach((row, g) => {
    const columnsOfRow = assignment.columns[g] ?? [];
    const sublabels = splitNumberedLabel(row.label);
    row.amounts.forEach((token, i) => {
      if (token.kind === 'empty') return;
      const column = columnsOfRow[i] ?? null;
      const rowIndex = columnsOfRow.slice(0, i).filter((c) => c !== null && c === column).length;
      // Rows without amounts flatten into the next label: the last numbered labels own the amounts.
      const rowsInGroup = row.amounts.length % columns === 0 ? row.amounts.length / columns : 0;
      const owners = rowsInGroup > 0 && sublabels.length >= rowsInGroup ? sublabels.slice(-rowsInGroup) : [row.label];
      const label = owners.length === 1 ? (owners[0] ?? row.label) : column !== null ? (owners[rowIndex] ?? row.label) : row.label;
      const year = columns === 1 ? frame.year : column === null ? null : (header.years[column] ?? null);
      const confidence = columns === 1 ? 'exact' : column === null ? 'uncertain' : assignment.direct[g] ? 'exact' : 'derived';
      items.push(makeItem(table, label || table, year, columns === 1 ? frame.period : null, token, kindOf(label), false, confidence, context));
    });
  });
  sumTokens?.forEach((token, column) => {
    if (token.kind === 'empty') return;
    const year = columns === 1 ? frame.year : (header.years[column] ?? null);
    // The sum row as printed ("Totalt", "Sum"); a sum row found without a label is "Sum".
    const label = sumRow && !implicitSum ? (SUM_LABEL.exec(sumRow.label)?.[0] ?? 'Sum') : 'Sum';
    items.push(makeItem(table, label, year, columns === 1 ? frame.period : null, token, budgetKind(table), true, 'exact', context));
  });
  return { items, warnings };
}

function makeItem(
  table: string, label: string, year: number | null, period: Period | null, token: Token,
  kind: BudgetItem['kind'], isSum: boolean, confidence: BudgetItem['confidence'], context: TableContext,
): BudgetItem {
  return {
    table, label: label.replace(/^\d{1,2}\.?\s+(?=\p{L})/u, '').trim(), year, period, amount: token.amount, kind, isSum, raw: token.text, confidence,
    section: context.sectionAt(token.start), page: context.pageAt(token.start), start: token.start, end: token.end,
  };
}

/** "7. Helse og Velferd program Velferdsteknologi 8. Oppvekst og utdanning" → two labels. */
function splitNumberedLabel(label: string): string[] {
  const parts = label.split(/\s(?=\d{1,2}\.\s\p{Lu})/u).map((part) => part.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [label];
}

/**
 * A one-column frame table takes its year from the caption or section ("Driftstiltak 2015") or the period;
 * a caption or section naming a period ("Handlingsplan 2026–2027") frames amounts for the whole of it.
 */
export function frameYear(header: { caption: string; start: number }, table: string, context: TableContext): { year: number | null; period: Period | null } {
  const source = `${table} ${context.sectionTitleAt(header.start)}`;
  const year = /\b((?:19|20)\d{2})\b(?:\s*[–—-]\s*((?:19|20)\d{2})\b)?/.exec(source);
  const to = year?.[2] ? Number(year[2]) : null;
  if (year && to !== null && to > Number(year[1])) return { year: null, period: { from: Number(year[1]), to } };
  if (year) return { year: Number(year[1]), period: null };
  return { year: null, period: context.period };
}

/** investment / operating from words in a label or caption. */
export function budgetKind(text: string): BudgetItem['kind'] {
  if (/investering/i.test(text)) return 'investment';
  if (/drift/i.test(text)) return 'operating';
  return null;
}
