import { readFileSync } from 'node:fs';
import { normalize, STOP_WORDS, stem, tokenize } from '../text/analyze.ts';
import { GENERIC_WORDS } from '../text/generic-words.ts';
import { loadVocabulary, parseVocabulary, taggingLabels, type Vocabulary } from '../text/vocabulary.ts';

/**
 * The domain thesaurus: groups of Norwegian and English words and phrases that mean the same to a
 * planner, applied at query time only. It is a view over the theme vocabulary (data/themes.json):
 * one group per theme (every label, plus its search-only words) and one per equivalence group.
 */
export interface Thesaurus {
  /** Each group's members, as whole-word stem sequences. */
  groups: Array<{ members: string[][]; phrases: string[] }>;
}


/** Whole-word stems, stop words dropped: the key a phrase is matched on. */
export function phraseStems(text: string): string[] {
  return tokenize(text)
    .map((token) => token.word.replace(/[-']/g, ''))
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map(stem);
}

/** The thesaurus of the theme vocabulary (data/themes.json by default, or another vocabulary file). */
export function loadThesaurus(path?: string): Thesaurus {
  return thesaurusOf(path === undefined ? loadVocabulary() : parseVocabulary(readFileSync(path, 'utf8'), path));
}

/** The vocabulary seen as groups of equivalent phrases. */
export function thesaurusOf(vocabulary: Vocabulary): Thesaurus {
  // Tag-only labels find the theme in a text, but never widen a search.
  const themeGroups = vocabulary.themes.map((theme) => [...taggingLabels(theme).filter((label) => !theme.tagOnly.includes(label)), ...theme.searchOnly]);
  const group = (labels: string[], isTheme: boolean) => {
    const phrases = [...new Set(labels.map((phrase) => phrase.toLowerCase()))];
    // A theme's label of several words that leaves one short or generic word without its stop words
    // ("ikke er digitale", "svar ut", "log in") does not mean that word alone: it would match any text holding it.
    const lone = (phrase: string, stems: string[]) => isTheme && stems.length === 1 && /\s/.test(phrase.trim()) && (stems[0]!.length < 5 || phrase.split(/\s+/).some((word) => GENERIC_WORDS.has(normalize(word)) && stem(normalize(word)) === stems[0]));
    const members = phrases.map((phrase) => ({ phrase, stems: phraseStems(phrase) })).filter(({ phrase, stems }) => stems.length > 0 && !lone(phrase, stems));
    return { phrases, members: members.map(({ stems }) => stems) };
  };
  return { groups: [...themeGroups.map((labels) => group(labels, true)), ...vocabulary.equivalences.map((labels) => group(labels, false))] };
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
