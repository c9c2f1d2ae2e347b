import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoalKind } from '../model.ts';
import { phrasePattern } from '../../src/text/regexp.ts';

/**
 * The goal vocabulary (data/goal-vocabulary.json): which heading words announce which kind of goal,
 * which sentence openings state a goal or a vision, and what makes a goal measurable.
 */

interface Vocabulary {
  headingKinds: Record<string, string[]>;
  containers: string[];
  kindOrder: GoalKind[];
  statements: Record<string, string[]>;
  subjects: string[];
  promiseVerbs: string[];
  commitmentVerbs: string[];
  commitmentAdverbs: string[];
  commitmentExclusions: string[];
  numberWords: string[];
  colonLabels?: Partial<Record<GoalKind, string[]>>;
  introductionHeadings: string[];
  notGoals: string[];
  amountHeadings: string[];
  amountKindHeadings: string[];
  clauseConjunctions: string[];
  measurable: { deadlineWords: string[]; percentWords: string[]; quantifiers: string[]; yearPrepositions: string[]; ratioWords: string[]; targetWords: string[] };
}

const PATH = fileURLToPath(new URL('../../data/goal-vocabulary.json', import.meta.url));
const vocabulary = JSON.parse(readFileSync(PATH, 'utf8')) as Vocabulary;

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
const wordPattern = (words: string[], flags = 'giu') => new RegExp(`(?<![\\p{L}\\d])(?:${alternation(words)})(?![\\p{L}\\d])`, flags);

const KIND_PATTERNS = vocabulary.kindOrder.map((kind) => ({ kind, pattern: wordPattern(vocabulary.headingKinds[kind] ?? []) }));

/** The goal kinds a heading or list introduction names, in order of appearance ("Satsingsområder og hovedmål" → focus-area, goal). */
export function kindsNamed(text: string): GoalKind[] {
  const found: Array<{ kind: GoalKind; index: number }> = [];
  for (const { kind, pattern } of KIND_PATTERNS) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) found.push({ kind, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.kind);
}

/** Kinds of heading whose text states priorities or measures. */
const PRIORITY_KINDS: ReadonlySet<GoalKind> = new Set<GoalKind>(['focus-area', 'measure']);

/** A heading that is a list of priorities or measures by its first words ("Prioriterte områder", "Tiltak 2015–2018", "Innsatsområde 2: …"), not one about them ("Valg av innsatsområder"). */
export function namesPriorities(title: string): boolean {
  const words = title.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  return kindsNamed(words.split(/\s+/).slice(0, 2).join(' ')).some((kind) => PRIORITY_KINDS.has(kind));
}

/** "Innsatsområde 1: eTjenester", "Satsingsområde 3. Digital infrastruktur": a heading labelling one area (or measure) by the kind's word, a number or a colon, and its name. */
export function labelsOneArea(title: string): boolean {
  return namesPriorities(title) && /^(?:\d+(?:\.\d+)*\.?\s+)?\p{L}+\s*\d*\s*[:.–-]\s*\p{L}/u.test(title);
}

/** The kind that items of a list under these kinds get: the most specific in the vocabulary's order. */
export function itemKind(kinds: GoalKind[]): GoalKind | null {
  return vocabulary.kindOrder.find((kind) => kinds.includes(kind)) ?? null;
}

/** "Satsingsområde 1. Digital infrastruktur", "Delmål 2: Alle elever …": a kind word, a number, then the item. */
/** A label word with its first letter either way ("Mål", "mål"), or all in capitals as an abbreviation is ("KPI"). */
const capitalisable = (word: string) => `(?:[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${phrasePattern(word.slice(1))}|${phrasePattern(word.toUpperCase())})`;
const LABEL_WORDS = vocabulary.kindOrder.flatMap((kind) => vocabulary.headingKinds[kind] ?? []).filter((word) => !/\s/.test(word)).sort((a, b) => b.length - a.length).map(capitalisable).join('|');
const labelled = (next: string) => new RegExp(`^(${LABEL_WORDS})\\s+(\\d{1,2}(?:\\.\\d{1,2})?)\\s*[.:)–-]?\\s+(?=${next})`, 'u');
/** "Delmål 2: Alle elever …" at the start of a line: a kind word, a number, then the item. */
export const LABELLED_ITEM = labelled('[\\p{Lu}\\d«]');

/** Words that label an item only before a colon ("Objective: …"), by the kind they give. */
const COLON_LABELS = new Map(Object.entries(vocabulary.colonLabels ?? {}).flatMap(([kind, words]) => words.map((word) => [word, kind as GoalKind] as const)));

/** The one-word names of indicators ("Indikator", "KPI"): an indicator's text may open in lower case ("KPI: share of …"). */
const INDICATOR_LABEL_WORDS = (vocabulary.headingKinds.indicator ?? []).filter((word) => !/\s/.test(word)).sort((a, b) => b.length - a.length).map(capitalisable).join('|');

