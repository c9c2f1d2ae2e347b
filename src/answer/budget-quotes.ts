import type { BudgetRow, PassageRow } from '../store/index.ts';
import { escapeRegExp } from '../text/regexp.ts';

/**
 * Quotes for budget figures that show what the figure is: a sum row from the word that makes it a
 * total ("Sum", "Samlet budsjett") to its amount, and the sentence that introduces a table.
 */

/** Words that make a figure a total or a budget. */
const TOTAL_WORD = /(?<![\p{L}])(?:sum\p{L}*|samlet|samla|samlede|totalt?|total\p{L}*|budsjett\p{L}*|ramme\p{L}*|i alt|til sammen|til saman)(?![\p{L}])/giu;
/** How far before an amount (or a table's name) a total word may stand. */
const QUOTE_REACH = 160;

/** The shortest verbatim span of `text` that runs from a total word to the row's amount (within reach), if any. */
export function sumRowQuote(text: string, row: Pick<BudgetRow, 'raw'>): string | null {
  const amount = new RegExp(escapeRegExp(row.raw).replace(/\s+/g, '\\s+'), 'gu');
  for (const m of text.matchAll(amount)) {
    const before = text.slice(Math.max(0, m.index - QUOTE_REACH), m.index);
    const words = [...before.matchAll(TOTAL_WORD)];
    const last = words[words.length - 1];
    if (!last) continue;
    const end = m.index + m[0].length;
    return text.slice(m.index - before.length + last.index, end + (ROW_FIGURES.exec(text.slice(end))?.[0].length ?? 0));
  }
  return null;
}

/**
 * The sentence that introduces a row's table ("Samlet budsjett for alle satsningsområdene/tiltak i
 * perioden: Satsningsområder og tiltak"), from the first of the document's passages that names the
 * table; from the table's name alone when no total word precedes it.
 */
export function tableHeading(passages: Iterable<PassageRow>, row: Pick<BudgetRow, 'documentId' | 'table'>): { passage: PassageRow; quote: string } | null {
  const candidates = [...passages].filter((passage) => passage.documentId === row.documentId).sort((a, b) => a.id - b.id);
  for (const passage of candidates) {
    const at = tableAt(passage.text, row.table);
    if (at < 0) continue;
    const before = passage.text.slice(Math.max(0, at - QUOTE_REACH), at);
    const words = [...before.matchAll(TOTAL_WORD)];
    const last = words[words.length - 1];
    const name = passage.text.startsWith(row.table, at) ? row.table : row.table.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
    if (!last) return { passage, quote: name };
    const start = at - before.length + last.index;
    const stop = passage.text.lastIndexOf('. ', start);
    const sentenceStart = Math.max(stop >= 0 ? stop + 2 : 0, passage.text.lastIndexOf('\n', start) + 1);
    return { passage, quote: passage.text.slice(sentenceStart, at + name.length) };
  }
  return null;
}

/** Where a table's name stands in a text, also without its number ("1. Digital dialog …" printed as "Digital dialog …"); -1 if nowhere. */
function tableAt(text: string, table: string): number {
  const at = text.indexOf(table);
  if (at >= 0) return at;
  const unnumbered = table.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  return unnumbered.length >= 4 && unnumbered !== table ? text.indexOf(unnumbered) : -1;
}

/** The longest quote a table's name and its sum may span. */
const TABLE_SPAN = 450;

/**
 * The verbatim span from a table's name to the row's amount ("1. Digital dialog Hovedprosjekt Budsjett
 * 2016 … 300 000 1 250 000"), when the table's name stands in the same text and the span is not too long.
 */
export function tableSpanQuote(text: string, row: Pick<BudgetRow, 'table' | 'raw'> & { label?: string }): string | null {
  const at = tableAt(text, row.table);
  if (at < 0) return null;
  // The row's own figures, after its label where the text has it: an amount found again further on
  // ("300 000" in the next table) is another row's ("9. Plan, bygg og Geodata … Prosjektledelse og
  // prosesskostnader 300 000 300 000 300 000").
  const labelled = row.label ? text.indexOf(row.label, at) : -1;
  const own = labelled >= 0 ? firstAmountEnd(text, labelled + row.label!.length, row.raw) : -1;
  const end = own >= 0 ? own : rowEnd(text, at, row.raw);
  return end > at && end - at <= TABLE_SPAN ? text.slice(at, end) : null;
}

