import { createTopicMatcher } from '../search/match.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import type { Db, DocumentSummary } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { assessCoverage, RANK } from './coverage.ts';
import type { Question } from './question.ts';
import { INTENT_PATTERNS } from './question-words.ts';

/**
 * The strategies a follow-up "…av dem / …of them" picks among: those the answer before named for its
 * topic, found as that answer found them (a question asking who mentions a topic, "Kva kommunar nemner
 * skytenester?", counted a mention where the follow-up adds a condition of its own; one asking who addresses it did not). Narrowed then by what the
 * follow-up asks of the strategies themselves: the kind of organisation ("kven av dei er interkommunale
 * samarbeid?") and the year of adoption ("Which of them was adopted in 2021?").
 */
export function previousAnswerDocuments(db: Db, thesaurus: Thesaurus, documents: DocumentSummary[], question: Question): DocumentSummary[] {
  const matcher = createTopicMatcher(question.previousTopic || question.topic, thesaurus);
  // A follow-up that only repeats the topic ("which of them will roll it out?") still asks which address it.
  const addsCondition = question.topic !== '' && question.topic !== question.previousTopic;
  // The strategies the answer before named: those mentioning the topic only when it asked, of strategies before it, which mention it (compose-coverage.ts).
  const previous = question.previousText === undefined ? '' : normalize(question.previousText);
  const mentions = addsCondition && INTENT_PATTERNS.asksMention.test(previous) && INTENT_PATTERNS.refersBack.test(previous);
  const threshold = mentions ? RANK.mention : RANK.budget;
  const found = assessCoverage(db, documents, matcher, { mentions }).filter((item) => item.strength >= threshold).map((item) => item.document);
  return adoptedInYearAsked(ofKindsAsked(found, question), question);
}

/** The strategies of the organisation kinds a follow-up asks for (all when it asks for none). */
export function ofKindsAsked(documents: DocumentSummary[], question: Pick<Question, 'organisationKinds'>): DocumentSummary[] {
  const kinds = question.organisationKinds ?? [];
  return kinds.length === 0 ? documents : documents.filter((document) => kinds.includes(document.organisationKind));
}

/**
 * "Which of them was adopted in 2021?": of a question about the documents themselves that writes a year,
 * the strategies adopted that year; all when none was (the answer then tells each one's adoption).
 */
export function adoptedInYearAsked(documents: DocumentSummary[], question: Pick<Question, 'intent' | 'year' | 'text'>): DocumentSummary[] {
  const year = question.year;
  if (question.intent !== 'document' || year === null || !question.text.includes(String(year))) return documents;
  const adopted = documents.filter((document) => document.adopted.some((record) => record.date?.startsWith(String(year))));
  return adopted.length > 0 ? adopted : documents;
}
