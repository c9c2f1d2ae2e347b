import { createTopicMatcher, resolveConcept, termStats, type ConceptQuery } from '../search/match.ts';
import { firstPassagesOfSections, getDocumentPassages, getPassages, getSectionsOf, listBudgets, listGoals, rowIdsBySlug, type BudgetRow, type GoalRow, type PassageRow } from '../store/index.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import { focusAreaParts } from './compare-focus-areas.ts';
import { CitationList, placeOf } from './citations.ts';
import { scopeOf, strategyName, topicBeyondTitles, type Composer } from './context.ts';
import { composeLookup } from './compose-lookup.ts';
import { assessCoverage } from './coverage.ts';
import { kindWordsIn, narrowToKinds, preferGoals, wordsForKinds } from './goal-kinds.ts';
import { INTENT_PATTERNS } from './question-words.ts';
import { asksForFigure, givesNumberAsked } from './lookup-sentences.ts';
import { normalize } from '../text/analyze.ts';
import { goalOnTopic, goalQuote, HEADING_MATCH, introOf } from './goal-quotes.ts';
import { formatMoney, listNames, PHRASES, type Language } from './language.ts';
import { showingWhole, themeParts } from './showing-most.ts';
import { asksMeasurable, asksProgress, goalState, stateAsked, stateCell, statusAfter, withoutStateWords } from './goal-status.ts';
import { tableRowOf } from './lookup-sentences.ts';
import { amendmentOfGoal, amendmentsIn } from './amendments.ts';
import { lineTotalIds } from './budget-totals.ts';
import { qualifyingWords } from './qualifying-words.ts';
import { requiringParts } from '../search/qualified-concept.ts';

const MAX_GOALS = 25;

interface Picked {
  goal: GoalRow;
  score: number;
  /** Verbatim passage text to quote (heading and lead-in with the goal), or null: the goal's own text. */
  quote: string | null;
  /** Where `quote` is from when not the goal's own passage. */
  quotePassage?: PassageRow | undefined;
}

/**
 * "Hva er målene for informasjonssikkerhet i Sørum?": the goals on the topic, grouped by strategy.
 * The topic is read as a concept (a theme of the vocabulary in any language, or its specific words):
 * a goal is on it when its own words show the concept or when the heading or lead-in it stands under
 * does ("Mål for «Digital samhandling»"), and each goal is quoted with text that shows the concept.
 */