/**
 * "Mål: Alle husstandar skal ha …", "Indikator: Andel …", "Objective: …": a kind word and a colon, then a
 * sentence; an indicator's label also before a measure named in lower case ("KPI: share of applications …").
 */
export const COLON_LABEL = new RegExp(`^(${[LABEL_WORDS, ...[...COLON_LABELS.keys()].map(capitalisable)].join('|')})()\\s*:\\s+(?=[\\p{Lu}«]|(?<=^(?:${INDICATOR_LABEL_WORDS})\\s*:\\s+)\\p{Ll})`, 'u');

/**
 * "Objective 1 – Digital first for residents", "Mål 2: Trygge tenester": a line that labels one goal, area or
 * measure by its kind's word (or a word that labels one, "Objective"), a number and its name, no sentence.
 */
const LABELLED_NAME = new RegExp(`^(?:${[LABEL_WORDS, ...[...COLON_LABELS.keys()].filter((word) => !/\\s/.test(word)).map(capitalisable)].join('|')})\\s+(\\d{1,2})\\s*[:.–-]\\s+[\\p{Lu}«][^\\n]{1,100}$`, 'u');

/** The number of a line that labels one item by its kind's word ("Objective 1 – Digital first"), or null. */
export function labelledNameNumber(line: string): number | null {
  const trimmed = line.trim();
  const m = /[.!?:;,]$/.test(trimmed) ? null : LABELLED_NAME.exec(trimmed);
  return m ? Number(m[1]) : null;
}

/** The kind a label word gives an item: a heading kind's word, or a word that labels only before a colon. */
export function labelKind(word: string): GoalKind | null {
  return kindOfWord(word) ?? COLON_LABELS.get(word.toLowerCase()) ?? null;
}

const NO_GOALS = wordPattern(vocabulary.notGoals, 'iu');

/** "Strategiar:", "Prinsipper:", "Ansvar:": an introduction naming what is not a goal. */
export function namesNoGoals(intro: string): boolean {
  return intro !== '' && NO_GOALS.test(intro) && kindsNamed(intro).length === 0;
}

const AMOUNT_HEADING = new RegExp(`^(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?|(?:${alternation(vocabulary.amountHeadings)})(?:\\s*\\(?(?:i\\s+)?(?:kr|nok|kroner|1000 kr|mill\\.? kr)\\)?)?)$`, 'iu');

/** "2025", "Kostnad (kr)", "Beløp": a table column of amounts. */
export function isAmountHeading(cell: string): boolean {
  return AMOUNT_HEADING.test(cell.replace(/\s+/g, ' ').trim());
}

const AMOUNT_KIND_HEADING = new RegExp(`^(?:${alternation(vocabulary.amountKindHeadings)})$`, 'iu');

/** "Type" (of Drift / Investering): a column that only says what kind of money a budget row is. */
export function isAmountKindHeading(cell: string): boolean {
  return AMOUNT_KIND_HEADING.test(cell.replace(/\s+/g, ' ').trim());
}

const CONJUNCTION_END = new RegExp(`(?<![\\p{L}])(?:${alternation(vocabulary.clauseConjunctions)})\\s*$`, 'iu');

/** "… skal bidra til at", "… so that": a list introduction ending in a conjunction introduces clauses, and names no kind. */
export function endsWithConjunction(intro: string): boolean {
  return CONJUNCTION_END.test(intro);
}

/** The kind a labelled item's word names. */
export function kindOfWord(word: string): GoalKind | null {
  return itemKind(kindsNamed(word));
}

/** The one-word names of kinds ("mål", "tiltak", "indikator"), longest first: the heads of compounds. */
const SINGLE_KIND_WORDS = vocabulary.kindOrder
  .flatMap((kind) => (vocabulary.headingKinds[kind] ?? []).filter((word) => /^\p{L}{3,}$/u.test(word)).map((word) => ({ word: word.toLowerCase(), kind })))
  .sort((a, b) => b.word.length - a.word.length);
/** A compound's first part is a word of three letters or more ("Kommune" of "Kommunemål"). */
const MIN_FIRST_PART = 3;

/**
 * The kind a table's column heading names: as a heading names it, or as the last part of the heading's one
 * compound word ("Kommunemål", "Tjenestemål" → goal; "Hovudtiltak" → measure), the way Norwegian names a kind
 * of goal by a compound whose head is the kind.
 */
export function kindOfColumnHeading(heading: string): GoalKind | null {
  const named = kindOfWord(heading);
  if (named) return named;
  const word = heading.replace(/[*_]/g, '').trim().toLowerCase();
  if (!/^\p{L}+$/u.test(word)) return null;
  return SINGLE_KIND_WORDS.find((entry) => word.endsWith(entry.word) && word.length - entry.word.length >= MIN_FIRST_PART)?.kind ?? null;
}

