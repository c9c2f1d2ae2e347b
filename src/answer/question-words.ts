import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OrganisationKind } from '../../ingest/model.ts';
import { normalize, STOP_WORDS } from '../text/analyze.ts';
import { loadVocabulary, taggingLabels } from '../text/vocabulary.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** The intents whose wording data/question-words.json gives as regular expressions. */
type IntentPattern = 'compare' | 'compareNamed' | 'budget' | 'document' | 'goals' | 'coverage' | 'whoHas' | 'refersBack' | 'versionChange' | 'otherDocument' | 'saysAbout' | 'continuesPrevious' | 'asksMention' | 'adoptionOrder' | 'relates' | 'pointsBack' | 'topicPronoun' | 'allItems' | 'notMoney' | 'budgetAsEvidence' | 'comparedWith' | 'countsAcross' | 'countsStrategies';

/** What a budget question asks for, by its wording (data/question-words.json `budget`). */
type BudgetPattern = 'total' | 'yearAsk' | 'smallest' | 'twoTopics' | 'moreThan' | 'yearAskWord' | 'money' | 'budgetWord' | 'shareWord' | 'linkingS' | 'addUpWord' | 'spendWord' | 'investsIn' | 'largestLine' | 'accountsAsked' | 'spentAsked' | 'budgetNamed' | 'accountsWord' | 'excluding' | 'excludingAround' | 'restWord' | 'perYear';
/** What a look-up asks for (data/question-words.json `lookup`). */
type LookupPattern = 'share' | 'shareStated' | 'proportionStated' | 'rankStated' | 'countStated' | 'amount' | 'amountStated' | 'number' | 'numberReference' | 'commitmentAsked' | 'name' | 'code' | 'whenAsked' | 'timeStated';
/** What a question about the document itself asks for (data/question-words.json `documentAspects`). */
export type DocumentAspect = 'appliesTo' | 'members' | 'adoption' | 'period' | 'version' | 'owner' | 'amended' | 'prepared';
/** Which end of the adoption order a question asks for (data/question-words.json `adoptionOrder`). */
export type AdoptionOrder = 'latest' | 'earliest';

/** One pattern as data: its alternatives, joined with '|'; `whole`: it must match a whole word. */
interface PatternWords {
  flags: string;
  whole?: boolean;
  alternatives: string[];
}

/** Words of a question's structure, not its subject (data/question-words.json). */
interface QuestionWords {
  budget: Record<BudgetPattern, PatternWords>;
  lookup: Record<LookupPattern, PatternWords>;
  documentAspects: Record<DocumentAspect, PatternWords>;
  documentStatements: Record<'amends' | 'replaces' | 'replacementAsked' | 'sinceAsked' | 'validityAsked', PatternWords>;
  adoptionAsked: Record<'caseNumber' | 'dateOrBody', PatternWords>;
  adoptionOrder: Record<AdoptionOrder, PatternWords>;
  askedSubjects: PatternWords & { subjects: string[]; modifiers: string[]; counted: string };
  structurePhrases: PatternWords;
  suchLike: PatternWords;
  towardsYear: PatternWords;
  acrossStrategies: PatternWords;
  howWords: string[];
  howVerbs: Record<'nb' | 'nn' | 'en', string[]>;
  intents: Record<IntentPattern, { flags: string; alternatives: string[] }>;
  questionWords: string[];
  sharedWords: string[];
  sharedByNamed: string[];
  evidenceKindWords: string[];
  documentPartEndings: string[];
  wholePeriod: PatternWords;
  stuffWords: string[];
  exampleIntroducers: PatternWords;
  glossIntroducers: PatternWords;
  themePartEndings: string[];
  asciiSpellings: Record<string, string[]>;
  leadingConjunctions: string[];
  dialectForms: Record<string, string>;
  alternativeWords: string[];
  coordinatingWords: string[];
  qualifyingWords: { defaultSubjects: string[]; prepositions: string[]; joining: string[]; possessives: string[]; placeWords: string[]; relatives: string[]; verbParticles: string[]; determiners: string[]; causatives: string[]; pluralEndings: string[]; subjectVerbs: string[]; phraseEnds: string[] };
  organisationKinds: Record<OrganisationKind, string[]>;
}

const WORDS = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/question-words.json', import.meta.url)), 'utf8')) as QuestionWords;
const HOW = new Set(WORDS.howWords.map(normalize));
const HOW_VERBS = new Set(Object.values(WORDS.howVerbs).flat().map(normalize));

