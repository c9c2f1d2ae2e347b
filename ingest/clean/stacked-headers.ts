/**
 * A space-aligned table (pdftotext -layout, a report saved as text) whose column headings stand on two
 * lines over the amount columns and none over the label column:
 *
 *                           Regnskap   Regulert budsjett   Regnskap        | | Regnskap 2024 | Regulert budsjett 2025 | Regnskap 2025 |
 *                               2024                2025       2025   →    |---|---|---|---|
 *   Lisenser og drift          6 120               6 400      6 655        | Lisenser og drift | 6 120 | 6 400 | 6 655 |
 *
 * The two heading lines have as many cells as each other, each lower cell under its upper one (overlapping
 * it), the lower line of years or words; the rows open with a label left of the first heading and have one
 * cell per column after it, placed by position. Written as a pipe table with an empty label heading, which
 * structure reads as it reads markdown tables.
 */
import { alignedCells, type AlignedCell } from './aligned-cells.ts';
import { FIGURE_CELL } from './figure-cells.ts';
import { pipeDivider, pipeRow } from './table-rows.ts';

/** The most rows read under one heading: a bound that keeps the pass linear. */
const MAX_ROWS = 200;

const overlaps = (a: AlignedCell, b: AlignedCell) => a.start < b.end && b.start < a.end;

/** The two heading lines at `at` merged into one heading per column, or null when they are no such heading. */
function stackedHeading(upper: string, lower: string): AlignedCell[] | null {
  const top = alignedCells(upper);
  const bottom = alignedCells(lower);
  if (top.length < 2 || top.length !== bottom.length || !/\S {2,}\S/.test(upper.trim()) || /\|/.test(upper + lower)) return null;
  if (!top.every((cell) => /\p{L}/u.test(cell.text)) || !bottom.every((cell) => /^(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?$|^\p{L}/u.test(cell.text))) return null;
  if (!top.every((cell, c) => overlaps(cell, bottom[c]!))) return null;
  return top.map((cell, c) => ({ text: `${cell.text} ${bottom[c]!.text}`, start: Math.min(cell.start, bottom[c]!.start), end: Math.max(cell.end, bottom[c]!.end) }));
}

/** A row under the heading: its label (left of the first column) and one figure per column, or null. */
function rowUnder(line: string, heading: AlignedCell[]): string[] | null {
  const cells = alignedCells(line);
  const first = heading[0]!;
  const label = cells.filter((cell) => cell.end < first.start);
  const rest = cells.slice(label.length);
  if (label.length !== 1 || !/\p{L}/u.test(label[0]!.text) || rest.length === 0 || rest.length > heading.length) return null;
  const row = new Array<string>(heading.length).fill('');
  for (const cell of rest) {
    const middle = (cell.start + cell.end) / 2;
    const column = heading.findIndex((h, c) => middle >= (c === 0 ? first.start - 2 : (heading[c - 1]!.end + h.start) / 2) && middle < (c + 1 < heading.length ? (h.end + heading[c + 1]!.start) / 2 : Infinity));
    if (column < 0 || row[column] || !FIGURE_CELL.test(cell.text)) return null;
    row[column] = cell.text;
  }
  return [label[0]!.text, ...row];
}

/** Every table with a two-line heading over its amount columns written as a pipe table; other text unchanged. */
export function stackedHeaderTablesAsPipes(text: string): string {
  if (!/\S {2,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const heading = i + 1 < lines.length ? stackedHeading(lines[i]!, lines[i + 1]!) : null;
    const rows: string[][] = [];
    if (heading) {
      for (let j = i + 2; j < lines.length && rows.length < MAX_ROWS; j++) {
        const row = rowUnder(lines[j]!, heading);
        if (!row) break;
        rows.push(row);
      }
    }
    if (!heading || rows.length < 2) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(pipeRow(['', ...heading.map((cell) => cell.text)]), pipeDivider(heading.length + 1), ...rows.map(pipeRow));
    i += 2 + rows.length;
  }
  return out.join('\n');
}
