import { createTopicMatcher } from '../search/match.ts';
import type { SearchResult } from '../search/search.ts';
import { getPassage, listBudgets, listGoals, rowIdsBySlug, type BudgetRow, type DocumentSummary, type GoalRow } from '../store/index.ts';
import { CitationList } from './citations.ts';
import { truncate } from './compose-coverage.ts';
import { byOrganisation, type ComposeContext, type Composer } from './context.ts';
import { assessCoverage, bestSentence } from './coverage.ts';
import { listNames, PHRASES } from './language.ts';

/** One strategy's side of a comparison. */
export interface CompareColumn {
  document: DocumentSummary;
  passages: SearchResult[];
  goals: GoalRow[];
  budgets: BudgetRow[];
}

/** Strategies side by side on a topic: their best passages, matching goals and budget rows. */
export async function compareDocuments(context: ComposeContext, documents: DocumentSummary[], topic: string): Promise<CompareColumn[]> {
  const matcher = createTopicMatcher(topic, context.thesaurus);
  return Promise.all(
    documents.map(async (document) => {
      const ids = rowIdsBySlug(context.db, [document.id]);
      const passages = topic ? (await context.searcher.search({ q: topic, k: 5, documentId: document.id })).filter((r) => matcher.matches(r.text)).slice(0, 3) : [];
      const goals = listGoals(context.db, ids, topic ? matcher.fragments : null).filter((goal) => !topic || matcher.matches(goal.text));
      const budgets = listBudgets(context.db, ids, undefined, topic ? matcher.fragments : null).filter((row) => !row.isSum && (!topic || matcher.matches(`${row.label} ${row.table}`)));
      return { document, passages, goals, budgets };
    }),
  );
}

/** "Sammenlign ØRU og Kongsbergregionen på e-helse": one paragraph per organisation, cited. */
export const composeCompare: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const organisations = byOrganisation(question.documents.map((document) => ({ document })));
  if (organisations.size < 2) return { ...base, answer: phrases.compareNeedTwo, citations: [] };
  if (!question.topic) return { ...base, answer: phrases.noTopic, citations: [] };
  const matcher = createTopicMatcher(question.topic, context.thesaurus);
  const coverage = assessCoverage(context.db, question.documents, matcher);
  const citations = new CitationList();
  const lines: string[] = [phrases.compareIntro(question.topic, listNames([...organisations.keys()], question.language))];
  for (const [organisation, members] of organisations) {
    const parts: string[] = [];
    for (const { document } of members) {
      const evidence = coverage.find((item) => item.document.id === document.id)?.evidence ?? [];
      const strong = evidence.filter((e) => e.kind !== 'mention').slice(0, 3);
      for (const e of strong) parts.push(`${phrases.evidence[e.kind]}: «${truncate(e.text, 140)}» [${citations.cite(e.passage, document, e.text)}]`);
      const results = (await context.searcher.search({ q: question.topic, k: 4, documentId: document.id })).filter((r) => matcher.matches(r.text));
      const fresh = results.filter((result) => !strong.some((e) => e.passage.id === result.passageId));
      for (const result of fresh.slice(0, strong.length > 0 ? 1 : 2)) {
        const passage = getPassage(context.db, result.passageId);
        if (!passage) continue;
        const sentence = bestSentence(passage.text, matcher);
        parts.push(`«${truncate(sentence, 200)}» [${citations.cite(passage, document, sentence)}]`);
      }
    }
    lines.push(`• ${organisation}: ${parts.length > 0 ? parts.join('; ') : phrases.compareNothing}`);
  }
  return { ...base, answer: lines.join('\n'), citations: citations.items };
};