const compile = ({ flags, whole, alternatives }: PatternWords) => new RegExp(whole ? `^(?:${alternatives.join('|')})$` : alternatives.join('|'), flags);

/** Per intent, one pattern over the normalised question: its alternatives joined. */
export const INTENT_PATTERNS = Object.fromEntries(Object.entries(WORDS.intents).map(([intent, words]) => [intent, compile(words)])) as Record<IntentPattern, RegExp>;

/**
 * The wording of budget questions: a total, a year asked for (and the words that ask it), the smallest,
 * two lines compared, words of money, and words of budgeting itself (a topic of only these asks for
 * the whole budget).
 */
export const BUDGET_PATTERNS = Object.fromEntries(Object.entries(WORDS.budget).map(([name, words]) => [name, compile(words)])) as Record<BudgetPattern, RegExp>;

/** Words that say what kind of question it is, not what it is about. */
export const QUESTION_WORDS = new Set(WORDS.questionWords);

/** Words a comparison uses to ask what two strategies share ("what do X and Y have in common", "kva har dei til felles"). */
export const SHARED_WORDS = new Set(WORDS.sharedWords);

/** Words that make a question naming two organisations a comparison ("Which priorities do X and Y share?"). */
export const SHARED_BY_NAMED = new Set(WORDS.sharedByNamed);

/** Words that say how a strategy treats a topic (as a focus area, a measure), not what the topic is. */
export const EVIDENCE_KIND_WORDS = new Set(WORDS.evidenceKindWords);

const PART_ENDING = new RegExp(`(?<=[\\p{L}]{4})(?:${WORDS.documentPartEndings.map(normalize).join('|')})(?![\\p{L}])`, 'gu');
/** A compound ending in a part ending, its first part captured. */
const PART_COMPOUND = new RegExp(`([\\p{L}-]+?)${PART_ENDING.source}`, 'gu');

/**
 * A compound naming a part of a document, or the work on a topic, says what it is about:
 * "velferdsteknologikapittelet" → "velferdsteknologi", "informasjonssikkerhetsarbeidet" →
 * "informasjonssikkerhet" (data/question-words.json `documentPartEndings`).
 */
export function withoutPartEndings(normalized: string): string {
  return normalized.replace(PART_COMPOUND, (_, first: string) => withoutLinkingS(first)).replace(/[\p{L}-]+/gu, (word) => themeBeforeEnding(word) ?? word);
}

const THEME_PART_ENDING = new RegExp(`^([\\p{L}-]{4,}?)(?:${WORDS.themePartEndings.map(normalize).join('|')})$`, 'u');
let themeLabels: Set<string> | null = null;

/**
 * A compound of a theme's label and a part ending written without the linking "s" names the goals on
 * that theme ("velferdsteknologimålene" → "velferdsteknologi"); only where the first part is a label,
 * so that "hovedmålene" stays whole (data/question-words.json `themePartEndings`).
 */
function themeBeforeEnding(word: string): string | null {
  const first = THEME_PART_ENDING.exec(word)?.[1];
  if (!first) return null;
  themeLabels ??= new Set(loadVocabulary().themes.flatMap((theme) => taggingLabels(theme).map(normalize)));
  return themeLabels.has(first) ? first : null;
}

/** The first part of a compound without its linking "s" ("informasjonssikkerhets" → "informasjonssikkerhet"; data/question-words.json `budget.linkingS`). */
export function withoutLinkingS(part: string): string {
  return BUDGET_PATTERNS.linkingS.test(part) ? part.slice(0, -1) : part;
}

/** The subjects of the document parts a question names: "velferdsteknologikapittelet" → ["velferdsteknologi"]. */
export function partSubjectsIn(normalized: string): string[] {
  const themed = (normalized.match(/[\p{L}-]+/gu) ?? []).flatMap((word) => themeBeforeEnding(word) ?? []);
  return [...[...normalized.matchAll(new RegExp(`[\\p{L}-]+?${PART_ENDING.source}`, 'gu'))].map((m) => withoutPartEndings(m[0])), ...themed];
}

/** True when the question asks how ("hvordan", "korleis", "how"). */
export function asksHow(normalized: string): boolean {
  return normalized.split(/[^\p{L}\d-]+/u).some((word) => HOW.has(word));
}

