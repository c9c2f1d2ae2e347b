/**
 * Answer quality on the golden answers (test/fixtures/golden-answers.json): every question goes
 * through the real answerer over the sample corpus plus the development corpus
 * (test/fixtures/strategies/), and is scored per half (tune / heldout) and per category: accuracy,
 * coverage precision/recall/F1, citation precision, abstention accuracy, consistency over
 * rephrasings and false "not found". Weights and rules are tuned on the tune half only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answer, HistoryTurn } from '../src/answer/index.ts';
import { COVERAGE_PHRASES } from '../src/answer/coverage-phrases.ts';
import { PHRASES } from '../src/answer/language.ts';
import { getDocumentPassages, listDocuments, type Db, type DocumentSummary } from '../src/store/index.ts';
import { normalize, stem } from '../src/text/analyze.ts';
import { buildCorpusStore, CORPUS_DIR } from '../test/helpers/corpus.ts';
import { FRESH_DIR } from './extraction.ts';

export interface GoldenAnswer {
  id: string;
  split: 'tune' | 'heldout';
  category: string;
  language: 'nb' | 'nn' | 'en';
  question: string;
  history?: HistoryTurn[];
  group?: string;
  expect: { organisations?: string[]; notOrganisations?: string[]; answerContains?: string[][]; concept?: string[]; abstain?: boolean };
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const GOLDEN_ANSWERS_PATH = `${ROOT}test/fixtures/golden-answers.json`;
export const STRATEGIES_DIR = `${ROOT}test/fixtures/strategies`;
const SUPPORTED = /\.(?:pdf|txt|md)$/i;

/** A golden answer set and the corpus it is asked over. */
export interface AnswerSet {
  name: string;
  goldenPath: string;
  paths: string[];
}

/**
 * The golden answers: `golden-answers.json` plus any `golden-answers-<topic>.json` beside it (so that
 * question sets written side by side do not edit one file). Ids must be unique across the files.
 */
export function loadGoldenAnswers(path = GOLDEN_ANSWERS_PATH): GoldenAnswer[] {
  const folder = dirname(path);
  const extra = existsSync(folder) ? readdirSync(folder).filter((f) => /^golden-answers-[\w-]+\.json$/.test(f)).sort().map((f) => join(folder, f)) : [];
  const questions = [path, ...extra].flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { questions: GoldenAnswer[] }).questions);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) throw new Error(`golden answers: the id ${q.id} is used twice`);
    seen.add(q.id);
  }
  return questions;
}

/** One question's outcome. */
export interface Scored {
  question: GoldenAnswer;
  answer: Answer;
  named: string[];
  correct: boolean;
  abstained: boolean;
  coverage: { tp: number; fp: number; fn: number } | null;
  citations: { supported: number; total: number };
  failures: string[];
}

export interface Metrics {
  questions: number;
  accuracy: number;
  coverage: { precision: number; recall: number; f1: number } | null;
  citationPrecision: number | null;
  abstentionAccuracy: number | null;
  consistency: number | null;
  falseNotFound: number;
}

export interface AnswerReport {
  name: string;
  documents: number;
  overall: Record<string, Metrics>;
  byCategory: Record<string, Record<string, Metrics>>;
  /** Per split, the questions asked in English and in nynorsk (bokmål is the rest). */
  byLanguage: Record<string, Record<string, Metrics>>;
  misses: Array<{ id: string; split: string; category: string; failures: string[] }>;
}

