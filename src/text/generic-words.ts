import { readWordList, stem } from './analyze.ts';

/** Words too general to name a topic alone, whatever their frequency (data/generic-words.txt). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(readWordList('generic-words.txt'));

const GENERIC_STEMS: ReadonlySet<string> = new Set([...GENERIC_WORDS].map((word) => stem(word)));

/** True for a generic word in any inflection the list does not write ("digitaliseringa" of "digitalisering"). */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(word) || GENERIC_STEMS.has(stem(word));
}
