import { resolveConcept, type ConceptQuery, type TermStats } from '../search/match.ts';
import { tokenize } from '../text/analyze.ts';
import type { Vocabulary } from '../text/vocabulary.ts';
import { isAlternativeWord } from './question-words.ts';

/**
 * The condition a follow-up "…av dem" sets on the strategies of the answer before, as the concepts a
 * strategy's text must show (any one of them): "kven av dei vil flytte e-post eller kontorstøtte til
 * skyen?" after "Kva kommunar nemner skytenester?" asks for "flytte e-post" or "kontorstøtte" — the
 * words that only repeat the topic before ("skyen") are no condition, since every strategy of that
 * answer shows them. Null where the follow-up's topic is the one before or a new concept of its own
 * ("hvem av dem sier noe om etikk?"): that topic is then the condition as it is.
 */
export function narrowingCondition(topic: string, previousTopic: string | undefined, vocabulary: Vocabulary, stats: TermStats, asked = ''): ConceptQuery[] | null {
  if (!previousTopic || topic.trim() === '' || topic === previousTopic) return null;
  const previous = resolveConcept(previousTopic, vocabulary, stats);
  if (previous.kind !== 'theme' && previous.kind !== 'words') return null;
  const words = tokenize(topic).map((token) => token.word);
  const repeats = words.filter((word) => previous.shows(word));
  // Only a topic that repeats the one before and says more narrows it by what it says more.
  if (repeats.length === 0 || repeats.length === words.length) return null;
  // "…moving office tools (kontorstøtte) to the cloud?": the term in brackets is the asker's own word for
  // what the strategies must show; the words around it only paraphrase it.
  const gloss = glossOf(asked, words);
  if (gloss) {
    const concept = resolveConcept(gloss, vocabulary, stats);
    if (concept.kind === 'theme' || concept.kind === 'words') return [concept];
  }
  const alternatives: string[][] = [[]];
  for (const word of words) {
    if (isAlternativeWord(word)) alternatives.push([]);
    else if (!previous.shows(word)) alternatives[alternatives.length - 1]!.push(word);
  }
  const concepts = alternatives
    .filter((alternative) => alternative.length > 0)
    .map((alternative) => resolveConcept(alternative.join(' '), vocabulary, stats))
    .filter((concept) => concept.kind === 'theme' || concept.kind === 'words');
  return concepts.length > 0 ? concepts : null;
}

/** The words in brackets of a question ("office tools (kontorstøtte)"), when they are part of its topic. */
function glossOf(asked: string, topicWords: string[]): string | null {
  const inside = /\(([^()]{2,40})\)/u.exec(asked)?.[1];
  if (!inside) return null;
  const words = tokenize(inside).map((token) => token.word);
  return words.length > 0 && words.length <= 3 && words.every((word) => topicWords.includes(word)) ? words.join(' ') : null;
}
