import { findMunicipalities } from '../../ingest/gazetteer.ts';
import { budgetKind } from '../../ingest/structure/budgets-text.ts';
import { GENERIC_WORDS, isGenericWord } from '../text/generic-words.ts';
import { kindOfWord } from '../../ingest/structure/goal-vocabulary.ts';
import { createTopicMatcher, resolveConcept, showsWord, termStats, type ConceptQuery, type TopicMatcher } from '../search/match.ts';
import { getDocumentPassages, getPassages, listBudgets, rowIdsBySlug, sectionLabel, type BudgetRow, type DocumentSummary, type PassageRow } from '../store/index.ts';
import { analyze, normalize, stem, STOP_WORDS, tokenize } from '../text/analyze.ts';
import { yearsIn } from '../text/years.ts';
import { phraseStems } from '../search/thesaurus.ts';
import { bokmål, cognatePrefixes, holdsCognate } from '../text/cognates.ts';
import { findThemeLabels, loadVocabulary } from '../text/vocabulary.ts';
import { budgetTotals, lineTotalIds } from './budget-totals.ts';
import { CitationList, placeOf } from './citations.ts';
import { groupBy, scopeOf, strategyName, topicBeyondTitles, type ComposeContext, type Composer } from './context.ts';
import { frameOverPeriod, frameYears, isAnnualFrame } from './budget-frames.ts';
import { ACCOUNTS_PHRASES, BUDGET_PHRASES, phrasesFor, yearSpan } from './budget-phrases.ts';
import { accountsAsked, isAccountsWord } from './budget-accounts.ts';
import { introducedTableQuote, linesToSumQuote, sumRowQuote, tableHeading, tableSpanQuote } from './budget-quotes.ts';
import { proseAmounts, yearAmountsTotal } from './budget-prose.ts';
import { ownCasePassages } from './meeting-cases.ts';
import { explanationOf, linesWithoutAmount } from './budget-no-amount.ts';
import { formatMoney, listNames, PHRASES, type Language } from './language.ts';
import { ADDING_WORDS, BUDGET_PATTERNS, WHOLE_PERIOD, withoutLinkingS } from './question-words.ts';
import { answerKind } from './lookup-sentences.ts';
import { namesDocumentKind } from './document-kinds.ts';
import type { Question } from './question.ts';

const MAX_ROWS = 20;
/** A total or largest-year answer lists this many strategies, then says how many more (readable at any corpus size). */
const MAX_STRATEGIES = 10;
/** Strategies named as having nothing on the topic, before "… og N andre". */
const MAX_NAMES = 10;

/** What a budget question asks for: the lines, a total, the year with the largest total, or which of two topics has more. */
export type BudgetAsk = 'lines' | 'total' | 'largest-year' | 'smallest-year' | 'larger' | 'share' | 'largest-line';

const TOTAL = BUDGET_PATTERNS.total;
const YEAR_ASK = BUDGET_PATTERNS.yearAsk;
/** "…det laveste / minste / smallest…": the year with the smallest total rather than the largest. */
const SMALLEST = BUDGET_PATTERNS.smallest;
const LARGEST_LINE = BUDGET_PATTERNS.largestLine;
const TWO_TOPICS = BUDGET_PATTERNS.twoTopics;
/** "…mer enn…", "…more than…": a comparative between two lines. */
const MORE_THAN = BUDGET_PATTERNS.moreThan;
/** "andel", "går", "share": words of the share asked that name neither its part nor its whole. */
const SHARE_WORD = BUDGET_PATTERNS.shareWord;

/** Reads which budget answer a question wants (the topic decides between lines and totals). */
export function budgetAsk(text: string, topic: string): BudgetAsk {
  const normalized = normalize(text);
  // "Hvor stor andel …", "what share …": a share of a budget, asked.
  if (answerKind(text) === 'share' && sharePart(topic)) return 'share';
  if (YEAR_ASK.test(normalized)) return SMALLEST.test(normalized) ? 'smallest-year' : 'largest-year';
  // "Which of them gets the most money in 2025?", "Hvilket tiltak er dyrest?": the line with the largest amount.
  if (LARGEST_LINE.test(normalized)) return 'largest-line';
  if (twoTopicsOf(text, topic)) return 'larger';
  if (!topic || TOTAL.test(normalized) || onlyBudgetWords(topic)) return 'total';
  return 'lines';
}

interface Scope {
  context: ComposeContext;
  question: Question;
  citations: CitationList;
  passages: Map<number, PassageRow>;
  /** Strategies with budget figures. */
  documents: DocumentSummary[];
  /** Every strategy the question is about, and those an answer line already said have nothing on the topic. */
  all: DocumentSummary[];
  toldWithout: Set<string>;
  /** The years a total is asked over ("2016, 2017 og 2018"), when the question lists several; null: every year. */
  yearsAsked: Set<number> | null;
  /** True when a text shows the topic; null when there is no topic to filter on (none, or a generic one). */
  shows: ((text: string) => boolean) | null;
  /** Ids of the rows that total one line over its years (a total column's cells; see lineTotalIds). */
  lineTotals: Set<number>;
  /** Whose figures: the budget's, or (asked what was actually spent) the accounts' (BudgetItem.basis 'actual'); never both added. */
  basis: 'budget' | 'actual';
}

/**
 * A table's sum row (or a cell of it): a sum that is not one line's total. A total column's cell is a sum
 * too, but of one line: it is listed, quoted and compared as that line's amount over the period.
 */
function isSumRow(scope: Pick<Scope, 'lineTotals'>, row: BudgetRow): boolean {
  return row.isSum && !scope.lineTotals.has(row.id);
}

/**
 * Budget questions: the lines on a topic with amount, year and table; totals that add up (a table's
 * sum row or its lines, never both, an overview table never added to its detail tables); the year
 * with the largest total; which of two topics has more; and "har ingen budsjettall" for a strategy
 * without budget figures. A question asking what was actually spent (budget-accounts.ts) is answered
 * from the accounts' lines where the strategies give them, said to be the accounts; with the budget named
 * too, the budget's answer and then the accounts'. The two are never added together.
 */
export const composeBudget: Composer = async (context, asked) => {
  const accounts = accountsAsked(asked.text);
  const citations = new CitationList();
  if (!accounts) return composeFrom(context, asked, 'budget', citations);
  const documents = scopeOf(context, asked);
  const withAccounts = new Set(listBudgets(context.db, rowIdsBySlug(context.db, documents.map((document) => document.id)), undefined, null, { basis: 'actual' }).map((row) => row.documentId));
  const phrases = ACCOUNTS_PHRASES[asked.language];
  if (withAccounts.size === 0) {
    // No accounts given: the budget, as before; said to be the budget where the accounts were named.
    const budget = await composeFrom(context, asked, 'budget', citations);
    const named = asked.documents.length > 0 ? documents : [];
    return accounts.explicit && named.length > 0 ? { ...budget, answer: `${phrases.noAccounts(listNames(named.map(strategyName), asked.language))}\n${budget.answer}` } : budget;
  }
  const actual = await composeFrom(context, asked, 'actual', citations);
  if (accounts.basis === 'actual') return { ...actual, answer: `${phrases.fromAccounts}\n${actual.answer}` };
  const budget = await composeFrom(context, asked, 'budget', citations);
  return { ...actual, answer: [budget.answer, phrases.fromAccounts, actual.answer].join('\n'), citations: citations.items };
};

