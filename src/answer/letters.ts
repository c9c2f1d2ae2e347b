import type { TermStats } from '../search/match.ts';
import { normalize, stem, STOP_WORDS } from '../text/analyze.ts';
import { ASCII_SPELLINGS, QUESTION_WORDS } from './question-words.ts';

/** The ASCII spellings of æ, ø and å (data/question-words.json `asciiSpellings`), longest first: "ae" → "æ", "o" → "ø". */
const RESTORE = Object.entries(ASCII_SPELLINGS)
  .flatMap(([letter, spellings]) => spellings.map((spelling) => ({ spelling, letter })))
  .sort((a, b) => b.spelling.length - a.spelling.length);

/**
 * A question typed without æ, ø and å ("Har Nordre Follo mal om apne data?"): each word no document holds
 * becomes the spelling with one of those letters restored that the documents hold most ("apne" → "åpne",
 * "mal" → "mål"); a word the documents hold stays as typed, unless it is a question word with its letter
 * restored ("mal" → "mål", "nar" → "når": data/question-words.json `questionWords`); a stop word with its letter
 * restored ("paa" → "på") only when no document holds the word as typed ("bor" stays); and a question that writes
 * æ, ø or å elsewhere keeps its other words as typed. A word of two letters
 * becomes the stop word it spells without its letter ("pa" → "på"); words with æ, ø or å already stay.
 */
export function restoreLetters(text: string, stats: TermStats): string {
  // A question that writes æ, ø or å somewhere ("kor fort nettet skal vere heime hjå folk") spells its other
  // words as meant: "fort" is not "ført" missing its letter.
  const writesLetters = /[æøå]/iu.test(text);
  return text.replace(/[\p{L}]+/gu, (word) => {
    const lower = normalize(word);
    // "pa", "na", "ar": a word of two letters is a stop word or question word typed without its letter ("på", "nå", "år").
    if (lower.length === 2 && !STOP_WORDS.has(lower)) return inCaseOf(word, restorings(lower).find((written) => STOP_WORDS.has(written) || QUESTION_WORDS.has(written)) ?? lower);
    // A stop word (nynorsk "vart", not "vårt") or a question word is no misspelling.
    if (lower.length < 3 || /[æøå]/.test(lower) || STOP_WORDS.has(lower) || QUESTION_WORDS.has(lower)) return word;
    const restored = restorings(lower);
    // "naar", "mal": a question word with its letter restored ("når", "mål").
    const asked = restored.find((written) => QUESTION_WORDS.has(written));
    if (asked) return inCaseOf(word, asked);
    if (writesLetters || stats.documentFrequency(stem(lower)) > 0) return word;
    // "faa", "paa", "ogsa": a stop word with its letter restored ("få", "på", "også"), unless the documents hold the
    // word as typed ("som bor hjemme" is not "som bør hjemme").
    const stopWord = restored.find((written) => STOP_WORDS.has(written));
    if (stopWord) return inCaseOf(word, stopWord);
    let best: { written: string; df: number } | null = null;
    for (const written of restored) {
      const df = stats.documentFrequency(stem(written));
      if (df > 0 && (!best || df > best.df)) best = { written, df };
    }
    return best ? inCaseOf(word, best.written) : word;
  });
}

/** The word with one ASCII spelling put back as the letter it stands for, at each place it stands ("apne" → "åpne", "apnø", …). */
function restorings(lower: string): string[] {
  const written: string[] = [];
  for (const { spelling, letter } of RESTORE) {
    for (let at = lower.indexOf(spelling); at >= 0; at = lower.indexOf(spelling, at + 1)) written.push(lower.slice(0, at) + letter + lower.slice(at + spelling.length));
  }
  return written;
}

/** `written` with the typed word's capital first letter ("Apne" → "Åpne"). */
function inCaseOf(typed: string, written: string): string {
  return typed.charAt(0) === typed.charAt(0).toUpperCase() ? written.charAt(0).toUpperCase() + written.slice(1) : written;
}
