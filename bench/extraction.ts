/**
 * Extraction accuracy on the development corpus (test/fixtures/strategies/ + expected.json, and the
 * goal-layout fixtures in its layouts/ subfolder with their own expected.json):
 * organisation, kind, members, period, title, adoption, goals (recall/precision with and without the
 * kind), headings (recall/precision, levels) and budget rows, per fixture and per split (tune/heldout).
 * `scoreExtraction` is pure; `parseStrategyCorpus` reads and parses the fixtures; `formatExtraction`
 * prints the table `npm run eval` shows. Used by bench/eval.ts and test/ingest/extraction.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../ingest/model.ts';
import { parseDocument } from '../ingest/parse.ts';

export const STRATEGIES_DIR = fileURLToPath(new URL('../test/fixtures/strategies/', import.meta.url));
/** Goal-layout fixtures: a subfolder, so the answer evaluation (top-level files only) does not read them. */
export const LAYOUTS_DIR = fileURLToPath(new URL('../test/fixtures/strategies/layouts/', import.meta.url));
/** The fresh set: documents, expectations and questions written blind to the rules (see its README). */
export const FRESH_DIR = fileURLToPath(new URL('../test/fixtures/fresh/', import.meta.url));

/** Every fresh set: test/fixtures/fresh/ and later ones written blind the same way (fresh2/, …), in order. */
export function freshDirs(): string[] {
  const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^fresh\d*$/.test(entry.name))
    .map((entry) => `${fixtures}${entry.name}/`)
    .sort();
}
/** Every folder the development extraction table scores (the fresh set has a table of its own). */
export const CORPUS_DIRS = [STRATEGIES_DIR, LAYOUTS_DIR];

/** One fixture's golden expectations (see test/fixtures/strategies/README.md for the conventions). */
export interface ExpectedFixture {
  file: string;
  split: 'tune' | 'heldout';
  language: 'nb' | 'nn' | 'en';
  layout: string;
  organisation: string;
  organisationKind: string;
  /** Municipalities covered; null where not scored (a county plan). */
  municipalities: string[] | null;
  title: string;
  period: { from: number | null; to: number | null };
  adopted: Array<{ body: string; municipality: string | null; date: string | null; caseNumber: string | null }>;
  sections: Array<{ title: string; level: number; number: string | null }>;
  goals: Array<{ text: string; kind: string; measurable: boolean }>;
  budget: Array<{ label: string; year: number | null; amount: number; isSum: boolean }>;
}

/** The parts of a ParsedDocument the scorer reads (goals may carry `measurable` once ingest sets it). */
export type ScoredDocument = Pick<ParsedDocument, 'metadata' | 'sections' | 'budgets'> & {
  goals: Array<{ text: string; kind: string; measurable?: boolean }>;
};

/** Counts for one fixture; ratios are computed from the counts so that splits can be summed. */
export interface FixtureScore {
  file: string;
  split: ExpectedFixture['split'];
  /** Set when the fixture could not be parsed at all (every count is then zero found). */
  error: string | null;
  organisation: boolean;
  organisationKind: boolean;
  /** null when the expectation does not score members. */
  municipalities: boolean | null;
  period: boolean;
  title: boolean;
  adoption: { expected: number; found: number };
  goals: { expected: number; actual: number; matched: number; matchedAnyKind: number; measurableChecked: number; measurableRight: number };
  headings: { expected: number; actual: number; matched: number; levelsRight: number };
  budget: { expected: number; actual: number; matched: number };
  /** Human-readable misses, for `npm run eval -- --extraction-misses` (tuning split only; `=all` for both). */
  misses: string[];
}

/** Loads expected.json. */
export function loadExpectedFixtures(dir = STRATEGIES_DIR): ExpectedFixture[] {
  return (JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { fixtures: ExpectedFixture[] }).fixtures;
}

