import { normalize } from '../text/analyze.ts';
import { LANGUAGES, loadVocabulary, taggingLabels, type Vocabulary } from '../text/vocabulary.ts';
import type { Language } from './language.ts';

/**
 * The topic in the asker's language. A topic that is exactly a label of one theme in another language
 * ("åpne data" carried into an English follow-up, "open data" asked in bokmål) becomes that theme's
 * preferred label in the asker's language ("open data", "åpne data"): it names the same theme, so
 * matching is unchanged, and the answer's labels read in the asker's language. Free text, and labels
 * the asker's language has itself, are left as they are.
 */
export function topicInLanguage(topic: string, language: Language, vocabulary: Vocabulary = loadVocabulary()): string {
  const wanted = normalize(topic).trim();
  if (!wanted) return topic;
  const themes = vocabulary.themes.filter((theme) => taggingLabels(theme).some((label) => normalize(label) === wanted));
  if (themes.length !== 1) return topic;
  const theme = themes[0]!;
  const own = [theme.prefLabel[language], ...theme.altLabel[language]].map(normalize);
  if (own.includes(wanted)) return topic;
  // Only a label of another language is translated (hidden labels are spellings, not a language).
  const other = LANGUAGES.filter((l) => l !== language).some((l) => [theme.prefLabel[l], ...theme.altLabel[l]].map(normalize).includes(wanted));
  return other ? theme.prefLabel[language] : topic;
}
