import type { PageText, PageStart } from '../model.ts';
import { escapeRegExp } from '../../src/text/regexp.ts';

/** Text with its page map: `pageStarts[i]` says where page `page` begins. */
export interface PagedText {
  text: string;
  pageStarts: PageStart[];
  /** True when page numbers came from the source (PDF pages or markers in the text). */
  paged: boolean;
}

const PAGE_NUMBER_LINE = /^(?:(?:side|page)\s+)?\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?$/i;

/**
 * Joins PDF pages, dropping bare page-number lines and running headers and footers: lines that recur
 * at the top or bottom of most pages once digits are ignored. A line only counts as running where its
 * page has other body text, and is only removed where some body text remains, so a document with
 * one line per page keeps every line.
 */
export function joinPdfPages(pages: PageText[]): PagedText {
  const linesPerPage = pages.map((page) => page.text.split('\n').map((line) => line.trim()));
  const recurring = new Map<string, number>();
  for (const lines of linesPerPage) {
    const body = lines.filter((line) => line !== '' && !PAGE_NUMBER_LINE.test(line));
    const edges = new Set([...body.slice(0, 2), ...body.slice(-2)].map(shape));
    for (const key of edges) {
      if (body.some((line) => shape(line) !== key)) recurring.set(key, (recurring.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  const isRunning = (line: string) => pages.length > 2 && (recurring.get(shape(line)) ?? 0) >= threshold;
  const isChrome = (line: string) => PAGE_NUMBER_LINE.test(line) || isRunning(line);

  let text = '';
  const pageStarts: PageStart[] = [];
  pages.forEach((page, index) => {
    const lines = linesPerPage[index] ?? [];
    let first = 0;
    let last = lines.length - 1;
    while (first <= last && (lines[first] === '' || isChrome(lines[first] ?? ''))) first++;
    while (last >= first && (lines[last] === '' || isChrome(lines[last] ?? ''))) last--;
    if (first > last) {
      // Nothing but "running" lines: they are this page's text after all (page numbers still go).
      first = 0;
      last = lines.length - 1;
      while (first <= last && (lines[first] === '' || PAGE_NUMBER_LINE.test(lines[first] ?? ''))) first++;
      while (last >= first && (lines[last] === '' || PAGE_NUMBER_LINE.test(lines[last] ?? ''))) last--;
    }
    const body = lines.slice(first, last + 1).join('\n').trim();
    // A page break is not a paragraph break: lists and sentences run on across pages.
    if (text.length > 0) text += '\n';
    pageStarts.push({ page: page.number, offset: text.length });
    text += body;
  });
  return { text, pageStarts, paged: true };
}

function shape(line: string): string {
  // Heading marks (markers.ts) are not part of a line's shape.
  return line.replace(/\u0001\d?/g, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Text saved with its page breaks (form feeds, as a word processor's or pdftotext's text export writes them):
 * lines that recur at the top or bottom of most pages once digits are ignored are running headers and
 * footers, removed as joinPdfPages removes them from PDF pages. The form feeds stay, for the page map.
 */
export function withoutRunningLines(input: string): { text: string; removed: number } {
  const pages = input.split('\f');
  if (pages.length < 3) return { text: input, removed: 0 };
  const linesPerPage = pages.map((page) => page.split('\n'));
  // A header recurs at the top of pages and a footer at the bottom: a title on the first page's top that a
  // footer repeats ("DIGITAL SØR-VARANGER 2026–2029" over "Digital Sør-Varanger 2026–2029 · 1") is no running line.
  const edgesOf = (lines: string[]) => {
    const body = lines.map((line, i) => ({ i, line: line.trim() })).filter(({ line }) => line !== '' && !PAGE_NUMBER_LINE.test(line));
    const keyed = (side: string) => ({ i, line }: { i: number; line: string }) => ({ i, line, key: `${side}|${edgeShape(line)}` });
    return { body, edges: [...body.slice(0, 2).map(keyed('top')), ...body.slice(-2).map(keyed('bottom'))] };
  };
  const recurring = new Map<string, number>();
  for (const lines of linesPerPage) {
    const { body, edges } = edgesOf(lines);
    for (const key of new Set(edges.map((edge) => edge.key))) {
      const shape = key.slice(key.indexOf('|') + 1);
      if (body.some(({ line }) => edgeShape(line) !== shape)) recurring.set(key, (recurring.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.5));
  // A page's number alone on its first or last line ("3", "Side 4"), where pages print them.
  const numberLines = linesPerPage.map((lines) => {
    const filled = lines.map((line, i) => ({ i, line: line.trim() })).filter(({ line }) => line !== '');
    return [filled[0], filled.at(-1)].filter((edge) => edge !== undefined && filled.length > 1 && PAGE_NUMBER_LINE.test(edge.line)).map((edge) => edge!.i);
  });
  const numbered = numberLines.filter((lines) => lines.length > 0).length >= 2;
  let removed = 0;
  const kept = linesPerPage.map((lines, page) => {
    const { body, edges } = edgesOf(lines);
    const running = new Set(edges.filter(({ key }) => (recurring.get(key) ?? 0) >= threshold).map(({ i }) => i));
    if (numbered) for (const i of numberLines[page] ?? []) running.add(i);
    // Only where some body text remains.
    if (running.size === 0 || running.size >= body.length) return lines.join('\n');
    removed += running.size;
    return lines.filter((_, i) => !running.has(i)).join('\n');
  });
  return { text: kept.join('\f'), removed };
}

/** A line's shape without its numbers: a footer printed with the page number on the outer side ("Grimstad kommune 3", "4 Grimstad kommune") keeps one shape. */
function edgeShape(line: string): string {
  // Mirrored headers swap their parts from odd to even pages ("Strategi 2026–2029      Gjesdal kommune", then
  // "Gjesdal kommune      Strategi 2026–2029"): parts set apart by a wide gap are compared in any order.
  const parts = line.trim().split(/ {3,}|\t+/);
  const shaped = parts.length > 1 ? parts.map(shape).sort().join(' | ') : shape(line);
  return shaped.replace(/#/g, ' ').replace(/\s+/g, ' ').trim();
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
  const out = new Builder();
  let cursor = 0;
  const firstPage = Math.max(1, (markers[0]?.nextPage ?? 2) - 1);
  const pageStarts: PageStart[] = [{ page: firstPage, offset: 0 }];
  for (const marker of markers) {
    out.push(input.slice(cursor, marker.start));
    out.trimSpacesEnd();
    if (out.length > 0 && !out.endsInLineBreak()) out.push(' ');
    if (marker.nextPage > 0) pageStarts.push({ page: marker.nextPage, offset: out.length });
    cursor = marker.end;
    while (input[cursor] === ' ' || input[cursor] === '\t') cursor++;
  }
  out.push(input.slice(cursor));
  const text = out.toString();
  return { text, pageStarts: dedupePageStarts(pageStarts, text.length), paged: true };
}

/** Appends strings in chunks, so building a long text stays linear (no `text +=` and regex on the whole). */
class Builder {
  private parts: string[] = [];
  length = 0;
  push(piece: string): void {
    if (piece.length === 0) return;
    this.parts.push(piece);
    this.length += piece.length;
  }
  /** Removes trailing spaces and tabs. */
  trimSpacesEnd(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1] ?? '';
      const trimmed = last.replace(/[ \t]+$/, '');
      this.length -= last.length - trimmed.length;
      if (trimmed.length > 0) {
        this.parts[this.parts.length - 1] = trimmed;
        return;
      }
      this.parts.pop();
    }
  }
  /** True when the trailing whitespace holds a line break. */
  endsInLineBreak(): boolean {
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p] ?? '';
      for (let i = part.length - 1; i >= 0; i--) {
        const ch = part[i] ?? '';
        if (ch === '\n') return true;
        if (!/\s/.test(ch)) return false;
      }
    }
    return false;
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** Where the number `n` ends the text before `end` ("… 3" with only whitespace after): the number's offset, or -1. */
function trailingNumberAt(input: string, end: number, n: number): number {
  let j = end;
  while (j > 0 && /\s/.test(input[j - 1] ?? '')) j--;
  const digits = String(n);
  const at = j - digits.length;
  if (at < 1 || input.slice(at, j) !== digits || !/\s/.test(input[at - 1] ?? '')) return -1;
  return at;
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
  const closed = markers.filter((marker) => trailingNumberAt(input, marker.start, marker.nextPage - 1) >= 0).length;
  if (closed < (markers.length - 1) / 2) return null;
  // Remove the matching trailing page number that closes each page ("… 3" before page 4).
  const result: Marker[] = [];
  for (const marker of markers) {
    const start = trailingNumberAt(input, marker.start, marker.nextPage - 1);
    if (start >= 0 && marker.nextPage > 1) result.push({ start, end: start + String(marker.nextPage - 1).length, nextPage: -1 });
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

/** The page that holds character `offset` (binary search: `pageStarts` is in text order). */
export function pageAt(pageStarts: PageStart[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length; // first index whose offset is past `offset`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pageStarts[mid]?.offset ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return pageStarts[Math.max(0, lo - 1)]?.page ?? 1;
}