const squash = (text: string) => text.normalize('NFC').replace(/\u00ad/g, '').replace(/[‐‑‒–—−]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** Titles compare case-insensitively after collapsing white space and unifying dashes. */
export const normaliseTitle = (text: string) => squash(text);

/** Heading text without a leading section number ("3.2 ", "1. ") and trailing punctuation. */
export const normaliseHeading = (text: string) => squash(text).replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/[\s:.]+$/, '');

/**
 * Goal text without bullets, labels ("a)", "1.", "Delmål 2:") and the lead-ins a goal statement may be
 * printed with or without ("Hovedmålet er å", "Vårt overordnede mål er at"), and without end punctuation.
 */
export function normaliseGoal(text: string): string {
  return squash(text)
    .replace(/^[•·*\-–\s]+/, '')
    .replace(/^(?:delmål|mål|goal)\s*\d+\s*[:.]\s*/, '')
    .replace(/^\(?(?:\d{1,2}|[a-zæøå])[.)]\s+/, '')
    .replace(/^(?:hovedmålet|hovudmålet|vårt overordnede mål|vårt overordna mål|the main goal) (?:er|is) (?:å|at|to|that) /, '')
    .replace(/[\s.;:!]+$/, '');
}

/** A goal matches when one normalised text is a prefix of the other and they share at least 30 characters (or the whole expected text). */
export function goalTextMatches(actual: string, expected: string): boolean {
  const a = normaliseGoal(actual);
  const e = normaliseGoal(expected);
  if (a.length === 0 || e.length === 0) return false;
  const shorter = Math.min(a.length, e.length);
  return (a.startsWith(e) || e.startsWith(a)) && shorter >= Math.min(30, e.length);
}

const normaliseLabel = (text: string) => squash(text).replace(/[\s:.]+$/, '');

function budgetMatches(actual: ScoredDocument['budgets'][number], expected: ExpectedFixture['budget'][number]): boolean {
  if (actual.amount !== expected.amount || actual.year !== expected.year || actual.isSum !== expected.isSum) return false;
  const a = normaliseLabel(actual.label);
  const e = normaliseLabel(expected.label);
  return a.startsWith(e.slice(0, 12)) || (a.length >= 3 && e.startsWith(a));
}

/** Greedy one-to-one matching in document order: each expected item takes the first unused actual item it matches. */
function matchInOrder<A, E>(actual: A[], expected: E[], matches: (a: A, e: E) => boolean): Array<number | null> {
  const used = new Set<number>();
  return expected.map((e) => {
    const index = actual.findIndex((a, i) => !used.has(i) && matches(a, e));
    if (index < 0) return null;
    used.add(index);
    return index;
  });
}

