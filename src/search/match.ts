import { analyze, normalize } from '../text/analyze.ts';
import { matchGroups, phraseStems, type Thesaurus } from './thesaurus.ts';

/**
 * Topic matching for goals, budget rows and coverage: the question's topic as a list of concepts,
 * each a set of equivalent phrases (from the thesaurus, or the word itself). A text matches a
 * concept when it contains all the stems of one of its phrases, counting compound parts, so
 * "velferdsteknologiprogrammet" matches "velferdsteknologi".
 */
export interface TopicMatcher {
  concepts: string[][][];
  /** Substrings one of which every matching text contains (for a SQL prefilter); null: no topic. */
  fragments: string[] | null;
  /** Fraction of concepts the text matches (0 … 1). */
  score(text: string): number;
  matches(text: string): boolean;
}

export function createTopicMatcher(topic: string, thesaurus: Thesaurus): TopicMatcher {
  const text = normalize(topic);
  const groups = matchGroups(thesaurus, text);
  const concepts: string[][][] = groups.map((index) => (thesaurus.groups[index]?.members ?? []).filter((member) => member.length > 0));
  const covered = new Set(concepts.flat(2));
  for (const stem of phraseStems(text)) if (!covered.has(stem)) concepts.push([[stem]]);
  const score = (candidate: string) => {
    if (concepts.length === 0) return 0;
    // Stems are prefixes of word forms and compound parts substrings of words: a cheap test first.
    const lower = normalize(candidate);
    if (!concepts.some((concept) => concept.some((member) => member.every((stem) => lower.includes(stem))))) return 0;
    const terms = new Set(analyze(candidate));
    const hit = concepts.filter((concept) => concept.some((member) => member.every((stem) => terms.has(stem)))).length;
    return hit / concepts.length;
  };
  // A text matches some member only if it contains that member's first stem.
  const fragments = concepts.length === 0 ? null : [...new Set(concepts.flatMap((concept) => concept.map((member) => member[0] ?? '')).filter(Boolean))];
  return { concepts, fragments, score, matches: (candidate) => score(candidate) > 0 };
}