export const composeGoals: Composer = async (context, asked) => {
  // Words of a named strategy's title ("its strategy for data and green digitalisation") say which strategy, not which goals.
  // "Hvilke leveranser er fullført?": the goals in the state asked; the state's words are no topic.
  const state = stateAsked(asked.text);
  const question = { ...asked, topic: state ? withoutStateWords(topicBeyondTitles(asked), state) : topicBeyondTitles(asked) };
  const phrases = PHRASES[question.language];
  const scope = scopeOf(context, question);
  const concept = question.topic ? resolveConcept(question.topic, loadVocabulary(), termStats(context.db), question.language) : null;
  const specific = concept !== null && (concept.kind === 'theme' || concept.kind === 'words');
  let picked: Picked[];
  if (!question.topic || (!specific && question.documents.length > 0)) {
    // No topic, or only words found everywhere ("digitalisering") about named strategies: all their goals.
    picked = listGoals(context.db, rowIdsBySlug(context.db, scope.map((d) => d.id))).map((goal) => ({ goal, score: 1, quote: null }));
  } else if (specific) {
    // A topic of several parts ("digital kompetanse hos ansatte i barnehage og skole"): of each strategy's
    // goals on it, those whose quote shows the most of it, not those naming only a side word ("barnehage").
    const onConcept = goalsOnConcept(context.db, scope, concept, question.documents.length > 0);
    const vocabulary = loadVocabulary();
    picked = showingWhole(onConcept, (item) => item.quote ?? item.goal.text, themeParts(question.text, concept.named, vocabulary), vocabulary, (item) => item.goal.documentId);
    // "breibandsdekninga til hushalda": words that qualify the theme narrow each strategy's goals to those
    // that show them too, where it has any ("… for alle husstandar …", not fibre to schools).
    const qualifier = concept.kind === 'theme' ? qualifyingWords(question.text, question.topic, concept.themes, vocabulary, termStats(context.db), question.language) : null;
    if (qualifier) picked = showingQualifier(picked, requiringParts(concept, [new Set(concept.themes)], vocabulary, qualifier));
  } else {
    // Only generic words across all strategies: the goals whose own words hold them all.
    const matcher = createTopicMatcher(question.topic, context.thesaurus);
    picked = listGoals(context.db, rowIdsBySlug(context.db, scope.map((d) => d.id)), matcher.fragments).filter((goal) => matcher.score(goal.text) >= 1).map((goal) => ({ goal, score: 1, quote: null }));
  }
  // "Hva er visjonen …", "Kva delmål …": only goals of the kinds asked for; where the strategies have
  // none of that kind ("innsatsområder" that are only headings), the passages answer instead.
  // "Hva er målene …" with no kind named: the goals proper, where a strategy has them (goal-kinds.ts).
  const ofKinds = question.goalKinds.length === 0 && INTENT_PATTERNS.goals.test(normalize(question.text)) ? preferGoals(picked) : narrowToKinds(picked, question.goalKinds);
  // A kind kept from the question before ("Kva er delmåla til Vestland?" → "og Asker?") gives way to
  // all the goals on the topic where this strategy has none of that kind.
  const named = kindWordsIn(normalize(question.text));
  const inherited = question.goalKinds.length > 0 && named.length === 0;
  picked = (ofKinds.length > 0 || !inherited || !question.topic ? ofKinds : picked).sort((a, b) => b.score - a.score).slice(0, MAX_GOALS);
  // "…hvem av dem har et tallfestet mål for hvor mange datasett som skal publiseres?": of the strategies
  // before, only the goals that state the figure asked (not a year alone).
  if (question.refersBack && asksForFigure(question.text)) picked = picked.filter((item) => givesNumberAsked(question.text, item.goal.text));
  // "What measurable targets does Sandnes set?": the goals that state a target one can measure, where there are any.
  if (asksMeasurable(question.text) && picked.some((item) => item.goal.measurable)) picked = picked.filter((item) => item.goal.measurable);
  // Of the goals on the topic, those a status report gives the state asked; where none of them has a state,
  // those of all the named strategy's goals that have it (the topic was the report's own words).
  if (state) {
    const inState = (items: Picked[]) => {
      const passages = getPassages(context.db, items.flatMap((item) => (item.goal.passageId ? [item.goal.passageId] : [])));
      return items.filter((item) => item.goal.passageId !== null && goalState(passages.get(item.goal.passageId)?.text ?? '', item.goal.text) === state);
    };
    const shown = inState(picked);
    const all = shown.length === 0 && question.documents.length > 0 ? inState(listGoals(context.db, rowIdsBySlug(context.db, scope.map((d) => d.id))).map((goal) => ({ goal, score: 1, quote: null }))) : [];
    if (shown.length > 0 || all.length > 0) picked = shown.length > 0 ? shown : all;
  }
  // "Kva satsingsområde har tiltaksplanen?" of strategies that mark none: the headings their goals stand under.
  if (picked.length === 0 && question.goalKinds.includes('focus-area') && !specific && question.documents.length > 0) {
    const citations = new CitationList();
    const lines = scope.flatMap((document) => focusAreaParts(context, { document, goals: listGoals(context.db, rowIdsBySlug(context.db, [document.id])) }, citations, question.language).map((part) => `• ${document.organisation} – ${document.title}: ${part}`));
    if (lines.length > 0) return { intent: 'goals', language: question.language, topic: question.topic, answer: lines.join('\n'), citations: citations.items };
  }
  if (picked.length === 0 && question.goalKinds.length > 0) {
    // The passages are searched for the kind too ("innsatsområder" headings and lead-ins).
    // The words of a named strategy's title say which strategy, not what to look for.
    const topic = [...(named.length > 0 ? named : wordsForKinds(question.goalKinds)), topicBeyondTitles(question)].join(' ').trim();
    return { ...(await composeLookup(context, { ...question, topic })), intent: 'goals', topic: question.topic };
  }
  if (picked.length === 0) {
    const fallback = await composeLookup(context, question);
    if (fallback.citations.length === 0) return fallback;
    return { ...fallback, intent: 'goals', answer: `${phrases.goalsNone(question.topic)}\n${fallback.answer.split('\n').slice(1).join('\n')}` };
  }
  const passages = getPassages(context.db, picked.flatMap((item) => (item.goal.passageId ? [item.goal.passageId] : [])));
  const progress = asksProgress(question.text);
  const citations = new CitationList();
  const lines: string[] = [phrases.goalsIntro(question.topic)];
  // Sections headed by the topic ("2.1 Informasjonssikkerhet") hold the strategy's own words on it.
  const withGoals = scope.filter((document) => picked.some((item) => item.goal.documentId === document.id));
  // A question for one kind of goal is answered by those goals alone, not by the sections on the topic too.
  const focus = specific && question.goalKinds.length === 0 ? assessCoverage(context.db, withGoals, concept) : [];
  for (const document of withGoals) {
    const own = picked.filter((item) => item.goal.documentId === document.id).sort((a, b) => a.goal.id - b.goal.id);
    lines.push(`${document.organisation} – ${document.title}:`);
    const budgetRows = listBudgets(context.db, rowIdsBySlug(context.db, [document.id]));
    // A measure's cost: its table line, with the line's total over the period (a total column's cell), not sum rows.
    const lineTotals = lineTotalIds(budgetRows);
    const rows = budgetRows.filter((row) => !row.isSum || lineTotals.has(row.id));
    // A goal the adopting decision changed ("Fristen i mål 4 … endres fra … til …") is said with the change.
    const amendments = amendmentsIn(getDocumentPassages(context.db, document.id));
    const ledIn = new Set<number>();
    for (const { goal, quote, quotePassage } of own) {
      const passage = quotePassage ?? (goal.passageId ? passages.get(goal.passageId) : undefined);
      const exact = passage ? (quote ?? goalQuote(passage.text, goal.text)) : '';
      // The lead-in the strategy puts before its list ("… videreføringen av DIG3-prosjektet med følgende
      // målsettinger:") is said once, before the first of its goals: it tells what they belong to.
      const home = goal.passageId ? passages.get(goal.passageId) : undefined;
      const leadIn = home && !ledIn.has(home.id) ? leadInOf(home.text, picked.filter((item) => item.goal.passageId === home.id).map((item) => item.goal.text)) : null;
      if (home) ledIn.add(home.id);
      // Cited with the goal it leads into: the quote then runs from the lead-in to the end of the goal.
      const withLeadIn = leadIn && home && passage === home ? quoteWithLeadIn(home.text, exact, leadIn) : null;
      // "Og hvor langt har de kommet?": the goal with the status lines a status report puts under it.
      const status = progress && passage && exact ? statusAfter(passage.text, exact) : null;
      // Asked for a state or how far it has come, a goal in a status table is quoted with its row, which shows it.
      const row = (state || (progress && !status)) && passage && exact ? tableRowOf(passage.text, exact) : null;
      const quoted = status && passage ? passage.text.slice(passage.text.indexOf(exact), status.end).trim() : (row ?? withLeadIn ?? exact);
      const n = passage ? citations.citeExact(passage, document, quoted) : null;
      if (withLeadIn && !status) lines.push(`«${leadIn}» [${n}]`);
      const cell = row && !status ? stateCell(passage!.text, exact) : null;
      const shownStatus = status ? ` — ${status.lines.join('; ')}` : cell ? ` — ${cell}` : '';
      lines.push(`• ${goal.number ? `${goal.number}. ` : ''}${goal.text} (${goal.section})${costOf(goal, rows, question.language)}${shownStatus}${n ? ` [${n}]` : ''}`);
      const amended = amendmentOfGoal(goal, amendments);
      if (amended) lines.push(`  ${phrases.amendedBy(amended.quote.replace(/\s+/g, ' '))} [${citations.cite(amended.passage, document, amended.quote)}]`);
    }
    // A section pointed to shows the topic where its goals are not already quoted above ("Slik måler vi
    // fremgang" over the indicators just listed adds nothing), and is no title page: the document's
    // title is no section on the topic.
    const quoted = new Set(citations.items.filter((item) => item.documentId === document.id).map((item) => item.passageId));
    const pointsOn = (e: { passage: PassageRow; text: string }) => !quoted.has(e.passage.id) && !isDocumentTitle(e.text, document.title) && !isDocumentTitle(e.passage.section.title, document.title);
    for (const e of focus.find((item) => item.document.id === document.id)?.evidence.filter((item) => item.kind === 'focus' && pointsOn(item)).slice(0, 2) ?? []) {
      const place = placeOf(document, e.passage.page, '', question.language);
      lines.push(`${phrases.seeSection} «${e.text}»${place ? ` (${place})` : ''} [${citations.cite(e.passage, document, e.quote)}]`);
    }
  }
  // "Har Tønsberg og Lillestrøm tiltak for e-faktura?": a named strategy that does not take the topic up
  // at all is said so, not left out (one with other evidence on it — a section, an indicator of
  // another kind than asked — is not said to lack it).
  const without = specific ? assessCoverage(context.db, question.documents.filter((document) => !withGoals.includes(document)), concept).filter((item) => !item.addresses).map((item) => item.document) : [];
  if (without.length > 0) lines.push(phrases.goalsMissing(question.topic, listNames(without.map(strategyName), question.language)));
  return { answer: lines.join('\n'), citations: citations.items, intent: 'goals', language: question.language, topic: question.topic };
};

