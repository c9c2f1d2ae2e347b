/**
 * Boxes laid out in a grid on a slide or a poster page, saved as text: a row of boxes is one line whose
 * names stand far apart, each row a paragraph of its own.
 *
 *      Selvbetjening            Deling av data           Selvbetjening
 *                                                  →     Deling av data
 *      Digital sikkerhet        Kompetanse
 *                                                        Digital sikkerhet
 *                                                        Kompetanse
 *
 * Two rows or more in paragraphs one after the other, with the same number of boxes (two to four), each
 * box a short name (at most MAX_BOX_WORDS words, a capital first, no figure, no closing punctuation) at
 * least three spaces from the next: each box's name goes on a line of its own, row by row, as read. A
 * table typed with aligned columns has its rows on consecutive lines, and is left to the table readers.
 */

const MAX_BOX_WORDS = 5;
const MAX_BOX_CHARS = 40;
const BOX = new RegExp(String.raw`^[\p{Lu}«][^\d.,;:|]{0,${MAX_BOX_CHARS - 1}}$`, 'u');

/** The boxes of a line: two to four names three or more spaces apart; null when it is no row of boxes. */
function boxesOf(line: string): string[] | null {
  const cells = line.trim().split(/ {3,}|\t+/);
  if (cells.length < 2 || cells.length > 4) return null;
  return cells.every((cell) => BOX.test(cell) && cell.split(/\s+/).length <= MAX_BOX_WORDS && /\p{L}$|»$/u.test(cell)) ? cells : null;
}

/** Rows of boxes, each a paragraph of its own, with each box's name on a line of its own. */
export function boxGridsAsLines(text: string): string {
  if (!/\S {3,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const blank = (index: number) => index < 0 || index >= lines.length || lines[index]!.trim() === '';
  // A row stands alone in its paragraph: blank lines (or the text's edge) above and below it.
  const rows = lines.map((line, index) => (blank(index - 1) && blank(index + 1) ? boxesOf(line) : null));
  for (let i = 0; i < lines.length; ) {
    const width = rows[i]?.length;
    if (!width) {
      i++;
      continue;
    }
    // The next rows of as many boxes, only blank lines between them.
    const grid = [i];
    for (let j = i + 1; j < lines.length; j++) {
      if (blank(j)) continue;
      if (rows[j]?.length !== width) break;
      grid.push(j);
    }
    if (grid.length >= 2) for (const index of grid) lines[index] = rows[index]!.join('\n');
    i = grid.at(-1)! + 1;
  }
  return lines.join('\n');
}
