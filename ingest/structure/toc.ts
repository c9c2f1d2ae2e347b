/** A table of contents entry: "3.5.1 Gjenbruk av data … 7". */
export interface TocEntry {
  /** "3.5.1", a roman chapter number ("II"), or "" for an unnumbered entry. */
  number: string;
  title: string;
  page: number | null;
}

export interface Toc {
  entries: TocEntry[];
  start: number;
  end: number;
}

const TOC_HEADING = /(?:^|\n)[ \f]*(Innholdsfortegnelse|Innhold)\b:?/i;
const INLINE_ENTRY = /(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([^.\n]+?)\s*\.{2,}\s*(\d{1,3})\b/gy;
const LINE_ENTRY = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(.+?)(?:\s*\.{2,}\s*|\s+)(\d{1,3})$/;
/** "II. MÅL OG INDIKATORER ....... 4": a chapter numbered in roman numerals (with its full stop). */
const ROMAN_ENTRY = /^([IVXL]{1,6})\.\s+(.+?)(?:\s*\.{2,}\s*|\s+)(\d{1,3})$/;
/** "Innsatsområde 1: Digital skole ....... 5": an unnumbered entry, known by its dot leader. */
const LEADER_ENTRY = /^()(\p{Lu}.{1,100}?)\s*\.{4,}\s*(\d{1,3})$/u;

/**
 * Finds a table of contents (after "Innholdsfortegnelse"/"Innhold") in either layout: one entry per
 * line, or all entries flattened into one paragraph with dot leaders. Returns null without one.
 */
export function parseToc(text: string): Toc | null {
  const heading = TOC_HEADING.exec(text.slice(0, Math.min(text.length, 20000)));
  if (!heading) return null;
  let cursor = heading.index + heading[0].length;
  const entries: TocEntry[] = [];
  // Flattened: "1 INNLEDNING... 3 1.1 Bakgrunn... 3 …"
  INLINE_ENTRY.lastIndex = skipSpaces(text, cursor);
  let m: RegExpExecArray | null;
  while ((m = INLINE_ENTRY.exec(text))) {
    entries.push({ number: m[1] ?? '', title: cleanTitle(m[2] ?? ''), page: Number(m[3]) });
    cursor = INLINE_ENTRY.lastIndex;
    INLINE_ENTRY.lastIndex = skipSpaces(text, cursor);
  }
  const inline: Toc = { entries: [...entries], start: heading.index, end: cursor };
  // One per line, blank lines allowed between entries.
  entries.length = 0;
  const from = heading.index + heading[0].length;
  const lines = text.slice(from).split('\n');
  let offset = from;
  let end = from;
  let misses = 0;
  for (const line of lines) {
    const lineEnd = offset + line.length + 1;
    // A tab-separated contents list becomes a pipe table in cleaning: "| 3.1.2 | Personvernombudet | 6 |".
    const trimmed = line.trim().replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' ');
    const entry = /^:?-{2,}/.test(trimmed) ? null : (LINE_ENTRY.exec(trimmed) ?? ROMAN_ENTRY.exec(trimmed) ?? LEADER_ENTRY.exec(trimmed));
    if (entry) {
      entries.push({ number: entry[1] ?? '', title: cleanTitle(entry[2] ?? ''), page: Number(entry[3]) });
      end = lineEnd;
      misses = 0;
    } else if (trimmed !== '' && ++misses > 1) break;
    offset = lineEnd;
  }
  const best = entries.length > inline.entries.length ? { entries, start: heading.index, end } : inline;
  if (best.entries.length >= 2) return best;
  // A contents list we cannot read entry by entry (titles without numbers) still is no body text.
  const paragraphEnd = text.indexOf('\n\n', heading.index + heading[0].length);
  if (/innholdsfortegnelse/i.test(heading[0]) && paragraphEnd > 0 && paragraphEnd - heading.index < 3000) {
    return { entries: [], start: heading.index, end: paragraphEnd };
  }
  return null;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function cleanTitle(title: string): string {
  return title.replace(/\.+$/, '').replace(/\s+/g, ' ').trim();
}