/** True for a heading that is the document's title (or its title without the period, or the period's title with more). */
export function isDocumentTitle(heading: string, title: string): boolean {
  const key = (text: string) => normalize(text).replace(/[^\p{L}\d]+/gu, ' ').trim();
  const bare = (text: string) => key(text).replace(/(?:19|20)\d{2}/g, ' ').replace(/\s+/g, ' ').trim();
  const [h, t] = [bare(heading), bare(title)];
  return h !== '' && (h === t || (h.length >= 12 && (`${t} `.startsWith(`${h} `) || `${h} `.startsWith(`${t} `))));
}

/**
 * What a measure costs where the plan's budget table has a line of the same words (a tiltak table with
 * a cost column): ", 1 200 000 kr" (with the line's year where it has one). Empty when no line is the measure.
 */
function costOf(goal: GoalRow, rows: BudgetRow[], language: Language): string {
  const key = (text: string) => normalize(text).replace(/[^\p{L}\d]+/gu, ' ').trim();
  const own = key(goal.text);
  const lines = rows.filter((row) => {
    const label = key(row.label);
    // The line's label may carry the table's other cells after the measure ("… i økonomiavdelingen Økonomi 2025").
    const [shorter, longer] = label.length <= own.length ? [label, own] : [own, label];
    return shorter.length >= 12 && longer.startsWith(shorter) && shorter.length >= longer.length * 0.5;
  });
  if (lines.length === 0) return '';
  return `, ${lines.map((row) => `${formatMoney(row.amount, language)}${row.year ? ` (${row.year})` : ''}`).join(', ')}`;
}

