import { analyze } from '../text/analyze.ts';
import { expandQuery, phraseStems, type Thesaurus } from './thesaurus.ts';

/** Longest user input that is analysed; the rest is ignored rather than refused. */
export const MAX_QUERY_CHARS = 1000;
const MAX_TERMS = 48;

/** A user's question turned into search terms: its own words and thesaurus expansions. */
export interface AnalysedQuery {
  text: string;
  /** Analysed terms of the question itself. */
  terms: string[];
  /** Analysed terms added by the thesaurus. */
  expansion: string[];
  /** Whole-word stems of the question and its expansions (no compound parts): what is highlighted. */
  core: string[];
}

export function analyseQuery(raw: string, thesaurus: Thesaurus): AnalysedQuery {
  const text = stripControl(raw).slice(0, MAX_QUERY_CHARS);
  const terms = unique(analyze(text)).slice(0, MAX_TERMS);
  const expansions = expandQuery(thesaurus, text);
  const expansion = unique(analyze(expansions.join(' '))).filter((term) => !terms.includes(term)).slice(0, MAX_TERMS);
  const core = unique([...phraseStems(text), ...expansions.flatMap(phraseStems)]);
  return { text, terms, expansion, core };
}

/**
 * An FTS5 MATCH expression that cannot be a syntax error: every term is a quoted string of letters
 * and digits, joined with OR. Returns null when nothing is left to search for.
 */
export function toFtsQuery(terms: string[]): string | null {
  const safe = unique(terms.map((term) => term.replace(/[^\p{L}\p{N}]/gu, '')).filter((term) => term.length > 0));
  return safe.length === 0 ? null : safe.map((term) => `"${term}"`).join(' OR ');
}

export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