/** Canonical form of an organisation name for comparison ("Sørum kommune" = "sørum"). */
function canonical(name: string): string {
  return normalize(name).replace(/\([^)]*\)/g, ' ').replace(/\b(?:kommune|fylkeskommune|municipality)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The expected name that a document's organisation (or one of its aliases) answers to, if any. */
function expectedNameOf(document: DocumentSummary, names: string[]): string | null {
  const own = [document.organisation, ...document.aliases].map(canonical);
  return names.find((name) => own.includes(canonical(name))) ?? null;
}

const squash = (text: string) => normalize(text).replace(/[\s\u00a0\u202f]+/g, ' ');

/**
 * The same amount written either way: digit groups joined ("NOK 11,530,300", "11 530 300" and
 * "11.530.300" all read "11530300"), so an English answer's thousands separators count as the
 * Norwegian ones do. Decimals ("2,83 mill") are left alone: only groups of exactly three digits join.
 */
export function joinDigitGroups(text: string): string {
  return text.replace(/(?<=\d)[ ,.](?=\d{3}(?!\d))/g, '');
}

/** True when the (squashed) answer text contains the option, amounts compared by their digits. */
export function answerHas(text: string, option: string): boolean {
  const wanted = squash(option);
  return text.includes(wanted) || (/\d/.test(wanted) && joinDigitGroups(text).includes(joinDigitGroups(wanted)));
}

/** A quote shows a concept when a word of it starts with the concept, or with the concept's stem. */
export function quoteShows(quote: string, concepts: string[]): boolean {
  const text = ` ${squash(quote)}`;
  return concepts.some((concept) => {
    const c = squash(concept).trim();
    if (!c) return false;
    const stemmed = c.includes(' ') ? c : stem(c);
    // A word starts after a space, hyphen, slash, bracket or quote mark ("«Digital kompetanse»" too).
    const starts = (prefix: string) => new RegExp(`[\\s\\-/(«"]${escape(prefix)}`, 'u').test(text);
    return starts(c) || (stemmed.length >= 4 && starts(stemmed));
  });
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An organisation's whole text (the passages of its documents), read once per organisation. */
export function organisationText(db: Db, documents: DocumentSummary[]): (organisation: string) => string {
  const texts = new Map<string, string>();
  return (organisation) => {
    if (!texts.has(organisation)) texts.set(organisation, documents.filter((d) => d.organisation === organisation).flatMap((d) => getDocumentPassages(db, d.id).map((p) => p.text)).join('\n'));
    return texts.get(organisation)!;
  };
}

/** The opening words of a coverage answer's heading over the strategies that do not address the topic, per language. */
const NOT_ADDRESSED_HEADINGS = Object.values(COVERAGE_PHRASES).map((phrases) => phrases.notAddressedHeading('\u0000').split('\u0000')[0]!.replace(/[«"(]+$/, ''));

/**
 * The citations (by index) a coverage answer gives only under its "not addressed" heading: the nearest
 * passage of a strategy it says only mentions the topic, which names that strategy as not addressing it.
 */
function notAddressingCitations(answer: Answer): Set<number> {
  const at = Math.max(...NOT_ADDRESSED_HEADINGS.map((heading) => answer.answer.indexOf(`\n${heading}`)));
  if (answer.intent !== 'coverage' || at < 0) return new Set();
  const markers = (text: string) => new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) - 1));
  const before = markers(answer.answer.slice(0, at));
  return new Set([...markers(answer.answer.slice(at))].filter((i) => !before.has(i)));
}

/** How a comparison says a side has nothing on the topic, in each answer language. */
const NOTHING_LINES = Object.values(PHRASES).map((phrases) => phrases.compareNothing);

/**
 * Scores one answer against its golden expectations. `textOf` gives an organisation's whole text (its
 * documents' passages), so that a comparison saying a side has nothing is checked against that side.
 */
export function scoreAnswer(question: GoldenAnswer, answer: Answer, documents: DocumentSummary[], textOf?: (organisation: string) => string): Scored {
  const expect = question.expect;
  const allNames = [...(expect.organisations ?? []), ...(expect.notOrganisations ?? [])];
  const byId = new Map(documents.map((d) => [d.id, d]));
  // Organisations the answer names as answering: those it cites (citations are evidence only), but for
  // the nearest passages a coverage answer quotes under its "not addressed" heading.
  const notAddressing = notAddressingCitations(answer);
  const cited = [...new Set(answer.citations.flatMap((c, i) => { const d = byId.get(c.documentId); return d && !notAddressing.has(i) ? [expectedNameOf(d, allNames) ?? d.organisation] : []; }))];
  const text = squash(answer.answer);
  const abstained = answer.citations.length === 0;
  const failures: string[] = [];
  let coverage: Scored['coverage'] = null;
  if (question.category === 'coverage' || (question.category === 'followup' && (expect.organisations?.length ?? 0) > 1)) {
    const wanted = new Set(expect.organisations ?? []);
    const tp = cited.filter((name) => wanted.has(name)).length;
    coverage = { tp, fp: cited.length - tp, fn: wanted.size - tp };
  }
  if (expect.abstain) {
    if (!abstained) failures.push('did not abstain');
  } else {
    if (abstained) failures.push('false "not found"');
    // An expected organisation counts only when the answer cites it: its name in the text may be the
    // answer's own "nothing found in X" line. In a comparison that line is the answer for a side with
    // nothing on the topic ("• Tromsø kommune: fant ingen mål eller omtale av temaet.").
    // Only where that side's documents hold none of the concept's words: a side that has the topic and is
    // said to have nothing is still missing.
    const toldNothing = (name: string) => question.category === 'compare' && NOTHING_LINES.some((nothing) => answer.answer.includes(`${name}: ${nothing}`)) && !(textOf && quoteShows(textOf(name), expect.concept ?? []));
    for (const name of expect.organisations ?? []) if (!cited.includes(name) && !toldNothing(name)) failures.push(`missing ${name}`);
  }
  for (const name of expect.notOrganisations ?? []) if (cited.includes(name)) failures.push(`names ${name}`);
  for (const options of expect.answerContains ?? []) if (!options.some((option) => answerHas(text, option))) failures.push(`lacks one of ${options.join(' | ')}`);
  const concepts = expect.concept ?? [];
  const supported = concepts.length > 0 ? answer.citations.filter((c) => quoteShows(c.quote, concepts)).length : 0;
  return { question, answer, named: cited, correct: failures.length === 0, abstained, coverage, citations: { supported, total: concepts.length > 0 ? answer.citations.length : 0 }, failures };
}

export function summarise(scored: Scored[]): Metrics {
  const covered = scored.filter((s) => s.coverage);
  const tp = covered.reduce((n, s) => n + s.coverage!.tp, 0);
  const fp = covered.reduce((n, s) => n + s.coverage!.fp, 0);
  const fn = covered.reduce((n, s) => n + s.coverage!.fn, 0);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const citations = scored.reduce((n, s) => n + s.citations.total, 0);
  const abstaining = scored.filter((s) => s.question.expect.abstain);
  const groups = new Map<string, Scored[]>();
  for (const s of scored) if (s.question.group) groups.set(s.question.group, [...(groups.get(s.question.group) ?? []), s]);
  const multi = [...groups.values()].filter((g) => g.length > 1);
  const consistent = multi.filter((g) => new Set(g.map((s) => [...s.named].sort().join('|'))).size === 1).length;
  return {
    questions: scored.length,
    accuracy: scored.length ? scored.filter((s) => s.correct).length / scored.length : 0,
    coverage: covered.length ? { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 } : null,
    citationPrecision: citations > 0 ? scored.reduce((n, s) => n + s.citations.supported, 0) / citations : null,
    abstentionAccuracy: abstaining.length ? abstaining.filter((s) => s.abstained).length / abstaining.length : null,
    consistency: multi.length ? consistent / multi.length : null,
    falseNotFound: scored.filter((s) => !s.question.expect.abstain && s.abstained).length,
  };
}

/** The strategy files directly in a folder (not its README, expectations or subfolders). */
function strategyFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => SUPPORTED.test(f) && !/^readme/i.test(f)).sort().map((f) => join(dir, f)) : [];
}

