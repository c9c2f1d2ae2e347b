import type { Searcher } from '../search/search.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import { documentsVersion, listDocuments, type Db, type DocumentSummary } from '../store/index.ts';
import { composeBudget } from './compose-budget.ts';
import { composeCompare } from './compose-compare.ts';
import { composeCoverage } from './compose-coverage.ts';
import { composeDocument } from './compose-document.ts';
import { composeGoals } from './compose-goals.ts';
import { composeLookup, topicNamesAbsentWord, writtenParts } from './compose-lookup.ts';
import { answerKind, asksForFigure, givesNumberAsked } from './lookup-sentences.ts';
import { INTENT_PATTERNS, speaksOfMoney } from './question-words.ts';
import { previousAnswerDocuments } from './follow-up-scope.ts';
import { supportingEvidence } from './evidence-fallback.ts';
import { topicInLanguage } from './topic-label.ts';
import { topicBeyondTitles, type Answer, type ComposeContext, type Composer } from './context.ts';
import { assessCoverage } from './coverage.ts';
import { resolveConcept } from '../search/match.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import { detectLanguage, listNames, PHRASES } from './language.ts';
import { rewriteWithLlm, type LlmOptions } from './llm.ts';
import { interpretQuestion, type HistoryTurn, type Intent, type Question } from './question.ts';
import { restoreLetters } from './letters.ts';
import { termStats } from '../search/match.ts';
import { matchGroups } from '../search/thesaurus.ts';
import { normalize } from '../text/analyze.ts';
import { stripControl } from '../search/query.ts';

export type { Answer } from './context.ts';
export type { Citation } from './citations.ts';
export type { HistoryTurn } from './question.ts';
export { compareDocuments, type CompareColumn } from './compose-compare.ts';

const COMPOSERS: Record<Intent, Composer> = {
  coverage: composeCoverage,
  goals: composeGoals,
  budget: composeBudget,
  compare: composeCompare,
  lookup: composeLookup,
  document: composeDocument,
};

/** The intents whose empty answer a look-up in the context of the topic before may fill. */
const CONTEXT_INTENTS = new Set<Intent>(['lookup', 'budget', 'goals']);
/** The longest topic (in words) read in the context of the one before. */
const MAX_CONTEXT_WORDS = 2;

/** True for a topic of a word or two that names no theme ("kutte"): too little to answer alone. */
function readsInContext(topic: string, thesaurus: Thesaurus): boolean {
  const words = topic.split(/\s+/).filter(Boolean);
  return words.length <= MAX_CONTEXT_WORDS && (words.length === 0 || matchGroups(thesaurus, normalize(topic)).length === 0);
}

/**
 * A question naming no organisation, asked of the strategies the conversation is about (question.ts
 * `conversationDocuments`): those of them whose text shows the topic, answered with a line saying whose
 * answer it is. Null when none shows it or their answer cites nothing.
 */
async function inConversation(context: ComposeContext, question: Question): Promise<Answer | null> {
  const candidates = question.conversationDocuments ?? [];
  const concept = resolveConcept(question.topic, loadVocabulary(), termStats(context.db), question.language);
  const having = assessCoverage(context.db, candidates, concept).filter((item) => item.addresses || item.nearest !== null).map((item) => item.document);
  if (having.length === 0) return null;
  const answer = await COMPOSERS[question.intent](context, { ...question, documents: having });
  if (answer.citations.length === 0) return null;
  const names = listNames([...new Set(having.map((document) => document.organisation))], question.language);
  return { ...answer, answer: `${PHRASES[question.language].fromConversation(names)}\n${answer.answer}` };
}

export interface Answerer {
  ask(question: string, history?: HistoryTurn[]): Promise<Answer>;
}

/**
 * The offline answerer: interprets the question, composes a grounded extractive answer in the
 * question's language with numbered citations, and optionally lets an LLM polish the wording.
 */
