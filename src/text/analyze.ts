import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import snowball from 'snowball-stemmers';

/**
 * Norwegian text analysis shared by indexing, search, embeddings and answers: normalisation that
 * keeps æ/ø/å distinct, tokenising, stop words, the Snowball Norwegian stemmer, and compound
 * splitting against a word list in data/ (so "velferdsteknologiprogrammet" also yields
 * "velferdsteknologi", "velferd", "teknologi" and "program").
 */

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const stemmer = snowball.newStemmer('norwegian');

/** A word list of data/ (one or more words per line, lines starting with # are comments), normalised. */
export function readWordList(file: string): string[] {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .map((word) => normalize(word))
    .filter(Boolean);
}

/** Lowercases and folds foreign diacritics (é → e, ö → ø, ä → æ) while keeping æ, ø and å. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII and æ/ø/å (nearly all Norwegian text) has nothing to fold: skip the Unicode passes.
  if (!/[^\u0000-\u007fæøå]/.test(lower)) return lower;
  return lower
    .replace(/ö/g, 'ø')
    .replace(/ä/g, 'æ')
    .normalize('NFD')
    .replace(/([^a\u030a])[\u0300-\u036f]+/g, '$1') // strip combining marks except the ring of å
    .normalize('NFC');
}

export const STOP_WORDS: ReadonlySet<string> = new Set(readWordList('stopwords.txt'));
/** How æ, ø and å are written without them (data/question-words.json `asciiSpellings`), each way. */
const ASCII = (JSON.parse(readFileSync(`${DATA_DIR}question-words.json`, 'utf8')) as { asciiSpellings: Record<string, string[]> }).asciiSpellings;

/** A word written without æ, ø and å: once with each letter's first spelling, once with its second ("grønn" → "gronn", "groenn"). */
export function asciiForms(word: string): string[] {
  if (!/[æøå]/iu.test(word)) return [];
  return [...new Set([0, 1].map((choice) => word.replace(/[æøå]/giu, (letter) => ASCII[letter.toLowerCase()]?.[choice] ?? ASCII[letter.toLowerCase()]?.[0] ?? letter)))];
}

/**
 * The parts compounds are split into, each also as typed without æ, ø and å where that leaves four
 * letters or more ("sikkerhetsopplaring" splits like "sikkerhetsopplæring"; "mål" gives no "mal").
 */
const COMPOUND_PARTS: ReadonlySet<string> = new Set(
  readWordList('compound-parts.txt')
    .filter((word) => word.length >= 2)
    .flatMap((word) => [word, ...asciiForms(word).filter((form) => form.length >= 4)]),
);
const MAX_PART = Math.max(...[...COMPOUND_PARTS].map((word) => word.length));

/** A word of the text with its position. */
export interface Token {
  /** Normalised surface form. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\d]+(?:[-'][\p{L}\d]+)*/gu;

/** Words of the text (hyphenated words stay whole here), with character offsets. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: normalize(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Snowball's Norwegian stem, with verbal nouns joined to their verbs (investering/investerer → invester). */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  const stemmed = stemmer.stem(word);
  return stemmed.length >= 8 && stemmed.endsWith('ering') ? stemmed.slice(0, -3) : stemmed;
}

/**
 * Splits a compound into known parts, allowing linking -s-/-e- and an inflected last part.
 * Returns the surface spans of the parts (linking letters excluded, so a span may end before the
 * next starts), or null when the word is not a known compound.
 */
export function splitCompound(word: string): Array<{ start: number; end: number }> | null {
  if (word.length < 7) return null;
  const memo = new Map<number, Array<{ start: number; end: number }> | null>();
  const walk = (i: number): Array<{ start: number; end: number }> | null => {
    if (memo.has(i)) return memo.get(i) ?? null;
    let best: Array<{ start: number; end: number }> | null = null;
    for (let length = Math.min(MAX_PART, word.length - i); length >= 2; length--) {
      const part = word.slice(i, i + length);
      if (!COMPOUND_PARTS.has(part)) continue;
      const end = i + length;
      const rest = word.length - end;
      // The last part may carry an inflection (programmet, løsningene).
      if (rest <= 4 && i > 0 && /^\p{L}*$/u.test(word.slice(end))) {
        best = [{ start: i, end: word.length }];
        break;
      }
      for (const link of ['', 's', 'e']) {
        if (link && word[end] !== link) continue;
        const tail = walk(end + link.length);
        if (tail) {
          const candidate = [{ start: i, end }, ...tail];
          if (!best || candidate.length < best.length) best = candidate;
        }
      }
      if (best) break;
    }
    memo.set(i, best);
    return best;
  };
  const parts = walk(0);
  return parts && parts.length >= 2 ? parts : null;
}

/**
 * Index terms of one word: its stem, and for compounds the stems of each part and of each run of
 * adjacent parts ("velferdsteknologiprogrammet" → velferdsteknologiprogramm, velferd, teknologi,
 * program, velferdsteknologi, teknologiprogramm). Hyphenated words also yield their joined form.
 */
export function wordTerms(word: string): readonly string[] {
  const known = termCache.get(word);
  if (known) return known;
  const terms = computeWordTerms(word);
  // Words repeat endlessly in a corpus: remember the latest ones (a bounded map, cleared when full).
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(word, terms);
  return terms;
}

const TERM_CACHE_SIZE = 100_000;
const termCache = new Map<string, readonly string[]>();

function computeWordTerms(word: string): string[] {
  if (STOP_WORDS.has(word)) return [];
  const terms = new Set<string>();
  const pieces = word.split(/[-']/).filter(Boolean);
  const joined = pieces.join('');
  if (joined.length >= 2) terms.add(stem(joined));
  if (pieces.length > 1) for (const piece of pieces) if (piece.length >= 3 && !STOP_WORDS.has(piece)) terms.add(stem(piece));
  for (const piece of pieces.length > 1 ? [joined, ...pieces] : [joined]) {
    const parts = splitCompound(piece);
    if (!parts) continue;
    for (let a = 0; a < parts.length; a++) {
      for (let b = a; b < parts.length; b++) {
        if (a === 0 && b === parts.length - 1) continue;
        const surface = piece.slice(parts[a]?.start ?? 0, parts[b]?.end ?? 0);
        // A part of two letters is kept as written where the list names it ("by" in "byløsninger").
        if (surface.length >= 3) terms.add(stem(surface));
        else if (COMPOUND_PARTS.has(surface)) terms.add(surface);
      }
    }
  }
  return [...terms];
}

/** All index terms of a text, in order (duplicates kept: counts matter for ranking). */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((token) => wordTerms(token.word));
}