/** The corpus: the five samples and the development corpus's strategy files. */
export function evaluationPaths(): string[] {
  return [CORPUS_DIR, ...strategyFiles(STRATEGIES_DIR)];
}

/** The development set (golden-answers*.json over the samples and test/fixtures/strategies/). */
export const DEVELOPMENT_SET: AnswerSet = { name: 'golden-answers*.json', goldenPath: GOLDEN_ANSWERS_PATH, paths: evaluationPaths() };

/** A fresh set (a folder's golden-answers.json over that folder's documents alone), if present; test/fixtures/fresh/ by default. */
export function freshSet(dir: string = FRESH_DIR): AnswerSet | null {
  const goldenPath = `${dir}golden-answers.json`;
  const name = `fresh set, test/fixtures/${basename(dir.replace(/\/$/, ''))}/`;
  return existsSync(goldenPath) ? { name, goldenPath, paths: strategyFiles(dir) } : null;
}

export async function runAnswerEval(set: AnswerSet = DEVELOPMENT_SET): Promise<AnswerReport> {
  const questions = loadGoldenAnswers(set.goldenPath);
  const store = await buildCorpusStore(set.paths);
  const documents = listDocuments(store.db);
  const scored: Scored[] = [];
  const textOf = organisationText(store.db, documents);
  for (const question of questions) scored.push(scoreAnswer(question, await store.answerer.ask(question.question, question.history ?? []), documents, textOf));
  store.db.close();
  const splits = ['tune', 'heldout'] as const;
  const categories = [...new Set(questions.map((q) => q.category))];
  return {
    name: set.name,
    documents: documents.length,
    overall: Object.fromEntries(splits.map((split) => [split, summarise(scored.filter((s) => s.question.split === split))])),
    byCategory: Object.fromEntries(splits.map((split) => [split, Object.fromEntries(categories.map((c) => [c, summarise(scored.filter((s) => s.question.split === split && s.question.category === c))]))])),
    byLanguage: Object.fromEntries(splits.map((split) => [split, Object.fromEntries((['en', 'nn', 'nb'] as const).map((l) => [l, summarise(scored.filter((s) => s.question.split === split && s.question.language === l))]))])),
    misses: scored.filter((s) => !s.correct || (s.citations.total > s.citations.supported)).map((s) => ({ id: s.question.id, split: s.question.split, category: s.question.category, failures: [...s.failures, ...(s.citations.total > s.citations.supported ? [`${s.citations.total - s.citations.supported}/${s.citations.total} citations without the concept`] : [])] })),
  };
}

