import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdoptionRecord, PageStart, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';
import { DOCUMENT_KINDS, TITLE_HEADS } from './document-kinds.ts';

/**
 * The minutes of a political meeting (møteprotokoll, møtebok) in which a strategy is one of the cases: a
 * header (the organisation, "MØTEPROTOKOLL", the body, "Møtedato: 16.03.2026"), a list of cases ("SAKSLISTE"),
 * then each case under its heading ("PS 15/26 Digitaliseringsstrategi for Enebakk kommune 2026–2030") with the
 * labelled parts of its handling ("Forslag til vedtak …:", "Behandling:", "Votering:", "KS-15/26 Vedtak:"), and
 * the signatures. The words are data (data/meeting-minutes.json); this module knows the layout:
 * - the sections: the list of cases, each case (level 1, numbered "PS 15/26"), its parts (level 2) and the
 *   signatures;
 * - the strategy the minutes deal with: the case whose title names a kind of document;
 * - its adoption: the meeting's date and body, when that body adopts (a council), with the case's number.
 */

interface MinutesWords {
  minutesWords: string[];
  casePrefixes: string[];
  caseListHeadings: string[];
  closingHeadings: string[];
  caseParts: string[];
  partSuffixes: string[];
  meetingDateFields: string[];
}

const WORDS = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/meeting-minutes.json', import.meta.url)), 'utf8')) as MinutesWords;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const fold = (line: string) => line.toLowerCase().replace(/[^\p{L}\d ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** How far into the text the word naming the minutes ("MØTEPROTOKOLL") may stand. */
const MINUTES_WORD_WITHIN = 600;
/** How many case headings make a text the minutes of a meeting. */
const MIN_CASES = 2;

/** A case's prefix and number: "PS 15/26", "RS 2/26", "FS-21/26". */
const CASE_NUMBER = String.raw`(?:${WORDS.casePrefixes.map(escape).join('|')})[ -]?\d{1,4}\/\d{2,4}`;
/** "PS 15/26 Digitaliseringsstrategi …": a case heading, its number and its title (not an archive number: "PS 15/26 25/1877 …" is a row of the list of cases). */
const CASE_LINE = new RegExp(String.raw`^(${CASE_NUMBER})[ \t]+(?![\d(])(\S[^\n]{1,160})$`, 'u');
/** The case number ("15/26") of a section numbered by a political case ("PS 15/26", "KS-15/26", "Sak 3/2025"); null for any other number. */
export function caseNumberOf(sectionNumber: string | null): string | null {
  return sectionNumber ? (/^\p{L}{1,4}[\s-]*(\d{1,4}\/\d{2,4})$/u.exec(sectionNumber.trim())?.[1] ?? null) : null;
}

/** A case number before a part's label ("KS-15/26 Vedtak"). */
const CASE_ID = /^(\p{Lu}{1,4}[ -]?\d{1,4}\/\d{2,4})\s+/u;
const PARTS = new Set(WORDS.caseParts);
const SUFFIX = new RegExp(String.raw`\s+(?:${WORDS.partSuffixes.map(escape).join('|')})$`, 'iu');

/** A heading found in the minutes: where its line starts, its level, number and title. */
export interface MinutesHeading {
  start: number;
  level: 1 | 2;
  number: string | null;
  title: string;
}

/** The lines of a text with their offsets, and whether a blank line (or the text's start) stands before each. */
function linesOf(text: string): Array<{ start: number; line: string; afterBlank: boolean }> {
  const lines: Array<{ start: number; line: string; afterBlank: boolean }> = [];
  let at = 0;
  let previous = '';
  for (const raw of text.split('\n')) {
    lines.push({ start: at, line: raw.trim(), afterBlank: previous === '' });
    previous = raw.trim();
    at += raw.length + 1;
  }
  return lines;
}

/** True when a line of the opening text names the minutes of a meeting alone ("MØTEPROTOKOLL", "Møtebok"). */
function namesMinutes(text: string): boolean {
  return text
    .slice(0, MINUTES_WORD_WITHIN)
    .split('\n')
    .some((line) => WORDS.minutesWords.includes(fold(line)));
}

/** A part's label alone on its line, ending in a colon: its case number and title, or null. */
function partLabel(line: string): { number: string | null; title: string } | null {
  if (!line.endsWith(':') || line.length > 80) return null;
  const label = line.slice(0, -1).trim();
  const id = CASE_ID.exec(label);
  const title = id ? label.slice(id[0].length) : label;
  const bare = fold(title.replace(/\s*\([^()]*\)$/, '').replace(SUFFIX, ''));
  return PARTS.has(bare) ? { number: id?.[1] ?? null, title } : null;
}

