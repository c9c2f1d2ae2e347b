import type { PageStart, Passage, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';

export interface ChunkOptions {
  /** A passage grows to about this many characters … */
  targetChars: number;
  /** … and never past this many (a longer sentence is cut at a word). */
  maxChars: number;
}

const DEFAULTS: ChunkOptions = { targetChars: 650, maxChars: 1000 };

/**
 * Splits each section into passages at sentence boundaries. A passage never spans two sections or
 * two pages, so its page and section are exact for citation.
 */
export function chunkPassages(
  text: string, sections: Section[], pageStarts: PageStart[],
  options: Partial<ChunkOptions> & { skip?: Array<{ start: number; end: number }>; keep?: Array<{ start: number; end: number }> } = {},
): Passage[] {
  const { targetChars, maxChars } = { ...DEFAULTS, ...options };
  // Skipped spans (a table of contents) are cut out; what surrounds them is chunked as usual.
  const skip = options.skip ?? [];
  // Kept spans (a budget table with its caption) stay in one passage where they fit in one.
  const keep = options.keep ?? [];
  const passages: Passage[] = [];
  sections.forEach((section, index) => {
    const cuts = pageStarts.map((p) => p.offset).filter((offset) => offset > section.start && offset < section.end);
    const skipCuts = skip.flatMap((span) => [span.start, span.end]).filter((offset) => offset > section.start && offset < section.end);
    const bounds = [...new Set([section.start, ...cuts, ...skipCuts, section.end])].sort((a, b) => a - b);
    for (let b = 0; b < bounds.length - 1; b++) {
      const from = bounds[b] ?? 0;
      if (skip.some((span) => from >= span.start && from < span.end)) continue;
      for (const piece of pieces(text, from, bounds[b + 1] ?? 0, targetChars, maxChars, keep)) {
        passages.push({ text: text.slice(piece.start, piece.end), section: index, pageFrom: pageAt(pageStarts, piece.start), pageTo: pageAt(pageStarts, piece.end - 1), start: piece.start, end: piece.end });
      }
    }
  });
  return passages;
}

function pieces(text: string, from: number, to: number, target: number, max: number, keep: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const units = keepTogether(sentenceUnits(text, from, to, max), keep, max);
  const result: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | null = null;
  for (const unit of units) {
    if (current && unit.end - current.start > target && current.end - current.start > target / 3) {
      result.push(current);
      current = null;
    }
    current = current ? { start: current.start, end: unit.end } : { ...unit };
  }
  if (current) {
    const previous = result[result.length - 1];
    // Fold a short tail into the passage before it when both fit.
    if (previous && current.end - current.start < target / 4 && current.end - previous.start <= max) previous.end = current.end;
    else result.push(current);
  }
  return result.filter((piece) => /\p{L}/u.test(text.slice(piece.start, piece.end)));
}

/** Joins the sentence units that fall in one kept span into one unit, when the joined unit is no longer than `max`. */
function keepTogether(units: Array<{ start: number; end: number }>, keep: Array<{ start: number; end: number }>, max: number): Array<{ start: number; end: number }> {
  if (keep.length === 0 || units.length === 0) return units;
  // Units and spans are both in text order: one pointer into the spans keeps this linear.
  let k = 0;
  const spanOf = (unit: { start: number; end: number }) => {
    while (k < keep.length && keep[k]!.end <= unit.start) k++;
    const span = keep[k];
    return span && unit.start < span.end && unit.end > span.start ? span : undefined;
  };
  const joined: Array<{ start: number; end: number; span: { start: number; end: number } | undefined }> = [];
  for (const unit of units) {
    const previous = joined[joined.length - 1];
    const span = spanOf(unit);
    if (previous && span && previous.span === span && unit.end - previous.start <= max) previous.end = unit.end;
    else joined.push({ ...unit, span });
  }
  return joined.map(({ start, end }) => ({ start, end }));
}

function sentenceUnits(text: string, from: number, to: number, max: number): Array<{ start: number; end: number }> {
  const units: Array<{ start: number; end: number }> = [];
  const slice = text.slice(from, to);
  const boundary = /(?<=[.!?:])\s+(?=[\p{Lu}«"(\d•-])|\n+/gu;
  let start = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(slice[a] ?? '')) a++;
    while (b > a && /\s/.test(slice[b - 1] ?? '')) b--;
    while (b - a > max) {
      const cut = slice.lastIndexOf(' ', a + max);
      const end = cut > a ? cut : a + max;
      units.push({ start: from + a, end: from + end });
      a = end;
      while (a < b && /\s/.test(slice[a] ?? '')) a++;
    }
    if (b > a) units.push({ start: from + a, end: from + b });
  };
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(slice))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, slice.length);
  return units;
}
