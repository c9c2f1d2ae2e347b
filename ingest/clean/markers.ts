/**
 * In-band heading marks: a heading known before cleaning (a markdown `#`, a PDF line in a heading
 * font, a PDF outline entry) is marked in the text with a control character and its level, carried
 * unchanged through every cleaning step, and taken out at the end with its final offset.
 */

const MARK = '\u0001';

/** The mark that opens a heading line of `level` (1–9). */
export function headingMark(level: number): string {
  return `${MARK}${Math.min(9, Math.max(1, Math.round(level)))}`;
}

/** Removes marks a source text may already hold, so only ours remain. */
export function stripStrayMarks(text: string): string {
  return text.includes(MARK) ? text.replaceAll(MARK, '') : text;
}

/** A marked heading in the final text: where its line starts and its level. */
export interface MarkedHeading {
  start: number;
  level: number;
}

/** Takes the marks out (one pass), moving the page map with the text. */
export function extractMarks(input: string, pageStarts: Array<{ page: number; offset: number }>): { text: string; pageStarts: Array<{ page: number; offset: number }>; headings: MarkedHeading[] } {
  if (!input.includes(MARK)) return { text: input, pageStarts, headings: [] };
  const parts: string[] = [];
  const headings: MarkedHeading[] = [];
  const removedBefore: Array<{ at: number; removed: number }> = []; // input offset → characters removed up to it
  let cursor = 0;
  let removed = 0;
  for (let at = input.indexOf(MARK); at >= 0; at = input.indexOf(MARK, cursor)) {
    parts.push(input.slice(cursor, at));
    const level = Number(input[at + 1]);
    const width = Number.isInteger(level) && level > 0 ? 2 : 1;
    let next = at + width;
    while (input[next] === ' ') next++; // a mark followed by the trimmed line's space
    if (width === 2) headings.push({ start: at - removed, level });
    removed += next - at;
    removedBefore.push({ at: next, removed });
    cursor = next;
  }
  parts.push(input.slice(cursor));
  const shift = (offset: number) => {
    let total = 0;
    for (const entry of removedBefore) {
      if (entry.at > offset) break;
      total = entry.removed;
    }
    return offset - total;
  };
  return { text: parts.join(''), pageStarts: pageStarts.map((p) => ({ page: p.page, offset: Math.max(0, shift(p.offset)) })), headings };
}
