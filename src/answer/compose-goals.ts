import { createTopicMatcher } from '../search/match.ts';
import { getPassages, listGoals, rowIdsBySlug } from '../store/index.ts';
import { CitationList, placeOf } from './citations.ts';
import { scopeOf, type Composer } from './context.ts';
import { composeLookup } from './compose-lookup.ts';
import { assessCoverage } from './coverage.ts';
import { PHRASES } from './language.ts';

const MAX_GOALS = 25;

/** "Hva er målene for informasjonssikkerhet i Sørum?": the matching goals, grouped by strategy. */
export const composeGoals: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const scope = scopeOf(context, question);
  const ids = rowIdsBySlug(context.db, scope.map((document) => document.id));
  const matcher = createTopicMatcher(question.topic, context.thesaurus);
  // Where the question names its strategies, a goal under a heading on the topic ("Mål for «Digital
  // samhandling»") is on the topic even when its own words are not; across all strategies only goals
  // whose words match are read (the section test needs every goal of the scope).
  const bySection = question.topic !== '' && question.documents.length > 0;
  const goals = listGoals(context.db, ids, question.topic && !bySection ? matcher.fragments : null)
    .map((goal) => ({ goal, score: question.topic ? onTopicScore(matcher, goal.text, bySection ? goal.section : '') : 1 }))
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_GOALS)
    .map((item) => item.goal);
  if (goals.length === 0) {
    const fallback = await composeLookup(context, question);
    if (fallback.citations.length === 0) return fallback;
    return { ...fallback, intent: 'goals', answer: `${phrases.goalsNone(question.topic)}\n${fallback.answer.split('\n').slice(1).join('\n')}` };
  }
  const passages = getPassages(context.db, goals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const citations = new CitationList();
  const lines: string[] = [phrases.goalsIntro(question.topic)];
  // Sections headed by the topic ("2.1 Informasjonssikkerhet") hold the strategy's own words on it.
  const withGoals = scope.filter((document) => goals.some((goal) => goal.documentId === document.id));
  const focus = question.topic ? assessCoverage(context.db, withGoals, matcher) : [];
  for (const document of withGoals) {
    const own = goals.filter((goal) => goal.documentId === document.id).sort((a, b) => a.id - b.id);
    if (own.length === 0) continue;
    lines.push(`${document.organisation} – ${document.title}:`);
    for (const goal of own) {
      const passage = goal.passageId ? passages.get(goal.passageId) : undefined;
      const cite = passage ? ` [${citations.cite(passage, document, goal.text)}]` : '';
      lines.push(`• ${goal.number ? `${goal.number}. ` : ''}${goal.text} (${goal.section})${cite}`);
    }
    for (const e of focus.find((item) => item.document.id === document.id)?.evidence.filter((item) => item.kind === 'focus').slice(0, 2) ?? []) {
      const place = placeOf(document, e.passage.page, '', question.language);
      lines.push(`${phrases.seeSection} «${e.text}»${place ? ` (${place})` : ''} [${citations.cite(e.passage, document, e.text)}]`);
    }
  }
  return { answer: lines.join('\n'), citations: citations.items, intent: 'goals', language: question.language, topic: question.topic };
};

/** Weight of a goal whose heading names the whole topic but whose own words do not. */
const HEADING_MATCH = 0.75;

/** A goal's own match with the topic, or its section heading's when the heading names the whole topic. */
function onTopicScore(matcher: ReturnType<typeof createTopicMatcher>, text: string, section: string): number {
  const own = matcher.score(text);
  return section && own < 1 && matcher.score(section) >= 1 ? Math.max(own, HEADING_MATCH) : own;
}
