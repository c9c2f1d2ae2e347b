import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STOP_WORDS, stem, tokenize } from '../text/analyze.ts';

/**
 * The domain thesaurus (data/thesaurus.json): groups of Norwegian and English words and phrases
 * that mean the same to a planner. Applied at query time only.
 */
export interface Thesaurus {
  /** Each group's members, as whole-word stem sequences. */
  groups: Array<{ members: string[][]; phrases: string[] }>;
}

const DEFAULT_PATH = fileURLToPath(new URL('../../data/thesaurus.json', import.meta.url));

/** Whole-word stems, stop words dropped: the key a phrase is matched on. */
export function phraseStems(text: string): string[] {
  return tokenize(text)
    .map((token) => token.word.replace(/[-']/g, ''))
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map(stem);
}

export function loadThesaurus(path: string = DEFAULT_PATH): Thesaurus {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { groups?: unknown };
  if (!Array.isArray(parsed.groups)) throw new Error(`${path}: expected { "groups": [[…], …] }`);
  return {
    groups: parsed.groups.map((group) => {
      const phrases = (group as unknown[]).map(String);
      return { phrases, members: phrases.map(phraseStems).filter((member) => member.length > 0) };
    }),
  };
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The groups a text mentions, by index. */
export function matchGroups(thesaurus: Thesaurus, text: string): number[] {
  const stems = phraseStems(text);
  return thesaurus.groups.flatMap((group, index) => (group.members.some((member) => containsSequence(stems, member)) ? [index] : []));
}

/** The phrases to add to a query: every member of every group the query mentions. */
export function expandQuery(thesaurus: Thesaurus, text: string): string[] {
  return [...new Set(matchGroups(thesaurus, text).flatMap((index) => thesaurus.groups[index]?.phrases ?? []))];
}