/** The answer from the budget's lines or (basis 'actual') from the accounts' lines alone, citing into `citations`. */
async function composeFrom(context: ComposeContext, asked: Question, basis: Scope['basis'], citations: CitationList): ReturnType<Composer> {
  // Words of the named strategies' titles ("Tønsbergs handlingsplan for digitalisering") choose the strategy, not a topic.
  // "Leaving out the data-platform study, …": the lines left out are no topic (totalWithout).
  const excluded = excludedPart(asked.text);
  const beyondTitles = withoutExcluded(withoutYearAskWords(asked, withoutMeasureWords(topicBeyondTitles(asked))), excluded);
  const documents = scopeOf(context, asked);
  const allRows = listBudgets(context.db, rowIdsBySlug(context.db, documents.map((document) => document.id)), undefined, null, { basis });
  // "Hvor mye skal Hole betale inn …" of a table whose rows are the members ("| Hole | 17 % | 680 | 765 |"):
  // the topic is the place the question names, whatever else it says of its rows.
  const place = placeNamedByRows(asked.text, allRows);
  const yearsAsked = yearsAddedUp(asked);
  // "Hvor mye er satt av til digitalisering i Stjørdal?": a topic only of words too general to name one
  // (data/generic-words.txt, not the corpus' frequencies: in a small archive every word is frequent) is what
  // the whole budget is for.
  const topicWords = tokenize(withoutBudgetWords(beyondTitles) || beyondTitles).map((token) => token.word).filter((word) => !STOP_WORDS.has(word));
  const generic = topicWords.length > 0 && topicWords.every((word) => GENERIC_WORDS.has(word));
  const question = { ...asked, topic: place ?? (generic || namesTheStrategy(context, asked, beyondTitles, allRows) ? '' : beyondTitles), year: yearsAsked ? null : asked.year };
  const phrases = phrasesFor(question.language, basis);
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const documentsWithRows = new Set(allRows.map((row) => row.documentId));
  const withFigures = documents.filter((document) => documentsWithRows.has(document.id));
  const withoutFigures = question.documents.length > 0 ? documents.filter((document) => !withFigures.includes(document)) : [];
  // A strategy without budget tables may still state amounts in its text: those are quoted, else "no budget figures".
  const concept = question.topic && !onlyBudgetWords(question.topic) ? resolveConcept(question.topic, loadVocabulary(), termStats(context.db), question.language) : null;
  const topicMatcher = concept ? createTopicMatcher(question.topic, context.thesaurus) : null;
  // A generic topic ("digitalisering" in a digitalisation strategy) is what the whole strategy is about: no filter.
  const shows = concept && concept.kind !== 'generic' ? (text: string) => (concept.kind === 'theme' ? concept.shows(text) : topicMatcher!.matches(text)) : null;
  const noFigures = () =>
    withoutFigures
      .filter((document) => !scope.toldWithout.has(document.id))
      .map((document) => {
        // Amounts a text states are its budget's: the accounts are read from tables only.
        const stated = basis === 'actual' ? [] : proseAmounts(ownCasePassages(document, getDocumentPassages(context.db, document.id)), shows, question.year);
        if (stated.length === 0) return phrases.noBudgetFigures(strategyName(document));
        const quotes = stated.map((item) => `«${item.quote.replace(/\s+/g, ' ')}» [${scope.citations.cite(item.passage, document, item.quote)}]`);
        // A total asked of amounts the text gives per year ("til sammen", "i hele perioden"): added up, and said to be added.
        const added = budgetAsk(question.text, question.topic) === 'total' || WHOLE_PERIOD.test(normalize(question.text)) ? stated.flatMap((item) => item.quote.split(/(?<=[.!?])\s+(?=\p{Lu})/u)).map(yearAmountsTotal).find((sum) => sum !== null) : null;
        const sum = added ? ` ${phrases.periodTotal(added.from, added.to, formatMoney(added.total, question.language))}` : '';
        return `${BUDGET_PHRASES[question.language].statedInText(strategyName(document))} ${quotes.join(' ')}${sum}`;
      });
  const scope: Scope = { context, question, citations, passages: getPassages(context.db, allRows.flatMap((row) => (row.passageId ? [row.passageId] : []))), documents: withFigures, all: documents, toldWithout: new Set(), yearsAsked, shows, lineTotals: lineTotalIds(allRows), basis };
  if (withFigures.length === 0) return { ...base, answer: (withoutFigures.length > 0 ? noFigures() : [phrases.budgetNone(question.topic || question.text)]).join('\n'), citations: scope.citations.items };
  const ask = budgetAsk(question.text, question.topic);
  const lines =
    excluded && (ask === 'total' || ask === 'lines') ? totalWithout(scope, allRows, excluded)
    : ask === 'largest-year' || ask === 'smallest-year' ? largestYear(scope, totalRows(scope, allRows), allRows, ask === 'smallest-year')
    : ask === 'larger' ? larger(scope, allRows)
    : ask === 'largest-line' ? largestLine(scope, allRows, SMALLEST.test(normalize(question.text)))
    : ask === 'share' ? share(scope, allRows)
    // "X og Y til sammen": each line, then their total.
    : ask === 'total' && joinedRows(scope, allRows, question.topic) ? budgetLines(scope, allRows)
    : ask === 'total' ? totals(scope, totalRows(scope, allRows), allRows)
    : budgetLines(scope, allRows);
  if (lines === null) return { ...base, answer: [phrases.budgetNone(question.topic || question.text), ...noFigures()].join('\n'), citations: scope.citations.items };
  return { ...base, answer: [...lines, ...noFigures()].join('\n'), citations: scope.citations.items };
}

/** True for a row labelled by a municipality: a member's share of a cost-sharing table ("| Hole | 17 % | 680 |"). */
function labelsPlace(row: BudgetRow): boolean {
  return findMunicipalities(row.label.trim()).length > 0;
}

/** A municipality the question names as a word that labels budget rows ("Hole" of "Hvor mye skal Hole kommune betale …" over "| Hole | 17 % | 680 | 765 |"); null when none does. */
function placeNamedByRows(question: string, rows: BudgetRow[]): string | null {
  const words = new Set(tokenize(question).map((token) => token.word));
  const row = rows.find((row) => {
    const label = normalize(row.label.trim());
    return !row.isSum && label.length >= 3 && label.split(/\s+/).every((word) => words.has(word)) && labelsPlace(row);
  });
  return row ? row.label.trim() : null;
}

/**
 * True when the topic only describes the named strategy ("the joint IKT strategy", "strategien for
 * informasjonssikkerhet og personvern", "Lindesnes's welfare technology action plan"): some of its words
 * are shown by the strategy's title (stem, first part of a compound, theme label or equivalent word of
 * data/themes.json), and what is left finds no budget row. Then the question asks for the whole budget.
 */
function namesTheStrategy(context: ComposeContext, asked: Question, topic: string, rows: BudgetRow[]): boolean {
  // Only where the answer is the strategy's totals: a line asked for by a topic not found stays "not found".
  if (asked.documents.length === 0 || !topic || ['lines', 'share'].includes(budgetAsk(asked.text, topic))) return false;
  // A word that names a kind of document ("handlingsplan" of an English "Action Plan") says which document, in any
  // language; a word of budgeting ("beløp", not the investment or operating part it may name) says what of it is asked.
  const named = topic.split(/\s+/).filter((word) => word && !namesDocumentKind(word, asked.documents.map((document) => document.title)) && !(BUDGET_VOCABULARY.test(word) && budgetKind(word) === null));
  const words = named.filter((word) => !STOP_WORDS.has(normalize(word)));
  if (words.length === 0) return true;
  const vocabulary = loadVocabulary();
  const stats = termStats(context.db);
  const inTitles = (phrase: string) => {
    const concept = resolveConcept(phrase, vocabulary, stats);
    return asked.documents.every((document) => {
      if (concept.kind === 'theme') return concept.shows(document.title);
      const tokens = tokenize(document.title).map((token) => token.word);
      return concept.words.length > 0 && concept.words.every((word) => tokens.some((token) => showsWord(token, word) || word.alternatives.some((alternative) => !alternative.parts && showsWord(token, alternative))));
    });
  };
  // The title shows the whole topic: "the welfare technology action plan" of «Handlingsplan for velferdsteknologi»
  // (read with its function words: "green IT" is no "Green" of «Smart and Green Rana»).
  if (inTitles(words.join(' ')) && inTitles(named.join(' '))) return true;
  // Else a topic that finds budget rows as a whole is a topic ("Digital dialog" of a "digitaliseringsstrategi").
  const scope = { context, question: { ...asked, topic } } as Scope;
  if (topicRowsOf(scope, rows, topic).length > 0) return false;
  const rest = words.filter((word) => !inTitles(word));
  if (rest.length === words.length) return false;
  return rest.length === 0 || topicRowsOf(scope, rows, rest.join(' ')).length === 0;
}

/** A run of years: "2016, 2017 og 2018", "2016–2018", "2016 to 2018". */
const YEAR_RUN = /(?<!\d)((?:19|20)\d{2})(?:\s*(?:,|–|-|og|and|to|til|\+)\s*(?:19|20)\d{2}(?!\d))+/gu;

/**
 * A total asked over several years the question names ("når man legger sammen 2016, 2017 og 2018",
 * "in total over 2016–2018"): the year read from the question is only the first of them, and the
 * answer is the whole period's total, not that year's.
 */
