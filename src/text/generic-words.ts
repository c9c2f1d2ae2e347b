import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from './analyze.ts';

/** Words too general to name a topic alone, whatever their frequency (data/generic-words.txt). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  readFileSync(fileURLToPath(new URL('../../data/generic-words.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .map((word) => normalize(word))
    .filter(Boolean),
);
