import type { PageStart, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';
import type { Span } from './lists.ts';
import type { Toc } from './toc.ts';
import { isOrganisationOnly } from './title.ts';

/**
 * The section tree from numbered headings at any depth ("7. Helse og velferd", "3.5.1 Gjenbruk av
 * data"), whether each heading has its own line or sits inline in flattened text. A heading must be
 * listed in the table of contents or continue the numbering of the heading before it, so that list
 * items, amounts and names like "3-1" are never mistaken for sections.
 */
export function extractSections(text: string, pageStarts: PageStart[], toc: Toc | null, exclude: Span[], documentTitle: string): Section[] {
  const tocNumbers = new Map(toc?.entries.map((entry) => [entry.number, entry]) ?? []);
  // A table of contents that lists only the top level (a Word export's default depth): the numbered
  // subheadings "3.1 …" under its headings are read on their own lines, continuing the numbering.
  const subheadingsUnlisted = toc !== null && toc.entries.length >= 3 && toc.entries.every((entry) => /^\d{1,2}$/.test(entry.number));
  const headings: Array<{ number: string; title: string; start: number }> = [];
  const introduced = introducedLists(text);
  let previous: number[] | null = null;
  let headingEnd = -1;
  const pattern = /(?<=^|\s)(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)[ ]+(?=[\p{Lu}\p{Ll}«])/gmu;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    if (toc && start >= toc.start && start < toc.end) continue;
    if (exclude.some((span) => start >= span.start && start < span.end)) continue;
    if (introduced.some((span) => start >= span.start && start < span.end)) continue;
    const number = m[1] ?? '';
    const parts = number.split('.').map(Number);
    const fromToc = tocNumbers.get(number);
    const lineStart = start === 0 || text[start - 1] === '\n';
    const afterSentence = /(?:^|[.!?:»)])\s$/u.test(text.slice(Math.max(0, start - 2), start)) || lineStart;
    const afterHeading = headings.length > 0 && start === headingEnd + 1;
    // Mid-sentence, only a multi-level number ("8.2 Driftstiltak") can open a flattened heading.
    if (!afterSentence && !afterHeading && !(number.includes('.') && m[2] === '')) continue;
    const bodyStart = start + m[0].length;
    let title: string | null = null;
    if (fromToc && !headings.some((h) => h.number === number)) {
      if (startsWithTitle(text, bodyStart, fromToc.title)) title = text.slice(bodyStart, bodyStart + fromToc.title.length);
      else if (lineStart && /^\p{Lu}/u.test(text.slice(bodyStart))) title = lineTitle(text, bodyStart);
    } else if (!toc || toc.entries.length < 3 || tocTitlesOnly(toc) || (subheadingsUnlisted && number.includes('.') && lineStart)) {
      if (!/^(?:\p{Lu}|«|e-\p{L})/u.test(text.slice(bodyStart))) continue;
      if (/\d[ ]$/.test(text.slice(Math.max(0, start - 2), start))) continue; // "2 000 000", "2015 2018"
      if (!isSuccessor(previous, parts) && !(previous === null && opensChapter(text, bodyStart, parts))) continue;
      if (lineStart && wrappedLineAt(text, bodyStart)) continue;
      title = lineStart ? lineTitle(text, bodyStart) : null;
      title ??= inlineTitle(text, bodyStart);
    }
    if (!title || title.length < 2) continue;
    headings.push({ number, title: title.trim(), start });
    headingEnd = bodyStart + title.trim().length;
    previous = parts;
  }
  return buildTree(text, pageStarts, headings, documentTitle);
}

/** The most lines read as one list after a lead-in line: a bound that keeps the pass linear. */
const MAX_INTRODUCED_LINES = 40;
/** A line opening with a list number: "1. ", "2) ", "3 ". */
const NUMBERED_LINE = /^(\d{1,2})([.)]?)[ ]+\S/;

/**
 * Numbered lists introduced by a line ending in a colon ("Vedlegg:" over "1. Digitaliseringsstrategi …",
 * "Rådmannens innstilling:" over "1. Kommunestyret vedtar …"): items counting up from 1 on lines of their
 * own, two or more, each perhaps wrapped onto lines in lowercase. Their numbers open items, never chapters.
 */
