import { GENERIC_SHARE, type ConceptQuery, type TermStats } from '../search/match.ts';
import { analyze } from '../text/analyze.ts';
import { findThemeLabels, loadVocabulary, themesIn } from '../text/vocabulary.ts';
import { QUESTION_WORDS } from './question-words.ts';

/**
 * How specific a piece of evidence is to what a comparison asks: planners often ask for something
 * inside a theme ("smartby-satsingen", "nasjonale felleskomponenter"), and the goal or passage they
 * expect is the one naming the question's own rare words or the theme's items, not the first one the
 * theme finds. Evidence is ranked by
 * - the question's specific words it holds: stems of the topic (its compound parts too, so
 *   "smartby-satsingen" gives "smartby"), rare in the corpus (in at most GENERIC_SHARE of the
 *   passages) and no question wording (data/question-words.json: "satsing"); stems, so variants
 *   count ("regionalt" → "regionale");
 * - the narrower themes of the concept it names: a passage listing "ID-porten, Kontakt- og
 *   reservasjonsregisteret, Digital postkasse, FEIDE" names four of "nasjonale felleskomponenter"'s,
 *   one on standards and felleskomponenter none.
 * The named themes' own words count for nothing: every item shown names the theme already, and
 * "skolen" would otherwise put a goal saying "skole" before one on «digitalt læringsverktøy».
 */
export interface Specificity {
  /** The question's specific stems (beyond the themes it names). */
  stems: Set<string>;
  /** How many of the stems and of the concept's themes the text holds (0: none). */
  of(text: string): number;
}

const QUESTION_STEMS = new Set([...QUESTION_WORDS].flatMap((word) => analyze(word)));

export function specificity(topic: string, concept: ConceptQuery, stats: TermStats): Specificity {
  const vocabulary = loadVocabulary();
  // The named themes' own words say no more than the theme: every item shown already names it.
  const labelStems = new Set(
    concept.named.flatMap((id) => {
      const theme = vocabulary.byId.get(id);
      return theme ? [...Object.values(theme.prefLabel), ...Object.values(theme.altLabel).flat(), ...theme.hiddenLabel].flatMap((label) => analyze(label)) : [];
    }),
  );
  const stems = new Set(
    analyze(topic).filter((stem) => {
      if (stem.length <= 3 || QUESTION_STEMS.has(stem) || labelStems.has(stem)) return false;
      const df = stats.documentFrequency(stem);
      return df > 0 && df <= stats.passages * GENERIC_SHARE;
    }),
  );
  const themes = new Set(concept.kind === 'theme' ? concept.themes.filter((id) => !concept.named.includes(id)) : []);
  return {
    stems,
    of(text: string): number {
      if (stems.size === 0 && themes.size === 0) return 0;
      const terms = new Set(analyze(text));
      const held = [...stems].filter((stem) => terms.has(stem)).length;
      const named = themes.size > 0 ? [...themesIn(vocabulary, text)].filter((id) => themes.has(id)).length : 0;
      return held + named;
    },
  };
}

/** The items, most specific first (a stable sort: equally specific items keep their order). */
export function mostSpecificFirst<T>(items: T[], text: (item: T) => string, specific: Specificity): T[] {
  const scored = items.map((item, i) => ({ item, i, score: specific.of(text(item)) }));
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map(({ item }) => item);
}

/**
 * The topic without question wording joined to it by a hyphen: "smartby-satsingen" → "smartby"
 * ("satsing" is a question word, data/question-words.json). The compound as a whole is in no
 * strategy, its subject part is; one that opens a theme's label stays whole.
 */
export function withoutAskedParts(topic: string): string {
  const asked = (part: string) => {
    const stems = analyze(part);
    return stems.length > 0 && stems.every((stem) => QUESTION_STEMS.has(stem));
  };
  // A compound written as in a theme's label stays whole ("two-factor login"): "two" is no question word there.
  const labelled = new Set(findThemeLabels(loadVocabulary(), topic).flatMap((match) => match.label.toLowerCase().split(/\s+/)));
  return topic.replace(/(?<![\p{L}\d-])([\p{L}\d]+)-([\p{L}\d]+)(?![\p{L}\d-])/gu, (whole, first: string, second: string) =>
    labelled.has(whole) ? whole : asked(second) && !asked(first) ? first : asked(first) && !asked(second) ? second : whole,
  );
}
