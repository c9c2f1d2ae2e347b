import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Names for kinds of strategy documents (data/document-kinds.json): one group per kind, its names in
 * bokmål, nynorsk and English ("handlingsplan", "tiltaksplan", "action plan"), as written in the file.
 * Read by title detection here and by question reading in src/answer/document-kinds.ts.
 */
const FILE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/document-kinds.json', import.meta.url)), 'utf8')) as { kinds: string[][]; titleHeads: string[]; caseDocuments: string[]; caseHeadings: string[]; caseMeetingHeadings: string[] };
export const DOCUMENT_KINDS: readonly string[][] = FILE.kinds;

/** The last parts of compound words that name a document when they open a title ("plan" of "Kommunedelplan for …"). */
export const TITLE_HEADS: readonly string[] = FILE.titleHeads;

/** Words that name a political case document that adopts a strategy ("Saksframlegg", "Møtebok"). */
export const CASE_DOCUMENTS: readonly string[] = FILE.caseDocuments;

/** Headings of a case document's own parts ("Rådmannens innstilling", "Saksopplysninger", "Vurdering"), lowercase. */
export const CASE_HEADINGS: readonly string[] = FILE.caseHeadings;

/** Words that head a meeting's handling or decision of a case, with the meeting named after them ("Behandling i …", "Vedtak i …"), lowercase. */
export const CASE_MEETING_HEADINGS: readonly string[] = FILE.caseMeetingHeadings;
