import { alignedCells, columnBounds, columnOf, isAligned, MAX_TABLE_ROWS, type AlignedCell } from './aligned-cells.ts';
import { AMOUNT_CELL, SHARE_CELL } from './figure-cells.ts';
import { isGroupRow, pipeRow } from './table-rows.ts';

/**
 * A table typed in plain text with its columns aligned by spaces: three or more lines in a row, each
 * with three or more cells two or more spaces apart, the same number on every line, and a column of
 * numbers after the first (or, under a header of four words or more, a cell in every column of every row),
 * are written as a pipe table. A line with an empty cell ("Totalt" with no
 * Ansvar) places its cells under the header's columns by position.
 * "Område      2025   2026\nNettverk    2,4    1,8\nI alt       4,1    3,7" → "| Område | 2025 | 2026 |\n…".
 */
export function spaceTablesAsPipes(text: string): string {
  if (!/\S {2,}\S/.test(text)) return text;
  // Rules of a typed table ("=====  =====", "-----  -----", a reStructuredText table's) are no rows:
  // dropped where they frame or divide an aligned table, so that its header and rows stand together.
  const lines = withoutTableRules(text.split('\n'));
  for (let i = 0; i < lines.length; ) {
    const header = withLabelHeading(lines[i]!, lines[i + 1], lines[i + 2], lines[i - 1]);
    if (header.length < 3) {
      i++;
      continue;
    }
    const bounds = columnBounds(header);
    const place = (line: string): string[] | null => {
      const cells = alignedCells(line);
      if (!isAligned(line) || cells.length < 2 || cells.length > header.length) return null;
      if (cells.length === header.length) return cells.map((cell) => cell.text);
      const row: string[] = new Array(header.length).fill('');
      for (const cell of cells) {
        const column = columnOf(bounds, cell);
        if (column < 0 || row[column]) return null;
        row[column] = cell.text;
      }
      return row;
    };
    const rows: string[][] = [];
    let j = i + 1;
    // A bound on a table's length keeps the pass linear where aligned lines never make a table.
    // A group row ("Drift" alone at the label column's place) belongs to the table when a row follows it.
    const placeOrGroup = (k: number): string[] | null => {
      const line = lines[k] ?? '';
      const row = place(line);
      if (row || !isGroupRow(line) || line.search(/\S/) >= (bounds[0]?.to ?? 0) || !place(lines[k + 1] ?? '')) return row;
      return [line.trim(), ...new Array<string>(header.length - 1).fill('')];
    };
    for (let row = placeOrGroup(j); j < lines.length && row && rows.length < MAX_TABLE_ROWS; row = placeOrGroup(++j)) rows.push(row);
    // A column headed by a word or a year ("2025", "Kostnad") whose cells are amounts ("1 200", "2,4", "–").
    // A column of shares ("58 %", a target table's "Mål 2026") counts as one of figures too.
    const figure = (cell: string) => AMOUNT_CELL.test(cell) || SHARE_CELL.test(cell);
    const numeric = header.some((cell, c) => c > 0 && /\p{L}|^(?:19|20)\d{2}$/u.test(cell.text) && rows.every((row) => figure(row[c] ?? '')) && rows.some((row) => /\d/.test(row[c] ?? '')));
    // A case's history under a header of words ("Utval   Møtedato   Utvalssak" over "Formannskapet   20.05.2025
    // 041/25"): a column of meeting dates; read for the adoption. Lines of dates alone are no table.
    const dated = header.every((cell) => !/\d/.test(cell.text)) && header.some((_, c) => c > 0 && rows.every((row) => /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(row[c] ?? '')));
    // A table of words under a header of four words or more ("Plan   Type   Ansvar   Oppstart   Vedtak"),
    // every row filling every column: a table whatever its cells hold (a year, "Årlig", "–").
    // (Not the lines of a box-drawn table, whose rules "│" are no words: grid-tables.ts reads those.)
    const full = header.length >= 4 && header.every((cell) => /^\p{L}[^\d\u2500-\u257F]*$/u.test(cell.text)) && rows.every((row) => row.every((cell) => cell !== ''));
    if (rows.length >= 2 && (numeric || dated || full)) {
      lines[i] = pipeRow(header.map((cell) => cell.text));
      // A line of lowercase words without figures continues the cells of the row above ("Flere søknader skal" /
      // "leveres digitalt"): a wrapped row, one row of the table.
      let last = 0;
      rows.forEach((row, k) => {
        const target = rows[last]!;
        if (k > 0 && continuesRow(row)) {
          row.forEach((cell, c) => (target[c] = cell ? (target[c] ? `${target[c]} ${cell}` : cell) : target[c]!));
          lines[i + 1 + k] = CONTINUED;
          lines[i + 1 + last] = pipeRow(target);
          return;
        }
        last = k;
        lines[i + 1 + k] = pipeRow(row);
      });
      i = j;
    } else i++;
  }
  return lines.filter((line) => line !== CONTINUED).join('\n');
}

