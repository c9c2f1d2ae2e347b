/**
 * A spreadsheet exported as text (CSV with semicolons, as Norwegian Excel writes it, or a tab-separated
 * export with quoted cells): a header line and rows with the same number of cells, e.g.
 *
 *   Tiltak;Ansvar;2026;2027;Sum                      | Tiltak | Ansvar | 2026 | 2027 | Sum |
 *   "Ny portal; fase 1";IKT;1250000;800000;2050000 → | Ny portal; fase 1 | IKT | 1250000 | 800000 | 2050000 |
 *
 * is written as a pipe table, which structure reads as it reads markdown tables. Cells may be quoted
 * ("…", with "" for a quote inside), and a quoted cell may hold the separator. A line that ends with
 * empty cells (";;") keeps them; a row with fewer cells than the header is filled with empty ones.
 * Tab-separated lines without quotes are tabTablesAsPipes's (tab-tables.ts).
 */
import { pipeRow } from './table-rows.ts';

/** The most rows read as one table: a bound that keeps the pass linear. */
const MAX_ROWS = 2000;
/** The longest cell of a header: a header names its columns. */
const MAX_HEADING = 60;

/** An HTML entity ("&nbsp;", "&#8211;"): its semicolon separates no cells. */
const ENTITY = /&(?:[a-z]{2,8}|#\d{1,6}|#x[\da-f]{1,5});/gi;

/** The cells of one line split at `separator`, quotes honoured; null when a quote is left open or the line has no separator. */
export function delimitedCells(line: string, separator: ';' | '\t'): string[] | null {
  if (!line.includes(separator)) return null;
  const text = separator === ';' ? line.replace(ENTITY, (entity) => entity.replace(';', '\u0000')) : line;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quotes = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell);
  if (separator === '\t' && !quotes) return null;
  return cells.map((value) => value.replace(/\u0000/g, ';').replace(/\s+/g, ' ').replace(/\|/g, '/').trim());
}

/** A header: three cells or more, each short and none empty but the last ones (a trailing ";"), not CSS or code. */
function isHeader(cells: string[]): boolean {
  const named = trimTrailingEmpty(cells);
  return named.length >= 3 && named.every((cell) => cell !== '' && cell.length <= MAX_HEADING && !/[{}<>=]|:\s/.test(cell));
}

function trimTrailingEmpty(cells: string[]): string[] {
  let last = cells.length;
  while (last > 0 && cells[last - 1] === '') last--;
  return cells.slice(0, last);
}

/** A row of the table: a cell for every column (an export writes every separator), none named beyond them, and something in it. */
function fitsRow(cells: string[] | null, width: number): cells is string[] {
  return cells !== null && cells.length >= width && trimTrailingEmpty(cells).length <= width && cells.some((cell) => cell !== '');
}

/** A figure in a row ("1250000", "1 250 000", "-300", "2,5"): an export of a table of amounts. */
const FIGURE = /^[-−–(]?\d[\d ,.]*\)?$/;

/**
 * Each run of a header and two rows or more (or one row with a figure) separated by semicolons, or by tabs
 * with quoted cells, written as a pipe table.
 */
export function delimitedTablesAsPipes(text: string): string {
  if (!/[;\t]/.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const separator of [';', '\t'] as const) {
      const header = delimitedCells(lines[i]!, separator);
      if (!header || !isHeader(header)) continue;
      const width = trimTrailingEmpty(header).length;
      const rows: string[][] = [];
      for (let j = i + 1; j < lines.length && rows.length < MAX_ROWS; j++) {
        const cells = delimitedCells(lines[j]!, separator);
        if (!fitsRow(cells, width)) break;
        rows.push(cells);
      }
      const figures = rows.some((row) => row.slice(1).some((cell) => FIGURE.test(cell)));
      if (rows.length < 2 && !(rows.length === 1 && figures)) continue;
      const pad = (cells: string[]) => [...trimTrailingEmpty(cells), ...new Array<string>(width).fill('')].slice(0, width);
      lines[i] = pipeRow(pad(header));
      rows.forEach((row, k) => (lines[i + 1 + k] = pipeRow(pad(row))));
      i += rows.length;
      break;
    }
  }
  return lines.join('\n');
}
