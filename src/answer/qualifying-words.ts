import { resolveConcept, type ConceptQuery, type TermStats } from '../search/match.ts';
import { normalize, tokenize } from '../text/analyze.ts';
import { findThemeLabels, widestMatches, type Vocabulary } from '../text/vocabulary.ts';
import { QUALIFYING } from './question-words.ts';

/**
 * The words that qualify the themes a question names: "digital kompetanse for ledere", "kompetanse hos de
 * ansatte", "skills for managers", "digitalt tilsyn i hjemmetjenesten eller på sykehjem" — a theme's label,
 * a preposition (data/question-words.json `qualifyingWords`), then words naming no theme, up to the end of
 * the question or a word ending the phrase ("som", "that"); "og", "eller" join alternatives. The people goals
 * are for by default ("hos de ansatte", "for residents") qualify nothing. Only words the
 * question's topic kept count (its question and structure words are gone), and only when each is in some
 * passage (a word in none is said as not found instead). Returned as concepts of words, one per
 * alternative, or null when there are none.
 */
export function qualifyingWords(question: string, topic: string, themes: readonly string[], vocabulary: Vocabulary, stats: TermStats, language?: string): ConceptQuery[] | null {
  const wanted = new Set(themes);
  const labels = widestMatches(findThemeLabels(vocabulary, question));
  const last = labels.filter((m) => wanted.has(m.theme)).sort((a, b) => b.end - a.end)[0];
  // Words that name a theme make a part of their own (showing-most.ts themeParts).
  if (!last || labels.some((m) => m.start >= last.end)) return null;
  const rest = question.slice(last.end);
  const after = tokenize(rest);
  // The preposition right after the label: "utenfor digitalt, for eksempel …" goes on with an example, not a qualifier.
  if (!after[0] || !QUALIFYING.prepositions.has(after[0].word) || rest.slice(0, after[0].start).trim() !== '') return null;
  const end = after.findIndex((token, i) => i > 0 && QUALIFYING.phraseEnds.has(token.word) && !isJoining(token.word));
  const phrase = after.slice(1, end < 0 ? after.length : end).map((token) => token.word);
  // "for å …": a purpose, no qualifier.
  if (phrase.length === 0 || ['å', 'to'].includes(phrase[0]!)) return null;
  const kept = new Set(tokenize(normalize(topic)).map((token) => token.word));
  const alternatives: string[][] = [[]];
  for (const word of phrase) {
    if (isJoining(word)) alternatives.push([]);
    else if (kept.has(word)) alternatives.at(-1)!.push(word);
  }
  const asked = alternatives.filter((words) => words.length > 0);
  // An alternative of only such people ("for ledere og ansatte") leaves the theme unqualified.
  if (asked.some((words) => words.every((word) => QUALIFYING.defaultSubjects.has(word)))) return null;
  const concepts = asked.map((words) => resolveConcept(words.filter((word) => !QUALIFYING.defaultSubjects.has(word)).join(' '), vocabulary, stats, language));
  // Each word must be in some passage, and — asked in English of strategies mostly written in Norwegian —
  // have a Norwegian equivalent: "managers" (ledere) qualifies, a word only English text has would leave
  // only the English strategies. A year or a number is no qualifier ("i 2025").
  const findable = (word: ConceptQuery['words'][number]) => word.generic || (word.documentFrequency > 0 && !/^\d/.test(word.word) && (language !== 'en' || word.alternatives.length > 0));
  const usable = (concept: ConceptQuery) => concept.kind === 'words' && concept.words.every(findable);
  return concepts.length > 0 && concepts.every(usable) ? concepts : null;
}

/** "og", "eller", "and", "or": a word joining alternatives of the qualifier. */
function isJoining(word: string): boolean {
  return QUALIFYING.joining.has(word);
}