/** A header cell of years: "2026", "Budsjett 2026", "Mål 2028", "Økonomiplan 2027". */
const YEAR_HEADING = /^(?:\p{L}[\p{L} .-]*\s)?(?:19|20)\d{2}$/u;

/**
 * The header's cells, with an empty label heading before them where the header names only the year columns
 * and leaves the label column blank (a poster's "ØKONOMI" table under "Tall i 1 000 kr": "      2026      2027"
 * over "Investering      950      700"): two or more cells of years standing right of the labels, and the first
 * row (after a group row, if one heads it) opens with a label left of the first year and has one cell more than
 * the header, or fewer cells with its label ending before the first year's column begins. The label
 * heading spans the columns up to the gap before the first year, so that a row with an empty year cell is
 * placed by position. A single space within a cell ("1 520") groups thousands; cells stand two spaces apart.
 * Years under a line of aligned headings are the lower line of a two-line header, not this.
 */
function withLabelHeading(line: string, next: string | undefined, after: string | undefined, above: string | undefined): AlignedCell[] {
  if (!isAligned(line)) return [];
  const cells = alignedCells(line);
  const first = cells[0];
  // The years under a line of headings ("Regnskap   Regulert budsjett" over "2024   2025") are the lower line of a two-line header.
  if (!first || next === undefined || (above !== undefined && isAligned(above)) || cells.length < 2 || !cells.every((cell) => YEAR_HEADING.test(cell.text))) return cells;
  // The first row, or the one after a group row ("Drift" alone) that heads it.
  const row = alignedCells(isGroupRow(next) ? (after ?? '') : next);
  const label = row[0];
  if (!label || !/\p{L}/u.test(label.text) || label.start >= first.start) return cells;
  const full = row.length === cells.length + 1;
  const partial = row.length >= 2 && row.length <= cells.length && label.end + 2 <= first.start;
  if (!full && !partial) return cells;
  return [{ text: '', start: 0, end: Math.max(1, first.start - 2) }, ...cells];
}

/** A line of a space-aligned table taken into the row above it. */
const CONTINUED = '\u0000';

/** A row whose every cell opens with a lowercase letter: the continuation of the row above's wrapped cells. */
function continuesRow(row: string[]): boolean {
  const cells = row.filter(Boolean);
  return cells.length > 0 && cells.every((cell) => /^\p{Ll}/u.test(cell));
}

/** A rule line of a typed table: runs of "=", "-" or "+" (three or more) separated by spaces. */
const TABLE_RULE = /^\s*[=+-]{3,}(?: +[=+-]{3,})+\s*$/;

/**
 * The lines without the rule lines that sit next to a line of space-aligned cells (above a header, under
 * it, above a total, under the last row). A rule is a run of two or more column rules, so that a lone
 * "-----" (a setext heading's underline, a separator) stays.
 */
function withoutTableRules(lines: string[]): string[] {
  const cells = (line: string | undefined) => line !== undefined && / {2,}\S/.test(line.trim()) && !TABLE_RULE.test(line);
  return lines.filter((line, i) => !(TABLE_RULE.test(line) && (cells(lines[i - 1]) || cells(lines[i + 1]))));
}
