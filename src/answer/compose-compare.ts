import { conceptWords, createTopicMatcher, GENERIC_SHARE, resolveConcept, termStats, type ConceptQuery, type TermStats, type TopicMatcher } from '../search/match.ts';
import type { SearchResult } from '../search/search.ts';
import { phraseStems } from '../search/thesaurus.ts';
import { loadVocabulary, themesIn, withNarrower, withoutExamples } from '../text/vocabulary.ts';
import { onlyBudgetWords, withoutBudgetWords } from './compose-budget.ts';
import { normalize } from '../text/analyze.ts';
import { sumRowQuote, tableHeading } from './budget-quotes.ts';
import { COMPARE_PHRASES } from './compare-phrases.ts';
import { asksWhoSpendsMore, speaksOfMoney } from './question-words.ts';
import { focusAreaParts } from './compare-focus-areas.ts';
import { mostSpecificFirst, specificity, withoutAskedParts, type Specificity } from './compare-specific.ts';
import { narrowerEvidence, themeEvidence } from './compare-theme-evidence.ts';
import { bestScore, namesSeveralThemes, SIDE_SHARE, TOP_SHARE, topicParts, type TopicParts } from './compare-topic-parts.ts';
import { findCollaboration, membersOf } from '../../ingest/gazetteer.ts';
import { frameOverPeriod, isAnnualFrame } from './budget-frames.ts';
import { getDocumentPassages, getPassage, getPassages, listBudgets, listGoals, listThemeTags, rowIdsBySlug, type BudgetRow, type DocumentSummary, type GoalRow } from '../store/index.ts';
import { budgetTotals, lineTotalIds, type FrameTotal, type TableYearTotal } from './budget-totals.ts';
import { CitationList, findQuote } from './citations.ts';
import { truncate } from './compose-coverage.ts';
import { topicBeyondTitles, type ComposeContext, type Composer } from './context.ts';
import { bestSentence } from './coverage.ts';
import { quoteWindow, shownWindow } from './quote-window.ts';
import { linesWithoutAmount } from './budget-no-amount.ts';
import { formatMoney, listNames, PHRASES, type Language } from './language.ts';

/** One strategy's side of a comparison. */
export interface CompareColumn {
  document: DocumentSummary;
  /** The strategy's best passages on the topic (its measures and discussion). */
  passages: SearchResult[];
  /** Its goals on the topic (all its goals when there is no topic). */
  goals: GoalRow[];
  /** Goals compared between two versions of one strategy: those on the topic, and those naming its themes in their own words. */
  versionGoals: GoalRow[];
  /** Its goals whose own text does not name the topic but whose heading does ("Innbyggere og næringsliv" over "Vi vil gjøre det enkelt for oppstartsbedrifter …"). */
  headingGoals: GoalRow[];
  /** Its budget lines on the topic (sum rows included). */
  budgets: BudgetRow[];
  /** Its budget on the topic per year and per period, added up the budgetTotals way, and their sum. */
  totals: { years: TableYearTotal[]; frames: FrameTotal[]; /** Per frame: true when its amount is per year (else one amount for the period). */ perYear: boolean[]; sum: number };
  /** Themes (thesaurus concepts) this strategy shares with every other column, and those only it has. */
  summary: { shared: string[]; onlyIn: string[] };
}

const MAX_THEMES = 8;

/** Passages searched per strategy, of which the three most specific to the question are kept. */
const PASSAGES_SEARCHED = 10;

/**
 * Strategies side by side on a topic (or as a whole): goals, passages, budget lines and totals, and
 * which themes of the vocabulary they share and which only one of them has.
 */