/** Scores one parsed document against its expectations. Pure. */
export function scoreExtraction(doc: ScoredDocument | null, expected: ExpectedFixture, error: string | null = null): FixtureScore {
  const misses: string[] = [];
  const base = { file: expected.file, split: expected.split, error, misses };
  if (!doc) {
    return {
      ...base,
      organisation: false,
      organisationKind: false,
      municipalities: expected.municipalities ? false : null,
      period: false,
      title: false,
      adoption: { expected: expected.adopted.length, found: 0 },
      goals: { expected: expected.goals.length, actual: 0, matched: 0, matchedAnyKind: 0, measurableChecked: 0, measurableRight: 0 },
      headings: { expected: expected.sections.length, actual: 0, matched: 0, levelsRight: 0 },
      budget: { expected: expected.budget.length, actual: 0, matched: 0 },
    };
  }
  const meta = doc.metadata;
  const organisation = squash(meta.organisation) === squash(expected.organisation);
  if (!organisation) misses.push(`organisation: "${meta.organisation}" ≠ "${expected.organisation}"`);
  const organisationKind = meta.organisationKind === expected.organisationKind;
  const municipalities = expected.municipalities === null ? null : sameSet(meta.municipalities, expected.municipalities);
  if (municipalities === false) misses.push(`municipalities: [${meta.municipalities.join(', ')}] ≠ [${expected.municipalities!.join(', ')}]`);
  const period = meta.period.from === expected.period.from && meta.period.to === expected.period.to;
  if (!period) misses.push(`period: ${meta.period.from}–${meta.period.to} ≠ ${expected.period.from}–${expected.period.to}`);
  const title = normaliseTitle(meta.title) === normaliseTitle(expected.title);
  if (!title) misses.push(`title: "${meta.title}" ≠ "${expected.title}"`);

  const adoptionFound = expected.adopted.filter((e) =>
    meta.adopted.some((a) => (e.date === null || (a.date ?? '').startsWith(e.date)) && (e.caseNumber === null || a.caseNumber === e.caseNumber) && (e.municipality === null || a.municipality === e.municipality)),
  ).length;

  // Goals: with the kind, and ignoring it.
  const withKind = matchInOrder(doc.goals, expected.goals, (a, e) => a.kind === e.kind && goalTextMatches(a.text, e.text));
  const anyKind = matchInOrder(doc.goals, expected.goals, (a, e) => goalTextMatches(a.text, e.text));
  let measurableChecked = 0;
  let measurableRight = 0;
  expected.goals.forEach((e, i) => {
    const index = anyKind[i];
    if (index === null || index === undefined) {
      misses.push(`goal missing: [${e.kind}] ${e.text.slice(0, 70)}`);
      return;
    }
    const actual = doc.goals[index]!;
    if (withKind[i] === null) misses.push(`goal kind: ${actual.kind} ≠ ${e.kind}: ${e.text.slice(0, 60)}`);
    if (typeof actual.measurable === 'boolean') {
      measurableChecked++;
      if (actual.measurable === e.measurable) measurableRight++;
    }
  });
  const usedGoals = new Set(anyKind.filter((i): i is number => i !== null));
  doc.goals.forEach((g, i) => {
    if (!usedGoals.has(i)) misses.push(`goal extra: [${g.kind}] ${g.text.slice(0, 70)}`);
  });

  // Headings: the level-0 preamble is not a heading; levels compare relative to the shallowest heading.
  const headings = doc.sections.filter((s) => s.level > 0);
  const headingText = (s: { number: string | null; title: string }) => [normaliseHeading(s.title), normaliseHeading(`${s.number ?? ''} ${s.title}`)];
  const headingMatch = matchInOrder(headings, expected.sections, (a, e) => {
    const wanted = new Set(headingText(e));
    return headingText(a).some((t) => wanted.has(t));
  });
  const actualTop = Math.min(...headings.map((s) => s.level), Infinity);
  const expectedTop = Math.min(...expected.sections.map((s) => s.level), Infinity);
  let levelsRight = 0;
  expected.sections.forEach((e, i) => {
    const index = headingMatch[i];
    if (index === null || index === undefined) return void misses.push(`heading missing: ${e.number ?? ''} ${e.title}`.replace('  ', ' '));
    if (headings[index]!.level - actualTop === e.level - expectedTop) levelsRight++;
    else misses.push(`heading level: ${e.title} is ${headings[index]!.level - actualTop + 1}, expected ${e.level - expectedTop + 1}`);
  });
  const usedHeadings = new Set(headingMatch.filter((i): i is number => i !== null));
  headings.forEach((s, i) => {
    if (!usedHeadings.has(i)) misses.push(`heading extra: ${s.number ?? ''} ${s.title.slice(0, 70)}`.replace('  ', ' '));
  });

  // The budget's rows: a column of the accounts ("Regnskap 2025", basis 'actual') gives no budget row (the fixtures' convention).
  const budgetRows = doc.budgets.filter((item) => item.basis !== 'actual');
  const budgetMatch = matchInOrder(budgetRows, expected.budget, budgetMatches);
  expected.budget.forEach((e, i) => {
    if (budgetMatch[i] === null) misses.push(`budget missing: ${e.label} ${e.year ?? '–'} ${e.amount}${e.isSum ? ' (sum)' : ''}`);
  });

  return {
    ...base,
    organisation,
    organisationKind,
    municipalities,
    period,
    title,
    adoption: { expected: expected.adopted.length, found: adoptionFound },
    goals: {
      expected: expected.goals.length,
      actual: doc.goals.length,
      matched: withKind.filter((i) => i !== null).length,
      matchedAnyKind: anyKind.filter((i) => i !== null).length,
      measurableChecked,
      measurableRight,
    },
    headings: { expected: expected.sections.length, actual: headings.length, matched: headingMatch.filter((i) => i !== null).length, levelsRight },
    budget: { expected: expected.budget.length, actual: budgetRows.length, matched: budgetMatch.filter((i) => i !== null).length },
  };
}

