import { alignedCells, columnBounds, columnOf, isAligned, MAX_TABLE_ROWS, type AlignedCell } from './aligned-cells.ts';
import { AMOUNT_CELL } from './figure-cells.ts';
import { pipeDivider, pipeRow } from './table-rows.ts';

/** A line that only rules a typed table: dashes, equals signs or plus signs (and spaces). */
const RULE_LINE = /^\s*[-=+_]{10,}[-=+_ ]*$/;

/**
 * A space-aligned table whose cells wrap onto the lines below (a landscape table saved as text, or
 * "pdftotext -layout"): a header of three or more cells two or more spaces apart, then rows whose cells
 * are placed under the header's columns by position. A line that starts in the first column, or follows a
 * blank or rule line, opens a row; a line right after a row's line continues its cells ("Digitalt tilsyn med
 * sensorer i alle" / "sykehjemsavdelinger"). Written as a pipe table when a column after the first holds
 * amounts in most rows; spaceTablesAsPipes (space-tables.ts) has already taken the tables that do not wrap.
 *
 *   Nr  Tiltak               Ansvarlig   Kostnad          | Nr | Tiltak | Ansvarlig | Kostnad |
 *   1   Digitalt tilsyn i    Enhetsleder  1 350 000   →    | 1 | Digitalt tilsyn i alle avdelinger | Enhetsleder | 1 350 000 |
 *       alle avdelinger
 */
export function wrappedTablesAsPipes(text: string): string {
  if (!/\S {2,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = isAligned(lines[i]!) ? alignedCells(lines[i]!) : [];
    const table = header.length >= 3 && header.every((cell) => /\p{L}/u.test(cell.text)) ? readWrapped(lines, i, header) : null;
    if (!table) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(pipeRow(header.map((cell) => cell.text)), pipeDivider(header.length), ...table.rows.map(pipeRow));
    i = table.end;
  }
  return out.join('\n');
}

/** The rows of a wrapped table under the header at line `at`, and the line after it; null when it is no such table. */
function readWrapped(lines: string[], at: number, header: AlignedCell[]): { rows: string[][]; end: number } | null {
  const bounds = columnBounds(header);
  const rows: string[][] = [];
  /** Where each row starts, and whether a blank line stands before it. */
  const rowStarts: Array<{ line: number; afterBlank: boolean }> = [];
  let open = false;
  let blanks = 0;
  let j = at + 1;
  for (; j < lines.length && rows.length < MAX_TABLE_ROWS; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || RULE_LINE.test(line)) {
      if (line.trim() === '' && ++blanks > 1) break;
      open = false;
      continue;
    }
    blanks = 0;
    const cells = alignedCells(line);
    const columns = cells.map((cell) => columnOf(bounds, cell));
    if (columns.some((column) => column < 0) || new Set(columns).size !== columns.length) break;
    // A line of prose runs over the next column's heading: the table has ended.
    if (cells.some((cell, k) => cell.end > (header[columns[k]! + 1]?.start ?? Infinity))) break;
    // An amount under a cell that holds text already opens a row too (a sum row indented to the label's column): amounts never wrap.
    const filled = rows.at(-1);
    const starts = columns[0] === 0 || !open || cells.some((cell, k) => /\d/.test(cell.text) && AMOUNT_CELL.test(cell.text) && Boolean(filled?.[columns[k]!]));
    if (starts) {
      rows.push(new Array<string>(header.length).fill(''));
      rowStarts.push({ line: j, afterBlank: lines[j - 1]?.trim() === '' });
    }
    const row = rows.at(-1)!;
    cells.forEach((cell, k) => (row[columns[k]!] = row[columns[k]!] ? `${row[columns[k]!]} ${cell.text}` : cell.text));
    open = true;
  }
  // A numbered heading after the table ("5   Oppfølging" under a blank line) is no row: nothing beyond its number and label.
  while (rows.length > 0 && rowStarts.at(-1)!.afterBlank && rows.at(-1)!.every((cell, c) => c < 2 || !cell)) {
    rows.pop();
    j = rowStarts.pop()!.line;
  }
  const amounts = (c: number) => rows.filter((row) => AMOUNT_CELL.test(row[c] ?? '') && /\d/.test(row[c] ?? '')).length;
  const numeric = header.some((_, c) => c > 0 && amounts(c) >= 2 && amounts(c) * 2 >= rows.length);
  // A wrapped row makes it a table this reader is for; without one, spaceTablesAsPipes decides.
  return rows.length >= 2 && numeric ? { rows, end: j } : null;
}