export async function compareDocuments(context: ComposeContext, documents: DocumentSummary[], asked: string, language: Language = 'nb'): Promise<CompareColumn[]> {
  // "Sammenlign budsjettene til …": a topic of budget words only compares the whole budgets.
  const topic = onlyBudgetWords(asked) ? '' : asked;
  const matcher = createTopicMatcher(topic, context.thesaurus);
  const concept = resolveConcept(topic, loadVocabulary(), termStats(context.db), language);
  const specific = specificity(topic, concept, termStats(context.db));
  const columns = await Promise.all(
    documents.map(async (document) => {
      const ids = rowIdsBySlug(context.db, [document.id]);
      // On the topic: what the thesaurus matcher finds, and for free text also what shows its words
      // another way (a compound by its parts written apart: "plattform for deling av data" for "dataplattform").
      const onTopic = (text: string) => matcher.matches(text) || (concept.kind === 'words' && concept.shows(text));
      const searched = topic ? (await context.searcher.search({ q: topic, k: PASSAGES_SEARCHED, documentId: document.id })).filter((r) => onTopic(r.text) || specific.of(r.text) > 0) : [];
      // On a theme, also the passages its tags name that the search did not reach ("stabil drift" for ICT operations: a label that tags a text without widening a search).
      const found = concept.kind === 'theme' ? [...searched, ...taggedPassages(context, document, ids, concept.themes, searched)] : searched;
      // The best passages: those that show the concept itself (a theme's label, all of a free topic's
      // specific words) first, then the others; each lot with the question's specific words first (compare-specific.ts).
      const shows = (r: SearchResult) => (concept.kind === 'theme' || concept.kind === 'words') && concept.shows(r.text);
      const passages = [...mostSpecificFirst(found.filter(shows), (r) => r.text, specific), ...mostSpecificFirst(found.filter((r) => !shows(r)), (r) => r.text, specific)].slice(0, 3);
      const allGoals = listGoals(context.db, ids, null);
      const goals = allGoals.filter((goal) => !topic || onTopic(goal.text));
      // Between versions, every goal naming the topic's themes, a narrower one too ("Helsenettet" for "helse og
      // omsorg"): a goal kept may be worded in its own words.
      const versionGoals = concept.kind === 'theme' ? allGoals.filter((goal) => onTopic(goal.text) || concept.shows(goal.text)) : goals;
      const headingGoals = topic ? allGoals.filter((goal) => !onTopic(goal.text) && matcher.matches(goal.section)) : [];
      const allRows = listBudgets(context.db, ids);
      // A theme's budget lines are those that name the theme, not those that share a word with it ("Helse og Velferd" for e-helse).
      // On a theme, a line that shows it or a narrower theme ("Digitalt tilsyn i hjemmetjenesten" for welfare technology).
      const budgets = allRows.filter((row) => !topic || (concept.kind === 'theme' ? concept.shows(`${row.label} ${row.table}`) : matcher.matches(`${row.label} ${row.table}`)));
      const total = budgetTotals(budgets, allRows)[0];
      const years = total?.years ?? [];
      const frames = total?.frames ?? [];
      const rowPassages = getPassages(context.db, allRows.flatMap((row) => (row.passageId ? [row.passageId] : [])));
      const perYear = frames.map((frame) => isAnnualFrame(frame, allRows, rowPassages));
      // A total column or sum row over the years counted already is shown beside them, not added to them.
      const sum = years.reduce((s, item) => s + item.amount, 0) + frames.reduce((s, frame, i) => s + (frame.restatesYears ? 0 : frameOverPeriod(frame, perYear[i]!)), 0);
      return { document, passages, goals, versionGoals, headingGoals, budgets, totals: { years, frames, perYear, sum }, summary: { shared: [], onlyIn: [] } } as CompareColumn;
    }),
  );
  summarise(columns, topic, language);
  return columns;
}

/** The passages of a document tagged with any of the themes that are not among `found`, as search results ranked below them. */
function taggedPassages(context: ComposeContext, document: DocumentSummary, rowIds: number[], themes: string[], found: SearchResult[]): SearchResult[] {
  const seen = new Set(found.map((result) => result.passageId));
  const ids = [...new Set(listThemeTags(context.db, themes, rowIds).flatMap((tag) => (tag.passageId !== null && !seen.has(tag.passageId) ? [tag.passageId] : [])))].slice(0, PASSAGES_SEARCHED);
  return [...getPassages(context.db, ids).values()].map((passage) => ({
    passageId: passage.id, documentId: document.id, title: document.title, organisation: document.organisation, section: passage.section.title,
    sectionNumber: passage.section.number, page: passage.page, text: passage.text, score: 0, highlights: [], url: passage.url,
  }));
}

/**
 * Themes of the vocabulary per column, from its goals, budget lines and passages, labelled in the
 * answer's language; the topic's own themes (and those above and below them) are shared by definition
 * and left out.
 */