const STATEMENT_PATTERNS = Object.entries(vocabulary.statements).map(([kind, openings]) => ({
  kind: kind as GoalKind,
  pattern: new RegExp(`^(?:${alternation(openings)})(?![\\p{L}])`, 'iu'),
}));

/** "Hovedmålet er …" → goal, "Visjonen vår er …" → vision: the kind a sentence's opening states, if any. */
export function statementKind(sentence: string): GoalKind | null {
  return STATEMENT_PATTERNS.find(({ pattern }) => pattern.test(sentence.trim()))?.kind ?? null;
}

const SUBJECT = new RegExp(`^(?:${alternation(vocabulary.subjects)})$`, 'iu');
/** A target's subject may be a share of a group ("Minst 90 prosent av lærerne skal …"): up to six words before the verb. */
const TARGET = new RegExp(`^(?:\\S+\\s+){0,5}?\\S+\\s+(?:${alternation(vocabulary.promiseVerbs)})\\s+\\p{L}`, 'u');
const PROMISE = new RegExp(`^((?:\\S+\\s+){0,3}?\\S+)\\s+(?:${alternation(vocabulary.promiseVerbs)})\\s+\\p{L}`, 'u');

/**
 * "Vestland skal ha …", "Vi skal …", "Kommunen skal …": a sentence whose subject is the organisation
 * (a vocabulary subject or, per `isPlace`, a known place) and whose verb promises.
 */
export function isPromise(sentence: string, isPlace: (name: string) => boolean): boolean {
  const s = sentence.trim();
  if (s.length < 20 || s.length > 400 || /[:?]$/.test(s)) return false;
  const subject = PROMISE.exec(s)?.[1]?.replace(/\s+(?:kommune|fylkeskommune|kommunes)$/i, '');
  // "IKT-samarbeidet skal …", "ROR-kommunene skal …": a compound ending in a subject is that subject.
  return subject !== undefined && (SUBJECT.test(subject) || SUBJECT.test(subject.replace(/^.*-/, '')) || isPlace(subject));
}

/**
 * "Alle innbyggere skal kunne …", "Minst 80 % av søknadene skal …": a sentence stating what shall be,
 * whatever its subject. Under a heading that names goals ("Mål for perioden") such a sentence is a goal.
 */
export function isTargetStatement(sentence: string): boolean {
  const s = sentence.trim();
  // A sentence introducing a list ("… disse målene: 1.") states no target itself.
  // A deadline before the subject ("By the end of 2028, 97 per cent of households shall …") is no part of the subject.
  const subjectFirst = s.replace(DEADLINE_OPENING, '');
  return s.length >= 20 && s.length <= 400 && !/[:?]/.test(s) && /^\p{Lu}/u.test(s) && (TARGET.test(s) || TARGET.test(subjectFirst));
}

/** "By the end of 2028, ", "Innen utgangen av 2027, ": a phrase naming a year, closed by a comma, opening the sentence. */
const DEADLINE_OPENING = /^[^,.\d]{0,40}(?:19|20)\d{2},\s+/u;

const COMMITMENT_OPENING = new RegExp(`^((?:\\S+\\s+){0,3}?\\S+)\\s+(?:${alternation(vocabulary.commitmentVerbs)})\\s+(?:(?:${alternation(vocabulary.commitmentAdverbs)})\\s+)?(.{0,24})`, 'u');
const COMMITMENT_EXCLUDED = new RegExp(`^(?:${alternation(vocabulary.commitmentExclusions)})(?![\\p{L}])`, 'iu');

/**
 * "Vi vil …", "Kommunen vil òg …", "ROR-IKT-kommunene vil …", "The county council will …": a sentence whose
 * subject is the organisation (vocabulary subject, a known place, "<name>-kommunene") and whose verb
 * commits it. Not when the verb only hedges or points in the text ("vil trolig", "vil i dette kapitlet").
 */
export function isCommitment(sentence: string, isPlace: (name: string) => boolean): boolean {
  const s = sentence.trim();
  if (s.length < 20 || s.length > 400 || /[:?]$/.test(s)) return false;
  const m = COMMITMENT_OPENING.exec(s);
  if (!m || COMMITMENT_EXCLUDED.test(m[2] ?? '') || !/^\p{L}/u.test(m[2] ?? '')) return false;
  const subject = (m[1] ?? '').replace(/\s+(?:kommune|fylkeskommune|kommunes)$/i, '');
  return SUBJECT.test(subject) || /\p{L}-kommunene$/iu.test(subject) || isPlace(subject);
}

const INTRODUCTION = new RegExp(`^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:${alternation(vocabulary.introductionHeadings)})(?![\\p{L}])`, 'iu');