function sameSet(actual: string[], expected: string[]): boolean {
  const a = [...new Set(actual.map(squash))].sort();
  const e = [...new Set(expected.map(squash))].sort();
  return a.length === e.length && a.every((x, i) => x === e[i]);
}

/** Totals over a list of fixture scores: shares of fixtures right, micro-averaged recall and precision. */
export interface ExtractionSummary {
  fixtures: number;
  parsed: number;
  organisation: number;
  organisationKind: number;
  municipalities: number;
  period: number;
  title: number;
  adoption: number;
  goalRecall: number;
  goalPrecision: number;
  goalRecallAnyKind: number;
  goalPrecisionAnyKind: number;
  measurable: number | null;
  headingRecall: number;
  headingPrecision: number;
  headingLevels: number;
  budgetRecall: number;
  budgetPrecision: number;
}

export function summariseExtraction(scores: FixtureScore[]): ExtractionSummary {
  const sum = (f: (s: FixtureScore) => number) => scores.reduce((total, s) => total + f(s), 0);
  const share = (f: (s: FixtureScore) => boolean) => ratio(scores.filter(f).length, scores.length);
  const scoredMembers = scores.filter((s) => s.municipalities !== null);
  const measurableChecked = sum((s) => s.goals.measurableChecked);
  return {
    fixtures: scores.length,
    parsed: scores.filter((s) => s.error === null).length,
    organisation: share((s) => s.organisation),
    organisationKind: share((s) => s.organisationKind),
    municipalities: ratio(scoredMembers.filter((s) => s.municipalities).length, scoredMembers.length),
    period: share((s) => s.period),
    title: share((s) => s.title),
    adoption: ratio(sum((s) => s.adoption.found), sum((s) => s.adoption.expected)),
    goalRecall: ratio(sum((s) => s.goals.matched), sum((s) => s.goals.expected)),
    goalPrecision: ratio(sum((s) => s.goals.matched), sum((s) => s.goals.actual)),
    goalRecallAnyKind: ratio(sum((s) => s.goals.matchedAnyKind), sum((s) => s.goals.expected)),
    goalPrecisionAnyKind: ratio(sum((s) => s.goals.matchedAnyKind), sum((s) => s.goals.actual)),
    measurable: measurableChecked ? ratio(sum((s) => s.goals.measurableRight), measurableChecked) : null,
    headingRecall: ratio(sum((s) => s.headings.matched), sum((s) => s.headings.expected)),
    headingPrecision: ratio(sum((s) => s.headings.matched), sum((s) => s.headings.actual)),
    headingLevels: ratio(sum((s) => s.headings.levelsRight), sum((s) => s.headings.matched)),
    budgetRecall: ratio(sum((s) => s.budget.matched), sum((s) => s.budget.expected)),
    budgetPrecision: ratio(sum((s) => s.budget.matched), sum((s) => s.budget.actual)),
  };
}

/** 1 when there is nothing to find (no expected items, or no actual items for precision). */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * Parses every fixture named in each folder's expected.json; a fixture that fails to parse is scored as
 * all wrong. Fixtures of a subfolder are named with its path ("layouts/alta-….pdf").
 */
