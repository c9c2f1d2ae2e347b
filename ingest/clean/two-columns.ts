/**
 * A two-column page saved as text with its columns side by side (pdftotext -layout of a brochure): every
 * line holds a line of the left column, a gap, and a line of the right column, so that the columns'
 * paragraphs, bullets and headings are interleaved line by line. Each run of such lines is written column
 * by column: the left column's lines, a blank line, then the right column's. Lines across the gutter (a
 * title block, a footer, a full-width table) stay as they are and end a run.
 *
 *   FOREWORD                         OUR GOALS                FOREWORD
 *                                                                        →     Our municipality stretches …
 *   Our municipality stretches …     • By the end of 2027 …   …
 *                                                                              OUR GOALS
 *                                                                              • By the end of 2027 …
 *
 * The gutter is the column where most right-hand parts start; both columns must be prose (long lines with
 * no wide gaps inside), so that a space-aligned table of two columns is never read as two columns.
 */

/** The widest gap inside one column's line: a gap of three spaces or more separates columns. */
const GAP = / {3,}/;
/** How many lines must hold text on both sides of the gutter for a run to be two columns. */
const MIN_PAIRED_LINES = 4;
/** The median length a column's lines must reach to be prose, not the cells of a table. */
const MIN_PROSE_LENGTH = 25;
/** How far right of the gutter a right column's line may start (an indented wrapped bullet). */
const INDENT = 4;

/** The parts of a line split at gaps of three spaces or more, with where each starts. */
function parts(line: string): Array<{ text: string; start: number }> {
  return [...line.matchAll(/\S+(?:(?: {1,2})\S+)*/g)].map((m) => ({ text: m[0], start: m.index }));
}

/** The gutter of a page: the most common start of a line's second part, among lines of exactly two parts. */
function gutterOf(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const p = parts(line);
    if (p.length === 2) counts.set(p[1]!.start, (counts.get(p[1]!.start) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [start, count] of counts) if (count >= MIN_PAIRED_LINES && (best === null || count > (counts.get(best) ?? 0))) best = start;
  return best;
}

/** A line's left and right column at the gutter, or null when its text crosses the gutter or breaks the layout. */
function split(line: string, gutter: number): { left: string; right: string } | null {
  if (line.trim() === '') return { left: '', right: '' };
  const left = line.slice(0, gutter).trimEnd();
  const right = line.slice(gutter);
  // Text up to the gutter's edge crosses it; a right part starting far right of it is a footer's or a table's.
  if (left.length > gutter - 2) return null;
  const indent = right.length - right.trimStart().length;
  if (right.trim() !== '' && indent > INDENT) return null;
  if (GAP.test(left.trim()) || GAP.test(right.trim())) return null;
  return { left, right: right.trimEnd() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** One page (no form feed inside) with its two-column runs written column by column. */
function pageByColumns(page: string): string {
  const lines = page.split('\n');
  const gutter = gutterOf(lines);
  if (gutter === null || gutter < 2 * MIN_PROSE_LENGTH * 0.6) return page;
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const rows: Array<{ left: string; right: string }> = [];
    let j = i;
    for (let row = split(lines[j] ?? '', gutter); j < lines.length && row; row = split(lines[++j] ?? '', gutter)) rows.push(row);
    // A run is trimmed of the blank lines around it; those stay as they were.
    const blankRow = (row: { left: string; right: string } | undefined) => row !== undefined && row.left === '' && row.right === '';
    const fullWidthNext = j < lines.length && lines[j]!.trim() !== '' && lines[j]!.slice(0, gutter).trimEnd().length > gutter - 2;
    while (rows.length > 0 && blankRow(rows.at(-1))) {
      rows.pop();
      j--;
    }
    // A line of the left column alone over full-width text ("1 SERVICES ONLINE" over its paragraph) heads that text.
    if (fullWidthNext && rows.length > 1 && blankRow(rows.at(-2)) && rows.at(-1)!.right === '') {
      rows.splice(-2);
      j -= 2;
    }
    const paired = rows.filter((row) => row.left.trim() && row.right.trim());
    const prose = (side: 'left' | 'right') => median(rows.map((row) => row[side].trim().length).filter(Boolean)) >= MIN_PROSE_LENGTH;
    if (paired.length >= MIN_PAIRED_LINES && prose('left') && prose('right')) {
      out.push(...rows.map((row) => row.left), '', ...rows.map((row) => row.right));
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out.join('\n');
}

/** The text with every two-column run on its pages written column by column; pages split at form feeds. */
export function columnsInReadingOrder(text: string): string {
  if (!/\S {3,}\S/.test(text)) return text;
  return text
    .split('\f')
    .map(pageByColumns)
    .join('\f');
}
