import type { Span } from './lists.ts';

/**
 * Unnumbered headings in plain text: a short, title-like line (capital first letter, no final
 * period, comma or colon, not a list item, page number or table row) that opens its paragraph and
 * is followed by body text — on the next line or after a blank line; two such lines over body text
 * are a heading and its first subheading. The document's first paragraph is its title block. ALL-CAPS
 * headings rank above mixed-case ones where both occur.
 */
export interface TextHeading {
  start: number;
  level: number;
}

const MAX_CHARS = 80;
const MAX_WORDS = 10;
const LIST_ITEM = /^(?:[-•–*▪]\s|o\s+\p{Lu}|\(?\d{1,3}[).]\s|\(?[a-zæøå]\)\s)/u;
const PAGE_NUMBER = /^(?:(?:side|page)\s+)?\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?$/i;

/** "Period ......... 2025–2030": a key and its value joined by a dot leader (a fact box, a table of contents). */
const DOT_LEADER = /\S\s*(?:\.{4,}|…{2,})\s*\S/u;

/** "T1 Opplæring i journalføring …": an item labelled by a code of capitals and a number. */
const CODE_ITEM = /^\p{Lu}{1,3}[ \t]?\d{1,2}[.:)]?[ \t]+\S/u;

/** True for a line that reads as running text (long, or a finished sentence), a list item or a dot-leader line. */
function isBody(line: string): boolean {
  return line.length >= 60 || /[.!?:]$/.test(line) || LIST_ITEM.test(line) || CODE_ITEM.test(line) || DOT_LEADER.test(line);
}

/** "6.1 Status": a heading number (any start, e.g. a chapter extract) before a capitalised title. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s+(?=[\p{Lu}«])/u;

/** "IV. TILTAK OG ØKONOMI": a chapter number in roman numerals before a capitalised title. */
const ROMAN = /^[IVXL]{1,6}\.\s+(?=\p{Lu})/u;

/** "17. juni 2025", "15.12.2025": a full date, which states a record (adopted, published), not a heading. */
const FULL_DATE = /\b\d{1,2}\.\s?(?:\d{1,2}\.|\p{Ll}{3,9}\s)\s?(?:19|20)\d{2}\b/u;

function titleLike(line: string): boolean {
  if (line.length < 2 || line.length > MAX_CHARS) return false;
  const numbered = NUMBERED.exec(line) ?? ROMAN.exec(line);
  if (numbered) return titleLike(line.slice(numbered[0].length));
  if (FULL_DATE.test(line)) return false;
  if (line.split(/\s+/).length > MAX_WORDS) return false;
  if (!/^[\p{Lu}«]/u.test(line) || !/\p{L}{2}/u.test(line)) return false;
  if (/[.,;:]$/.test(line) || /\s{2}|\|/.test(line) || DOT_LEADER.test(line)) return false;
  return !LIST_ITEM.test(line) && !PAGE_NUMBER.test(line);
}

/** A word a title does not end with: a sentence wrapped at it goes on ("… SvarUt og" / "digital postkasse …"). */
const OPEN_ENDING = /\s(?:og|eller|samt|som|der|at|for|i|til|av|med|på|om|å|the|and|or|of|to|in|for|with|that)$/iu;

/** A line of a paragraph wrapped over several lines: the next line goes on in lower case, or this one ends open. */
export function continuesOnNextLine(line: string, next: string): boolean {
  return next !== '' && (/^\p{Ll}/u.test(next) || OPEN_ENDING.test(line));
}

/** The first non-blank line at or after line `from` (after one blank line at most). */
function nextText(lines: Array<{ text: string }>, from: number): string {
  return lines[from]?.text || lines[from + 1]?.text || '';
}

/** A heading line found in cleaned text, before levels are given. */
interface Candidate {
  start: number;
  caps: boolean;
  depth: number;
  sub: boolean;
  roman: boolean;
  /** Over a paragraph of short lines (a narrow column's), which alone does not make it a heading. */
  narrow?: boolean;
}

/**
 * A social-media post's action bar ("Like  Comment  Repost  Send", "Liker · Kommenter · Del") or a comment's
 * ("Like · Reply"): a line of nothing but those words, one of them answering (comment, reply).
 */
const ACTION_BAR = /^[ \t]*(?=[^\n]*\b(?:comment|kommenter|reply|svar)\b)(?:(?:like|liker|lik|comment|kommenter|repost|share|del|send|reply|svar)[ \t·•|]*){2,}$/imu;

/**
 * The comment thread under a post, from its action bar on: readers' names and questions and the page's replies, no
 * part of the strategy (no headings, no goals).
 */
export function commentThread(text: string): Span[] {
  const bar = ACTION_BAR.exec(text);
  return bar ? [{ start: bar.index, end: text.length }] : [];
}

/** How many boxes with a heading in capitals make a page of boxes (a poster, a strategy map). */
const MIN_BOXES = 3;

/** How many lines of a narrow column's paragraph are read to find its end. */
const MAX_PARAGRAPH_LINES = 12;

/** A paragraph of two lines or more from line `from`, wrapped line to line, that ends a sentence. */
function wrappedParagraph(lines: Array<{ text: string }>, from: number): boolean {
  for (let k = from; k < from + MAX_PARAGRAPH_LINES && k < lines.length; k++) {
    const line = lines[k]!.text;
    if (line === '' || LIST_ITEM.test(line)) return false;
    if (/[.!?]$/.test(line)) return k > from;
  }
  return false;
}