/**
 * The goals on a concept. Named strategies: every goal of theirs is read. All strategies: only the
 * strategies with a goal, focus area or measure on the concept (from the ingest tags or the words'
 * passages) are read, so the cost follows the topic, not the corpus.
 */
function goalsOnConcept(db: Parameters<typeof listGoals>[0], scope: Parameters<typeof assessCoverage>[1], concept: ConceptQuery, named: boolean): Picked[] {
  const documents = named
    ? scope
    : assessCoverage(db, scope, concept, { maxEvidence: 1 })
        .map((item) => ({ document: item.document, weight: item.counts.goal + item.counts.focus + item.counts.measure }))
        .filter((item) => item.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .map((item) => item.document);
  // Across all strategies the answer shows MAX_GOALS goals: the strategies are read, strongest first,
  // a few at a time until that many are found, so the cost does not grow with the corpus.
  if (named) return goalsOfDocuments(db, documents, concept);
  const picked: Picked[] = [];
  for (let i = 0; i < documents.length && picked.length < MAX_GOALS; i += DOCUMENTS_PER_READ) picked.push(...goalsOfDocuments(db, documents.slice(i, i + DOCUMENTS_PER_READ), concept));
  return picked;
}

/** Strategies read at a time when the goals on a concept are looked for across all of them. */
const DOCUMENTS_PER_READ = 8;

function goalsOfDocuments(db: Parameters<typeof listGoals>[0], documents: Parameters<typeof assessCoverage>[1], concept: ConceptQuery): Picked[] {
  if (documents.length === 0) return [];
  const goals = listGoals(db, rowIdsBySlug(db, documents.map((d) => d.id)));
  const passages = getPassages(db, [...new Set(goals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])))]);
  const byPassage = new Map<number, string[]>();
  for (const goal of goals) if (goal.passageId) byPassage.set(goal.passageId, [...(byPassage.get(goal.passageId) ?? []), goal.text]);
  const firsts = firstPassagesOfSections(db, [...new Set([...passages.values()].map((passage) => passage.section.id))]);
  const headings = sectionAncestry(db, documents.map((document) => document.id));
  const sectionStart = (passage: PassageRow | undefined) => {
    const first = passage ? firsts.get(passage.section.id) : undefined;
    return first ? { passage: first, goals: byPassage.get(first.id) ?? [] } : undefined;
  };
  return goals.flatMap((goal) => {
    const passage: PassageRow | undefined = goal.passageId ? passages.get(goal.passageId) : undefined;
    const onTopic = goalOnTopic(concept, goal, passage, goal.passageId ? (byPassage.get(goal.passageId) ?? []) : [], sectionStart(passage), passage ? (headings.get(passage.section.id) ?? []) : []);
    return onTopic.score >= HEADING_MATCH ? [{ goal, score: onTopic.score, quote: onTopic.quote, quotePassage: onTopic.passage }] : [];
  });
}

