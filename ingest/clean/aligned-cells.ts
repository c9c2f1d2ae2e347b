/**
 * The cells of a line typed with its columns aligned by spaces (a table saved as text, "pdftotext
 * -layout"): runs of words two or more spaces apart, each with the columns it stands in, and the
 * header columns a cell falls under by position. Shared by the readers of space-aligned tables.
 */

/** A cell of a line whose cells stand two or more spaces apart, with its columns in the line. */
export interface AlignedCell {
  /** The cell's words, single spaces between them. */
  text: string;
  /** The column (offset in the line) of its first character. */
  start: number;
  /** The column just after its last character. */
  end: number;
}

/** The span of one header column in a line: a cell whose middle falls in [from, to) belongs to it. */
export interface ColumnBounds {
  from: number;
  to: number;
}

/** The most rows read as one space-aligned table: a bound that keeps the pass linear. */
export const MAX_TABLE_ROWS = 400;

/** A line of cells two or more spaces apart (and no pipe table's). */
export function isAligned(line: string): boolean {
  return / {2,}\S/.test(line.trim()) && !/\|/.test(line);
}

/** The cells of a space-aligned line: runs of words with single spaces between them. */
export function alignedCells(line: string): AlignedCell[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The span of each header column: from the middle of the gap before it to the middle of the gap after it. A cell belongs to the column its middle falls in. */
export function columnBounds(header: AlignedCell[]): ColumnBounds[] {
  return header.map((cell, c) => ({ from: c === 0 ? 0 : (header[c - 1]!.end + cell.start) / 2, to: c + 1 < header.length ? (cell.end + header[c + 1]!.start) / 2 : Infinity }));
}

/** The column a cell's middle falls in, or -1. */
export function columnOf(bounds: ColumnBounds[], cell: AlignedCell): number {
  const middle = (cell.start + cell.end) / 2;
  return bounds.findIndex((b) => middle >= b.from && middle < b.to);
}
