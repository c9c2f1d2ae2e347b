import type { PageText, PageStart } from '../model.ts';

/** Text with its page map: `pageStarts[i]` says where page `page` begins. */
export interface PagedText {
  text: string;
  pageStarts: PageStart[];
  /** True when page numbers came from the source (PDF pages or markers in the text). */
  paged: boolean;
}

const PAGE_NUMBER_LINE = /^(?:(?:side|page)\s+)?\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?$/i;

/**
 * Joins PDF pages, dropping running headers and footers (lines that recur at the top or bottom of
 * most pages once digits are ignored) and bare page-number lines.
 */
export function joinPdfPages(pages: PageText[]): PagedText {
  const linesPerPage = pages.map((page) => page.text.split('\n').map((line) => line.trim()));
  const recurring = new Map<string, number>();
  for (const lines of linesPerPage) {
    const edges = new Set([...lines.filter(Boolean).slice(0, 2), ...lines.filter(Boolean).slice(-2)].map(shape));
    for (const key of edges) recurring.set(key, (recurring.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  const isChrome = (line: string) => PAGE_NUMBER_LINE.test(line) || (pages.length > 2 && (recurring.get(shape(line)) ?? 0) >= threshold);

  let text = '';
  const pageStarts: PageStart[] = [];
  pages.forEach((page, index) => {
    const lines = linesPerPage[index] ?? [];
    let first = 0;
    let last = lines.length - 1;
    while (first <= last && (lines[first] === '' || isChrome(lines[first] ?? ''))) first++;
    while (last >= first && (lines[last] === '' || isChrome(lines[last] ?? ''))) last--;
    const body = lines.slice(first, last + 1).join('\n').trim();
    // A page break is not a paragraph break: lists and sentences run on across pages.
    if (text.length > 0) text += '\n';
    pageStarts.push({ page: page.number, offset: text.length });
    text += body;
  });
  return { text, pageStarts, paged: true };
}

function shape(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

interface Marker {
  /** Where the marker text starts and ends in the input. */
  start: number;
  end: number;
  /** The page that begins right after the marker. */
  nextPage: number;
}

/**
 * Finds page markers in a text without real pages and removes them:
 * footers "side 2 av 13", running headers "Felles 3-1 IKT-strategi 2010-2013 Side 4", and
 * paragraphs that open with their page number (and may close with it too) in a running sequence.
 */
export function splitTextPages(input: string): PagedText {
  const markers = findFooterMarkers(input) ?? findHeaderMarkers(input) ?? findLeadingNumberMarkers(input);
  if (!markers || markers.length === 0) return { text: input, pageStarts: [{ page: 1, offset: 0 }], paged: false };
  let text = '';
  let cursor = 0;
  const firstPage = Math.max(1, (markers[0]?.nextPage ?? 2) - 1);
  const pageStarts: PageStart[] = [{ page: firstPage, offset: 0 }];
  for (const marker of markers) {
    text += input.slice(cursor, marker.start);
    text = text.replace(/[ \t]+$/, '');
    const separator = /\n\s*$/.test(text) || text.length === 0 ? '' : ' ';
    text += separator;
    if (marker.nextPage > 0) pageStarts.push({ page: marker.nextPage, offset: text.length });
    cursor = marker.end;
    while (input[cursor] === ' ' || input[cursor] === '\t') cursor++;
  }
  text += input.slice(cursor);
  return { text, pageStarts: dedupePageStarts(pageStarts, text.length), paged: true };
}

function dedupePageStarts(starts: PageStart[], length: number): PageStart[] {
  const result: PageStart[] = [];
  for (const start of starts) {
    const offset = Math.min(start.offset, length);
    const last = result[result.length - 1];
    if (last && last.offset === offset) result[result.length - 1] = { page: start.page, offset };
    else if (!last || (start.page > last.page && offset < length)) result.push({ page: start.page, offset });
  }
  return result;
}

/** "side 3 av 13" ends page 3. */
function findFooterMarkers(input: string): Marker[] | null {
  const matches = [...input.matchAll(/\b[Ss]ide (\d{1,4}) av (\d{1,4})\b/g)];
  if (matches.length < 2) return null;
  return matches.map((m) => ({ start: m.index, end: m.index + m[0].length, nextPage: Number(m[1]) + 1 }));
}

/** "<same title> Side 4" begins page 4; the title must recur on at least three pages. */
function findHeaderMarkers(input: string): Marker[] | null {
  const counts = new Map<string, number>();
  const candidates = [...input.matchAll(/(?:^|\n)([^\n]{4,90}?) Side (\d{1,4})\b/g)];
  for (const m of candidates) counts.set(m[1] ?? '', (counts.get(m[1] ?? '') ?? 0) + 1);
  const [title, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 3) return null;
  const pattern = new RegExp(`${escapeRegExp(title)} Side (\\d{1,4})\\b`, 'g');
  return [...input.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, nextPage: Number(m[1]) }));
}

/** Paragraphs "3 … 3", "4 … 4": a leading number that runs up by one from paragraph to paragraph. */
function findLeadingNumberMarkers(input: string): Marker[] | null {
  const paragraphs = [...input.matchAll(/(^|\n\s*\n)(\d{1,4}) (?=\S)/g)];
  const markers: Marker[] = [];
  let expected: number | null = null;
  for (const m of paragraphs) {
    const page = Number(m[2]);
    if (expected === null ? page <= 3 : page === expected) {
      const start = m.index + (m[1]?.length ?? 0);
      markers.push({ start, end: start + (m[2]?.length ?? 0) + 1, nextPage: page });
      expected = page + 1;
    }
  }
  if (markers.length < 3) return null;
  // Headings "1 Innledning", "2 …" also open paragraphs with a running number; page numbers
  // additionally close their page, so demand that for most of them.
  const closed = markers.filter((marker) => new RegExp(`\\s${marker.nextPage - 1}\\s*$`).test(input.slice(0, marker.start))).length;
  if (closed < (markers.length - 1) / 2) return null;
  // Remove the matching trailing page number that closes each page ("… 3" before page 4).
  const result: Marker[] = [];
  for (const marker of markers) {
    const before = input.slice(0, marker.start);
    const trailing = new RegExp(`\\s(${marker.nextPage - 1})\\s*$`).exec(before);
    if (trailing && marker.nextPage > 1) {
      const start = trailing.index + 1;
      result.push({ start, end: start + String(marker.nextPage - 1).length, nextPage: -1 });
    }
    result.push(marker);
  }
  const last = markers[markers.length - 1];
  if (last) {
    const closing = new RegExp(`\\s(${last.nextPage})\\s*(?:\\n|$)`).exec(input.slice(last.end));
    if (closing && !/\n\s*\n/.test(input.slice(last.end, last.end + closing.index))) {
      const start = last.end + closing.index;
      result.push({ start, end: start + closing[0].trimEnd().length, nextPage: -1 });
    }
  }
  return mergeClosers(result);
}

/** A closing number (nextPage -1) is removed but does not begin a page. */
function mergeClosers(markers: Marker[]): Marker[] {
  const merged: Marker[] = [];
  for (const marker of markers.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && marker.start <= last.end) {
      last.end = Math.max(last.end, marker.end);
      if (marker.nextPage > 0) last.nextPage = marker.nextPage;
    } else merged.push({ ...marker });
  }
  return merged.map((marker) => (marker.nextPage < 0 ? { ...marker, nextPage: 0 } : marker));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The page that holds character `offset`. */
export function pageAt(pageStarts: PageStart[], offset: number): number {
  let page = pageStarts[0]?.page ?? 1;
  for (const start of pageStarts) {
    if (start.offset > offset) break;
    page = start.page;
  }
  return page;
}
