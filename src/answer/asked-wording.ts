import { showsWord, type ConceptQuery } from '../search/match.ts';
import { normalize, stem, tokenize } from '../text/analyze.ts';
import { findThemeLabels, LANGUAGES, loadVocabulary, widestMatches, type Vocabulary } from '../text/vocabulary.ts';

/**
 * The words a question named its concept by: "Hvilke strategier vil ta i bruk ID-porten, Altinn eller
 * SvarUt?" asks for text naming those, though "sikker pålogging" is a label of ID-porten too. Evidence
 * of one grade is cited in the asked words where a strategy has such evidence, so that the reader sees
 * what was asked.
 */
export interface AskedWording {
  /** True when the text names the concept by one of the labels (or the very words) the question used. */
  shows(text: string): boolean;
}

/** Languages whose labels a question in one of them names alike. */
const LANGUAGE_GROUPS: ReadonlyArray<ReadonlyArray<(typeof LANGUAGES)[number]>> = [['nb', 'nn'], ['en']];

/** The stems of a phrase, hyphens and apostrophes joined: "IT-sikkerheten" and "IT-sikkerhet" are one key. */
function phraseKey(phrase: string): string {
  return tokenize(phrase).map((token) => stem(token.word.replace(/[-']/g, ''))).join(' ');
}

/**
 * The asked wording of a theme concept: the labels its topic matched (and the topic's words at those
 * places), the preferred labels of the themes it named and their other labels in the languages it did
 * not use. Null for a free-text concept, or a topic that names its themes by no label (a search-only
 * word, a predicative order): then any wording is as good.
 */
export function askedWording(concept: ConceptQuery, vocabulary: Vocabulary = loadVocabulary()): AskedWording | null {
  if (concept.kind !== 'theme') return null;
  const wanted = new Set(concept.themes);
  const all = findThemeLabels(vocabulary, concept.topic).filter((match) => wanted.has(match.theme));
  // The widest matches only: "digital kompetanse" asks for that, not for the "kompetanse" inside it.
  const matches = widestMatches(all);
  if (matches.length === 0) return null;
  // The labels the topic matched and the topic's words there, the preferred names of the themes it named,
  // and their other names in the languages the question did not use: an English question's "shared
  // components" is said "felleskomponenter" in a bokmål text, but a bokmål question that says "digital
  // kompetanse" did not ask for "kompetanse" alone.
  const keys = new Set<string>();
  for (const match of matches) {
    const theme = vocabulary.byId.get(match.theme);
    keys.add(phraseKey(match.label)).add(phraseKey(concept.topic.slice(match.start, match.end)));
    if (!theme) continue;
    for (const language of LANGUAGES) keys.add(phraseKey(theme.prefLabel[language]));
    // Bokmål and nynorsk are one written tradition: a nynorsk question's "breiband" asked for "bredbånd", not "fiber".
    for (const group of LANGUAGE_GROUPS) {
      const own = group.some((language) => [theme.prefLabel[language], ...theme.altLabel[language]].some((label) => phraseKey(label) === phraseKey(match.label)));
      if (!own) for (const language of group) for (const label of theme.altLabel[language]) keys.add(phraseKey(label));
    }
  }
  // A compound names the asked word by its first part too ("breibandsdekning" names "breiband").
  const words = [...keys].filter((key) => key !== '' && !key.includes(' '));
  const says = (phrase: string) => keys.has(phraseKey(phrase)) || (!/\s/.test(phrase.trim()) && words.some((key) => showsWord(normalize(phrase.trim()), { word: key, stem: key })));
  // Evidence texts repeat across a coverage answer's strategies and its two passes: each is read once.
  const seen = new Map<string, boolean>();
  return {
    shows: (text) => {
      let shown = seen.get(text);
      if (shown === undefined) seen.set(text, (shown = findThemeLabels(vocabulary, text).some((match) => wanted.has(match.theme) && (keys.has(phraseKey(match.label)) || says(text.slice(match.start, match.end))))));
      return shown;
    },
  };
}