function summarise(columns: CompareColumn[], topic: string, language: Language): void {
  const vocabulary = loadVocabulary();
  const own = new Set<string>();
  for (const id of topic ? themesIn(vocabulary, topic) : []) {
    for (const related of withNarrower(vocabulary, id)) own.add(related);
    for (const broader of vocabulary.byId.get(id)?.broader ?? []) own.add(broader);
  }
  const themesOf = (column: CompareColumn) => {
    const texts = [...column.goals.map((goal) => goal.text), ...column.budgets.filter((row) => !row.isSum).map((row) => row.label), ...column.passages.map((p) => p.text)];
    const counts = new Map<string, number>();
    for (const text of texts) for (const id of themesIn(vocabulary, text)) if (!own.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const perColumn = columns.map(themesOf);
  const label = (id: string) => vocabulary.byId.get(id)?.prefLabel[language] ?? id;
  const total = (id: string) => perColumn.reduce((s, counts) => s + (counts.get(id) ?? 0), 0);
  const byWeight = (ids: string[]) => ids.sort((a, b) => total(b) - total(a)).slice(0, MAX_THEMES).map(label);
  const all = [...new Set(perColumn.flatMap((counts) => [...counts.keys()]))];
  const shared = byWeight(all.filter((id) => perColumn.every((counts) => counts.has(id))));
  columns.forEach((column, i) => {
    column.summary = { shared, onlyIn: byWeight(all.filter((id) => perColumn.every((counts, j) => (j === i) === counts.has(id)))) };
  });
}


/** The asked topic as the summary names it: a theme's label in the answer's language ("velferdsteknologi" for "velferdsteknologimålene"), else the words asked. */
function topicName(concept: ConceptQuery, topic: string, language: Language): string {
  const vocabulary = loadVocabulary();
  const named = concept.kind === 'theme' ? withoutExamples(vocabulary, concept.named) : [];
  const theme = named.length === 1 ? vocabulary.byId.get(named[0]!) : undefined;
  return theme ? theme.prefLabel[language] : topic;
}

/** "eStrategi 2011–2014 for Kongsbergregionen (2011–2014)" for versions; the organisation otherwise. */
function columnName(document: DocumentSummary, versions: boolean): string {
  if (!versions) return document.organisation;
  const period = `${document.period.from ?? '?'}–${document.period.to ?? '?'}`;
  return document.title.includes(period) ? document.title : `${document.title} (${period})`;
}

/**
 * "Sammenlign ØRU og Kongsbergregionen på e-helse", "Hvordan skiller Sørum og ØRU seg på
 * informasjonssikkerhet?", "Sammenlign Kongsbergregionens strategier": one line per strategy with its
 * goals, measures and budget on the topic, then what they share and what only one has; two versions of
 * one organisation's strategy also get their goals kept, added and dropped.
 */
export const composeCompare: Composer = async (context, asked) => {
  // Title words of the compared strategies and budget words alone are no topic: the whole strategies are compared.
  const beyond = topicBeyondTitles(asked);
  const left = withoutAskedParts(withoutBudgetWords(beyond));
  const stats = termStats(context.db);
  const leftConcept = resolveConcept(left, loadVocabulary(), stats);
  // Only words found almost everywhere ("Compare … on digitalisation", "… IKT"): the whole strategies are compared.
  const generic = leftConcept.kind === 'generic';
  const question = { ...asked, topic: generic ? '' : left };
  const phrases = PHRASES[question.language];
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const documents = [...question.documents].sort((a, b) => (a.period.from ?? 0) - (b.period.from ?? 0));
  const organisations = new Set(documents.map((document) => document.organisation));
  const versions = organisations.size === 1 && documents.length >= 2;
  // "Sammenlign Fosen IKT og Ørland": a member named beside its collaboration resolves to it; the
  // collaboration's strategy is the member's too, said as such, and compared with nothing else.
  const members = organisations.size === 1 && !versions ? membersNamed(asked.text, documents[0]!) : [];
  if (organisations.size < 2 && !versions && members.length === 0) return { ...base, answer: phrases.compareNeedTwo, citations: [] };
  const matcher = createTopicMatcher(question.topic, context.thesaurus);
  // Quotes are chosen to show the concept itself: a label of a theme the topic names, else the topic's words.
  const concept = generic ? resolveConcept('', loadVocabulary(), stats) : leftConcept;
  const shows = concept.kind === 'theme' || concept.kind === 'words' ? concept.shows : matcher.matches;
  // A fallback's evidence shows part of the concept: one of a free-text topic's specific words; on a theme,
  // what the matcher finds without the topic's generic words ("kommunen" of "éin digital inngang til
  // kommunen" is no evidence); else what the matcher found.
  const showsSome = concept.kind === 'words' ? concept.showsSome : concept.kind === 'theme' ? themeOrSpecific(concept, question.topic, stats, context.thesaurus) : matcher.matches;
  // "Sammenlign budsjettene til …", "Compare the budgets of …": the budgets side by side, without goals.
  const budgetOnly = question.topic === '' && speaksOfMoney(asked.text);
  const columns = await compareDocuments(context, documents, question.topic, question.language);
  const citations = new CitationList();
  // One line per organisation (its strategies together), or per document when they are versions of one.
  const groups = new Map<string, CompareColumn[]>();
  for (const column of columns) {
    const key = versions ? column.document.id : column.document.organisation;
    groups.set(key, [...(groups.get(key) ?? []), column]);
  }
  const names = [...groups.values()].map((group) => columnName(group[0]!.document, versions));
  const lines: string[] = [question.topic ? phrases.compareIntro(question.topic, listNames(names, question.language)) : phrases.compareIntroAll(listNames(names, question.language))];
  let narrowerShown = false;
  let sidesShowing = 0;
  const focusAsked = question.topic === '' && !budgetOnly && asked.goalKinds.includes('focus-area');
  // A topic of several parts (themes, specific words): each side's evidence is that which shows the most of it.
  const weighed = question.topic && (concept.kind === 'theme' || concept.kind === 'words') ? topicParts(context.db, question.topic, concept, stats) : null;
  const selection: Selection = { matcher, shows, showsSome, partial: concept.kind === 'words', budgetOnly, money: speaksOfMoney(asked.text), compared: documents, specific: specificity(question.topic, concept, stats), weighed: weighed && weighed.parts.length >= 2 ? weighed : null };
  const sideBest = (themes: boolean) => [...groups.values()].map((group) => (selection.weighed ? Math.max(...group.map((column) => bestScore(selection.weighed!, evidenceTexts(context, column, selection), themes))) : 0));
  const tops = sideBest(false);
  const themeTops = selection.weighed && namesSeveralThemes(selection.weighed) ? sideBest(true) : [];
  const bestSide = Math.max(0, ...themeTops);
  for (const [i, group] of [...groups.values()].entries()) {
    // A side whose best evidence shows far less of the themes the topic names than another side's
    // (only the wider theme of "digitale tjenester på samisk") has nothing on the topic itself, and says so.
    if (!focusAsked && bestSide > 0 && themeTops[i]! < bestSide * SIDE_SHARE) {
      lines.push(`• ${names[i]}: ${phrases.compareNothing}`);
      continue;
    }
    // "Hvordan skiller satsingsområdene i X seg fra Y?": the whole strategies' focus areas side by side.
    const sideParts = (top: number) => group.flatMap((column) => (focusAsked ? focusAreaParts(context, column, citations, question.language) : columnParts(context, column, selection, citations, question.language, question.topic, top)));
    // Only the evidence that shows the most of the topic on this side; all of it where that leaves nothing to quote.
    let parts = sideParts(tops[i]!);
    if (parts.length === 0 && tops[i]! > 0) parts = sideParts(0);
    // Nothing by the topic's words: the theme's evidence as coverage finds it (its tags), before saying "nothing".
    if (parts.length === 0 && question.topic && concept.kind === 'theme') parts.push(...themeEvidence(context, group.map((column) => column.document), concept, citations, question.language));
    // One narrower theme per answer, on the first side that has it unsaid: a hint of the breadth, not a second topic.
    if (parts.length > 0 && concept.kind === 'theme' && !narrowerShown) {
      const narrower = narrowerEvidence(context, group.map((column) => column.document), concept, parts.join(' '), citations, question.language);
      parts.push(...narrower);
      narrowerShown = narrower.length > 0;
    }
    if (parts.length > 0) sidesShowing++;
    lines.push(`• ${names[i]}: ${parts.length > 0 ? parts.join('; ') : phrases.compareNothing}`);
  }
  // "Which one spends more?", "Hvem setter av mest …": the sides' budget sums on the topic, the largest named.
  const sums = [...groups.values()].map((group) => group.reduce((sum, column) => sum + column.totals.sum, 0));
  if (asksWhoSpendsMore(asked.text) && sums.filter((sum) => sum > 0).length >= 2) {
    const top = sums.indexOf(Math.max(...sums));
    const others = sums.flatMap((sum, i) => (i === top ? [] : [`${names[i]}: ${formatMoney(sum, question.language)}`]));
    lines.push(COMPARE_PHRASES[question.language].largest(names[top]!, formatMoney(sums[top]!, question.language), listNames(others, question.language)));
  }
  if (members.length > 0) {
    lines.push(COMPARE_PHRASES[question.language].memberOf(listNames(members, question.language), documents[0]!.organisation));
    return { ...base, answer: lines.join('\n'), citations: citations.items };
  }
  // The topic asked is shared when every side has evidence on it; the summary leaves it out, as the themes it names.
  const topicShared = question.topic && sidesShowing === groups.size ? [topicName(concept, question.topic, question.language)] : [];
  const shared = [...new Set([...topicShared, ...(columns[0]?.summary.shared ?? [])])];
  lines.push(shared.length > 0 ? phrases.shared(shared.join(', ')) : phrases.sharedNone);
  for (const [i, group] of [...groups.values()].entries()) {
    const only = [...new Set(group.flatMap((column) => column.summary.onlyIn))];
    if (only.length > 0) lines.push(phrases.onlyIn(names[i]!, only.join(', ')));
  }
  // Focus areas asked: the goals kept and dropped between versions are no answer to it.
  if (versions && !focusAsked) lines.push(...goalChanges(context, columns, citations, question.language));
  return { ...base, answer: lines.join('\n'), citations: citations.items };
};

/** A theme's test, or else a match of the topic's specific words (its generic ones, conceptWords, left out). */
function themeOrSpecific(concept: ConceptQuery, topic: string, stats: TermStats, thesaurus: ComposeContext['thesaurus']): (text: string) => boolean {
  const specific = conceptWords(topic, loadVocabulary(), stats).filter((word) => !word.generic).map((word) => word.word).join(' ');
  const matcher = createTopicMatcher(specific, thesaurus);
  return (text) => concept.shows(text) || matcher.matches(text);
}

/** The members of a collaboration (its municipalities, data/gazetteer) that the question names, as written there. */
function membersNamed(text: string, document: DocumentSummary): string[] {
  const collaboration = [document.organisation, ...document.aliases].map(findCollaboration).find(Boolean);
  // A municipality's own name ("Sørum" of Sørum kommune) is no member of it.
  const own = new Set([document.organisation, ...document.aliases, document.organisation.replace(/ (?:fylkes)?kommune$/, '')].map(normalize));
  const members = [...new Set([...document.municipalities, ...(collaboration ? membersOf(collaboration) : [])])].filter((member) => !own.has(normalize(member)));
  const asked = normalize(text);
  return members.filter((member) => new RegExp(`(?<![\\p{L}\\d])${normalize(member).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|'s)?(?![\\p{L}\\d])`, 'u').test(asked));
}

const GOALS_SHOWN = 3;
/** Budget lines quoted for a side whose lines on the topic have no year or period to add up. */
const BUDGET_LINES_SHOWN = 2;

/** How a column's evidence is chosen: the topic matcher, the stricter test a quote must pass, and whether only budgets are compared. */
interface Selection {
  matcher: TopicMatcher;
  shows: (text: string) => boolean;
  /** The looser test of a fallback: part of the concept (see preferShown). */
  showsSome: (text: string) => boolean;
  /** True for a free-text topic, whose passages may show part of it when none shows all of it. */
  partial: boolean;
  budgetOnly: boolean;
  /** True when the question speaks of money ("budget for", "finansiere"): a side without an amount on the topic says what its table gives instead. */
  money: boolean;
  /** The strategies compared, so that a side's goals naming another side come first. */
  compared: DocumentSummary[];
  /** How specific a text is to the question: its goals and passages most specific first. */
  specific: Specificity;
  /** The topic's parts by weight, when it has two or more (compare-topic-parts.ts); null otherwise. */
  weighed: TopicParts | null;
  /** True when a text shows as much of the topic as the side's best evidence (set per side). */
  atTop?: (text: string) => boolean;
}

/** The texts a side's evidence is quoted from: its goals, the headings over its heading goals, its passages. */
function evidenceTexts(context: ComposeContext, column: CompareColumn, selection: Selection): string[] {
  if (selection.budgetOnly) return [];
  const goalPassages = getPassages(context.db, column.goals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const goals = column.goals.filter((goal) => goal.passageId && goalPassages.has(goal.passageId)).map((goal) => goal.text);
  return [...goals, ...column.headingGoals.map((goal) => goal.section), ...column.passages.map((result) => result.text)];
}

/**
 * The items whose text shows the concept, or, when none does, those that show part of it (one of a
 * free-text topic's specific words): for "finansiering av digitalisering", a goal that only says
 * "digitalisering" is no evidence.
 */
function preferShown<T>(items: T[], text: (item: T) => string, selection: Pick<Selection, 'shows' | 'showsSome'>): T[] {
  const shown = items.filter((item) => selection.shows(text(item)));
  return shown.length > 0 ? shown : items.filter((item) => selection.showsSome(text(item)));
}

function columnParts(context: ComposeContext, column: CompareColumn, selection: Selection, citations: CitationList, language: Language, topic: string, top = 0): string[] {
  const hasTopic = topic !== '';
  const { matcher } = selection;
  // A goal, heading or sentence quoted must show as much of the topic as the side's best evidence
  // does (its parts weighed); budget lines keep the looser tests.
  const base = selection;
  const atTop = (text: string) => top <= 0 || !base.weighed || base.weighed.score(text) >= top * TOP_SHARE;
  const shows = (text: string) => base.shows(text) && atTop(text);
  selection = { ...base, shows, showsSome: (text) => base.showsSome(text) && atTop(text), atTop };
  const phrases = PHRASES[language];
  const parts: string[] = [];
  const goalPassages = getPassages(context.db, column.goals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const stored = column.goals.filter((goal) => goal.passageId && goalPassages.has(goal.passageId));
  const goals = selection.budgetOnly ? [] : hasTopic ? mostSpecificFirst(preferShown(stored, (goal) => goal.text, selection), (goal) => goal.text, selection.specific) : namingOthersFirst(stored, column.document, selection.compared);
  // Goals and measures are counted and labelled apart ("mål (1): «…»; tiltak (1): «…»"), in the order shown.
  const shownGoals = goals.slice(0, GOALS_SHOWN);
  for (const measures of [false, true]) {
    const ofKind = (goal: (typeof goals)[number]) => (goal.kind === 'measure') === measures;
    const shown = shownGoals.filter(ofKind).map((goal) => `«${truncate(goal.text, 140)}» [${citations.cite(goalPassages.get(goal.passageId!)!, column.document, goal.text)}]`);
    if (shown.length > 0) parts.push(`${measures ? COMPARE_PHRASES[language].measure : phrases.evidence.goal} (${goals.filter(ofKind).length}): ${shown.join(', ')}`);
  }
  const underHeadings = hasTopic && !selection.budgetOnly ? headingGoalParts(context, column, selection, topic, Math.max(0, GOALS_SHOWN - goals.length), citations, language) : { parts: [], passageIds: new Set<number>() };
  parts.push(...underHeadings.parts);
  if (hasTopic) {
    // The best passages beside the goals whose quote shows the topic: a passage that matched by a wider
    // word only ("environment" for green IT) gives way to the next one.
    // (Nor a budget table's text: its lines are shown below as the budget, not quoted as cells.)
    const tables = new Set(column.budgets.flatMap((row) => (row.passageId ? [row.passageId] : [])));
    const fresh = column.passages.filter((result) => !goals.some((goal) => goal.passageId === result.passageId) && !underHeadings.passageIds.has(result.passageId) && !tables.has(result.passageId));
    const wanted = goals.length > 0 ? 2 : 3;
    let quoted = 0;
    // Sentences that show the whole concept; when none does, those that show one of a free-text topic's specific words.
    for (const test of selection.partial ? [shows, selection.showsSome] : [shows]) {
      for (const result of fresh) {
        if (quoted >= wanted) break;
        const passage = getPassage(context.db, result.passageId);
        if (!passage) continue;
        // Only a sentence that itself shows the topic is quoted as evidence: the best one that does.
        const sentence = bestSentence(passage.text, matcher, (candidate) => test(findQuote(passage.text, candidate)));
        // The quote as cited (a long sentence is cut to its leading words) must show the concept.
        if (!test(findQuote(passage.text, sentence))) continue;
        // A long sentence is shown by the part that shows the concept, and cited by it.
        const window = quoteWindow(sentence, 200, test);
        parts.push(`«${shownWindow(window)}» [${citations.cite(passage, column.document, window.before ? window.quote : sentence)}]`);
        quoted++;
      }
      if (quoted > 0) break;
    }
  }
  const { years, frames, perYear, sum } = column.totals;
  if (years.length > 0 || frames.length > 0) {
    const amounts = [...years.map((item) => `${item.year}: ${formatMoney(item.amount, language)}`), ...frames.map((frame, i) => `${frame.from ?? '?'}–${frame.to ?? '?'}: ${formatMoney(frame.amount, language)}${perYear[i] ? ` ${phrases.perYear}` : ''}`)];
    // On a topic, the line that names it; on the whole budget, the largest sum row quoted with its total word.
    // A table's sum rows, not the total column's cell of one line.
    const lineTotals = lineTotalIds(column.budgets);
    const sums = column.budgets.filter((r) => r.isSum && !lineTotals.has(r.id));
    const rowPassages = getPassages(context.db, column.budgets.flatMap((r) => (r.passageId ? [r.passageId] : [])));
    const verbatim = (r: BudgetRow) => r.passageId !== null && (rowPassages.get(r.passageId)?.text.includes(r.label) ?? false);
    const named = hasTopic ? preferShown(column.budgets.filter((r) => !r.isSum && matcher.matches(r.label) && verbatim(r)), (r) => r.label, base)[0] : undefined;
    const row = named ?? (sums.length > 0 ? sums.reduce((a, b) => (b.amount > a.amount ? b : a)) : column.budgets[0]);
    const passage = row?.passageId ? rowPassages.get(row.passageId) ?? null : null;
    const summed = row?.isSum && passage ? sumRowQuote(passage.text, row) : null;
    let cite = passage && row ? ` [${citations.cite(passage, column.document, row.isSum ? summed ?? row.raw : row.label)}]` : '';
    // A sum row without its total word nearby (an overview table split over passages): the table's heading beside it.
    const heading = row?.isSum && !summed ? tableHeading(rowPassages.values(), row) : null;
    if (heading) cite += ` [${citations.cite(heading.passage, column.document, heading.quote)}]`;
    // The one line on the topic is named: what the money is for ("Informasjonssikkerhetstiltak (ISO 27001, brannvegger)").
    const only = named && column.budgets.filter((r) => !r.isSum).length === 1 ? ` («${truncate(named.label, 100)}»)` : '';
    parts.push(`${phrases.compareLabels.budget.toLowerCase()}${only}: ${amounts.join(', ')}${years.length + frames.length > 1 ? ` (${formatMoney(sum, language)})` : ''}${cite}`);
  }
  else if (hasTopic && column.budgets.some((r) => !r.isSum && r.passageId !== null)) {
    // Budget lines on the topic with no year or period to add them up by ("Informasjonssikkerhetstiltak (ISO
    // 27001, brannvegger) 0,10 mill" in a plan's one-year table): the lines themselves, quoted.
    const lines = column.budgets.filter((r) => !r.isSum && r.passageId !== null).slice(0, BUDGET_LINES_SHOWN);
    const rowPassages = getPassages(context.db, lines.map((r) => r.passageId!));
    const shown = lines.flatMap((r) => {
      const passage = rowPassages.get(r.passageId!);
      return passage ? [`«${r.label}» ${formatMoney(r.amount, language)} [${citations.cite(passage, column.document, r.label)}]`] : [];
    });
    if (shown.length > 0) parts.push(`${phrases.compareLabels.budget.toLowerCase()}: ${shown.join(', ')}`);
  }
  else if (hasTopic && selection.money) {
    // Money asked and no amount on the topic: a table line on it whose cell says why there is none («Innenfor ramme»).
    const found = linesWithoutAmount(getDocumentPassages(context.db, column.document.id), base.shows, 1)[0];
    if (found) parts.push(COMPARE_PHRASES[language].withoutAmount(found.cells, found.cell, citations.cite(found.passage, column.document, found.line)));
  }
  return parts;
}

/**
 * A whole strategy's goals, those that name another compared organisation first (its name or short
 * name): how the strategies relate. Sunnfjord beside Vestland → «Sunnfjord kommune skal vere ein aktiv
 * deltakar i det regionale digitaliseringsnettverket i Vestland.» before its other goals.
 */
function namingOthersFirst(goals: GoalRow[], own: DocumentSummary, compared: DocumentSummary[]): GoalRow[] {
  const names = compared
    .filter((document) => document.organisation !== own.organisation)
    .flatMap((document) => [document.organisation, ...document.aliases])
    .map((name) => normalize(name))
    .filter((name) => name.length > 0);
  if (names.length === 0) return goals;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const naming = new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join('|')})(?![\\p{L}\\d])`, 'u');
  return [...goals.filter((goal) => naming.test(normalize(goal.text))), ...goals.filter((goal) => !naming.test(normalize(goal.text)))];
}

/**
 * Goals under a heading that names the topic, up to `room` of them, each shown with its heading and
 * cited by the heading's words in its passage, so that the quote shows the concept even where the
 * goal's sentence does not: Stavanger on næringsliv → «Innbyggere og næringsliv»: «Vi vil gjøre det
 * enkelt for oppstartsbedrifter å teste løsningene sine i kommunen.» [2].
 */
function headingGoalParts(context: ComposeContext, column: CompareColumn, selection: Selection, topic: string, room: number, citations: CitationList, language: Language): { parts: string[]; passageIds: Set<number> } {
  const passageIds = new Set<number>();
  if (room === 0) return { parts: [], passageIds };
  // The heading itself must show the concept, or name one of the question's own words: a heading
  // matched through a wider word only ("Bærekraftig og ansvarlig teknologibruk" for green IT) is no evidence.
  // Nor is one sharing only a word most passages hold: "Satsingsområde 1. Digital infrastruktur" for
  // "digital kompetanse" shares "digital" alone.
  const stats = termStats(context.db);
  const own = new Set(phraseStems(topic).filter((stem) => stem.length > 3 && stats.documentFrequency(stem) <= stats.passages * GENERIC_SHARE));
  const names = (heading: string) => selection.matcher.matches(heading) && (selection.shows(heading) || phraseStems(heading).some((stem) => own.has(stem))) && (selection.atTop?.(heading) ?? true);
  const passages = getPassages(context.db, column.headingGoals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const byHeading = new Map<string, string[]>();
  let taken = 0;
  for (const goal of column.headingGoals) {
    const passage = goal.passageId ? passages.get(goal.passageId) : undefined;
    const heading = passage?.section.title ?? '';
    if (!passage || taken >= room || !heading || !passage.text.includes(heading) || !names(heading)) continue;
    const n = citations.citeExact(passage, column.document, heading);
    const key = `${heading}\u0000${n}`;
    byHeading.set(key, [...(byHeading.get(key) ?? []), `«${truncate(goal.text, 140)}»`]);
    passageIds.add(passage.id);
    taken++;
  }
  const parts = [...byHeading.entries()].map(([key, goals]) => {
    const [heading, n] = key.split('\u0000');
    return COMPARE_PHRASES[language].underHeading(heading!, `${goals.join(', ')} [${n}]`);
  });
  return { parts, passageIds };
}

const SIMILAR = 0.5;

/** Goals of the older version matched to the newer by word overlap: kept, added, dropped. */
function goalChanges(context: ComposeContext, columns: CompareColumn[], citations: CitationList, language: Language): string[] {
  const phrases = PHRASES[language];
  const older = columns[0]!;
  const newer = columns[columns.length - 1]!;
  const stems = (goal: GoalRow) => new Set(phraseStems(goal.text).filter((s) => s.length > 2));
  const similarity = (a: Set<string>, b: Set<string>) => {
    const common = [...a].filter((s) => b.has(s)).length;
    return common / Math.max(1, Math.min(a.size, b.size));
  };
  const olderStems = older.versionGoals.map(stems);
  const newerStems = newer.versionGoals.map(stems);
  const matchOf = (set: Set<string>, others: Array<Set<string>>) => others.findIndex((other) => similarity(set, other) >= SIMILAR);
  const kept = newer.versionGoals.filter((_, i) => matchOf(newerStems[i]!, olderStems) >= 0);
  const added = newer.versionGoals.filter((_, i) => matchOf(newerStems[i]!, olderStems) < 0);
  const dropped = older.versionGoals.filter((_, i) => matchOf(olderStems[i]!, newerStems) < 0);
  const passages = getPassages(context.db, [...older.versionGoals, ...newer.versionGoals].flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const show = (goals: GoalRow[], document: DocumentSummary) =>
    goals.slice(0, 6).map((goal) => {
      const passage = goal.passageId ? passages.get(goal.passageId) : undefined;
      return `«${truncate(goal.text, 120)}»${passage ? ` [${citations.cite(passage, document, goal.text)}]` : ''}`;
    }).join(', ') + (goals.length > 6 ? ` … (${goals.length})` : '');
  const lines: string[] = [];
  const none = phrases.compareLabels.none;
  lines.push(`${phrases.goalsKept} (${kept.length}): ${kept.length > 0 ? show(kept, newer.document) : none}`);
  lines.push(`${phrases.goalsAdded} (${added.length}): ${added.length > 0 ? show(added, newer.document) : none}`);
  lines.push(`${phrases.goalsDropped} (${dropped.length}): ${dropped.length > 0 ? show(dropped, older.document) : none}`);
  return lines;
}
