import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The words of budget tables (data/budget-words.json): the units that scale a table's amounts
 * ("Tall i 1000 kr" → 1000, "NOK million" → 1 000 000), the labels of sum rows and total columns
 * ("Sum", "I alt", "Total"), cells that say there is no amount ("Innenfor ramme", "–"), and the headings of
 * columns of accounts ("Regnskap 2025", "Actual") and of deviations ("Avvik", "Variance") beside a budget.
 */

interface BudgetWords {
  units: Record<string, string[]>;
  sumLabels: string[];
  noAmount: string[];
  genericCaptions: string[];
  spendingWords: string[];
  currencies: string[];
  amountSuffixes: Record<string, string[]>;
  wholeKronerEndings: string[];
  approximations: string[];
  actualHeadings: string[];
  deviationHeadings: string[];
  shareUnits: string[];
}

const PATH = fileURLToPath(new URL('../../data/budget-words.json', import.meta.url));
const words = JSON.parse(readFileSync(PATH, 'utf8')) as BudgetWords;

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A sum row's label or a total column's heading at its start: "Sum", "**Totalt**", "I alt", "Total". */
export const SUM_LABEL = new RegExp(`^(?:${alternation(words.sumLabels)})(?![\\p{L}])`, 'iu');

const UNITS = Object.entries(words.units)
  .flatMap(([scale, phrases]) => phrases.map((phrase) => ({ phrase, scale: Number(scale) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
// Not inside a longer number: "NOK 1,000,000" is an amount in kroner, not the unit "NOK 1,000".
const UNIT = new RegExp(`(?<![\\p{L}\\d])(?:${UNITS.map((unit) => `(${escape(unit.phrase)})`).join('|')})(?![\\p{L}\\d]|[.,]\\d)`, 'giu');

/** A unit stated in a text: its scale and where it stands. */
export interface StatedUnit {
  scale: number;
  index: number;
  length: number;
}

/**
 * The units a heading or sentence states, e.g. "Tall i 1000 kr." → 1000, "(mill. kr)" → 1 000 000,
 * "The table shows the costs in NOK million." → 1 000 000. A unit right after a number ("2,5 mill.")
 * belongs to that amount and states nothing about a table.
 */
export function statedUnits(text: string): StatedUnit[] {
  const found: StatedUnit[] = [];
  for (const m of text.matchAll(UNIT)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const group = m.slice(1).findIndex((value) => value !== undefined);
    const unit = UNITS[group];
    if (!unit) continue;
    // "1000 kr" starts with digits of its own; any other unit after a number is that amount's.
    if (/\d[\d\s.,]*$/.test(before) && !/^\d/.test(unit.phrase)) continue;
    found.push({ scale: unit.scale, index: m.index, length: m[0].length });
  }
  return found;
}

/**
 * A unit written right after an amount ("1,2 millionar kroner", "NOK 650,000", "6,5 mill."): the words of
 * `units` that are not a number themselves, as a pattern source (longest first).
 */
export const AMOUNT_UNIT_SOURCE = UNITS.filter((unit) => !/^\d/.test(unit.phrase)).map((unit) => escape(unit.phrase)).join('|');

/** Words that make an amount in running text a cost, budget or investment ("anslått til", "sett av", "rekna til"). */
export const SPENDING = new RegExp(`(?<![\\p{L}])(?:${words.spendingWords.join('|')})(?![\\p{L}])`, 'iu');

const NO_AMOUNT = new RegExp(`^(?:${alternation(words.noAmount)})$`, 'iu');

/** "Innenfor ramme", "Ikke avklart", "–": a cell that stands for an amount and says there is none. */
export function isNoAmount(cell: string): boolean {
  return NO_AMOUNT.test(cell.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim());
}

/** A unit written inside a cell right after its number ("1,2 mill.", "650k", "450'"), with its scale. */
export interface AmountSuffix {
  phrase: string;
  scale: number;
  /** One or two letters or an apostrophe ("k", "m", "mn", "'"): stands right after the digits, never a space apart. */
  attached: boolean;
}

/**
 * The words around an amount in a cell (data/budget-words.json): currencies ("kr", "NOK"), units after the
 * number (`amountSuffixes`: "mill.", "mrd.", "k", "'"), endings of whole kroner (",-", ",00") and words that
 * make it an estimate ("ca.", "inntil"). Each a list, longest first.
 */
export const AMOUNT_WORDS = {
  currencies: [...words.currencies].sort((a, b) => b.length - a.length),
  suffixes: Object.entries(words.amountSuffixes)
    .flatMap(([scale, phrases]) => phrases.map((phrase): AmountSuffix => ({ phrase, scale: Number(scale), attached: phrase.replace(/\./g, '').length <= 2 })))
    .sort((a, b) => b.phrase.length - a.phrase.length),
  endings: [...words.wholeKronerEndings].sort((a, b) => b.length - a.length),
  approximations: [...words.approximations].sort((a, b) => b.length - a.length),
};

/** A regular-expression alternation of literal phrases, longest first, any spacing. */
export function phraseAlternation(list: string[]): string {
  return alternation(list);
}

/** A first column heading that names no table ("Tiltak", "Område", "Measure"): the section's title names it instead. */
export const GENERIC_CAPTION = new RegExp(`^(?:${alternation(words.genericCaptions)})?$`, 'iu');

const ACTUAL_HEADING = new RegExp(`^(?:${alternation(words.actualHeadings)})(?![\\p{L}])`, 'iu');
const DEVIATION_HEADING = new RegExp(`^(?:${alternation(words.deviationHeadings)})(?![\\p{L}])`, 'iu');
const SHARE_HEADING = /%|(?<![\p{L}])(?:prosent|percent|andel|share)(?![\p{L}])/iu;

/**
 * A column heading, its year and unit taken away, that names what was actually spent ("Regnskap",
 * "Rekneskap", "Forbruk", "Faktisk forbruk", "Actual", "Spent"; data/budget-words.json `actualHeadings`),
 * not a share of it ("Forbruk i %").
 */
export function isActualHeading(heading: string): boolean {
  const bare = heading.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  return ACTUAL_HEADING.test(bare) && !SHARE_HEADING.test(bare) && !isDeviationHeading(bare);
}

/** "Avvik", "Avvik i kr", "Differanse", "Variance": a column of the budget less the accounts, no amount of either (`deviationHeadings`). */
export function isDeviationHeading(heading: string): boolean {
  return DEVIATION_HEADING.test(heading.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim());
}

const SHARE_UNIT = alternation(words.shareUnits);
/** "(prosent)", "(i prosent)", "(%)" anywhere; "Tall i prosent", "in per cent" closing the caption. */
const STATED_SHARES = new RegExp(`\\(\\s*(?:${SHARE_UNIT})\\s*\\)|(?<![\\p{L}])(?:${SHARE_UNIT})[\\s.*_]*$`, 'iu');

/**
 * True when a table's caption or the sentence before it says that its figures are shares, not money
 * ("… etter alder (prosent)", "Tall i prosent"; data/budget-words.json `shareUnits`).
 */
export function statesShares(lead: string): boolean {
  return STATED_SHARES.test(lead.trim());
}