function yearsAddedUp(asked: Question): Set<number> | null {
  if (asked.year === null || !TOTAL.test(normalize(asked.text))) return null;
  const run = [...asked.text.matchAll(YEAR_RUN)].find((match) => Number(match[1]) === asked.year);
  if (!run) return null;
  // Each year listed, and every year of a range ("2016–2018").
  const years = new Set<number>();
  const listed = [...run[0].matchAll(/(?:19|20)\d{2}/g)].map((match) => Number(match[0]));
  listed.forEach((year, i) => {
    const next = listed[i + 1];
    const separator = next === undefined ? '' : run[0].slice(run[0].indexOf(String(year)) + 4, run[0].indexOf(String(next), run[0].indexOf(String(year)) + 4));
    if (next !== undefined && /[–-]|\bto\b|\btil\b/.test(separator)) for (let y = year; y <= next; y++) years.add(y);
    years.add(year);
  });
  return years;
}

/** "størst", "lågaste", "largest": the words that ask for a year are no topic. */
const YEAR_ASK_WORD = BUDGET_PATTERNS.yearAskWord;

/** "legger", "man", "adding": in a question asking a total ("når man legger sammen 2016, 2017 og 2018"), the words of adding up are no topic. */
const ADD_UP_WORD = BUDGET_PATTERNS.addUpWord;

/**
 * "bruker", "spends", "mest": the verb of spending and the words of more or most say that money is asked,
 * not what on ("bruker Tønsberg eller Lillestrøm mest på tiltakene?" asks each one's whole budget).
 */
const SPEND_WORD = BUDGET_PATTERNS.spendWord;

function withoutYearAskWords(question: Question, topic: string): string {
  const text = normalize(question.text);
  // "Hvilket år …" and "Hvilket tiltak … er dyrest": the words of most and least ask which, they are no topic.
  const yearAsked = YEAR_ASK.test(text) || LARGEST_LINE.test(text);
  const totalAsked = TOTAL.test(text);
  // "faktisk", "regnskapet", "actually": the accounts asked (budget-accounts.ts), no topic.
  const kept = topic.split(/\s+/).filter((word) => word && !SPEND_WORD.test(normalize(word)) && !isAccountsWord(word) && !(yearAsked && YEAR_ASK_WORD.test(normalize(word))) && !(totalAsked && ADD_UP_WORD.test(normalize(word))));
  // Stop words left at either end ("bruker X eller Y mer på" → "eller") are no topic.
  while (kept.length > 0 && STOP_WORDS.has(normalize(kept[0]!))) kept.shift();
  while (kept.length > 0 && STOP_WORDS.has(normalize(kept[kept.length - 1]!))) kept.pop();
  return kept.join(' ');
}

const readTopics = new WeakMap<Scope, Map<string, { matcher: TopicMatcher; concept: () => ConceptQuery }>>();

/** A topic's matcher and concept, read once per answer (it is asked of every strategy's rows in turn). */
function readTopic(scope: Scope, topic: string): { matcher: TopicMatcher; concept: () => ConceptQuery } {
  const known = readTopics.get(scope) ?? new Map();
  readTopics.set(scope, known);
  let read = known.get(topic);
  if (!read) {
    let concept: ConceptQuery | null = null;
    read = { matcher: createTopicMatcher(topic, scope.context.thesaurus), concept: () => (concept ??= resolveConcept(topic, loadVocabulary(), termStats(scope.context.db))) };
    known.set(topic, read);
  }
  return read;
}

/** The rows on the topic, sum rows of tables on the topic included (all rows when there is no topic). */
function onTopic(scope: Scope, rows: BudgetRow[], topic: string): BudgetRow[] {
  if (!topic) return rows;
  const { matcher, concept } = readTopic(scope, topic);
  // Every concept of the topic: "archive and document management" is not any line on "management".
  const matching = rows.filter((row) => matcher.score(`${row.label} ${row.table}`) === 1);
  if (matching.length > 0) return matching;
  // No row holds every word: a topic that names a theme ("velferdsteknologiprogrammet", "welfare
  // technology") takes the rows that name the theme in any of its labels.
  if (concept().kind === 'theme') return rows.filter((row) => concept().shows(`${row.label} ${row.table}`));
  // Asked in English of Norwegian tables ("digital dialogue"), or in nynorsk of bokmål ones
  // ("sikkerheitsovervakinga"): every longer word by its cognate; else by the words' equivalents in the
  // vocabulary ("kurset for leiarar": "Kurs … for ledere").
  const cognates = byCognates(rows, topic, scope.question.language);
  return cognates.length > 0 || concept().kind !== 'words' ? cognates : rows.filter((row) => concept().shows(`${row.label} ${row.table}`));
}

/**
 * The rows that name a topic in their own words ("digital dialog" → the rows of «1. Digital dialog
 * Hovedprosjekt»), or by the Norwegian cognates of an English topic's words; else the rows on the topic
 * as any answer reads it (thesaurus, themes). Comparing two lines needs the lines named, not every row
 * a thesaurus relates to one of them ("kompetanse" also reaches "opplæring" in other tables).
 */
function namedRows(scope: Scope, rows: BudgetRow[], topic: string): BudgetRow[] {
  const literal = literalRows(rows, topic);
  if (literal.length > 0) return literal;
  const cognates = byCognates(rows, topic, scope.question.language);
  return cognates.length > 0 ? cognates : onTopic(scope, rows, topic);
}

/**
 * "infrastrukturtiltak og informasjonstryggleikstiltak (til saman)": lines the question joins are the rows of
 * each, where each finds some and the topic read whole finds none of one of them ("archive and document
 * management" is one area); null otherwise.
 */
function joinedRows(scope: Scope, rows: BudgetRow[], topic: string): BudgetRow[] | null {
  const parts = topic && !onlyBudgetWords(topic) ? joinedTopics(scope.question.text, topic) : null;
  if (!parts) return null;
  const each = parts.map((part) => wholeTopicRows(scope, rows, part));
  if (each.some((partRows) => partRows.length === 0)) return null;
  const whole = new Set(wholeTopicRows(scope, rows, topic).map((row) => row.id));
  return each.some((partRows) => partRows.every((row) => !whole.has(row.id))) ? [...new Map(each.flat().map((row) => [row.id, row])).values()] : null;
}

/** The rows whose label or table holds every stem of the topic. */
function literalRows(rows: BudgetRow[], topic: string): BudgetRow[] {
  const stems = phraseStems(topic);
  // Each word also in its bokmål spelling ("leiarar" → "ledere"), where that keeps the words apart as they were.
  const inBokmål = phraseStems(topic.split(/\s+/).map(bokmål).join(' '));
  const forms = stems.map((word, i) => [word, ...(inBokmål.length === stems.length ? [inBokmål[i]!] : [])]);
  return stems.length > 0 ? rows.filter((row) => { const terms = stemmedAgain(analyze(`${row.label} ${row.table}`)); return forms.every((alternatives) => alternatives.some((word) => terms.has(word) || terms.has(stem(word)))); }) : [];
}

/**
 * Terms with each also stemmed once more: the stemmer takes one ending off, so "prosjektmedarbeideren"
 * gives "prosjektmedarbeider" and "Prosjektmedarbeider" "prosjektmedarbeid"; a second pass meets them.
 */
function stemmedAgain(terms: string[]): Set<string> {
  return new Set(terms.flatMap((term) => [term, stem(term)]));
}

/** Each strategy's rows on the topic: the rows of each line the question joins (joinedRows), else the topic's read whole. */
function topicRowsOf(scope: Scope, rows: BudgetRow[], topic: string): BudgetRow[] {
  return (topic === scope.question.topic ? joinedRows(scope, rows, topic) : null) ?? wholeTopicRows(scope, rows, topic);
}

/** Each strategy's rows on the topic read as a whole, the rows it names in its own words first (see namedRows). */
function wholeTopicRows(scope: Scope, rows: BudgetRow[], topic: string): BudgetRow[] {
  if (!topic) return rows;
  const named = [...groupBy(rows, (row) => row.documentId).values()].flatMap((documentRows) => namedRows(scope, documentRows, topic));
  // "Hva er kostnadsanslaget for en samtalerobot …?": where no line names the budget words too, the lines naming the rest.
  const rest = withoutBudgetWords(topic);
  return named.length > 0 || !rest || rest === topic ? named : wholeTopicRows(scope, rows, rest);
}

function byCognates(rows: BudgetRow[], topic: string, language: Language): BudgetRow[] {
  if (language === 'nb') return [];
  // Words found in most strategies name no line: "digitalisering av plan, bygg og geodata" is the geodata lines.
  const prefixes = cognatePrefixes(topic.split(/\s+/).filter((word) => !isGenericWord(word)).join(' '), language);
  return prefixes.length > 0 ? rows.filter((row) => prefixes.every((prefix) => holdsCognate(`${row.label} ${row.table}`, prefix))) : [];
}

