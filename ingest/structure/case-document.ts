import type { PageStart, Section } from '../model.ts';
import { withAddedHeadings } from './added-headings.ts';
import { CASE_DOCUMENTS, CASE_HEADINGS, CASE_MEETING_HEADINGS } from './document-kinds.ts';
import { opensWithEmailHeader } from './email.ts';

/**
 * A political case document (saksframlegg, møtebok, særutskrift) that carries the strategy it adopts as an
 * attachment: its own parts ("Rådmannens innstilling:", "Saksopplysninger", "Vurdering", "Økonomiske
 * konsekvenser") stand as unnumbered headings before the strategy's numbered chapters. The words are data
 * (data/document-kinds.json `caseDocuments`, `caseHeadings`); this module knows only the layout.
 */

/** How far into the text the word naming a case document ("SAKSFRAMLEGG") may stand. */
const CASE_WORD_WITHIN = 600;

const fold = (line: string) => line.toLowerCase().replace(/[^\p{L} ]/gu, '').replace(/\s+/g, ' ').trim();

/** How far a printed e-mail's messages may run before the case document it forwards ("-----Opphavleg melding-----" / "SAKSUTGREIING"). */
const FORWARDED_CASE_WITHIN = 6000;

/** True when a line of the opening text names a case document alone ("SAKSFRAMLEGG", "Møtebok"), or of a printed e-mail that forwards one. */
export function isCaseDocument(text: string): boolean {
  return text
    .slice(0, opensWithEmailHeader(text) ? FORWARDED_CASE_WITHIN : CASE_WORD_WITHIN)
    .split('\n')
    .some((line) => CASE_DOCUMENTS.includes(fold(line)));
}

const HEADINGS = new Set(CASE_HEADINGS);

/** A date in a heading: "20.05.2025", "5. juni 2025". */
const DATE = /\b\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}{3,9}\s)\s?(?:19|20)\d{2}\b/u;

/** "Behandling i Formannskapet – 20.05.2025", "Vedtak i kommunestyret 05.06.2025": a meeting's part of the case, named with its body and date. */
function namesMeeting(title: string): boolean {
  const m = /^(\p{L}+)\s+i\s+\S/u.exec(title);
  return m !== null && CASE_MEETING_HEADINGS.includes(m[1]!.toLowerCase()) && DATE.test(title);
}

/** A case heading found in the text: where its line starts and its title without the colon. */
export interface CaseHeading {
  start: number;
  title: string;
}

/** The lines of a case document that are headings of its own parts, each alone on its line (a colon after it allowed). */
export function caseHeadings(text: string): CaseHeading[] {
  if (!isCaseDocument(text)) return [];
  const found: CaseHeading[] = [];
  for (const m of text.matchAll(/^[^\n]{3,60}$/gm)) {
    const title = m[0].trim().replace(/\s*:$/, '');
    // "SAKSUTGREIING" in capitals over the case's fields is its kind, printed as "SAKSFRAMLEGG" is on top, no part of it.
    const kindLabel = CASE_DOCUMENTS.includes(fold(title)) && !/\p{Ll}/u.test(title);
    if ((HEADINGS.has(fold(title)) || namesMeeting(title)) && !kindLabel && !/[:.]\s*\p{L}/u.test(title)) found.push({ start: m.index, title });
  }
  return found;
}

/** The sections with a case document's own headings added at the top level, unnumbered; other documents' sections unchanged. */
export function withCaseHeadings(text: string, pageStarts: PageStart[], sections: Section[]): Section[] {
  return withAddedHeadings(text, pageStarts, sections, caseHeadings(text));
}