/**
 * The headings of the minutes of a meeting, or null when the text is none: the list of cases and the
 * signatures (level 1), each case (level 1), and the labelled parts of a case's handling (level 2).
 */
export function minutesHeadings(text: string): MinutesHeading[] | null {
  if (!namesMinutes(text)) return null;
  const headings: MinutesHeading[] = [];
  let inCase = false;
  for (const { start, line, afterBlank } of linesOf(text)) {
    if (!afterBlank || line === '') continue;
    const part = inCase ? partLabel(line) : null;
    if (part) {
      headings.push({ start, level: 2, ...part });
      continue;
    }
    const heading = line.endsWith(':') ? null : CASE_LINE.exec(line);
    if (heading) {
      headings.push({ start, level: 1, number: heading[1]!.replace(/\s+/g, ' '), title: heading[2]!.trim() });
      inCase = true;
      continue;
    }
    const folded = fold(line);
    if (WORDS.caseListHeadings.includes(folded) || WORDS.closingHeadings.includes(folded)) {
      headings.push({ start, level: 1, number: null, title: line });
      inCase = false;
    }
  }
  return headings.filter((heading) => heading.number !== null && heading.level === 1).length >= MIN_CASES ? headings : null;
}

/** The section tree of the minutes: the preamble under the document's title, then the headings with their parts under them. */
export function minutesSections(text: string, pageStarts: PageStart[], headings: MinutesHeading[], title: string): Section[] {
  const sections: Section[] = [];
  const first = headings[0]?.start ?? text.length;
  if (first > 0) sections.push({ number: null, title, level: 0, parent: null, start: 0, end: first, pageFrom: pageAt(pageStarts, 0), pageTo: pageAt(pageStarts, Math.max(0, first - 1)) });
  let parent: number | null = null;
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    if (heading.level === 1) parent = sections.length;
    sections.push({
      number: heading.number,
      title: heading.title,
      level: heading.level,
      parent: heading.level === 2 ? parent : null,
      start: heading.start,
      end,
      pageFrom: pageAt(pageStarts, heading.start),
      pageTo: pageAt(pageStarts, Math.max(heading.start, end - 1)),
    });
  });
  return sections;
}

/** Words that name a kind of document, and the last parts of words that name one (data/document-kinds.json). */
const KIND_WORDS = DOCUMENT_KINDS.flat().map((word) => word.toLowerCase());
const namesDocument = (title: string) => {
  const folded = title.toLowerCase();
  return KIND_WORDS.some((word) => folded.includes(word)) || folded.split(/\s+/).some((word) => TITLE_HEADS.some((head) => word.endsWith(head)));
};

/** The case of the minutes that deals with a strategy or plan: the first whose title names a kind of document, with a period of years if one has. */
export function strategyCase(text: string): MinutesHeading | null {
  const cases = (minutesHeadings(text) ?? []).filter((heading) => heading.level === 1 && heading.number !== null && namesDocument(heading.title));
  return cases.find((heading) => /(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}/.test(heading.title)) ?? cases[0] ?? null;
}

const DATE_FIELD = new RegExp(String.raw`^[ \t]*(?:${WORDS.meetingDateFields.map(escape).join('|')})[ \t]*:[ \t]*(\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+\p{L}+\s+\d{4})`, 'imu');

/**
 * The adoption the minutes record: the strategy's case, decided at the meeting on its date by its body (the
 * line under the minutes word, "Kommunestyret"), when `isFinalBody` says that body adopts. Null otherwise.
 */
export function minutesAdoption(text: string, isFinalBody: (body: string) => boolean, isoDate: (raw: string) => string | null): Omit<AdoptionRecord, 'municipality'> | null {
  const found = strategyCase(text);
  const date = DATE_FIELD.exec(text.slice(0, found?.start ?? 0));
  if (!found || !date) return null;
  const lines = text.slice(0, MINUTES_WORD_WITHIN).split('\n').map((line) => line.trim());
  const word = lines.findIndex((line) => WORDS.minutesWords.includes(fold(line)));
  const body = lines.slice(word + 1).find((line) => line !== '') ?? '';
  if (!isFinalBody(body) || body.length > 60) return null;
  const caseNumber = caseNumberOf(found.number);
  return { body, date: isoDate(date[1]!), caseNumber };
}