/**
 * Words of budgeting itself ("investeringsramme", "driftsbudsjett") and of the parts a budget is
 * laid out in ("alle satsingsområdene", "all the focus areas", "tiltakene"): a topic of only these
 * asks for the whole budget.
 */
const BUDGET_VOCABULARY = BUDGET_PATTERNS.budgetWord;

/** True when a topic names only budgeting itself ("budsjettene", "investeringsramme"). */
export function onlyBudgetWords(topic: string): boolean {
  const words = topic.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => BUDGET_VOCABULARY.test(word));
}

/**
 * The topic without its budget words ("budsjetter velferdsteknologi" → "velferdsteknologi"); a word of a
 * theme's label stays ("digital post": "post" is a budget word only on its own).
 */
export function withoutBudgetWords(topic: string): string {
  const inLabels = new Set(findThemeLabels(loadVocabulary(), topic).flatMap((match) => topic.slice(match.start, match.end).split(/\s+/)));
  return topic.split(/\s+/).filter((word) => word && (inLabels.has(word) || !BUDGET_VOCABULARY.test(word))).join(' ');
}

/**
 * "Hva koster tiltakene?", "What do the measures cost?": a plan's measures as a whole are its budget, not a
 * topic; words naming measures (data/goal-vocabulary.json) leave the topic.
 */
function withoutMeasureWords(topic: string): string {
  return topic.split(/\s+/).filter((word) => word && kindOfWord(word) !== 'measure').map(measureModifier).join(' ');
}

/** The shortest part of a compound either side of a split (letters). */
const MIN_COMPOUND_PART = 4;
/** The linking "s" of a Norwegian compound after these endings ("digitaliserings-", "sikkerhets-"): not part of the word. */
/**
 * A compound ending in a word that names measures says which measures: "digitaliseringstiltakene" →
 * "digitalisering" ("Hvilket år har Tønsberg minst penger til digitaliseringstiltakene?" asks of the
 * plan's measures for digitalisation, which its title may name). Other words are kept as they are.
 */
function measureModifier(word: string): string {
  for (let split = MIN_COMPOUND_PART; split <= word.length - MIN_COMPOUND_PART; split++) {
    if (kindOfWord(word.slice(split)) !== 'measure') continue;
    const modifier = word.slice(0, split);
    return withoutLinkingS(modifier);
  }
  return word;
}

/** The rows a total adds up: those on the topic, or all when the topic only names budgeting itself. */
function totalRows(scope: Scope, allRows: BudgetRow[]): BudgetRow[] {
  const rows = topicRowsOf(scope, allRows, scope.question.topic);
  const words = scope.question.topic.split(/\s+/).filter(Boolean);
  if (rows.length > 0 || !onlyBudgetWords(scope.question.topic)) return rows;
  // "investeringsramme", "driftsbudsjett": the budget of that kind where the strategy tells them apart.
  // "investering og drift til sammen": both kinds named are the whole budget.
  const named = KINDS.filter(([, pattern]) => words.some((word) => pattern.test(word)));
  const kind = named.length === 1 ? named[0] : undefined;
  const ofKind = kind ? allRows.filter((row) => row.kind === kind[0] || kind[1].test(`${row.table} ${row.label}`)) : [];
  return ofKind.length > 0 ? ofKind : allRows;
}

const KINDS: Array<['investment' | 'operating', RegExp]> = [
  ['investment', /invester|investment|capital/iu],
  ['operating', /(?<![\p{L}])drift|driftsbudsjett|\p{L}*drifts|operating|running cost/iu],
];

/** The listing: every line on the topic (the year asked, else all), then each strategy's total. */
function budgetLines(scope: Scope, allRows: BudgetRow[]): string[] | null {
  const { question } = scope;
  const phrases = phrasesFor(question.language, scope.basis);
  const topicRows = topicRowsOf(scope, allRows, question.topic);
  const inYear = (year: number | null) => dedupe(topicRows.filter((row) => !isSumRow(scope, row) && (year === null || row.year === year || (row.year === null && (row.period?.from ?? Infinity) <= year && (row.period?.to ?? -Infinity) >= year))));
  // "… i 2025 og i 2026": the lines of each year named; a year without one is said as such after them.
  const named = [...new Set(yearsIn(question.text))];
  const yearsNamed = question.year !== null && named.length >= 2 && named.includes(question.year) ? named : [question.year];
  const rows = dedupe(yearsNamed.flatMap((year) => inYear(year)));
  const lines: string[] = [];
  if (rows.length === 0 && question.year !== null) return yearNotBudgeted(scope, inYear(null));
  if (rows.length === 0) return withoutAmount(scope);
  if (lines.length === 0) lines.push(phrases.budgetIntro(question.topic));
  for (const row of rows.slice(0, MAX_ROWS)) lines.push(`• ${row.organisation}, ${when(row, question.language, isAnnualFrame(row, rowsOf(allRows, row.documentId), scope.passages))}: ${moneyAsWritten(row, question.language)} – ${row.label} ${where(scope, row, null)}${cite(scope, row)}`);
  // Totals per strategy, when it has more than one line on the topic.
  const year = question.year;
  const shownByDocument = groupBy(rows.filter((row) => row.year !== null), (row) => row.documentId);
  // Lines the question joins ("the chatbot and digital signing together") without years to add by: their amounts added.
  if (TOTAL.test(normalize(question.text)) && joinedRows(scope, allRows, question.topic)) {
    for (const [documentId, own] of groupBy(rows.filter((row) => row.year === null), (row) => row.documentId)) {
      if (own.length < 2 || shownByDocument.has(documentId)) continue;
      lines.push(`  ${phrases.topicTotalsIntro(question.topic, own[0]!.organisation).replace(/:$/, '')}: ${own.map((row) => formatMoney(row.amount, question.language)).join(' + ')} = ${formatMoney(sum(own.map((row) => row.amount)), question.language)}.`);
    }
  }
  for (const total of budgetTotals(topicRows, allRows)) {
    const shown = shownByDocument.get(total.documentId) ?? [];
    if (shown.length < 2) continue;
    const years = total.years.filter((item) => year === null || item.year === year);
    if (years.length === 1) lines.push(`  ${phrases.topicTotalsIntro(question.topic, total.organisation).replace(/:$/, '')}, ${years[0]!.year}: ${formatMoney(years[0]!.amount, question.language)}.`);
    // Lines of several strategies: the total says whose it is.
    else if (years.length > 1) lines.push(`  ${new Set(rows.map((row) => row.documentId)).size > 1 ? `${total.organisation}: ` : ''}${phrases.periodTotal(years[0]!.year, years[years.length - 1]!.year, formatMoney(sum(years.map((item) => item.amount)), question.language))}`);
  }
  for (const year of yearsNamed.length > 1 ? yearsNamed : []) if (year !== null && inYear(year).length === 0) lines.push(...(yearNotBudgeted({ ...scope, question: { ...question, year } }, inYear(null)) ?? []));
  const withRows = new Set(rows.map((row) => row.documentId));
  // Named strategies with no budget table at all are answered after the lines (amounts their text states, or none).
  const without = scope.all.filter((document) => !withRows.has(document.id) && (question.documents.length === 0 || scope.documents.includes(document)));
  if (question.topic && new Set(scope.all.map((document) => document.organisation)).size > 1 && without.length > 0) {
    lines.push(phrases.noBudgetFor(shortList(without.map(strategyName), question.language)));
    for (const document of without) scope.toldWithout.add(document.id);
  }
  return lines;
}

/**
 * No budget line on the topic: a table line on it whose amount cells say there is none ("Innenfor
 * ramme") is quoted as such; else null ("not found").
 */
function withoutAmount(scope: Scope): string[] | null {
  const { shows, question } = scope;
  if (!shows) return null;
  const lines = scope.all.flatMap((document) => {
    const passages = getDocumentPassages(scope.context.db, document.id);
    return linesWithoutAmount(passages, shows).map((found) => {
      const cited = scope.citations.cite(found.passage, document, found.line);
      const explained = explanationOf(passages, found.cell, found.cells);
      const why = explained ? ` «${explained.quote.replace(/\s+/g, ' ')}» [${scope.citations.cite(explained.passage, document, explained.quote)}]` : '';
      return `• ${BUDGET_PHRASES[question.language].withoutAmount(strategyName(document), found.cells, found.cell)} [${cited}]${why}`;
    });
  });
  return lines.length > 0 ? lines : null;
}

