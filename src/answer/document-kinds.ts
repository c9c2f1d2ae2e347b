import { DOCUMENT_KINDS } from '../../ingest/structure/document-kinds.ts';
import type { DocumentSummary } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';

/** Groups of names for one kind of strategy document, per language (data/document-kinds.json). */
const KINDS: string[][] = DOCUMENT_KINDS.map((kind) => kind.map((word) => normalize(word)));

/**
 * Among one organisation's strategies, those of the kind the question names ("action plan" →
 * "Tiltaksplan 2016–2018"): a title word must contain a name of the kind and the other strategies'
 * titles must lack it (a kind all of them share chooses nothing). Empty when the question names no
 * kind that tells them apart.
 */
export function documentsOfKind(question: string, siblings: DocumentSummary[]): DocumentSummary[] {
  const text = ` ${normalize(question).replace(/[^\p{L}\d\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  for (const kind of KINDS) {
    if (!kind.some((name) => text.includes(` ${name}`))) continue;
    const hasKind = (document: DocumentSummary) => {
      const title = normalize(document.title);
      return kind.some((name) => (name.includes(' ') ? title.includes(name) : title.split(/[^\p{L}-]+/u).some((word) => word.includes(name))));
    };
    const chosen = siblings.filter(hasKind);
    if (chosen.length > 0 && chosen.length < siblings.length) return chosen;
  }
  return [];
}

/**
 * The words a question gives beside a kind of document ("regional plan for digital transformation",
 * "strategien for velferdsteknologi", "Sandnes' digitalisation strategy"): they name that document, as its title does.
 */
export function wordsNamingDocument(question: string): Set<string> {
  const text = ` ${normalize(question).replace(/[^\p{L}\d\s'-]/gu, ' . ').replace(/\s+/g, ' ')} `;
  const names = KINDS.flat().map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // The words before the kind ("Sandnes' digitalisation strategy") and after it ("plan for digital transformation in Telemark").
  const pattern = new RegExp(`((?:[\\p{L}\\d'-]+ ){0,2})(?:${names.join('|')})\\p{L}*(?:'s)?(?: (?:for|of|on|om) ((?:(?!(?:til|to|and|og|\\.)\\s)[\\p{L}\\d-]+ ?){1,5}))?`, 'gu');
  const words = new Set<string>();
  for (const match of text.matchAll(pattern)) for (const word of `${match[1] ?? ''} ${match[2] ?? ''}`.split(/\s+/)) if (word) words.add(word);
  return words;
}

/** One-word names of kinds of document ("strategi", "handlingsplan"), for `namesDocumentKind`. */
const KIND_WORDS = KINDS.flat().filter((name) => !name.includes(' ')).map((name) => name.replace(/-/g, ''));
/** Endings an inflected kind word may have beyond the names listed ("digitaliseringsstrategien", "handlingsplanane"). */
const KIND_ENDING = /^(?:m?(?:en|et|a|ar|ane|er|ene|ens))?$/u;

/**
 * True for a word that only names a kind of document, alone or as a compound's last part
 * ("digitaliseringsstrategien", "IKT-strategi", "handlingsplanen"): in "Hva er målene i Bodøs
 * digitaliseringsstrategi?" it says which document, never what about. With `titles`, only a kind they have.
 */
export function namesDocumentKind(word: string, titles?: readonly string[]): boolean {
  const joined = normalize(word).replace(/-/g, '');
  const named = (kind: string) => {
    const at = joined.lastIndexOf(kind);
    return at >= 0 && KIND_ENDING.test(joined.slice(at + kind.length));
  };
  if (!titles) return KIND_WORDS.some(named);
  // Of given strategies: only a kind one of their titles has ("e-helseprogrammet" of «Programplan for e-helse …»,
  // not "velferdsteknologiprogrammet" of a «Tiltaksplan» whose budget has a programme line).
  const folded = titles.map((title) => normalize(title).replace(/-/g, ''));
  return KINDS.some((kind) => kind.some((name) => !name.includes(' ') && named(name.replace(/-/g, ''))) && folded.some((title) => kind.some((name) => title.includes(name.replace(/-/g, '')))));
}
