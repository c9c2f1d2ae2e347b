import type { PassageRow } from '../store/index.ts';
import { AMOUNT_UNIT_SOURCE, SPENDING } from '../../ingest/structure/budget-words.ts';
import { sentencesOf } from './lookup-sentences.ts';
import { unitScale } from '../../ingest/structure/amount.ts';
import { yearsCovered } from '../text/years.ts';

/**
 * Budget figures stated in running text rather than a table ("Investeringene i velferdsteknologi er
 * anslått til 6,5 millioner kroner i planperioden"): for a
 * strategy without budget tables, the sentences that give an amount of money for something.
 */

/** An amount of money, its unit a word of data/budget-words.json (a share of a budget is left out: "IKT-budsjetter utgjør ca 3 %" is seldom the strategy's own). */
const AMOUNT = new RegExp(`(?<![\\p{L}\\d])\\d{1,3}(?:[ \\u00a0.]\\d{3})*(?:,\\d+)?\\s*(?:${AMOUNT_UNIT_SOURCE})(?![\\p{L}])|(?:NOK|kr\\.?)\\s*\\d`, 'iu');

const MAX_SENTENCES = 2;

/**
 * The sentences of a strategy's passages that state a budget amount (on the topic, when `shows` is given;
 * for the year asked, when `year` is given: a sentence whose amounts name years, none of them that one
 * — "1,2 mill. kr i 2026 og 1,5 mill. kr årlig i 2027–2030" asked of 2031 — states nothing for it).
 */
export function proseAmounts(passages: PassageRow[], shows: ((text: string) => boolean) | null, year: number | null = null): Array<{ passage: PassageRow; quote: string }> {
  const found: Array<{ passage: PassageRow; quote: string }> = [];
  for (const passage of passages) {
    const sentences = sentencesOf(passage.text).map(({ start, end }) => passage.text.slice(start, end).trim());
    sentences.forEach((sentence, i) => {
      if (found.length >= MAX_SENTENCES || !AMOUNT.test(sentence) || (shows && !shows(sentence))) return;
      // The sentence after it may split the amount up ("… er rekna til 1,6 millionar kroner. Av dette er 700 000 kroner sette av i 2025 og …").
      const next = sentences[i + 1];
      const quote = next && AMOUNT.test(next) && SPENDING.test(`${sentence} ${next}`) ? `${sentence} ${next}` : sentence;
      if (year !== null && !forYear(quote, year)) return;
      if (SPENDING.test(quote)) found.push({ passage, quote });
    });
    if (found.length >= MAX_SENTENCES) return found;
  }
  return found;
}

/** False when the sentence's amounts name years and none of them is `year`. */
function forYear(sentence: string, year: number): boolean {
  const named = yearsCovered(sentence);
  return named.length === 0 || named.includes(year);
}

/** An amount and its unit in running text: "350 000 kroner", "1,4 millioner kroner", "NOK 2.5 million". */
const AMOUNT_WITH_UNIT = /(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0.]\d{3})*(?:[,.]\d+)?)\s*(mill(?:ion(?:er|ar)?)?\.?|mrd\.?|milliard(?:er|ar)?|kroner|kr\.?|nok)(?![\p{L}])/giu;
/** Words saying an amount is for each year named after it ("500 000 kroner kvart år i 2026, 2027 og 2028"). */
const EACH_YEAR = /(?<![\p{L}])(?:hvert år|kvart år|hvert av årene|kvart av åra|per år|pr\.? år|årlig|årleg|i året|a year|each year|per year|annually)(?![\p{L}])/iu;

/**
 * The amounts a sentence gives per year, added up: "350 000 kroner … i 2025 og 500 000 kroner kvart år i
 * 2026, 2027 og 2028" → 1 850 000 over 2025–2028. Each amount holds for the years named after it, before
 * the next amount; for each of them when it says so ("kvart år") or names several. An amount naming no
 * year (a total before it is split up) is left out. Null when no amount names a year, or there is only
 * one amount for one year (nothing to add).
 */
export function yearAmountsTotal(sentence: string): { total: number; from: number; to: number } | null {
  const amounts = [...sentence.matchAll(AMOUNT_WITH_UNIT)];
  if (amounts.length === 0) return null;
  let total = 0;
  const years: number[] = [];
  for (const [k, m] of amounts.entries()) {
    const after = sentence.slice((m.index ?? 0) + m[0].length, amounts[k + 1]?.index ?? sentence.length);
    const named = yearsCovered(after);
    // A total stated before it is split up ("1,4 millioner kroner over fire år: 500 000 kroner i 2025 og …").
    if (named.length === 0) continue;
    const value = Number(m[1]!.replace(/[ \u00a0]/g, '').replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.')) * unitScale(m[2]!);
    const times = EACH_YEAR.test(after) || named.length > 1 ? named.length : 1;
    total += Math.round(value) * times;
    years.push(...named);
  }
  if (years.length === 0 || (amounts.length === 1 && years.length === 1)) return null;
  return { total, from: Math.min(...years), to: Math.max(...years) };
}