/** Per strategy: its total each year (or the year asked) with where the figure comes from, amounts per period, and the sum over the period. */
function totals(scope: Scope, topicRows: BudgetRow[], allRows: BudgetRow[]): string[] | null {
  const { question } = scope;
  const phrases = phrasesFor(question.language, scope.basis);
  const lines: string[] = [];
  const withFigures = budgetTotals(topicRows, allRows)
    .map((total) => ({
      total,
      years: total.years.filter((item) => (question.year === null || item.year === question.year) && (scope.yearsAsked === null || scope.yearsAsked.has(item.year))),
      frames: total.frames.filter((frame) => (question.year === null || ((frame.from ?? Infinity) <= question.year && (frame.to ?? -Infinity) >= question.year)) && (scope.yearsAsked === null || [...scope.yearsAsked].some((year) => (frame.from ?? Infinity) <= year && (frame.to ?? -Infinity) >= year))),
    }))
    .filter((item) => item.years.length > 0 || item.frames.length > 0);
  const { shown, more } = firstStrategies(withFigures);
  for (const { total, years, frames } of shown) {
    const document = scope.documents.find((d) => d.id === total.documentId)!;
    const ownRows = rowsOf(allRows, total.documentId);
    // Yearly tables and amounts per year over a period together: the year asked is their sum, added up below.
    const annualFrames = frames.filter((frame) => isAnnualFrame(frame, ownRows, scope.passages));
    const addedUp = question.year !== null && years.length > 0 && annualFrames.length > 0 && annualFrames.length === frames.length;
    // A figure added up is cited with the lines its sum rows add.
    const citeRow = (row: BudgetRow) => (addedUp && isSumRow(scope, row) ? citeWithLines(scope, row, ownRows.filter((r) => r.table === row.table && !r.isSum)) : cite(scope, row));
    lines.push(question.topic && !onlyBudgetWords(question.topic) ? phrases.topicTotalsIntro(question.topic, strategyName(document)) : phrases.totalsIntro(strategyName(document)));
    const documentRows = topicRows.filter((row) => row.documentId === total.documentId);
    for (const item of years) {
      const row = rowFor(documentRows, item.year, item.amount);
      // The cited row's own writing beside the figure ("1 300 000 kr (1,30 mill)"), so it can be found in the quote.
      const money = row && row.amount === item.amount ? moneyAsWritten(row, question.language) : formatMoney(item.amount, question.language);
      lines.push(`• ${item.year}: ${money} ${row ? where(scope, row, sourceLabel(question.language, item.source, row, documentRows, summaryTablesOf(total))) : ''}${row ? citeRow(row) : ''}`);
    }
    if (years.length > 1 && frames.length === 0) lines.push(phrases.periodTotal(years[0]!.year, years[years.length - 1]!.year, formatMoney(sum(years.map((item) => item.amount)), question.language)));
    for (const frame of frames) {
      const row = documentRows.find((r) => r.table === frame.table && r.year === null && r.amount === frame.amount) ?? documentRows.find((r) => r.table === frame.table);
      const annual = isAnnualFrame(frame, ownRows, scope.passages);
      const span = frame.from !== null && frame.to !== null ? frameYears(frame) : null;
      const amount = row && row.amount === frame.amount ? moneyAsWritten(row, question.language) : formatMoney(frame.amount, question.language);
      // A one-off amount for the period is that period's total; only an annual frame is multiplied out.
      const text = !annual ? BUDGET_PHRASES[question.language].forPeriod(amount, frame.from, frame.to)
        : span !== null && question.year === null ? phrases.frameOverPeriod(amount, frame.from!, frame.to!, formatMoney(frameOverPeriod(frame, true), question.language))
        : `${frame.from ?? '?'}–${frame.to ?? '?'}: ${amount} ${phrases.perYear}`;
      lines.push(`• ${text} ${row ? where(scope, row, isSumRow(scope, row) ? phrases.source['sum-row']! : null) : ''}${row ? citeRow(row) : ''}`);
    }
    if (addedUp) {
      const amounts = [...years.map((item) => item.amount), ...annualFrames.map((frame) => frame.amount)];
      lines.push(BUDGET_PHRASES[question.language].yearSum(question.year!, amounts.map((amount) => formatMoney(amount, question.language)), formatMoney(sum(amounts), question.language)));
    }
    // Yearly tables and amounts per year over a period together: the whole period's sum.
    const perYear = yearAmounts(scope, total, allRows);
    if (question.year === null && frames.length > 0 && (years.length > 0 || frames.length > 1) && perYear.length > 1) {
      lines.push(phrases.periodTotal(perYear[0]!.year, perYear[perYear.length - 1]!.year, formatMoney(sum(perYear.map((item) => item.amount)), question.language)));
    }
  }
  if (more > 0) lines.push(BUDGET_PHRASES[question.language].moreStrategies(more));
  if (lines.length > 0 || question.year === null || topicRows.length === 0) return lines.length > 0 ? lines : null;
  return yearNotBudgeted(scope, topicRows.filter((row) => !isSumRow(scope, row)));
}

/**
 * A year asked that none of the topic's budget lines is for ("Tønsbergs budsjett for digitalt tilsyn i
 * 2027" where the table has 2024–2026): no figure states it, so the answer cites nothing and says which
 * years the lines do cover rather than offering other years' amounts as if they answered.
 * Null when there are no lines on the topic at all (then it is "not found").
 */
function yearNotBudgeted(scope: Scope, rows: BudgetRow[]): string[] | null {
  const { question } = scope;
  const years = rows.flatMap((row) => (row.year !== null ? [row.year] : [row.period?.from, row.period?.to].filter((year): year is number => typeof year === 'number')));
  if (years.length === 0 || question.year === null) return null;
  return [BUDGET_PHRASES[question.language].yearNotBudgeted(question.year, question.topic, Math.min(...years), Math.max(...years))];
}

/** The year with the largest (or smallest) total, per strategy. */
function largestYear(scope: Scope, topicRows: BudgetRow[], allRows: BudgetRow[], smallest = false): string[] | null {
  const { question } = scope;
  const phrases = phrasesFor(question.language, scope.basis);
  const lines: string[] = [];
  const withYears = budgetTotals(topicRows, allRows).map((total) => ({ total, perYear: yearAmounts(scope, total, allRows) })).filter((item) => item.perYear.length > 0);
  const { shown, more } = firstStrategies(withYears);
  for (const { total, perYear } of shown) {
    const document = scope.documents.find((d) => d.id === total.documentId)!;
    const best = perYear.reduce((a, b) => ((smallest ? b.amount < a.amount : b.amount > a.amount) ? b : a));
    const documentRows = topicRows.filter((r) => r.documentId === total.documentId);
    const inTable = total.years.find((item) => item.year === best.year && item.amount === best.amount);
    const row = inTable ? rowFor(documentRows, best.year, best.amount) : undefined;
    const framed = documentRows.filter((r) => r.year === null && isSumRow(scope, r) && (r.period?.from ?? Infinity) <= best.year && (r.period?.to ?? -Infinity) >= best.year);
    const yearly = documentRows.filter((r) => r.year === best.year && r.isSum);
    const cited = row ? ` ${where(scope, row, sourceLabel(question.language, inTable!.source, row, documentRows, summaryTablesOf(total)))}${cite(scope, row)}` : [...yearly, ...framed].map((r) => cite(scope, r)).join('');
    const sentence = smallest ? BUDGET_PHRASES[question.language].smallestYear(strategyName(document), best.year, formatMoney(best.amount, question.language)) : phrases.largestYear(strategyName(document), best.year, formatMoney(best.amount, question.language));
    lines.push(`${sentence.replace(/\.$/, '')}${cited}.`);
    const others = perYear.filter((item) => item !== best).map((item) => `${item.year}: ${formatMoney(item.amount, question.language)}`);
    if (others.length > 0) lines.push(`  (${others.join('; ')})`);
  }
  if (more > 0) lines.push(BUDGET_PHRASES[question.language].moreStrategies(more));
  return lines.length > 0 ? lines : null;
}

/**
 * "Which of them gets the most money in 2025?": per strategy, the line with the largest amount (the
 * smallest when asked) in the year asked, else over the whole period (a line's years added up), then
 * the others it was measured against.
 */