/** True for a verb that, in a question asking how, says that someone works on the topic ("arbeider", "approach"). */
export function isHowVerb(word: string): boolean {
  return HOW_VERBS.has(normalize(word));
}

/** Words of money ("kroner", "budsjett", "satt av", "spend"): "hvor mye / how much" alone may ask for any amount ("how much … reduce paper use"). */
const MONEY = BUDGET_PATTERNS.money;

/** True when a question speaks of money, not only of "how much". */
export function speaksOfMoney(text: string): boolean {
  const normalized = normalize(text);
  // "the time caseworkers spend on …", "how much … reduce …": time or a change, not money.
  return MONEY.test(normalized) && !INTENT_PATTERNS.notMoney.test(normalized);
}

/** True when a question asks who spends more or most ("Which one spends more?", "Hvem setter av mest …"): money and a word of spending or of more. */
export function asksWhoSpendsMore(text: string): boolean {
  return speaksOfMoney(text) && normalize(text).split(/[^\p{L}]+/u).some((word) => BUDGET_PATTERNS.spendWord.test(word));
}

/** What a look-up asks for: a number, a name, or a code or standard. */
export const LOOKUP_PATTERNS = Object.fromEntries(Object.entries(WORDS.lookup).map(([name, words]) => [name, compile(words)])) as Record<LookupPattern, RegExp>;

/**
 * A list of what is asked across at the start of a question ("Hvilke kommuner og samarbeid …", "Which
 * municipalities or regions …"): it names no topic, though "samarbeid" alone may be one.
 */
const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(normalize(word))).join('|');
/** A subject, with one word that only says which of them may come before it ("regionale samarbeid", "other municipalities"). */
const SUBJECTS = `(?:(?:${alternation(WORDS.askedSubjects.modifiers)})\\s+)?(?:${alternation(WORDS.askedSubjects.subjects)})`;
export const ASKED_SUBJECTS = compile({ ...WORDS.askedSubjects, alternatives: WORDS.askedSubjects.alternatives.map((pattern) => pattern.replaceAll('SUBJECT', SUBJECTS)) });

/**
 * Colloquial wording of a question asking who takes something up, which names no topic: "bryr seg
 * egentlig om", "driver med … og sånt", "legger vekt på", "skriv noko om", "noe sted", "i noen av
 * strategiene" (data/question-words.json `structurePhrases`). Global: every occurrence is replaced.
 */
export const STRUCTURE_PHRASES = compile(WORDS.structurePhrases);

/**
 * "… og sånt", "… and the like", "osv.": the things named are examples of a kind, and the question asks
 * about the kind (data/question-words.json `suchLike`). Global: every occurrence is replaced.
 */
export const SUCH_LIKE = compile(WORDS.suchLike);
/** "greier", "ting", "stuff": a theme named with one of these is the kind asked itself ("smartby-greier"). */
export const STUFF_WORDS: ReadonlySet<string> = new Set(WORDS.stuffWords);

/**
 * "smarte byløysingar, med sensorar og slikt": examples introduced ("med", "such as", "for eksempel") after
 * a theme the question names are examples of that theme, which is the kind asked
 * (data/question-words.json `exampleIntroducers`).
 */
export function namesKindBeforeExamples(text: string, namesTheme: (part: string) => boolean): boolean {
  SUCH_LIKE.lastIndex = 0;
  const suchLike = SUCH_LIKE.exec(text);
  if (!suchLike) return false;
  const before = text.slice(0, suchLike.index);
  const introducers = [...before.matchAll(EXAMPLE_INTRODUCERS)];
  return introducers.some((m) => namesTheme(before.slice(0, m.index)));
}
const EXAMPLE_INTRODUCERS = compile(WORDS.exampleIntroducers);

/**
 * "digital inclusion, i.e. helping residents who struggle with online services": the words after a gloss
 * introducer ("i.e.", "altså", "det vil si") that follows a theme the question names explain it, and are
 * no part of the topic (data/question-words.json `glossIntroducers`). The text without them.
 */
export function withoutGloss(text: string, namesTheme: (part: string) => boolean): string {
  for (const m of text.matchAll(GLOSS_INTRODUCERS)) if (namesTheme(text.slice(0, m.index))) return `${text.slice(0, m.index)} `;
  return text;
}
const GLOSS_INTRODUCERS = compile(WORDS.glossIntroducers);

/**
 * "fram mot 2027", "frem til 2030", "towards 2030": the year a goal is to be reached by, which is no part
 * of the topic (data/question-words.json `towardsYear`). Global: every occurrence is replaced; the year stays.
 */
