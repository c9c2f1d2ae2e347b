import { conceptWords, resolveConcept, type ConceptQuery, type TermStats } from '../search/match.ts';
import { countRows, listThemeTags, type Db } from '../store/index.ts';
import { analyze } from '../text/analyze.ts';
import { findThemeLabels, loadVocabulary, withNarrower, withoutExamples } from '../text/vocabulary.ts';
import { QUESTION_WORDS } from './question-words.ts';

/**
 * The parts of a comparison's topic, each weighted by how rare it is in the corpus: the themes it
 * names and its own specific words beside them. "innbyggernes tilfredshet med de digitale tjenestene"
 * has three: the theme «selvbetjening og digitale tjenester» (common), "innbyggernes" and "tilfredshet"
 * (rare, shown by "fornøyd" too); "digitale tjenester på samisk" two themes, «samisk» the rarer. A
 * quote that shows only the commonest part (a goal on digital services) does not show what is asked
 * where another quote shows more of it, and a side whose best evidence shows far less of the topic
 * than another side's has nothing on the topic itself.
 */
export interface TopicParts {
  parts: Array<{ label: string; kind: 'theme' | 'word'; weight: number; shows: (text: string) => boolean }>;
  /** The summed weight of the parts the text shows (0: none). */
  score(text: string): number;
  /** The same, of the named themes only: what decides whether a side has anything on the topic. */
  themeScore(text: string): number;
}

const QUESTION_STEMS = new Set([...QUESTION_WORDS].flatMap((word) => analyze(word)));

/**
 * A quote is kept when it shows at least this share of what the side's best evidence shows: two parts
 * of about equal weight both count ("innovative anskaffelser": a goal on innovasjon, a passage on
 * innkjøp), a common word beside the best part does not ("digital post til innbyggerne": a goal naming
 * only "innbyggernes"). Tuned on the tune half of the golden answers.
 */
export const TOP_SHARE = 0.7;

/** A side whose best evidence scores below this share of the best side's shows too little of the topic to count. */
export const SIDE_SHARE = 0.5;

export function topicParts(db: Db, topic: string, concept: ConceptQuery, stats: TermStats): TopicParts {
  const vocabulary = loadVocabulary();
  const total = Math.max(1, countRows(db).passages);
  const weight = (df: number) => Math.log(1 + total / (1 + df));
  const parts: TopicParts['parts'] = [];
  if (concept.kind === 'theme') {
    // "nasjonale fellesløsninger som ID-porten": a theme under another one named is an example of it, no part of its own.
    for (const id of withoutExamples(vocabulary, concept.named)) {
      const wanted = new Set(withNarrower(vocabulary, id));
      const tagged = new Set(listThemeTags(db, [...wanted], null).map((tag) => tag.passageId));
      parts.push({ label: id, kind: 'theme', weight: weight(tagged.size), shows: (text) => findThemeLabels(vocabulary, text).some((m) => wanted.has(m.theme)) });
    }
  }
  if (concept.kind === 'theme' || concept.kind === 'words') {
    // The named themes' own words are shown by the theme already.
    const labelStems = new Set(
      concept.named.flatMap((id) => {
        const theme = vocabulary.byId.get(id);
        return theme ? [...Object.values(theme.prefLabel), ...Object.values(theme.altLabel).flat(), ...theme.hiddenLabel].flatMap((label) => analyze(label)) : [];
      }),
    );
    // A word's weight is at most the rarest theme's: an English word without a Norwegian equivalent
    // ("moving") is rare in a Norwegian corpus only by its language.
    const cap = Math.max(0, ...parts.map((part) => part.weight));
    const themes = new Set(concept.themes);
    for (const word of conceptWords(topic, vocabulary, stats)) {
      if (word.generic || word.documentFrequency === 0 || word.stem.length <= 3 || QUESTION_STEMS.has(word.stem) || labelStems.has(word.stem)) continue;
      // A compound naming a theme ("ikt-anskaffelser") is that theme, no word beside it.
      if (findThemeLabels(vocabulary, word.word).some((m) => themes.has(m.theme))) continue;
      // The word with its equivalents ("tilfredshet" → "fornøyd"), as a free topic of its own shows it.
      const own = resolveConcept(word.word, vocabulary, stats);
      const shows = own.kind === 'words' || own.kind === 'theme' ? own.shows : () => false;
      parts.push({ label: word.word, kind: 'word', weight: cap > 0 ? Math.min(cap, weight(word.documentFrequency)) : weight(word.documentFrequency), shows });
    }
  }
  return {
    parts,
    score: (text) => parts.reduce((sum, part) => sum + (part.shows(text) ? part.weight : 0), 0),
    themeScore: (text) => parts.reduce((sum, part) => sum + (part.kind === 'theme' && part.shows(text) ? part.weight : 0), 0),
  };
}

/** The pieces a side's evidence is quoted by: a goal, a heading, each sentence and line of a passage. */
export function evidencePieces(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}«"\d])|\n+/u).map((piece) => piece.trim()).filter(Boolean);
}

/** The best score among the texts' pieces (0 when there are none); `themes`: of the named themes only. */
export function bestScore(parts: TopicParts, texts: string[], themes = false): number {
  return Math.max(0, ...texts.flatMap(evidencePieces).map(themes ? parts.themeScore : parts.score));
}

/** True when the topic names two themes or more: a side showing only the commoner one has nothing on it. */
export function namesSeveralThemes(parts: TopicParts): boolean {
  return parts.parts.filter((part) => part.kind === 'theme').length >= 2;
}