function largestLine(scope: Scope, allRows: BudgetRow[], smallest: boolean): string[] | null {
  const { question } = scope;
  const lines: string[] = [];
  for (const document of scope.documents) {
    // Items, not the members who pay for them ("| Modum | 40 % | 800 |" of a cost-sharing table).
    const rows = dedupe(topicRowsOf(scope, allRows.filter((row) => row.documentId === document.id), question.topic).filter((row) => !isSumRow(scope, row) && (question.year === null || row.year === question.year) && !labelsPlace(row)));
    // Over the whole period a line's total column states its amount; else its years are added (never both).
    const byLabel = [...groupBy(rows, (row) => row.label).entries()].map(([label, own]) => {
      const total = own.find((row) => scope.lineTotals.has(row.id));
      return total ? { label, amount: total.amount, rows: [total] } : { label, amount: sum(own.map((row) => row.amount)), rows: own };
    });
    if (byLabel.length < 2) continue;
    byLabel.sort((a, b) => (smallest ? a.amount - b.amount : b.amount - a.amount));
    const [best, ...rest] = byLabel;
    const when = question.year ?? yearsOf(best!.rows);
    lines.push(`${strategyName(document)}: «${best!.label}» ${BUDGET_PHRASES[question.language].hasAmount(formatMoney(best!.amount, question.language), String(when))}${[...new Set(best!.rows.map((row) => cite(scope, row)))].join('')}.`);
    lines.push(`  (${rest.slice(0, 4).map((item) => `${item.label}: ${formatMoney(item.amount, question.language)}`).join('; ')}${rest.length > 4 ? '; …' : ''})`);
  }
  return lines.length > 0 ? lines : null;
}

/** The years of a line's rows as a span ("2025–2028"). */
function yearsOf(rows: BudgetRow[]): string {
  const years = rows.flatMap((row) => (row.year !== null ? [row.year] : []));
  return years.length === 0 ? '' : yearSpan(Math.min(...years), Math.max(...years));
}

/** "…velferdsteknologi eller dokumenthåndtering?": each topic's amount (the year asked, else the whole period), the larger named. */
function larger(scope: Scope, allRows: BudgetRow[]): string[] | null {
  const { question } = scope;
  const phrases = phrasesFor(question.language, scope.basis);
  const topics = twoTopicsOf(question.text, question.topic)!;
  const perYear = question.year === null && BUDGET_PATTERNS.perYear.test(normalize(question.text));
  const lines: string[] = [];
  for (const document of scope.documents) {
    const rows = allRows.filter((row) => row.documentId === document.id);
    const perLine = topics.map((topic) => {
      const topicRows = namedRows(scope, rows, topic);
      return { topic, rows: topicRows, total: linesAmount(scope, topicRows, rows), yearly: perYear ? amountPerYear(scope, topicRows, rows) : null };
    });
    // "Which yearly investment is larger": told by each line's amount a year where both have one.
    const yearly = perLine.every((item) => item.yearly !== null);
    const amounts = perLine.map((item) => ({ ...item, amount: yearly ? item.yearly! : item.total }));
    if (amounts.every((item) => item.rows.length === 0)) continue;
    const [a, b] = amounts as [typeof amounts[0], typeof amounts[0]];
    const cites = amounts.flatMap((item) => (item.rows[0] ? [cite(scope, item.rows.find((row) => row.isSum) ?? item.rows[0])] : [])).join('');
    const money = (amount: number, topic: string) => (amount > 0 ? (yearly ? BUDGET_PHRASES[question.language].perYear(formatMoney(amount, question.language)) : formatMoney(amount, question.language)) : phrases.noAmountFor(topic));
    const [more, less] = a.amount >= b.amount ? [a, b] : [b, a];
    const verdict = a.amount === b.amount ? phrases.equalAmounts(a.topic, b.topic, money(a.amount, a.topic))
      : less.amount === 0 ? BUDGET_PHRASES[question.language].onlyOneHasLines(more.topic, money(more.amount, more.topic), less.topic)
      : phrases.larger(more.topic, money(more.amount, more.topic), less.topic, money(less.amount, less.topic));
    lines.push(`${strategyName(document)}${question.year !== null ? `, ${question.year}` : ''}: ${verdict.replace(/\.$/, '')}${cites}.`);
  }
  return lines.length > 0 ? lines : null;
}

/** What lines add up to in the year asked, else over the whole period, an annual frame multiplied out (the strategy's own rows `rows` tell summary tables apart). */
function linesAmount(scope: Scope, lines: BudgetRow[], rows: BudgetRow[]): number {
  const { question } = scope;
  const total = budgetTotals(lines, rows)[0];
  const years = total?.years.filter((item) => question.year === null || item.year === question.year) ?? [];
  // A total column or sum row over the years already counted is shown by them, not added to them.
  const frames = question.year === null ? (total?.frames ?? []).filter((frame) => !frame.restatesYears).map((frame) => frameOverPeriod(frame, isAnnualFrame(frame, rows, scope.passages))) : [];
  return sum([...years.map((item) => item.amount), ...frames]);
}

/**
 * What lines have a year, where that is one amount: the same amount in every year they list, or an annual
 * frame ("årlig ramme 2015–2018: 3,0 mill"); null when their years differ or a frame covers the whole period.
 */
function amountPerYear(scope: Scope, lines: BudgetRow[], rows: BudgetRow[]): number | null {
  const total = budgetTotals(lines, rows)[0];
  if (!total) return null;
  const yearAmounts = new Set(total.years.map((item) => item.amount));
  const frames = total.frames.filter((frame) => !frame.restatesYears);
  if (frames.some((frame) => !isAnnualFrame(frame, rows, scope.passages)) || yearAmounts.size > 1 || (yearAmounts.size === 0 && frames.length === 0)) return null;
  return sum([...yearAmounts, ...frames.map((frame) => frame.amount)]);
}

/**
 * "Leaving out the data-platform study, what do Lillestrøm's other costed measures add up to?": each
 * strategy's total on the topic (its whole budget where there is none), less the lines the question leaves
 * out, both cited.
 */
function totalWithout(scope: Scope, allRows: BudgetRow[], excluded: string): string[] | null {
  const { question } = scope;
  const phrases = BUDGET_PHRASES[question.language];
  const lines: string[] = [];
  for (const document of scope.documents) {
    const rows = allRows.filter((row) => row.documentId === document.id);
    const onTopic = topicRowsOf(scope, rows, question.topic);
    if (onTopic.length === 0) continue;
    const left = namedRows(scope, onTopic.filter((row) => !isSumRow(scope, row)), excluded);
    const whole = linesAmount(scope, onTopic, rows);
    const wholeRow = onTopic.find((row) => isSumRow(scope, row)) ?? onTopic[0]!;
    const wholeCited = `${formatMoney(whole, question.language)}${cite(scope, wholeRow)}`;
    if (left.length === 0) {
      lines.push(phrases.nothingToLeaveOut(strategyName(document), excluded, wholeCited));
      continue;
    }
    const leftAmounts = [...groupBy(left, (row) => row.label).values()].map((labelRows) => `${formatMoney(linesAmount(scope, labelRows, rows), question.language)} («${labelRows[0]!.label.trim()}»)${cite(scope, labelRows[0]!)}`);
    lines.push(phrases.totalWithout(strategyName(document), wholeCited, leftAmounts, formatMoney(whole - linesAmount(scope, left, rows), question.language), excluded));
  }
  return lines.length > 0 ? lines : null;
}

/**
 * The words of the lines a question leaves out of a total ("leaving out the data-platform study", "utenom
 * dataplattformen", "bortsett frå kursa"): from the words that leave out (data/question-words.json
 * `budget.excluding`) to the end of the clause, without stop words and words of budgeting; null when it
 * leaves none out.
 */
export function excludedPart(text: string): string | null {
  const normalized = normalize(text);
  // "hvis vi holder utredningen av dataplattformen utenfor", "keeping the chatbot out": the lines between the words.
  const around = BUDGET_PATTERNS.excludingAround.exec(normalized);
  const marker = around ? null : BUDGET_PATTERNS.excluding.exec(normalized);
  if (!around && !marker) return null;
  const clause = around ? (around.slice(1).find(Boolean) ?? '') : (normalized.slice(marker!.index + marker![0].length).split(/[,;:?!.]/u)[0] ?? '');
  const words = tokenize(clause).map((token) => token.word).filter((word) => !STOP_WORDS.has(word) && !BUDGET_PATTERNS.budgetWord.test(word));
  return words.length > 0 ? words.join(' ') : null;
}

/** The words of the phrases that leave lines out ("utenom", "bortsett", "leaving", "holder … utenfor"), read once from the data patterns. */
const LEAVING_WORDS = new Set(
  [BUDGET_PATTERNS.excluding, BUDGET_PATTERNS.excludingAround].flatMap((pattern) => tokenize(normalize(pattern.source.replace(/\\[ps](?:\{L\})?/gu, ' '))).map((token) => token.word)).filter((word) => word.length > 1),
);