export function introducedLists(text: string): Span[] {
  const spans: Span[] = [];
  // The lead-in's line, perhaps a blank line, then the first item.
  for (const m of text.matchAll(/:[ \t]*\n(?:[ \t]*\n)?(?=1[.)]?[ ]+\S)/g)) {
    const start = m.index + m[0].length;
    let at = start;
    let items = 0;
    let previous = '';
    let end = start;
    // Items set apart by blank lines ("1. …" / "" / "2. …"): such a list goes on over blank lines while the next
    // item follows, numbered the same way ("1." then "2."); a list without them ends at a blank line.
    let loose: boolean | null = null;
    let mark: string | null = null;
    for (let k = 0; k < MAX_INTRODUCED_LINES && at < text.length; k++) {
      const lineEnd = Math.min(text.indexOf('\n', at) >>> 0, text.length);
      const line = text.slice(at, lineEnd);
      if (items > 0 && line.trim() === '' && loose !== false) {
        previous = '';
        at = lineEnd + 1;
        continue;
      }
      const found = NUMBERED_LINE.exec(line);
      const number = found && (mark === null || found[2] === mark) && (previous !== '' || items <= 1 || loose === true) ? found[1] : undefined;
      if (number === String(items + 1)) {
        if (items === 1) loose = previous === '';
        mark ??= found![2] ?? '';
      }
      // A wrapped item goes on in lowercase, or after a line that ends no sentence ("… økonomiplan" / "2026–2029.").
      const wrapped = items > 0 && previous !== '' && line.trim() !== '' && found === null && (/^\p{Ll}/u.test(line) || !/[.!?:]$/.test(previous.trim()));
      if (number === String(items + 1)) items++;
      else if (!wrapped) break;
      previous = line;
      at = lineEnd + 1;
      end = lineEnd;
    }
    if (items >= 2) spans.push({ start, end });
  }
  return spans;
}

function tocTitlesOnly(toc: Toc): boolean {
  return toc.entries.every((entry) => entry.page === null);
}

function startsWithTitle(text: string, at: number, title: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  const probe = norm(text.slice(at, at + title.length + 10));
  const wanted = norm(title);
  return wanted.length > 0 && probe.startsWith(wanted.slice(0, Math.min(wanted.length, 24)));
}

/** A heading on its own line: the line, when short and not a sentence. */
function lineTitle(text: string, at: number): string | null {
  const lineEnd = text.indexOf('\n', at);
  let line = text.slice(at, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line.length === 0 || line.length > 110 || /[.;]$/.test(line)) return null;
  // A heading wrapped onto a short lowercase line ("… bruk av" / "felleskomponenter").
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const next = lineEnd < 0 ? '' : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  if (/(?:\s(?:av|og|for|i|til|med|på))$/.test(line) && /^\p{Ll}/u.test(next) && next.length < 40) line = `${line} ${next.trim()}`;
  return line;
}

/** The least length of a line whose wrapping onto the next shows it to be a sentence's first line. */
const WRAPPED_LINE = 50;

/**
 * A numbered note or list item wrapped over lines, no heading: its line holds the end of one sentence and the
 * start of the next ("The strategy replaces the plan for 2021–2024. It covers the"), or a long line goes on
 * in lower case or inside a bracket it opened ("… (Digitaliseringsstrategi for" / "Vestvågøy kommune 2026–2029) was …").
 */
function wrappedLineAt(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return false;
  const line = text.slice(at, lineEnd).trim();
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd).trim();
  if (next === '' || line.length < WRAPPED_LINE) return false;
  const unclosed = (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);
  return /[.!?]\s+\p{Lu}/u.test(line) || /^\p{Ll}/u.test(next) || unclosed;
}

/**
 * A heading flattened into its paragraph: "Digital dialog For å lykkes …" → "Digital dialog".
 * The title ends where a capitalised word opens the body (followed by a lowercase word).
 */
export function inlineTitle(text: string, at: number): string | null {
  const words = [...text.slice(at, at + 200).matchAll(/\S+/g)];
  const next = text.slice(at, at + 400).search(/\s\d{1,2}\.\d{1,2}\s+\p{Lu}/u); // a subsection heading right after (words end within 200)
  for (let i = 1; i < Math.min(words.length, 12); i++) {
    const word = words[i]?.[0] ?? '';
    const following = words[i + 1]?.[0] ?? '';
    const before = words[i - 1]?.[0] ?? '';
    if (next >= 0 && (words[i]?.index ?? 0) > next) return text.slice(at, at + next).trim();
    if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(following) && !/^(og|i|for|på|,)$/.test(before) && !before.endsWith(',')) {
      return text.slice(at, at + (words[i]?.index ?? 0)).trim();
    }
  }
  return null;
}

/** How far below a chapter's heading its first subheading may stand. */
const FIRST_SUBHEADING_WITHIN = 600;

/**
 * A chapter printed on its own ("5 Stab og støtte", an extract of a longer plan): a first heading of any
 * one-part number whose first subheading ("5.1 …") opens a line soon below it.
 */