/**
 * The titles of each section's enclosing sections, nearest first: the measures under "6.3 Tiltak" stand
 * in the chapter "6 Velferdsteknologi og digitale tjenester", which says what they are about.
 */
function sectionAncestry(db: Parameters<typeof listGoals>[0], slugs: string[]): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const sections of getSectionsOf(db, slugs).values()) {
    const byId = new Map(sections.map((section) => [section.id, section]));
    for (const section of sections) {
      const titles: string[] = [];
      for (let parent = section.parentId === null ? undefined : byId.get(section.parentId); parent && titles.length < MAX_ANCESTORS; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) titles.push(parent.title);
      result.set(section.id, titles);
    }
  }
  return result;
}

/** Enclosing sections read for a goal's topic (a chapter and its part are enough). */
const MAX_ANCESTORS = 2;

/** Longest lead-in said before a list of goals. */
const MAX_LEAD_IN = 250;

/**
 * The sentence that introduces a passage's list of goals, when it ends in a colon and says more than
 * its heading: "Kommunene skal bidra aktivt i den planlagte videreføringen av DIG3-prosjektet med
 * følgende målsettinger:", "Innen 2025 skal kommunen:". Null when there is none.
 */
export function leadInOf(passage: string, goalTexts: string[]): string | null {
  // A flattened list's "o" bullet ("… følgende målsettinger: o Elevene skal …") is no part of it.
  const intro = introOf(passage, goalTexts).replace(/\so$/u, '').trim();
  if (!intro.endsWith(':')) return null;
  const sentence = intro.split(/(?<=[.!?])\s+|\n+/u).pop()?.trim() ?? '';
  return sentence.length >= 15 && sentence.length <= MAX_LEAD_IN && sentence.includes(' ') ? sentence : null;
}

/**
 * The quote for the first goal after a lead-in: the quote itself where it holds the lead-in already (a
 * heading-and-lead-in quote), else the passage's text from the lead-in to the end of the goal when only
 * a list marker stands between them. Null when they are not one run of text.
 */
function quoteWithLeadIn(passage: string, quote: string, leadIn: string): string | null {
  if (quote.includes(leadIn)) return quote;
  const start = passage.indexOf(leadIn);
  const at = passage.indexOf(quote, start + leadIn.length);
  if (start < 0 || at < 0 || !/^[\s\-–•*o]*(?:[a-zæøå]\)|\d{1,2}[.)])?\s*$/u.test(passage.slice(start + leadIn.length, at))) return null;
  return passage.slice(start, at + quote.length);
}

/** Of each strategy's goals, those the qualified concept shows, where it shows any; else all of them. */
function showingQualifier(picked: Picked[], qualified: ConceptQuery): Picked[] {
  const shown = new Set(picked.filter((item) => qualified.shows(item.quote ?? item.goal.text)).map((item) => item.goal.documentId));
  return picked.filter((item) => !shown.has(item.goal.documentId) || qualified.shows(item.quote ?? item.goal.text));
}