/** A topic without the words that leave lines out, those lines' words, and "the others" ("andre", "øvrige", "other"). */
function withoutExcluded(topic: string, excluded: string | null): string {
  if (!excluded) return topic;
  const left = new Set(excluded.split(' '));
  // (A topic word may be shortened: "informasjonssikkerhet" of "informasjonssikkerhetstiltakene".)
  const isLeft = (word: string) => [...left].some((other) => other === word || (word.length >= 4 && other.startsWith(word)));
  return topic.split(/\s+/).filter((word) => word && !isLeft(normalize(word)) && !LEAVING_WORDS.has(normalize(word)) && !BUDGET_PATTERNS.restWord.test(normalize(word))).join(' ');
}

/**
 * The parts of a topic the question joins by "og", "samt" or "and" (data/question-words.json `coordinatingWords` that are no `alternativeWords`) ("infrastrukturelle tiltak og
 * informasjonssikkerhetstiltak"): the topic's words before the joining word and after it; null when the
 * question joins none of them.
 */
export function joinedTopics(text: string, topic: string): [string, string] | null {
  const words = topic.split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const normalized = normalize(text);
  const tokens = tokenize(normalized);
  // Where each topic word stands in the question (a topic word may be a shortened form: "informasjonssikkerhet" of "…tiltak").
  const at = words.map((word) => tokens.findIndex((token) => token.word.startsWith(normalize(word)) || (token.word.length >= 4 && normalize(word).startsWith(token.word))));
  if (at.some((index) => index < 0) || at.some((index, i) => i > 0 && index <= at[i - 1]!)) return null;
  // (Not a compound's shared ending: "sak- og arkivsystem" is one line.)
  const join = tokens.findIndex((token, i) => i > at[0]! && i < at.at(-1)! && ADDING_WORDS.has(token.word) && !normalized.slice(0, token.start).trimEnd().endsWith('-'));
  if (join < 0) return null;
  const before = words.filter((_, i) => at[i]! < join);
  const after = words.filter((_, i) => at[i]! > join);
  return before.length > 0 && after.length > 0 ? [before.join(' '), after.join(' ')] : null;
}

/**
 * The two lines a question weighs against each other: "X eller Y" in the topic, or the topic's words
 * on either side of a comparative in the question ("Koster anskaffelsen av sak/arkiv mer enn
 * velferdsteknologiprogrammet?"); null when it names no two.
 */
export function twoTopicsOf(text: string, topic: string): [string, string] | null {
  const split = topic.split(TWO_TOPICS).map((part) => part.trim()).filter(Boolean);
  if (TWO_TOPICS.test(` ${topic} `) && split.length === 2) return split as [string, string];
  const normalized = normalize(text);
  const comparative = MORE_THAN.exec(normalized);
  if (!comparative) return null;
  const before = new Set(tokenize(normalized.slice(0, comparative.index)).map((token) => token.word));
  const after = new Set(tokenize(normalized.slice(comparative.index + comparative[0].length)).map((token) => token.word));
  const words = tokenize(topic).map((token) => token.word);
  const first = words.filter((word) => before.has(word) && !after.has(word));
  const second = words.filter((word) => after.has(word) && !before.has(word));
  return first.length > 0 && second.length > 0 ? [first.join(' '), second.join(' ')] : null;
}

/** The part a share asks for: the topic without the words of the share and of budgeting ("andel går program velferdsteknologi" → "program velferdsteknologi"). */
function sharePart(topic: string): string {
  return topic.split(/\s+/).filter((word) => word && !SHARE_WORD.test(normalize(word)) && !onlyBudgetWords(word)).join(' ');
}

/**
 * "Hvor stor andel av det samlede budsjettet for 2016 går til velferdsteknologi?": per strategy, the
 * part (the lines on the topic) and the whole (every line, or those of the kind a budget word of the
 * question names: "investeringsramma"), both added up as totals are (a sum row, or the lines; an
 * overview table never added to its details), for the year asked or else every year and period, and
 * the share computed from these two cited figures: "3 630 300 kr / 10 880 300 kr = 33,4 %". Null when
 * no strategy has lines on the part (a share its text states is then quoted by the look-up).
 */
function share(scope: Scope, allRows: BudgetRow[]): string[] | null {
  const { question } = scope;
  const part = sharePart(question.topic);
  const budgetWords = question.topic.split(/\s+/).filter((word) => word && onlyBudgetWords(word));
  const kind = KINDS.find(([, pattern]) => budgetWords.some((word) => pattern.test(word)));
  const lines: string[] = [];
  for (const document of scope.documents) {
    const rows = rowsOf(allRows, document.id);
    const ofKind = kind ? rows.filter((row) => row.kind === kind[0] || kind[1].test(`${row.table} ${row.label}`)) : [];
    const wholeRows = ofKind.length > 0 ? ofKind : rows;
    const partRows = topicRowsOf(scope, wholeRows, part);
    if (partRows.length === 0) continue;
    const partAmount = amountOf(partRows, rows, question.year);
    const wholeAmount = amountOf(wholeRows, rows, question.year);
    if (partAmount.amount === 0 || wholeAmount.amount === 0 || partAmount.amount > wholeAmount.amount) continue;
    const money = (amount: number) => formatMoney(amount, question.language);
    const phrases = BUDGET_PHRASES[question.language];
    const wholeName = phrases.shareWhole[ofKind.length > 0 ? kind![0] : 'all'];
    const when = question.year !== null ? String(question.year) : wholeAmount.span;
    const sentence = phrases.share(part, money(partAmount.amount), wholeName, money(wholeAmount.amount), formatPercent(partAmount.amount / wholeAmount.amount, question.language), when);
    // A part line and the sum of its table in one passage: one quote shows both figures.
    const sumRow = wholeAmount.rows.length === 1 && wholeAmount.rows[0]!.isSum ? wholeAmount.rows[0]! : null;
    const together = sumRow && partAmount.rows.every((row) => !row.isSum && row.passageId === sumRow.passageId) ? citeWithLines(scope, sumRow, partAmount.rows) : '';
    const cites = together || [...new Set([...partAmount.rows, ...wholeAmount.rows])].map((row) => cite(scope, row)).join('');
    lines.push(`${strategyName(document)}: ${sentence.replace(/\.$/, '')}${cites}.`);
  }
  return lines.length > 0 ? lines : null;
}

/**
 * What a set of lines adds up to, as totals do, for one year or (year null) every year and period,
 * with the rows that state it (the sum rows where one states the amount, else the lines added) and the span of years.
 */
function amountOf(rows: BudgetRow[], allRows: BudgetRow[], year: number | null): { amount: number; rows: BudgetRow[]; span: string } {
  const total = budgetTotals(rows, allRows)[0];
  if (!total) return { amount: 0, rows: [], span: '' };
  const years = total.years.filter((item) => year === null || item.year === year);
  // A total column or sum row over the years counted already states their sum: not added on top.
  const frames = year === null ? total.frames.filter((frame) => !frame.restatesYears) : [];
  const stating = (items: BudgetRow[]) => {
    const sums = items.filter((row) => row.isSum);
    return sums.length > 0 ? sums.slice(0, 1) : items.filter((row) => !row.isSum);
  };
  const cited = [
    ...years.flatMap((item) => {
      const inYear = rows.filter((row) => row.year === item.year);
      const exact = inYear.find((row) => row.amount === item.amount && (row.isSum || inYear.filter((r) => !r.isSum).length === 1));
      return exact ? [exact] : stating(inYear);
    }),
    ...frames.flatMap((frame) => stating(rows.filter((row) => row.table === frame.table && row.year === null && row.period?.from === frame.from && row.period?.to === frame.to))),
  ];
  const bounds = [...years.map((item) => item.year), ...frames.flatMap((frame) => [frame.from, frame.to].filter((y): y is number => y !== null))];
  const span = bounds.length === 0 ? '' : Math.min(...bounds) === Math.max(...bounds) ? String(bounds[0]) : `${Math.min(...bounds)}–${Math.max(...bounds)}`;
  return { amount: sum(years.map((item) => item.amount)) + sum(frames.map((frame) => frame.amount)), rows: dedupeById(cited), span };
}