function opensChapter(text: string, bodyStart: number, parts: number[]): boolean {
  if (parts.length !== 1) return false;
  return new RegExp(String.raw`\n${parts[0]}\.1\.?[ ]+\p{Lu}`, 'u').test(text.slice(bodyStart, bodyStart + FIRST_SUBHEADING_WITHIN));
}

/** True when `next` continues the numbering after `previous` (child, sibling or a higher level). */
export function isSuccessor(previous: number[] | null, next: number[]): boolean {
  if (!previous) return next.every((part, i) => (i === 0 ? part <= 2 : part === 1));
  if (next.length === previous.length + 1 && previous.every((part, i) => part === next[i]) && next[next.length - 1] === 1) return true;
  for (let level = 0; level < previous.length; level++) {
    if (next.length !== level + 1) continue;
    const samePrefix = previous.slice(0, level).every((part, i) => part === next[i]);
    // A heading lost in extraction may leave a gap of one.
    const step = (next[level] ?? 0) - (previous[level] ?? 0);
    if (samePrefix && (step === 1 || (step === 2 && level > 0))) return true;
  }
  return false;
}

function buildTree(text: string, pageStarts: PageStart[], headings: Array<{ number: string; title: string; start: number }>, documentTitle: string): Section[] {
  const sections: Section[] = [];
  const firstStart = headings[0]?.start ?? text.length;
  if (firstStart > 0 || headings.length === 0) {
    sections.push({ number: null, title: documentTitle, level: 0, parent: null, start: 0, end: firstStart, pageFrom: pageAt(pageStarts, 0), pageTo: pageAt(pageStarts, Math.max(0, firstStart - 1)) });
  }
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    const level = heading.number.split('.').length;
    let parent: number | null = null;
    for (let j = sections.length - 1; j >= 0; j--) {
      const candidate = sections[j];
      if (candidate && candidate.level > 0 && candidate.level < level && heading.number.startsWith(`${candidate.number}.`)) {
        parent = j;
        break;
      }
    }
    sections.push({ number: heading.number, title: heading.title, level, parent, start: heading.start, end, pageFrom: pageAt(pageStarts, heading.start), pageTo: pageAt(pageStarts, Math.max(heading.start, end - 1)) });
  });
  return sections;
}

/** A heading whose place is known (markdown, PDF layout or outline, plain-text line): offset and level. */
export interface PlacedHeading {
  start: number;
  level: number;
}

const LEADING_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\S)/;

/** "C. Mål": a capital letter and a full stop before the heading's words. */
const LEADING_LETTER = /^(\p{Lu})\.\s+(?=\S)/u;

/**
 * Headings lettered in order ("A. Innleiing", "B. Status", "C. Mål"): two or more whose letters count up
 * from A (a heading lost may leave a gap). Their letter is their number; a lone "K. Hansen" is no numbering.
 */
function letteredHeadings(text: string, headings: PlacedHeading[]): Set<number> {
  const marked = headings.map((heading) => ({ start: heading.start, letter: LEADING_LETTER.exec(lineAt(text, heading.start).trim())?.[1] })).filter((h) => h.letter !== undefined);
  const inOrder = marked[0]?.letter === 'A' && marked.every((h, i) => i === 0 || h.letter!.charCodeAt(0) > marked[i - 1]!.letter!.charCodeAt(0));
  return new Set(marked.length >= 2 && inOrder ? marked.map((h) => h.start) : []);
}

/** "IV. TILTAK OG ØKONOMI": a roman numeral and a full stop before the heading's words. */
export const LEADING_ROMAN = /^([IVXL]{1,6})\.\s+(?=\S)/;

/** The value of a roman numeral ("IV" → 4); NaN for letters that make none. */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!] ?? NaN;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Headings numbered in roman numerals ("I. Innledning", "II. Mål", "IV. Tiltak"): two or more counting up
 * from I (a heading lost may leave a gap). Their numeral is their number; a lone "I. …" is no numbering.
 */
function romanHeadings(text: string, headings: PlacedHeading[]): Set<number> {
  const marked = headings.map((heading) => ({ start: heading.start, value: romanValue(LEADING_ROMAN.exec(lineAt(text, heading.start).trim())?.[1] ?? '') })).filter((h) => h.value > 0);
  const inOrder = marked[0]?.value === 1 && marked.every((h, i) => i === 0 || h.value > marked[i - 1]!.value);
  return new Set(marked.length >= 2 && inOrder ? marked.map((h) => h.start) : []);
}

