import type { PageStart, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';

/** A heading found beside a document's numbered chapters: where its line starts and its title. */
export interface AddedHeading {
  start: number;
  title: string;
}

/**
 * The sections with unnumbered top-level headings added among them in text order (a case document's
 * "Saksopplysninger" before the attached strategy's chapters, "FOREWORD" beside "1 CONNECTED
 * EVERYWHERE"); the existing sections keep their numbers, levels and parents (re-indexed). As in every
 * section tree here, a section's text runs to the next heading.
 */
export function withAddedHeadings(text: string, pageStarts: PageStart[], sections: Section[], headings: AddedHeading[]): Section[] {
  const known = new Set(sections.map((section) => section.start));
  const added = headings.filter((heading) => !known.has(heading.start) && heading.start > 0);
  if (added.length === 0) return sections;
  type Placed = { section: Section; from: number | null };
  const merged: Placed[] = [
    ...sections.map((section, i) => ({ section, from: i })),
    ...added.map((heading): Placed => ({ section: { number: null, title: heading.title, level: 1, parent: null, start: heading.start, end: heading.start, pageFrom: 1, pageTo: 1 }, from: null })),
  ].sort((a, b) => a.section.start - b.section.start || a.section.level - b.section.level);
  const index = new Map(merged.flatMap((placed, i) => (placed.from === null ? [] : [[placed.from, i] as const])));
  return merged.map(({ section }, i) => {
    const end = merged[i + 1]?.section.start ?? text.length;
    const parent = section.parent === null ? null : (index.get(section.parent) ?? null);
    return { ...section, end, parent, pageFrom: pageAt(pageStarts, section.start), pageTo: pageAt(pageStarts, Math.max(section.start, end - 1)) };
  });
}