/** "Innledning", "1 Bakgrunn", "Introduction": a heading whose text presents the strategy rather than commits to it. */
export function isIntroductionHeading(title: string): boolean {
  return INTRODUCTION.test(title.trim());
}

const COMMITMENT_LEAD = new RegExp(`^(?:${alternation(vocabulary.subjects)})\\s+(?:${alternation(vocabulary.commitmentVerbs)})(?:\\s+(?:${alternation(vocabulary.commitmentAdverbs)}))?\\s*:$`, 'iu');

/** "Dette vil vi:", "This is what we will do:": the same commitment with what is committed to first. */
const COMMITMENT_LEAD_INVERTED = new RegExp(`^(?:dette|slik|this is what|here is what)\\s+(?:${alternation(vocabulary.commitmentVerbs)})\\s+(?:${alternation(vocabulary.subjects)})(?:\\s+\\p{L}+)?\\s*:$`, 'iu');

/** "We will:", "Vi vil òg:", "Dette vil vi:": a list's lead-in that is the organisation committing itself; its items are commitments. */
export function isCommitmentLead(lead: string): boolean {
  return COMMITMENT_LEAD.test(lead.trim()) || COMMITMENT_LEAD_INVERTED.test(lead.trim());
}

const CONTAINER = wordPattern(vocabulary.containers, 'iu');

/** "Satsingsområder", "Prioriteringer": a heading whose items come under the headings that follow it. */
export function isContainerHeading(title: string): boolean {
  return CONTAINER.test(title);
}

const PERCENT = new RegExp(`\\d(?:[\\d\\s]*\\d)?(?:[.,]\\d+)?\\s*(?:${alternation(vocabulary.measurable.percentWords)})`, 'iu');
const DEADLINE = new RegExp(`(?<![\\p{L}])(?:${alternation(vocabulary.measurable.deadlineWords)})\\s+(?:\\p{L}+\\s+){0,2}(?:19|20)\\d{2}(?![\\d])`, 'iu');
// "i 2026", "in 2026": a single year right after the preposition (not a period "i 2024–2027").
const IN_YEAR = new RegExp(`(?<![\\p{L}])(?:${alternation(vocabulary.measurable.yearPrepositions)})\\s+(?:19|20)\\d{2}(?![\\d\\p{L}]|\\s*[–-]\\s*\\d)`, 'iu');
// "9 av 10", "nine out of ten": a share.
const NUMBER = `(?:\\d+|${alternation(vocabulary.numberWords)})`;
const RATIO = new RegExp(`(?<![\\p{L}\\d])${NUMBER}\\s+(?:${alternation(vocabulary.measurable.ratioWords)})\\s+${NUMBER}(?![\\p{L}\\d])`, 'iu');
const QUANTITY = new RegExp(`(?<![\\p{L}])(?:${alternation(vocabulary.measurable.quantifiers)})\\s+(?:\\p{L}+\\s+)?\\d`, 'iu');
const WORD_QUANTITY = new RegExp(`(?<![\\p{L}])(?:${alternation([...vocabulary.measurable.deadlineWords, ...vocabulary.measurable.quantifiers])})\\s+(?:${alternation(vocabulary.numberWords)})\\s+\\p{L}`, 'iu');
const COUNT = /(?<![\p{L}\d.,/-])(\d{1,3}(?:[ .]\d{3})*|\d+)(?:,\d+)?\s+\p{Ll}/gu;
// "Target 2029: 150", "Mål 2028: 4": a target value after its label.
const TARGET_VALUE = new RegExp(`(?<![\\p{L}])(?:${alternation(vocabulary.measurable.targetWords)})(?:\\s+(?:19|20)\\d{2})?\\s*:\\s*\\d`, 'iu');

/**
 * True when a goal carries a number, a percentage or a deadline ("innan 2025", "100 % av søknadene",
 * "minst 600 brukere", "innen to virkedager"). Numbers in names ("ISO 27001", "Microsoft 365") and ordinals ("1. trinn") do not count.
 */
export function isMeasurable(text: string): boolean {
  if (PERCENT.test(text) || DEADLINE.test(text) || IN_YEAR.test(text) || RATIO.test(text) || QUANTITY.test(text) || WORD_QUANTITY.test(text) || TARGET_VALUE.test(text)) return true;
  for (const m of text.matchAll(COUNT)) {
    const before = text.slice(0, m.index).trimEnd();
    const previous = /(\S+)$/.exec(before)?.[1] ?? '';
    if (/^[\p{Lu}]/u.test(previous) && before.length > previous.length) continue; // "ISO 27001", "Microsoft 365" mid-sentence
    if (/^(?:19|20)\d{2}$/.test(m[1] ?? '')) continue; // a bare year without a deadline word
    return true;
  }
  return false;
}