export const TOWARDS_YEAR = compile(WORDS.towardsYear);
/** "for hele perioden", "all years": asked over the whole period, not the year asked before. */
export const WHOLE_PERIOD = compile(WORDS.wholePeriod);

/**
 * "Hvilke kommuner …", "hvem …", "which strategies …", "alle strategiene": a question that asks across
 * the strategies whatever the conversation was about (data/question-words.json `acrossStrategies`).
 */
export const ACROSS_STRATEGIES = compile(WORDS.acrossStrategies);

/** The question without its structure phrases (each replaced by a space). */
export function withoutStructurePhrases(normalized: string): string {
  return normalized.replace(STRUCTURE_PHRASES, ' ');
}

/**
 * "Which organisations invest in welfare technology?": a verb of investing asked across the strategies
 * with no amount asked says who prioritises the topic (data/question-words.json `budget.investsIn`).
 * True when the question speaks of money only by that verb.
 */
export function investsOnlyAsPriority(normalized: string, budgetWording: RegExp): boolean {
  const investing = new RegExp(BUDGET_PATTERNS.investsIn.source, BUDGET_PATTERNS.investsIn.flags);
  return investing.test(normalized) && !budgetWording.test(normalized.replace(investing, ' '));
}

/** "Hvor mange kommuner …": a count of strategies, not a figure asked of them. */
export const COUNTS_SUBJECTS = new RegExp(WORDS.askedSubjects.counted.replaceAll('SUBJECT', SUBJECTS), 'u');

/** The facts about a document a question may ask for, in the order they are read and answered. */
export const DOCUMENT_ASPECTS = Object.entries(WORDS.documentAspects).map(([aspect, words]) => [aspect, compile(words)]) as Array<[DocumentAspect, RegExp]>;

/** "Which strategies apply to Molde?": the strategies of a place, its own and those of the collaborations it is a member of. */
export const APPLIES_TO = DOCUMENT_ASPECTS.find(([aspect]) => aspect === 'appliesTo')![1];

/**
 * Sentences a document answer quotes beside the stored facts (data/question-words.json
 * `documentStatements`): `replaces` finds where a strategy says which one it replaces, `replacementAsked` a question asking it, `sinceAsked`
 * a question asking since when the members have worked together.
 */
export const DOCUMENT_STATEMENTS = Object.fromEntries(Object.entries(WORDS.documentStatements).map(([name, words]) => [name, compile(words)])) as Record<'amends' | 'replaces' | 'replacementAsked' | 'sinceAsked' | 'validityAsked', RegExp>;

/**
 * Which facts of an adoption a question asks for: the case number ("Hva er saksnummeret …", "kva sak"),
 * the date or the body ("når", "hvem", "which council"); data/question-words.json `adoptionAsked`.
 */
export const ADOPTION_ASKED = {
  caseNumber: compile(WORDS.adoptionAsked.caseNumber),
  dateOrBody: compile(WORDS.adoptionAsked.dateOrBody),
};

/**
 * The end of the adoption order a question asks for: "Hvilken strategi er nyest, Askers eller Sandnes'?"
 * → 'latest', "Which was adopted first, X or Y?" → 'earliest'; null when it asks for neither.
 */
export function adoptionOrderAsked(normalized: string): AdoptionOrder | null {
  return ADOPTION_ORDER.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null;
}
const ADOPTION_ORDER = Object.entries(WORDS.adoptionOrder).map(([order, words]) => [order, compile(words)]) as Array<[AdoptionOrder, RegExp]>;

/** How æ, ø and å are written without them (data/question-words.json `asciiSpellings`). */
export const ASCII_SPELLINGS: Readonly<Record<string, readonly string[]>> = WORDS.asciiSpellings;

/**
 * The spellings of a (normalised) name typed without æ, ø and å ("sørum" → "sorum", "bærum" → "baerum",
 * "barum"; data/question-words.json `asciiSpellings`): every letter one way through the name, for each
 * way the table gives. Only names of four letters or more, never a stop word ("ås" would be "as").
 */
