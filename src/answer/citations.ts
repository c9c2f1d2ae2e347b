import type { DocumentSummary, PassageRow } from '../store/index.ts';
import { sectionLabel } from '../store/index.ts';
import { PHRASES, type Language } from './language.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** One numbered piece of evidence behind an answer. */
export interface Citation {
  /** The number used in the answer text: "[n]". */
  n: number;
  passageId: number;
  documentId: string;
  organisation: string;
  title: string;
  /** "3.7 Innsatsområde 3: Velferdsteknologi". */
  section: string;
  page: number;
  /** False when the source has no page numbers (text without page markers): cite the section, not `page`. */
  paged: boolean;
  /** Verbatim text of the cited passage. */
  quote: string;
  url: string;
}

/** Collects citations in order of first use; citing the same passage and quote twice reuses its number. */
export class CitationList {
  readonly items: Citation[] = [];

  cite(passage: PassageRow, document: DocumentSummary, wanted: string): number {
    return this.citeExact(passage, document, findQuote(passage.text, wanted));
  }

  /** Cites `quote`, which must be verbatim text of the passage (falls back to finding it when it is not). */
  citeExact(passage: PassageRow, document: DocumentSummary, exact: string): number {
    const quote = passage.text.includes(exact) ? exact : findQuote(passage.text, exact);
    const existing = this.items.find((item) => item.passageId === passage.id && item.quote === quote);
    if (existing) return existing.n;
    const n = this.items.length + 1;
    this.items.push({
      n, passageId: passage.id, documentId: document.id, organisation: document.organisation, title: document.title,
      section: sectionLabel(passage.section.number, passage.section.title), page: passage.page, paged: document.paged !== false, quote, url: passage.url,
    });
    return n;
  }
}

/**
 * Where in a document something is, for running text: "s. 11" / "p. 11" when the document has pages,
 * else its section ("avsnitt «8.1 Investeringstiltak»"), never a made-up page 1.
 */
export function placeOf(document: Pick<DocumentSummary, 'paged'>, page: number, section: string, language: Language): string {
  const phrases = PHRASES[language];
  if (document.paged !== false) return `${phrases.page} ${page}`;
  return section ? `${phrases.section} «${section}»` : '';
}

/**
 * The exact text of `passage` that best matches `wanted`: `wanted` itself where the passage holds it
 * (whitespace aside), else the longest run of its leading words, else the passage's first sentence.
 */
export function findQuote(passage: string, wanted: string): string {
  const words = wanted.trim().split(/\s+/).filter(Boolean).slice(0, 60);
  for (let count = words.length; count >= Math.min(4, words.length) && count > 0; count--) {
    const pattern = new RegExp(words.slice(0, count).map(escapeRegExp).join('\\s+'), 'u');
    const m = pattern.exec(passage);
    if (m) return extendToSentence(passage, m.index, m.index + m[0].length, count === words.length);
  }
  return firstSentence(passage);
}

function extendToSentence(passage: string, start: number, end: number, complete: boolean): string {
  if (complete) return passage.slice(start, end);
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = end;
  const m = stop.exec(passage);
  return passage.slice(start, m ? m.index + 1 : Math.min(passage.length, end + 200));
}

export function firstSentence(passage: string): string {
  const m = /^[\s\S]{20,400}?[.!?](?=\s|$)/.exec(passage);
  return (m ? m[0] : passage.slice(0, 300)).trim();
}