function dedupeById(rows: BudgetRow[]): BudgetRow[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** "33,4 %" (Norwegian), "33.4%" (English): one decimal. */
function formatPercent(fraction: number, language: Language): string {
  const value = (Math.round(fraction * 1000) / 10).toFixed(1);
  return language === 'en' ? `${value}%` : `${value.replace('.', ',')}\u00a0%`;
}

/**
 * A strategy's amount per year: its yearly totals plus, for each year of their period, the amounts
 * given per year over a period ("årlige investeringer som løper i hele planperioden").
 */
function yearAmounts(scope: Scope, total: ReturnType<typeof budgetTotals>[number], allRows: BudgetRow[]): Array<{ year: number; amount: number }> {
  const years = new Map<number, number>(total.years.map((item) => [item.year, item.amount]));
  for (const frame of total.frames) {
    // Only an amount given per year is spread over the years of its period.
    if (frame.from === null || frame.to === null || frame.to - frame.from > 20 || !isAnnualFrame(frame, rowsOf(allRows, total.documentId), scope.passages)) continue;
    for (let year = frame.from; year <= frame.to; year++) years.set(year, (years.get(year) ?? 0) + frame.amount);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}

function summaryTablesOf(total: ReturnType<typeof budgetTotals>[number]): Set<string> {
  return new Set(total.tables.filter((table) => table.isSummary).map((table) => table.table));
}

function rowsOf(rows: BudgetRow[], documentId: string): BudgetRow[] {
  return rows.filter((row) => row.documentId === documentId);
}

/** "sumrad", "oversiktstabellens sumrad" or "summen av linjene" — only what is true of the cited row. */
function sourceLabel(language: Language, source: string, row: BudgetRow, rows: BudgetRow[], summaries: Set<string> | null = null): string | null {
  const phrases = PHRASES[language];
  // The cited row's own table decides: a detail table's sum row is not the overview's, whatever the total's source.
  if (row.isSum) return phrases.source[source === 'summary-table' && (summaries === null || summaries.has(row.table)) ? 'summary-table' : 'sum-row'] ?? null;
  const added = rows.filter((r) => r.year === row.year && !r.isSum && r.table === row.table).length > 1;
  return source === 'detail-rows' && added ? phrases.source['detail-rows'] ?? null : null;
}

function rowFor(rows: BudgetRow[], year: number, amount: number): BudgetRow | undefined {
  const inYear = rows.filter((row) => row.year === year);
  return inYear.find((row) => row.isSum && row.amount === amount) ?? inYear.find((row) => row.amount === amount) ?? inYear[0];
}

/** "(sumrad, tabell «7. Helse og Velferd», s. 3)"; an unpaged source names the section instead of a page. */
function where(scope: Scope, row: BudgetRow, source: string | null): string {
  const phrases = PHRASES[scope.question.language];
  const document = scope.documents.find((d) => d.id === row.documentId);
  const passage = row.passageId ? scope.passages.get(row.passageId) : undefined;
  const section = passage ? sectionLabel(passage.section.number, passage.section.title) : '';
  const place = document ? placeOf(document, row.page, section === row.table ? '' : section, scope.question.language) : '';
  const scale = tableScale(row);
  const table = `${phrases.inTable} «${row.table}»${scale ? ` ${phrases.tableUnit[scale]}` : ''}`;
  return `(${[source, table, place].filter(Boolean).join(', ')})`;
}

/**
 * The unit a table states its amounts in, where the printed figure is not the amount in kroner: "4 250"
 * in a table "Tall i 1000 kr" is 4 250 000 kr (1000); "2.75" in "NOK million" is 2 750 000 (1 000 000).
 * Said beside the table, so that the quote can be checked against the answer.
 */
function tableScale(row: BudgetRow): number | null {
  const printed = row.raw.replace(/[\s\u00a0]/g, '');
  const decimal = /^(\d+)[.,](\d{1,2})$/.exec(printed);
  const value = decimal ? Number(`${decimal[1]}.${decimal[2]}`) : Number(printed.replace(/[.,]/g, ''));
  if (!Number.isFinite(value) || value === 0 || value === row.amount) return null;
  return [1000, 1000000].find((scale) => Math.abs(value * scale - row.amount) < 1) ?? null;
}

/**
 * A sum row cited with the lines it adds ("Prosjekt Ramme 1 … 0,50 mill … Sum 1,30 mill"), so a figure
 * computed from it can be checked line by line; the sum row's own quote where the lines are not found together.
 */
function citeWithLines(scope: Scope, sumRow: BudgetRow, lines: BudgetRow[]): string {
  const document = scope.documents.find((d) => d.id === sumRow.documentId);
  const passage = sumRow.passageId ? scope.passages.get(sumRow.passageId) : undefined;
  const quote = passage ? linesToSumQuote(passage.text, lines, sumRow) : null;
  return passage && document && quote ? ` [${scope.citations.citeExact(passage, document, quote)}]` : cite(scope, sumRow);
}

function cite(scope: Scope, row: BudgetRow): string {
  const document = scope.documents.find((d) => d.id === row.documentId);
  const passage = row.passageId ? scope.passages.get(row.passageId) : undefined;
  if (!passage || !document) return '';
  // On a topic, the quote should show it: from the table's name (which names the topic) to the figure.
  const topic = scope.question.topic && !onlyBudgetWords(scope.question.topic) ? createTopicMatcher(scope.question.topic, scope.context.thesaurus) : null;
  if (!isSumRow(scope, row)) {
    // A line whose label does not name the topic ("Implementere regional varslingsløsning …" under «1. Digital dialog»): from the table's name.
    const named = topic && !topic.matches(row.label) && topic.matches(row.table) ? tableSpanQuote(passage.text, row) : null;
    return ` [${named ? scope.citations.citeExact(passage, document, named) : scope.citations.cite(passage, document, row.label)}]`;
  }
  // A sum row is quoted from the word that makes it a total ("Sum", "Samlet budsjett") to its amount,
  // so the quote shows what the figure is; where its passage has no such word (a long overview table
  // split over passages), the sentence that introduces the table is cited beside the figure.
  const quoted = sumRowQuote(passage.text, row);
  const spanned = topic && !(quoted && topic.matches(quoted)) && topic.matches(row.table) ? tableSpanQuote(passage.text, row) : null;
  if (spanned) return ` [${scope.citations.cite(passage, document, spanned)}]`;
  if (quoted) return ` [${scope.citations.cite(passage, document, quoted)}]`;
  // A sum row printed without its label: the table it closes, from the sentence that introduces it.
  const table = introducedTableQuote(passage.text, row);
  // Verbatim and whole: the figures it is cited for stand at its end.
  if (table) return ` [${scope.citations.citeExact(passage, document, table)}]`;
  const figure = ` [${scope.citations.cite(passage, document, row.raw)}]`;
  const heading = tableHeading(scope.passages.values(), row);
  return heading ? `${figure} [${scope.citations.cite(heading.passage, document, heading.quote)}]` : figure;
}

function when(row: BudgetRow, language: Language, annual = true): string {
  const phrases = PHRASES[language];
  if (row.year !== null) return String(row.year);
  if (row.period) return annual ? `${row.period.from ?? '?'}–${row.period.to ?? '?'} (${phrases.perYear})` : `${row.period.from ?? '?'}–${row.period.to ?? '?'}`;
  return `? (${phrases.uncertainYear})`;
}

/**
 * A row's amount, with the table's own writing beside it where that is not the figure in full: a row
 * written "2,5 mill" is "2 500 000 kr (2,5 mill)", so the answer shows both the number read and the
 * source's words; "3 630 300" stays "3 630 300 kr".
 */
function moneyAsWritten(row: BudgetRow, language: Language): string {
  const money = formatMoney(row.amount, language);
  const written = row.raw.trim();
  const inFull = written.replace(/[\s.\u00a0]/gu, '') === String(Math.round(row.amount));
  return inFull || written.length === 0 || written.length > MAX_WRITTEN_AMOUNT ? money : `${money} (${written})`;
}
/** Longer raw text is a whole row, not an amount as written. */
const MAX_WRITTEN_AMOUNT = 16;

/** The same amount for the same year in one strategy is one line (a detail table and its summary). */
function dedupe(rows: BudgetRow[]): BudgetRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.documentId}|${row.year ?? row.id}|${row.amount}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first MAX_STRATEGIES strategies an answer shows in full, and how many more it only counts. */
function firstStrategies<T>(items: T[]): { shown: T[]; more: number } {
  return { shown: items.slice(0, MAX_STRATEGIES), more: Math.max(0, items.length - MAX_STRATEGIES) };
}

/** Names joined for a sentence, at most MAX_NAMES of them, then "… og N andre". */
function shortList(names: string[], language: Language): string {
  if (names.length <= MAX_NAMES) return listNames(names, language);
  return listNames([...names.slice(0, MAX_NAMES), BUDGET_PHRASES[language].others(names.length - MAX_NAMES)], language);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
