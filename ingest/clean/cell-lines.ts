/**
 * A table printed one cell per line, as pdftotext without -layout prints a Word table: the header's cells
 * one under the other ("Nr." / "Tiltak" / "Ansvar" / "2026" / "2027"), then each row's cells in order, a
 * cell that wraps in the table split over two or three lines, and a sum row without its empty cells:
 *
 *   Nr.                                  | Nr. | Tiltak | Ansvar | 2026 | 2027 |
 *   Tiltak                               |---|---|---|---|---|
 *   Ansvar                               | 1 | Digitale trygghetsalarmer og responssenter | Hjemmetjenesten | 620 000 | 480 000 |
 *   2026                                 | | Sum | | 620 000 | 480 000 |
 *   2027                          →
 *   1
 *   Digitale trygghetsalarmer og
 *   responssenter
 *   Hjemmetjenesten
 *   620 000
 *   480 000
 *   Sum
 *   620 000
 *   480 000
 *
 * The header is a paragraph's first lines: one to four short cells of words, then two or more consecutive
 * years. A line that opens in lower case, or follows a line ending in a comma or a hyphen, continues the
 * cell above ("Digitale trygghetsalarmer og" / "responssenter"; "Innenfor" / "ramme"). Rows are told apart
 * by their numbering cells (1, 2, 3 …) where the first column numbers them, else by their width; every row
 * must then fill the header exactly, a row with fewer cells only as a sum row whose empty cells were dropped
 * (its label, then only figures, which fill the year columns from the right). Anything else leaves the text as it is. Written as a pipe table, which structure reads
 * as it reads markdown tables.
 */
import { FIGURE_CELL } from './figure-cells.ts';
import { pipeDivider, pipeRow } from './table-rows.ts';

/** A year or a period of years as a column heading ("2026", "2026–2027"). */
const YEAR_CELL = /^(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?$/;
/** A heading cell of words: short, a letter first, no sentence's punctuation. */
const WORD_HEADING = /^[\p{L}#][^.!?:;]{0,28}\.?$/u;
/** A cell that only numbers its row ("1", "2.", "3)"). */
const NUMBER_CELL = /^(\d{1,2})[.)]?$/;
/** A line that cannot be a cell of such a table: too long for a cell that wraps. */
const MAX_CELL_LINE = 60;
/** Most header cells before the years, and most rows read: bounds that keep the pass linear. */
const MAX_LABEL_HEADINGS = 4;
const MAX_ROWS = 100;

/** Every table printed one cell per line written as a pipe table; other text unchanged. */
export function cellLineTablesAsPipes(text: string): string {
  if (!/\n(?:19|20)\d{2}\n(?:19|20)\d{2}\n/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = (i === 0 || lines[i - 1]!.trim() === '') && lines[i]!.trim() !== '' ? readTable(lines, i) : null;
    if (!table) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(pipeRow(table.header), pipeDivider(table.header.length), ...table.rows.map(pipeRow));
    i = table.end;
  }
  return out.join('\n');
}

/** The header at line `at`: its cells, and how many of them are years (the last ones). */
function headerAt(lines: string[], at: number): { cells: string[]; years: number } | null {
  const cells: string[] = [];
  let years = 0;
  for (let j = at; j < lines.length && cells.length < MAX_LABEL_HEADINGS + 12; j++) {
    const cell = lines[j]!.trim();
    if (YEAR_CELL.test(cell)) {
      // The years follow one another ("2026", "2027", "2028").
      const previous = cells.at(-1);
      if (years > 0 && previous && Number(cell.slice(0, 4)) !== Number(previous.slice(0, 4)) + 1) break;
      cells.push(cell);
      years++;
      continue;
    }
    if (years > 0 || !WORD_HEADING.test(cell) || cells.length >= MAX_LABEL_HEADINGS) break;
    cells.push(cell);
  }
  return years >= 2 && cells.length - years >= 1 ? { cells, years } : null;
}

/** The lines of a paragraph as cells: a line in lower case, or after a comma or a hyphen, continues the cell above. */
function cellsOf(lines: string[]): string[] {
  const cells: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = cells.at(-1);
    const continues = previous !== undefined && !FIGURE_CELL.test(previous) && !NUMBER_CELL.test(previous) && (/^\p{Ll}/u.test(line) || /[,-]$/.test(previous));
    if (continues) cells[cells.length - 1] = previous.endsWith('-') ? `${previous}${line}` : `${previous} ${line}`;
    else cells.push(line);
  }
  return cells;
}

/** The table whose header starts at line `at`, and the line after it; null when the lines are no such table. */
function readTable(lines: string[], at: number): { header: string[]; rows: string[][]; end: number } | null {
  const header = headerAt(lines, at);
  if (!header) return null;
  let end = at + header.cells.length;
  const body: string[] = [];
  for (; end < lines.length && lines[end]!.trim() !== '' && body.length < MAX_ROWS * header.cells.length; end++) {
    if (lines[end]!.trim().length > MAX_CELL_LINE || /\|/.test(lines[end]!)) return null;
    body.push(lines[end]!);
  }
  const rows = rowsOf(cellsOf(body), header.cells.length, header.years, NUMBER_CELL.test(header.cells[0]!) || /^(?:nr|no|#)\.?$/i.test(header.cells[0]!));
  return rows && rows.length >= 2 ? { header: header.cells, rows, end } : null;
}

/** A row without its empty cells: a label of words, then one to `years` figures. */
const isShortRow = (row: string[], years: number) => row.length >= 2 && row.length <= years + 1 && /^\p{L}/u.test(row[0]!) && row.slice(1).every((cell) => FIGURE_CELL.test(cell));

/**
 * The cells cut into rows of the header's width: at each numbering cell (1, 2, 3 … in order) where the first
 * column numbers the rows, else every `width` cells; a sum row's label and its figures fill the year
 * columns from the right. Null when a row does not fit.
 */
function rowsOf(cells: string[], width: number, years: number, numbered: boolean): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  const flush = (): boolean => {
    if (row.length === 0) return true;
    if (row.length === width) rows.push(row);
    else if (isShortRow(row, years)) {
      const label = numbered ? 1 : 0;
      rows.push(Array.from({ length: width }, (_, c) => (c === label ? row[0]! : c >= width - (row.length - 1) ? row[c - width + row.length]! : '')));
    } else return false;
    row = [];
    return true;
  };
  for (const cell of cells) {
    // Numbered rows open at the next number; after the last numbered row, a label over figures only (the sum row).
    const next = String(rows.length + (row.length > 0 ? 2 : 1));
    const opensRow = numbered ? NUMBER_CELL.exec(cell)?.[1] === next || (row.length >= width && /^\p{L}/u.test(cell)) : row.length === width;
    if (opensRow && !flush()) return null;
    row.push(cell);
  }
  if (!flush()) return null;
  // The year columns hold figures in most rows ("620 000", "–"); a word in one ("Innenfor ramme") says there is none.
  const figures = rows.flatMap((r) => r.slice(width - years)).filter((cell) => FIGURE_CELL.test(cell)).length;
  return figures * 2 >= rows.length * years ? rows : null;
}
