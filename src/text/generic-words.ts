import { readWordList } from './analyze.ts';

/** Words too general to name a topic alone, whatever their frequency (data/generic-words.txt). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(readWordList('generic-words.txt'));