/**
 * A sum row printed without its label ("… 300 000 400 000 400 000 10 880 300 11 530 300 5 688 000"): the
 * table from the sentence that introduces it with a total word ("Samlet budsjett for alle …:"), else from
 * its name, to the row's figures, when that span shows a total or budget word. Ingest keeps a table and
 * its introduction in one passage, so the span is the table itself.
 */
export function introducedTableQuote(text: string, row: Pick<BudgetRow, 'table' | 'raw'>): string | null {
  const at = tableAt(text, row.table);
  if (at < 0) return null;
  const end = rowEnd(text, at, row.raw);
  if (end <= at) return null;
  const before = text.slice(Math.max(0, at - QUOTE_REACH), at);
  const words = [...before.matchAll(TOTAL_WORD)];
  const last = words[words.length - 1];
  let start = at;
  if (last) {
    const word = at - before.length + last.index;
    const stop = text.lastIndexOf('. ', word);
    start = Math.max(stop >= 0 ? stop + 2 : 0, text.lastIndexOf('\n', word) + 1);
  }
  const quote = text.slice(start, end);
  return SHOWS_TOTAL.test(quote) ? quote : null;
}

const SHOWS_TOTAL = new RegExp(TOTAL_WORD.source, 'iu');

/** Where the row's figures end: after the last printing of its amount from `from` on, and the rest of its row's figures. */
function rowEnd(text: string, from: number, raw: string): number {
  const amount = new RegExp(escapeRegExp(raw).replace(/\s+/g, '\\s+'), 'gu');
  let end = -1;
  for (const m of text.slice(from).matchAll(amount)) end = from + m.index + m[0].length;
  if (end < 0) return -1;
  // The rest of the row's figures: one quote serves every year of the row.
  return end + (ROW_FIGURES.exec(text.slice(end))?.[0].length ?? 0);
}

/** The end of the row's figures from the first amount after `from` that is the row's own (-1: none). */
function firstAmountEnd(text: string, from: number, raw: string): number {
  const amount = new RegExp(escapeRegExp(raw).replace(/\s+/g, '\\s+'), 'u');
  const m = amount.exec(text.slice(from));
  if (!m) return -1;
  const end = from + m.index + m[0].length;
  return end + (ROW_FIGURES.exec(text.slice(end))?.[0].length ?? 0);
}

/** Figures that follow in the same row: "2 370 000 1 270 000", "| 1 050 000 | 850 000", "2,5 mill". */
const ROW_FIGURES = /^(?:[ \t]*\|?[ \t]*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[,.]\d+)?(?:[ \u00a0]?mill\.?)?|[–-])(?![\d\p{L}]))*(?:[ \t]*\|)?/u;

/**
 * A figure added up, quoted with the lines it adds: the verbatim span from the table's name (else the
 * first of `lines` found in the text) to the sum row's figures ("8.2 Driftstiltak 2015 … Prosjekt Ramme
 * 1 Infrastrukturelle tiltak … 0,50 mill … Sum 1,30 mill"; "Utrede felles dataplattform … 2 000 000 Sum
 * 4 700 000"), else from the column heads before the first line ("Prosjekt Ramme 1 …"), else from that
 * line. Null when no line is found or the span is too long.
 */
export function linesToSumQuote(text: string, lines: Array<Pick<BudgetRow, 'label'>>, sum: Pick<BudgetRow, 'table' | 'raw'>): string | null {
  const starts = lines.map((line) => text.indexOf(line.label)).filter((at) => at >= 0);
  if (starts.length === 0) return null;
  const first = Math.min(...starts);
  const table = tableAt(text, sum.table);
  // Else from the column heads after the sentence before the table ("… e-strategien. Prosjekt Ramme 1 …").
  const stop = text.lastIndexOf('. ', first);
  const heads = stop >= 0 && first - stop <= TABLE_HEAD ? stop + 2 : first;
  for (const start of [...(table >= 0 && table < first ? [table] : []), heads, first]) {
    const end = rowEnd(text, start, sum.raw);
    if (end > start && end - start <= TABLE_SPAN) return text.slice(start, end);
  }
  return null;
}

/** How far before a table's first line its column heads may start (after the sentence before the table). */
const TABLE_HEAD = 80;