export function asciiSpellings(name: string): string[] {
  if (!/[æøå]/.test(name)) return [];
  const ways = Math.max(...Object.values(WORDS.asciiSpellings).map((spellings) => spellings.length));
  const found = new Set<string>();
  for (let way = 0; way < ways; way++) {
    const written = name.replace(/[æøå]/g, (letter) => { const spellings = WORDS.asciiSpellings[letter] ?? [letter]; return spellings[way] ?? spellings[0] ?? letter; });
    if (written !== name && written.replace(/[^\p{L}]/gu, '').length >= 4 && !STOP_WORDS.has(written)) found.add(written);
  }
  return [...found];
}

const LEADING_CONJUNCTION = new RegExp(`^\\s*(?:${WORDS.leadingConjunctions.map(normalize).join('|')})\\s+`, 'u');

/** A normalised question without the conjunction a follow-up may begin with ("and what does X say …" → "what does X say …"). */
export function withoutLeadingConjunction(normalized: string): string {
  return normalized.replace(LEADING_CONJUNCTION, '');
}

const ORGANISATION_KIND_WORDS = Object.entries(WORDS.organisationKinds)
  .filter(([kind]) => kind !== '$comment')
  .map(([kind, words]) => [kind as OrganisationKind, new Set(words.map(normalize))] as const);

/**
 * The organisation kinds a topic names when every content word of it names one ("regionale eller
 * interkommunale samarbeid" → region, collaboration; data/question-words.json `organisationKinds`);
 * empty when any word says something else.
 */
export function organisationKindsNamed(topic: string): OrganisationKind[] {
  const words = normalize(topic).split(/[^\p{L}\d-]+/u).filter((word) => word && !STOP_WORDS.has(word));
  if (words.length === 0 || !words.every((word) => ORGANISATION_KIND_WORDS.some(([, named]) => named.has(word)))) return [];
  return ORGANISATION_KIND_WORDS.filter(([, named]) => words.some((word) => named.has(word))).map(([kind]) => kind);
}

const ALTERNATIVE_WORDS = new Set(WORDS.alternativeWords.map(normalize));

/** The prepositions after a theme that introduce words qualifying it ("for", "hos", "among"), the words joining alternatives of those ("og", "or"), the words ending them ("som", "that"), and the people goals are for by default ("ansatte"), who qualify nothing. */
const set = (words: string[]) => new Set(words.map(normalize));
export const QUALIFYING = { defaultSubjects: set(WORDS.qualifyingWords.defaultSubjects), prepositions: set(WORDS.qualifyingWords.prepositions), joining: set(WORDS.qualifyingWords.joining), possessives: set(WORDS.qualifyingWords.possessives), placeWords: set(WORDS.qualifyingWords.placeWords), relatives: set(WORDS.qualifyingWords.relatives), verbParticles: set(WORDS.qualifyingWords.verbParticles), determiners: set(WORDS.qualifyingWords.determiners), causatives: set(WORDS.qualifyingWords.causatives), plural: new RegExp(`(?:${WORDS.qualifyingWords.pluralEndings.join('|')})$`, 'u'), subjectVerbs: set(WORDS.qualifyingWords.subjectVerbs), phraseEnds: set(WORDS.qualifyingWords.phraseEnds) };

/** Words that join two things both meant ("og", "samt", "and"): the coordinating words that give no alternative. */
export const ADDING_WORDS = new Set(WORDS.coordinatingWords.filter((word) => !WORDS.alternativeWords.includes(word)).map(normalize));

/** The text between two themes when it joins them into one part of a topic: only spaces, commas, "/" or "&", and at most one word of `coordinatingWords` ("og", "or"). */
export const COORDINATED = new RegExp(`^[\\s,/&]*(?:(?:${WORDS.coordinatingWords.map(normalize).join('|')})[\\s,]*)?$`, 'u');

/** True for a word that joins alternatives ("eller", "or"). */
export function isAlternativeWord(word: string): boolean {
  return ALTERNATIVE_WORDS.has(normalize(word));
}

const DIALECT_FORMS = new Map(Object.entries(WORDS.dialectForms).filter(([written]) => !written.startsWith('$')).map(([written, standard]) => [normalize(written), standard]));
const DIALECT_PATTERN = new RegExp(`(?<![\\p{L}\\d-])(?:${[...DIALECT_FORMS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\d-])`, 'giu');

/**
 * A question written in dialect or speech with its question words in their written form (data/question-words.json
 * `dialectForms`): "ka kommuna ska flytte e-posten?" → "kva kommunar skal flytte e-posten?".
 */
export function withStandardForms(text: string): string {
  return text.replace(DIALECT_PATTERN, (written) => DIALECT_FORMS.get(normalize(written)) ?? written);
}