export function createAnswerer(deps: { db: Db; searcher: Searcher; thesaurus: Thesaurus; llm?: LlmOptions | undefined; now?: () => Date }): Answerer {
  // The document list (names to recognise in questions) is cached until a document changes.
  let cache: { version: string; documents: DocumentSummary[] } | null = null;
  const currentDocuments = () => {
    const version = documentsVersion(deps.db);
    if (cache?.version !== version) cache = { version, documents: listDocuments(deps.db) };
    return cache.documents;
  };
  return {
    async ask(rawQuestion, history = []) {
      const typed = stripControl(rawQuestion).slice(0, 1000);
      // "Har Nordre Follo mal om apne data?": words typed without æ, ø, å read as the documents spell them.
      const text = detectLanguage(typed) === 'en' ? typed : restoreLetters(typed, termStats(deps.db));
      const documents = currentDocuments();
      const question = interpretQuestion(text, documents, history);
      question.topic = topicInLanguage(question.topic, question.language);
      if (documents.length === 0) return { answer: PHRASES[question.language].noDocuments, citations: [], intent: question.intent, language: question.language, topic: question.topic };
      // An organisation with no strategy loaded, asked alone or compared with one that has: say which are loaded.
      if (question.unknownOrganisations.length > 0 && (question.documents.length === 0 || question.intent === 'compare')) {
        const loaded = [...new Set(documents.map((document) => document.organisation))];
        const phrases = PHRASES[question.language];
        return { answer: phrases.unknownOrganisation(listNames(question.unknownOrganisations, question.language), listNames(loaded, question.language)), citations: [], intent: question.intent, language: question.language, topic: question.topic };
      }
      if (question.refersBack && question.documents.length === 0) {
        // "…og hvilke av dem …": the organisations that addressed the topic in the previous answer.
        question.documents = previousAnswerDocuments(deps.db, deps.thesaurus, documents, question);
      }
      const context = { db: deps.db, searcher: deps.searcher, thesaurus: deps.thesaurus, documents, year: (deps.now?.() ?? new Date()).getFullYear() };
      // "Når ble Gjøviks IKT-strategi vedtatt?" → "hva er målet for oppetid?": asked of the strategy the
      // conversation is about where it has the answer, and said so; else across all strategies.
      const scoped = question.documents.length === 0 && question.conversationDocuments ? await inConversation(context, question) : null;
      if (scoped) return deps.llm ? rewriteWithLlm(scoped, text, deps.llm) : scoped;
      // "Hva sier Rælingen om velferdsteknologi?" of a strategy whose title names the topic: the whole
      // strategy is on it, and what it says of it is its goals and measures, not its title line.
      if (question.intent === 'lookup' && question.documents.length > 0 && question.topic && topicBeyondTitles(question) === '' && answerKind(question.text) === 'any') {
        const goals = await composeGoals(context, { ...question, intent: 'goals' });
        if (goals.citations.length > 0) return deps.llm ? rewriteWithLlm(goals, text, deps.llm) : goals;
      }
      // "Hva er Trondheims mål for innbyggertilfredshet?" where the goal says "innbyggerne … fornøyd": a
      // compound no passage writes is asked as the parts the corpus writes ("innbygger tilfredshet"). A
      // look-up asks so first where the first part is a rare word: its other words alone find sentences
      // without the compound's meaning ("samiskspråklige innbyggere" is "samisk språklige", not any
      // sentence on residents).
      // (Read up front only for a look-up; for the others only where the answer found nothing.)
      const partsOf = () => (question.topic && question.intent !== 'document' ? writtenParts(question.topic, termStats(deps.db), question.language) : null);
      const early = question.intent === 'lookup' ? partsOf() : null;
      const partedFirst = early?.rare ? await COMPOSERS.lookup(context, { ...question, topic: early.topic }) : null;
      let answer = partedFirst && partedFirst.citations.length > 0 ? partedFirst : await COMPOSERS[question.intent](context, question);
      const parted = !partedFirst && answer.citations.length === 0 ? (question.intent === 'lookup' ? early : partsOf()) : null;
      if (parted) {
        const again = await COMPOSERS[question.intent](context, { ...question, topic: parted.topic });
        if (again.citations.length > 0) answer = again;
      }
      // "Not found" only when nothing supports the topic: its goals, budget rows and tagged passages first.
      // (Not for a kind of goal the strategies lack: the topic's other evidence is no vision or sub-goal.)
      if (answer.citations.length === 0 && (question.intent === 'lookup' || (question.intent === 'goals' && question.goalKinds.length === 0))) answer = supportingEvidence(context, question) ?? answer;
      // "hvor god vil Tromsø bli på digital modenhet sammenlignet med resten av landet?": one organisation
      // measured against what no strategy is ("resten av landet") is a look-up in its strategy, not a comparison.
      if (answer.citations.length === 0 && question.intent === 'compare' && question.topic && INTENT_PATTERNS.comparedWith.test(normalize(text)) && new Set(question.documents.map((document) => document.organisation)).size === 1) {
        const found = await composeLookup(context, { ...question, intent: 'lookup' });
        if (found.citations.length > 0) answer = found;
      }
      // "How much does Bodø want to reduce paper use?" asks for an amount, not money: the text answers.
      // So does a figure of money stated in prose where no budget row holds it ("Hvor stor andel av
      // totalbudsjettet utgjør IKT-budsjettene?" → "om lag 3 %"), when the quoted sentence states it.
      if (answer.citations.length === 0 && question.intent === 'budget') {
        const found = await composeLookup(context, { ...question, intent: 'lookup' });
        // A figure for a year asked ("… i 2030") is stated only by a sentence naming that year: the
        // other years' amounts in a budget table's text are no answer.
        const namesYear = (quote: string) => question.year === null || new RegExp(`(?<!\\d)${question.year}(?!\\d)`).test(quote);
        const states = (quote: string) => asksForFigure(text) && givesNumberAsked(text, quote) && namesYear(quote);
        if (found.citations.length > 0 && (!speaksOfMoney(text) || found.citations.some((citation) => states(citation.quote)))) answer = found;
      }
      // "hvor mye skal Bodø kutte, og innen når?" after "Hvilke strategier har mål om å redusere
      // papirbruken?": a question with no answer of its own, whose topic is a word or two that name no
      // theme, is read in the context of the topic before (its sentences that also hold the new words
      // rank first). Not when a word of its own is nowhere in the corpus ("og hva med droner i Sandnes?"):
      // a new topic that no strategy takes up is not answered with the old one.
      if (answer.citations.length === 0 && question.earlierTopic && question.earlierTopic !== question.topic && CONTEXT_INTENTS.has(question.intent) && readsInContext(question.topic, deps.thesaurus) && !topicNamesAbsentWord(deps.db, question.topic)) {
        const contextual = await composeLookup(context, { ...question, intent: 'lookup', topic: `${question.earlierTopic} ${question.topic}`.trim() });
        if (contextual.citations.length > 0) answer = contextual;
      }
      return deps.llm ? rewriteWithLlm(answer, text, deps.llm) : answer;
    },
  };
}
