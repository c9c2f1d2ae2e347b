import { headingMark } from './markers.ts';

/** A PDF line known to be a heading (from its font or the outline), to be marked in its page's text. */
export interface HeadingLine {
  /** The page the line stands on. */
  page: number;
  /** The line's text as the PDF gives it. */
  text: string;
  /** Its heading level (1 the highest). */
  level: number;
}

/** Marks the lines of one page that are headings (matched by their letters and digits, in order). */
export function headingLinesMarked(text: string, headings: HeadingLine[]): string {
  if (headings.length === 0) return text;
  const key = (line: string) => line.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  const lines = text.split('\n');
  let from = 0;
  for (const heading of headings) {
    const wanted = key(heading.text);
    if (wanted.length === 0) continue;
    for (let i = from; i < lines.length; i++) {
      if (key(lines[i] ?? '') !== wanted) continue;
      lines[i] = `${headingMark(heading.level)}${lines[i]}`;
      from = i + 1;
      break;
    }
  }
  return lines.join('\n');
}