export function formatAnswerReport(report: AnswerReport, options: { misses?: 'tune' | 'all' } = {}): string {
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${(n * 100).toFixed(0)} %`);
  const lines = [`Answers (${report.name}) over ${report.documents} documents`, '', '| split | category | n | accuracy | coverage P / R / F1 | citation precision | abstention | consistency | false "not found" |', '|---|---|---|---|---|---|---|---|---|'];
  for (const [split, categories] of Object.entries(report.byCategory)) {
    // A set written all for one half (fresh2/ is all held out, fresh3/ all tuning) has no rows for the other.
    if ((report.overall[split]?.questions ?? 0) === 0) continue;
    const row = (name: string, m: Metrics) => `| ${split} | ${name} | ${m.questions} | ${pct(m.accuracy)} | ${m.coverage ? `${m.coverage.precision.toFixed(2)} / ${m.coverage.recall.toFixed(2)} / ${m.coverage.f1.toFixed(2)}` : '–'} | ${pct(m.citationPrecision)} | ${pct(m.abstentionAccuracy)} | ${pct(m.consistency)} | ${m.falseNotFound} |`;
    for (const [category, m] of Object.entries(categories)) lines.push(row(category, m));
    for (const [language, m] of Object.entries(report.byLanguage[split] ?? {})) lines.push(row(`language: ${language}`, m));
    lines.push(row('**all**', report.overall[split]!));
  }
  if (options.misses) for (const miss of report.misses.filter((m) => options.misses === 'all' || m.split === 'tune')) lines.push(`${miss.id} (${miss.category}): ${miss.failures.join('; ')}`);
  return lines.join('\n');
}
