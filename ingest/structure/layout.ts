import type { OutlineEntry, RawDocument, StyledLine } from '../model.ts';

/**
 * Headings from a PDF's typography: lines set larger than the body text (the most common size, by
 * characters), or bold at body size, that look like titles (short, no final period, not a list item,
 * a table cell, a running header or a page number). Levels follow the heading styles, largest first.
 * The PDF's own outline, where it has two or more entries on known pages, is used instead.
 */
export interface LayoutHeading {
  page: number;
  text: string;
  /** 1 for the largest heading style. */
  level: number;
}

const MAX_HEADING_CHARS = 120;
const LIST_ITEM = /^(?:[-•–*▪o]\s|\(?\d{1,2}[).]\s+\p{Ll}|\(?[a-zæøå]\)\s)/u;
const PAGE_NUMBER = /^(?:(?:side|page)\s+)?\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?$/i;
/** A heading is this much larger than the body text … */
const SIZE_RATIO = 1.15;

/** The outline's headings where it is usable, else headings from fonts. */
export function layoutHeadings(raw: RawDocument): LayoutHeading[] {
  const fromOutline = outlineHeadings(raw.outline ?? []);
  if (fromOutline.length >= 2) return fromOutline;
  return fontHeadings(raw.lines ?? [], raw.tables.flatMap((table) => table.rows.flat().map((cell) => `${table.page}:${key(cell)}`)));
}

/** Outline entries that point at a page, as headings (level as in the outline). */
export function outlineHeadings(outline: OutlineEntry[]): LayoutHeading[] {
  return outline.filter((entry) => entry.page !== null && key(entry.title).length > 0).map((entry) => ({ page: entry.page ?? 1, text: entry.title.trim(), level: entry.level }));
}

/** The body text's font size: the size that carries the most characters. */
export function bodySize(lines: StyledLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * The largest text on page 1, its consecutive lines joined: usually the printed title.
 * Null when page 1 has nothing larger than the body text.
 */
export function layoutTitle(lines: StyledLine[]): string | null {
  const body = bodySize(lines);
  const first = lines.filter((line) => line.page === (lines[0]?.page ?? 1) && line.text.trim().length > 0);
  const largest = Math.max(0, ...first.map((line) => line.fontSize));
  if (largest < body * SIZE_RATIO) return null;
  const start = first.findIndex((line) => Math.abs(line.fontSize - largest) < 0.5);
  const parts: string[] = [];
  for (let i = start; i < first.length && Math.abs((first[i]?.fontSize ?? 0) - largest) < 0.5; i++) parts.push(first[i]?.text.trim() ?? '');
  const title = parts.join(' ').replace(/\s+/g, ' ').trim();
  return title.length > 0 ? title : null;
}

/** Headings from font size and weight; `tableCells` are "page:key" of every table cell. */
export function fontHeadings(lines: StyledLine[], tableCells: string[] = []): LayoutHeading[] {
  if (lines.length === 0) return [];
  const body = bodySize(lines);
  const cells = new Set(tableCells);
  const pages = new Set(lines.map((line) => line.page)).size;
  const repeats = new Map<string, Set<number>>();
  for (const line of lines) {
    const shape = key(line.text.replace(/\d+/g, '#'));
    repeats.set(shape, (repeats.get(shape) ?? new Set()).add(line.page));
  }
  const title = titleLines(lines, body);
  // A cover page (no running text at body size) holds the title block, not sections.
  const withBody = new Set(lines.filter((line) => Math.abs(line.fontSize - body) < 0.75 && line.text.trim().length >= 40).map((line) => line.page));
  const style = (line: StyledLine) => `${Math.round(line.fontSize * 2) / 2}${line.bold ? 'b' : ''}`;
  const candidates: Array<{ line: StyledLine; style: string; index: number }> = [];
  lines.forEach((line, index) => {
    const text = line.text.trim();
    const larger = line.fontSize >= body * SIZE_RATIO;
    // Bold at body size is a heading only when short (a bold sentence or list item is emphasis).
    const boldBody = line.bold && line.fontSize >= body * 0.95 && text.length <= 70 && text.split(/\s+/).length <= 8;
    if (!(larger || boldBody) || title.has(index) || !withBody.has(line.page)) return;
    if (text.length < 2 || text.length > MAX_HEADING_CHARS || !/\p{L}{2}/u.test(text)) return;
    if (/[.;,]$/.test(text) && !/\.\.\.$/.test(text)) return;
    if (LIST_ITEM.test(text) || PAGE_NUMBER.test(text)) return;
    if (cells.has(`${line.page}:${key(text)}`)) return;
    const seenOn = repeats.get(key(text.replace(/\d+/g, '#')))?.size ?? 0;
    if (pages > 2 && seenOn >= 3) return; // a running header in a large or bold font
    candidates.push({ line, style: style(line), index });
  });
  // A heading wrapped over two lines in the same style on the same page is one heading.
  const merged: Array<{ page: number; text: string; style: string; size: number; bold: boolean; index: number }> = [];
  for (const { line, style: s, index } of candidates) {
    const previous = merged[merged.length - 1];
    if (previous && previous.style === s && previous.page === line.page && previous.index === index - 1 && !/[:?!]$/.test(previous.text)) {
      previous.text = `${previous.text} ${line.text.trim()}`;
      previous.index = index;
    } else merged.push({ page: line.page, text: line.text.trim(), style: s, size: line.fontSize, bold: line.bold, index });
  }
  const styles = [...new Map(merged.map((h) => [h.style, h.size + (h.bold ? 0.25 : 0)])).entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return merged.map((h) => ({ page: h.page, text: h.text, level: styles.indexOf(h.style) + 1 }));
}

/** Indexes of the title lines on page 1 (the largest text there): the document's title, not a section. */
function titleLines(lines: StyledLine[], body: number): Set<number> {
  const result = new Set<number>();
  const firstPage = lines[0]?.page ?? 1;
  const onFirst = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.page === firstPage);
  const largest = Math.max(0, ...onFirst.map(({ line }) => line.fontSize));
  if (largest < body * SIZE_RATIO) return result;
  const start = onFirst.findIndex(({ line }) => Math.abs(line.fontSize - largest) < 0.5);
  for (let i = start; i < onFirst.length && Math.abs((onFirst[i]?.line.fontSize ?? 0) - largest) < 0.5; i++) result.add(onFirst[i]?.index ?? -1);
  return result;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d#]+/gu, '');
}