/**
 * The section tree from headings whose place and level are known. A heading's title is its line;
 * a number it opens with ("2.1 Mål") becomes the section number. Levels are ranked 1, 2, … in the
 * order of the levels used; a lone top-level heading that opens the document is its title (it
 * stays in the preamble). Parents are the nearest earlier section of a lower level.
 */
export function sectionsFromHeadings(text: string, pageStarts: PageStart[], placed: PlacedHeading[], documentTitle: string): Section[] {
  let headings = [...placed].sort((a, b) => a.start - b.start);
  const top = Math.min(...headings.map((h) => h.level));
  const first = headings[0];
  if (first && first.level === top && headings.filter((h) => h.level === top).length === 1 && headings.length > 1 && !/\p{L}{3}/u.test(text.slice(0, first.start))) {
    headings = headings.slice(1);
  }
  // A heading-like line that only names the organisation ("City of Bergen", "Rælingen kommune") at the
  // start is the front page's owner line, not a section.
  while (headings.length > 1 && isOrganisationOnly(lineAt(text, headings[0]!.start))) headings = headings.slice(1);
  // The title printed again as the first heading-like line (after an organisation line) is the title, not a section.
  const fold = (value: string) => value.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  const opening = headings[0];
  if (opening && headings.length > 1 && fold(lineAt(text, opening.start)) === fold(documentTitle)) headings = headings.slice(1);
  const ranks = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  // Every heading marked at one level (a converter that writes "## 1" and "## 1.1" alike): the numbers give the levels.
  const numberDepth = (heading: PlacedHeading) => LEADING_NUMBER.exec(lineAt(text, heading.start).trim())?.[1]?.split('.').length ?? 1;
  const numberedHeadings = headings.filter((heading) => LEADING_NUMBER.test(lineAt(text, heading.start).trim()));
  const flat = ranks.length === 1 && numberedHeadings.length >= 2 && numberedHeadings.some((heading) => numberDepth(heading) > 1);
  // The top marked level holding chapters and their sub-chapters alike ("## 3 Satsingsområder", "## 3.1 Oppvekst")
  // over unnumbered headings marked lower ("### Hit vil vi"): the numbers give the top headings' levels, and a
  // lower heading stands that many levels under the top heading above it.
  const topNumbered = numberedHeadings.filter((heading) => heading.level === ranks[0]);
  const flatTop = !flat && ranks.length > 1 && topNumbered.length >= 2 && topNumbered.some((heading) => numberDepth(heading) > 1);
  let topLevel = 0;
  const levelOf = (heading: PlacedHeading): number => {
    if (flat) return numberDepth(heading);
    const rank = ranks.indexOf(heading.level) + 1;
    if (!flatTop) return rank;
    if (rank === 1) return (topLevel = LEADING_NUMBER.test(lineAt(text, heading.start).trim()) ? numberDepth(heading) : 1);
    return Math.max(1, topLevel) + rank - 1;
  };
  const lettered = letteredHeadings(text, headings);
  const roman = romanHeadings(text, headings);
  const sections: Section[] = [];
  const firstStart = headings[0]?.start ?? text.length;
  if (firstStart > 0 || headings.length === 0) {
    sections.push({ number: null, title: documentTitle, level: 0, parent: null, start: 0, end: firstStart, pageFrom: pageAt(pageStarts, 0), pageTo: pageAt(pageStarts, Math.max(0, firstStart - 1)) });
  }
  const open: number[] = []; // open[level - 1]: index of the latest section at that level
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    const lineEnd = text.indexOf('\n', heading.start);
    const line = text.slice(heading.start, lineEnd < 0 ? text.length : lineEnd).trim();
    const numbered = LEADING_NUMBER.exec(line) ?? (lettered.has(heading.start) ? LEADING_LETTER.exec(line) : null) ?? (roman.has(heading.start) ? LEADING_ROMAN.exec(line) : null);
    const level = levelOf(heading);
    let parent: number | null = null;
    for (let l = level - 1; l >= 1 && parent === null; l--) parent = open[l - 1] ?? null;
    open.length = level - 1;
    open[level - 1] = sections.length;
    sections.push({
      number: numbered ? (numbered[1] ?? null) : null,
      title: numbered ? line.slice(numbered[0].length) : line,
      level,
      parent,
      start: heading.start,
      end,
      pageFrom: pageAt(pageStarts, heading.start),
      pageTo: pageAt(pageStarts, Math.max(heading.start, end - 1)),
    });
  });
  return sections;
}

/** Index of the section holding `offset` (binary search: sections are in text order). */
export function sectionAt(sections: Section[], offset: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sections[mid]?.start ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