export async function scoreStrategyCorpus(dirs: string | string[] = CORPUS_DIRS): Promise<FixtureScore[]> {
  const scores: FixtureScore[] = [];
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    const inside = relative(STRATEGIES_DIR, dir);
    const folder = inside.startsWith('..') ? '' : inside;
    for (const fixture of loadExpectedFixtures(dir)) {
      const expected = { ...fixture, file: folder ? `${folder}/${fixture.file}` : fixture.file };
      try {
        const doc = await parseDocument(readFileSync(`${dir}/${fixture.file}`), basename(fixture.file));
        scores.push(scoreExtraction(doc, expected));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        scores.push(scoreExtraction(null, expected, message));
      }
    }
  }
  return scores;
}

const yes = (value: boolean | null) => (value === null ? '–' : value ? '✓' : '✗');
const pct = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);
const frac = (part: number, whole: number) => `${part}/${whole}`;

/** The extraction table: one row per fixture, then totals per split and overall. */
export function formatExtraction(scores: FixtureScore[], options: { misses?: 'tune' | 'all'; title?: string } = {}): string {
  const lines: string[] = [];
  lines.push(`${options.title ?? 'Extraction on the development corpus'}: ${scores.length} fixtures\n`);
  lines.push('| fixture | split | org | kind | members | period | title | adopted | goals found (kind) | any kind | goals extracted | headings | extra headings | levels | budget rows |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of scores) {
    const name = s.file.replace(/\.(pdf|txt|md)$/, (ext) => ` ${ext.slice(1)}`) + (s.error ? ` ⚠ ${s.error.slice(0, 40)}` : '');
    lines.push(
      `| ${name} | ${s.split} | ${yes(s.organisation)} | ${yes(s.organisationKind)} | ${yes(s.municipalities)} | ${yes(s.period)} | ${yes(s.title)} | ${frac(s.adoption.found, s.adoption.expected)} | ${frac(s.goals.matched, s.goals.expected)} | ${frac(s.goals.matchedAnyKind, s.goals.expected)} | ${s.goals.actual} | ${frac(s.headings.matched, s.headings.expected)} | ${s.headings.actual - s.headings.matched} | ${frac(s.headings.levelsRight, s.headings.matched)} | ${frac(s.budget.matched, s.budget.expected)} (${s.budget.actual} read) |`,
    );
  }
  lines.push('');
  lines.push('| split | fixtures | org | kind | members | period | title | adoption | goal recall | goal precision | recall (any kind) | precision (any kind) | measurable | heading recall | heading precision | levels | budget recall | budget precision |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [label, subset] of [['tune', scores.filter((s) => s.split === 'tune')], ['heldout', scores.filter((s) => s.split === 'heldout')], ['**all**', scores]] as const) {
    const t = summariseExtraction(subset);
    lines.push(
      `| ${label} | ${t.fixtures} | ${pct(t.organisation)} | ${pct(t.organisationKind)} | ${pct(t.municipalities)} | ${pct(t.period)} | ${pct(t.title)} | ${pct(t.adoption)} | ${pct(t.goalRecall)} | ${pct(t.goalPrecision)} | ${pct(t.goalRecallAnyKind)} | ${pct(t.goalPrecisionAnyKind)} | ${pct(t.measurable)} | ${pct(t.headingRecall)} | ${pct(t.headingPrecision)} | ${pct(t.headingLevels)} | ${pct(t.budgetRecall)} | ${pct(t.budgetPrecision)} |`,
    );
  }
  if (options.misses) {
    // Held-out misses stay hidden unless asked for: nothing may be tuned on them.
    const shown = scores.filter((x) => x.misses.length > 0 && (options.misses === 'all' || x.split === 'tune'));
    lines.push(`\nMisses (${options.misses === 'all' ? 'both splits' : 'tuning split only'}):`);
    for (const s of shown) {
      lines.push(`\n${s.file} (${s.split}):`);
      for (const miss of s.misses) lines.push(`  - ${miss}`);
    }
  }
  return lines.join('\n');
}
