import { createTopicMatcher } from '../search/match.ts';
import { getPassage } from '../store/index.ts';
import { CitationList, placeOf } from './citations.ts';
import { scopeOf, type Composer } from './context.ts';
import { bestSentence } from './coverage.ts';
import { PHRASES } from './language.ts';

const MAX_PASSAGES = 3;

/** Any other question: the best passages, each with its answering sentence quoted. */
export const composeLookup: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const query = question.topic || question.text;
  const scope = scopeOf(context, question);
  const matcher = createTopicMatcher(query, context.thesaurus);
  const results = (
    await Promise.all(
      (question.documents.length > 0 ? scope.map((document) => document.id) : [undefined]).map((documentId) => context.searcher.search({ q: query, k: 6, documentId })),
    )
  )
    .flat()
    .sort((a, b) => b.score - a.score);
  // Only passages that contain the topic's words (or their synonyms) answer anything.
  const relevant = results.filter((result) => matcher.matches(result.text)).slice(0, MAX_PASSAGES);
  if (relevant.length === 0) return { ...base, answer: phrases.notFound(query), citations: [] };
  const citations = new CitationList();
  const lines: string[] = [phrases.lookupIntro];
  for (const result of relevant) {
    const passage = getPassage(context.db, result.passageId);
    const document = scope.find((d) => d.id === result.documentId) ?? context.documents.find((d) => d.id === result.documentId);
    if (!passage || !document) continue;
    const sentence = bestSentence(passage.text, matcher);
    const n = citations.cite(passage, document, sentence);
    const place = placeOf(document, result.page, '', question.language);
    lines.push(`• ${document.organisation} – ${result.section}${place ? ` (${place})` : ''}: «${citations.items[n - 1]?.quote.replace(/\s+/g, ' ') ?? sentence}» [${n}]`);
  }
  return { ...base, answer: lines.join('\n'), citations: citations.items };
};
