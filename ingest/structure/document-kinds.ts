import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Names for kinds of strategy documents (data/document-kinds.json): one group per kind, its names in
 * bokmål, nynorsk and English ("handlingsplan", "tiltaksplan", "action plan"), as written in the file.
 * Read by title detection here and by question reading in src/answer/document-kinds.ts.
 */
const FILE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/document-kinds.json', import.meta.url)), 'utf8')) as { kinds: string[][]; titleHeads: string[]; caseDocuments: string[] };
export const DOCUMENT_KINDS: readonly string[][] = FILE.kinds;

/** The last parts of compound words that name a document when they open a title ("plan" of "Kommunedelplan for …"). */
export const TITLE_HEADS: readonly string[] = FILE.titleHeads;

/** Words that name a political case document that adopts a strategy ("Saksframlegg", "Møtebok"). */
export const CASE_DOCUMENTS: readonly string[] = FILE.caseDocuments;
