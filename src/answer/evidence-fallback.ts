import { resolveConcept, termStats } from '../search/match.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import { CitationList, placeOf } from './citations.ts';
import { scopeOf, type Answer, type ComposeContext } from './context.ts';
import { truncate } from './compose-coverage.ts';
import { coveragePhrases } from './coverage-phrases.ts';
import { assessCoverage } from './coverage.ts';
import { PHRASES } from './language.ts';
import { givesNameAsked, givesNumberAsked } from './lookup-sentences.ts';
import type { Question } from './question.ts';

/** Strategies and pieces of evidence shown when the question's own answer found nothing. */
const MAX_DOCUMENTS = 5;
const PER_DOCUMENT = 2;

/**
 * Before an answer says "not found": the goals, focus areas, measures, budget rows and passages that
 * show the question's topic (its theme tags, or every specific word of it) in the strategies the
 * question is about. Returns an answer citing them, strongest first, or null when nothing supports
 * the topic — only then is "not found" the right answer. Words found almost everywhere are never
 * enough on their own.
 */
export function supportingEvidence(context: ComposeContext, question: Question): Answer | null {
  if (!question.topic) return null;
  const concept = resolveConcept(question.topic, loadVocabulary(), termStats(context.db), question.language);
  if (concept.kind !== 'theme' && concept.kind !== 'words') return null;
  // "Kor mange tilsette …": evidence without a number does not answer a question for one.
  // "Hva heter IKT-sjefen?": evidence naming no one does not answer a question for a name.
  const numbered = <T extends { text: string }>(items: T[]) => items.filter((e) => givesNumberAsked(question.text, e.text) && givesNameAsked(question.text, e.text));
  const coverage = assessCoverage(context.db, scopeOf(context, question), concept, { maxEvidence: PER_DOCUMENT })
    .map((item) => ({ ...item, evidence: numbered(item.evidence), nearest: item.nearest && numbered([item.nearest]).length > 0 ? item.nearest : null }))
    .filter((item) => item.evidence.length > 0 || item.nearest)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, MAX_DOCUMENTS);
  if (coverage.length === 0) return null;
  const phrases = PHRASES[question.language];
  const labels = coveragePhrases(question.language).evidence;
  const citations = new CitationList();
  const lines = [phrases.evidenceIntro(question.topic)];
  for (const item of coverage) {
    for (const e of item.evidence.length > 0 ? item.evidence : [item.nearest!]) {
      const label = (e.goalKind && e.goalKind !== 'goal' && labels[e.goalKind]) || labels[e.kind] || e.kind;
      const place = placeOf(item.document, e.passage.page, e.passage.section.title, question.language);
      const n = citations.cite(e.passage, item.document, e.quote);
      lines.push(`• ${item.document.organisation} – ${label}${place ? ` (${place})` : ''}: «${truncate(e.text, 300)}» [${n}]`);
    }
  }
  return { answer: lines.join('\n'), citations: citations.items, intent: question.intent, language: question.language, topic: question.topic };
}