/** Heading lines in cleaned text (paragraphs separated by blank lines), outside `exclude`. */
export function findTextHeadings(text: string, exclude: Span[] = []): TextHeading[] {
  let found = candidateHeadings(text, exclude).filter((h) => !h.narrow);
  // Numbered heading lines, where there are some, are the structure; short unnumbered lines beside
  // them are a title block or emphasis.
  if (found.filter((h) => h.depth > 0).length >= 2) found = found.filter((h) => h.depth > 0);
  const mixed = found.some((h) => h.caps) && found.some((h) => !h.caps);
  // Chapters numbered in roman numerals rank above the unnumbered headings beside them.
  const chapters = found.filter((h) => h.roman).length >= 2;
  return found.map((h) => ({ start: h.start, level: h.depth > 0 ? h.depth : chapters ? (h.roman ? 1 : 2) : (mixed && !h.caps) || h.sub ? 2 : 1 }));
}

/**
 * Unnumbered headings in capitals ("FOREWORD", "WHERE WE STAND") with their titles: beside chapters
 * numbered in capitals ("1 CONNECTED EVERYWHERE"), the same kind of heading without a number.
 */
export function capitalHeadings(text: string, exclude: Span[] = []): Array<{ start: number; title: string }> {
  return candidateHeadings(text, exclude)
    .filter((h) => h.caps && h.depth === 0 && !h.roman && !h.sub)
    .map((h) => ({ start: h.start, title: text.slice(h.start, text.indexOf('\n', h.start) >>> 0).trim() }));
}

/** Every heading-like line, with its capitals, number depth and whether it is a first subheading. */
function candidateHeadings(text: string, exclude: Span[]): Candidate[] {
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line.trim() });
    at += line.length + 1;
  }
  const thread = commentThread(text)[0]?.start ?? text.length;
  const found: Candidate[] = [];
  const boxes: Candidate[] = [];
  /** The line under each heading in capitals that opens a paragraph, by its text: how often each opens a box. */
  const firstLines = new Map<string, number>();
  let paragraph = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opensParagraph = i === 0 || lines[i - 1]!.text === '';
    if (line.text === '') continue;
    if (opensParagraph) paragraph++;
    if (!opensParagraph || paragraph === 1 || !titleLike(line.text)) continue;
    if (line.start >= thread || exclude.some((span) => line.start >= span.start && line.start < span.end)) continue;
    const next = lines[i + 1]?.text ?? '';
    if (continuesOnNextLine(line.text, next)) continue;
    const after = next === '' ? (lines[i + 2]?.text ?? '') : next;
    if (!/\p{Ll}/u.test(line.text) && next !== '') firstLines.set(next, (firstLines.get(next) ?? 0) + 1);
    const depth = NUMBERED.exec(line.text)?.[1]?.split('.').length ?? 0;
    const roman = ROMAN.test(line.text);
    // "Satsingsområder" directly over "Digitale innbyggertjenester" and its paragraph: a heading and
    // its first subheading (a web page's h2 and h3 copied as text).
    const sub = lines[i + 2]?.text ?? '';
    // (A line that goes on, wrapped, on the line below it is a sentence's first line, no subheading: "VISJON" over
    // "Digitale tjenester som gjør hverdagen enklere – for folk" / "i hele dalen." is a heading over its paragraph.)
    if (depth === 0 && next !== '' && titleLike(next) && !NUMBERED.test(next) && sub !== '' && isBody(sub)) {
      found.push({ start: line.start, caps: !/\p{Ll}/u.test(line.text), depth, sub: false, roman });
      if (!continuesOnNextLine(next, sub)) found.push({ start: lines[i + 1]!.start, caps: !/\p{Ll}/u.test(next), depth, sub: true, roman: false });
      continue;
    }
    // A chapter heading over its first subheading, a blank line between ("III. INNSATSOMRÅDER" over
    // "Innsatsområde 1: Digital skole" and its paragraph): the chapter's capitals or numeral rank it above.
    const caps = !/\p{Ll}/u.test(line.text);
    if (next === '' && titleLike(after) && (caps || roman) && /\p{Ll}/u.test(after) && isBody(nextText(lines, i + 3))) {
      found.push({ start: line.start, caps, depth, sub: false, roman });
      continue;
    }
    if (after !== '' && !isBody(after) && caps && next === '' && wrappedParagraph(lines, i + 2)) {
      found.push({ start: line.start, caps, depth, sub: false, roman, narrow: true });
      continue;
    }
    if (after === '' || !isBody(after)) {
      // A box of a poster or a strategy map: a heading in capitals directly over its box's lines, whatever they are
      // (a label "Mål", a wrapped sentence, a table's header, a line of years).
      if (caps && depth === 0 && !roman && next !== '') boxes.push({ start: line.start, caps, depth, sub: false, roman });
      continue;
    }
    found.push({ start: line.start, caps, depth, sub: false, roman });
  }
  // Only a layout of boxes (three or more headings in capitals directly over their lines) makes them headings; alone, a
  // line in capitals over a short line is a title block or emphasis.
  // There a line that opens several boxes ("Mål" under "INNBYGGER" and "MEDARBEIDER") is a label in each, no subheading.
  if ([...firstLines.values()].reduce((sum, count) => sum + count, 0) >= MIN_BOXES) {
    const lineAt = new Map(lines.map((l) => [l.start, l.text]));
    const label = (h: Candidate) => h.sub && (firstLines.get(lineAt.get(h.start) ?? '') ?? 0) >= 2;
    return [...found.filter((h) => !label(h)), ...boxes].sort((a, b) => a.start - b.start);
  }
  return found;
}
