import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';
import { phrasePattern } from '../text/regexp.ts';
import { rowCells } from './lookup-sentences.ts';

/**
 * Responsibility matrices (RACI, "ansvarsmatrise"): a table whose rows are goals or measures and whose
 * columns are roles, each cell a letter — R does the work, A is accountable, C is consulted, I is
 * informed ("A/R" both). A question asking who does or answers for a goal is answered by the roles whose
 * cells in its row hold the letter asked. The question words are data (data/question-words.json `raci`).
 */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

const WORDS = (JSON.parse(readFileSync(fileURLToPath(new URL('../../data/question-words.json', import.meta.url)), 'utf8')) as { raci: Record<RaciLetter | '$comment', string[]> }).raci;
const LETTERS: RaciLetter[] = ['A', 'R', 'C', 'I'];
const ASKED = LETTERS.map((letter) => [letter, new RegExp(`(?<![\\p{L}])(?:${[...WORDS[letter]].map(normalize).sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})(?![\\p{L}])`, 'u')] as const);

/** What each letter says of the roles that hold it, per language. */
export const RACI_PHRASES: Record<'nb' | 'nn' | 'en', Record<RaciLetter, string>> = {
  nb: { R: 'utfører (R)', A: 'ansvarlig (A)', C: 'konsulteres (C)', I: 'informeres (I)' },
  nn: { R: 'utfører (R)', A: 'ansvarleg (A)', C: 'blir konsultert (C)', I: 'blir informert (I)' },
  en: { R: 'does the work (R)', A: 'accountable (A)', C: 'consulted (C)', I: 'informed (I)' },
};

/** The letter a question asks for ("Hvem utfører …" → R, "who is accountable" → A), or null. The longer wording wins where two match. */
export function raciAsked(question: string): RaciLetter | null {
  const normalized = normalize(question);
  const found = ASKED.flatMap(([letter, pattern]) => {
    const m = pattern.exec(normalized);
    return m ? [{ letter, length: m[0].length }] : [];
  });
  return found.sort((a, b) => b.length - a.length)[0]?.letter ?? null;
}

/**
 * The roles (header cells) whose cells in a row hold the letter: null where the row and header are no
 * responsibility matrix (fewer than two role columns of single letters) or no cell holds it.
 */
export function rolesWith(header: string, row: string, letter: RaciLetter): string[] | null {
  const names = rowCells(header);
  const values = rowCells(row);
  const isLetters = (cell: string) => /^(?:[RACI](?:\s*\/\s*[RACI])*|[–-])$/.test(cell);
  if (names.length !== values.length || values.filter(isLetters).length < 2) return null;
  const roles = values.flatMap((cell, i) => (isLetters(cell) && cell.split('/').map((part) => part.trim()).includes(letter) ? [names[i]!] : []));
  return roles.length > 0 ? roles : null;
}
