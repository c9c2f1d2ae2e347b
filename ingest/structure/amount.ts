import { AMOUNT_WORDS, phraseAlternation } from './budget-words.ts';

/**
 * Norwegian money amounts as tables and sentences print them: "3 630 300", "2,5 mill", "0,50 mill",
 * "1,2 mrd", "300 000,-", "kr 50 000", "kr 1,2 mill.", "1,2 mill. kr", "NOK 1.2 million", "NOK 650k",
 * "NOK 1.1m", "450'" (thousands), "1,250,000", and savings "(1 200)", "−1 200", "-1 200". Amounts are
 * whole NOK. The words (currencies, units after the number, endings such as ",-") are data/budget-words.json's.
 */

const CURRENCY = phraseAlternation(AMOUNT_WORDS.currencies);
const APPROXIMATION = phraseAlternation(AMOUNT_WORDS.approximations);
const ENDING = AMOUNT_WORDS.endings.map((ending) => ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LEADING_WORDS = new RegExp(`^(?:(?:${APPROXIMATION})(?<=\\.)\\s*|(?:${APPROXIMATION})\\s+|(?:${CURRENCY})(?:(?<=\\.)|\\s+|(?=[\\d(−–-])))+`, 'iu');
const TRAILING_WORDS = new RegExp(`(?:\\s*(?:${ENDING})|\\s*(?<![\\p{L}])(?:${CURRENCY})(?![\\p{L}]))+$`, 'iu');
const suffixSource = (suffix: { phrase: string; attached: boolean }) =>
  `${suffix.attached ? '' : '\\s*'}${suffix.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')}`;
/** The number before a unit: thousands grouped by spaces or points, English commas ("1,250,000"), or a decimal ("1,2", "1.2"). */
const NUMBER = '\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3}){2,}|\\d+(?:[.,]\\d+)?';
const SCALED_AMOUNT = new RegExp(`^(${NUMBER})(${AMOUNT_WORDS.suffixes.map(suffixSource).join('|')})$`, 'iu');

/** What a unit after an amount multiplies it by: "mrd."/"milliarder" 10⁹, "mill."/"millioner"/"MNOK" 10⁶, "k"/"'" 10³, "kroner" 1. */
export function unitScale(unit: string): number {
  const word = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  // "mill. kr", "tusen kroner": the unit's first word; a suffix must end where a word ends ("k" is not "kroner").
  const suffix = AMOUNT_WORDS.suffixes.find((candidate) => word.startsWith(candidate.phrase) && !/^\p{L}/u.test(word.slice(candidate.phrase.length)));
  if (suffix) return suffix.scale;
  return word.startsWith('mrd') || word.startsWith('milliard') ? 1e9 : word.startsWith('mill') || word === 'mnok' ? 1e6 : 1;
}

/** The value of a printed number: "1 250 000" and "1.250.000" group thousands, "1,250,000" too; "1,2" and "1.2" are decimals. */
function numberValue(printed: string): number {
  if (/^\d{1,3}(?:[ .]\d{3})+(?:,\d+)?$/.test(printed)) return Number(printed.replace(/[ .]/g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(printed)) return Number(printed.replace(/,/g, ''));
  return Number(printed.replace(',', '.'));
}

/**
 * A printed amount's sign and the amount without it: a saving or reduction is printed in parentheses,
 * "(1 200)", or after a minus sign, hyphen or en dash ("−1 200", "-1 200", "–0,3 mill."), before or after
 * its currency ("kr -1 200", "-kr 1 200").
 */
export function splitSign(raw: string): { negative: boolean; body: string } {
  const text = raw.trim();
  const parenthesised = /^\((.*\d.*)\)$/.exec(text);
  if (parenthesised) return { negative: true, body: parenthesised[1]!.trim() };
  const lead = LEADING_WORDS.exec(text)?.[0] ?? '';
  const minus = /^[-−–]\s?(?=\S)/.exec(text.slice(lead.length));
  if (minus && /\d/.test(text)) return { negative: true, body: `${lead}${text.slice(lead.length + minus[0].length)}` };
  return { negative: false, body: text };
}

/** A printed amount without its currency, estimate words and whole-kroner ending: "kr 650,000" → "650,000", "1 250 000,-" → "1 250 000". */
export function withoutCurrency(printed: string): string {
  return printed.trim().replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').trim();
}

/** Parses one printed amount to whole kroner; null when it is not an amount. */
export function parseAmount(raw: string): number | null {
  const { negative, body } = splitSign(raw.replace(/[\u00a0\u2007\u202f]/g, ' '));
  const amount = parseUnsigned(body);
  return amount === null ? null : negative ? -amount : amount;
}

function parseUnsigned(raw: string): number | null {
  const text = withoutCurrency(raw).replace(/\s+/g, ' ');
  if (text === '') return null;
  const scaled = SCALED_AMOUNT.exec(text);
  if (scaled) {
    const value = numberValue(scaled[1] ?? '');
    return Number.isFinite(value) ? Math.round(value * unitScale(scaled[2] ?? '')) : null;
  }
  if (/^\d{1,3}(?:[ .]\d{3})*$/.test(text)) return Number(text.replace(/[ .]/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  // "1,250,000": English thousands, unambiguous with two groups or more.
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

/** Units that may stand a space apart from the number in flattened text ("2,5 mill"); one-letter "k"/"m" only in cells. */
const TEXT_SCALED = new RegExp(
  `^([-−–]?\\d{1,4}(?:[.,]\\d+)?(?:${AMOUNT_WORDS.suffixes.filter((suffix) => !suffix.attached).map(suffixSource).join('|')}))(?![\\p{L}])`,
  'iu',
);

/** A scaled amount ("2,5 mill", "-0,3 mill.") at the start of `text`, with its length. */
export function matchScaledAmount(text: string): { raw: string; amount: number } | null {
  const m = TEXT_SCALED.exec(text);
  if (!m) return null;
  const amount = parseAmount(m[1] ?? '');
  return amount === null ? null : { raw: m[1] ?? '', amount };
}

/** Whether a word is a currency ("kr", "NOK", "kroner") that stands beside an amount in text. */
export function isCurrency(word: string): boolean {
  return AMOUNT_WORDS.currencies.includes(word.toLowerCase());
}

/**
 * Splits a run of digit groups from flattened table text ("3 630 300 350 000") into amounts.
 * A new amount must start at a group without a leading zero; later groups have exactly three
 * digits; an amount has two or three groups (1 000 … 99 999 999). Fewest amounts wins.
 * Returns the group counts of each amount, or null when the run cannot be split.
 */
export function splitDigitGroups(groups: string[]): number[] | null {
  const n = groups.length;
  const best: Array<number[] | null> = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    const first = groups[i] ?? '';
    if (first.startsWith('0') || first.length > 3) continue;
    for (const size of [2, 3]) {
      if (i + size > n) continue;
      if (size === 3 && first.length === 3) continue; // ≥ 100 million: implausible, and makes runs ambiguous
      const rest = groups.slice(i + 1, i + size);
      if (!rest.every((group) => /^\d{3}$/.test(group))) continue;
      const tail = best[i + size];
      if (tail === null || tail === undefined) continue;
      const candidate = [size, ...tail];
      const current = best[i];
      if (!current || candidate.length < current.length) best[i] = candidate;
    }
  }
  return best[0] ?? null;
}
