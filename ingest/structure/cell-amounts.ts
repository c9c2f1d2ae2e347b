import { parseAmount } from './amount.ts';
import { AMOUNT_WORDS, phraseAlternation } from './budget-words.ts';

/**
 * Amounts a table cell states in words with their years, as a financing column writes them:
 * "Digitaliseringsfondet: 400 000 kr i 2026" → 400 000 in 2026; "90 000 kr i 2027 og 90 000 kr i 2028" → two;
 * "Budsjettet for 2028: 150 000 kr" → 150 000 in 2028; "Innanfor ramma" → none. The cell is read clause by
 * clause (split at semicolons and at "og"/"and" before another amount); a clause gives a row when it holds one
 * amount written as money (with a currency or a unit: data/budget-words.json `currencies`, `amountSuffixes`)
 * and one year.
 */

/** One amount of a cell: its value, year, printed text and offset in the cell. */
export interface CellAmount {
  amount: number;
  year: number;
  raw: string;
  offset: number;
}

const CURRENCY = phraseAlternation(AMOUNT_WORDS.currencies);
const UNIT = AMOUNT_WORDS.suffixes
  .filter((suffix) => !suffix.attached)
  .map((suffix) => suffix.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'))
  .join('|');
/** Units written right after the digits ("650k", "1.1m", "450'"). */
const ATTACHED = AMOUNT_WORDS.suffixes
  .filter((suffix) => suffix.attached)
  .map((suffix) => suffix.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const NUMBER = String.raw`\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
/** Money: a number with a currency before or after it, or with a unit ("400 000 kr", "kr 1,2 mill.", "1,5 mill."). */
const MONEY = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:${CURRENCY})\s*(?:${NUMBER})(?:${ATTACHED}|\s*(?:${UNIT}))?|(?:${NUMBER})\s*(?:(?:${UNIT})(?:\s*(?:${CURRENCY}))?|(?:${CURRENCY})))(?![\p{L}\d])`, 'giu');
const YEAR = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)/g;
/** Where a cell's clauses part: a semicolon, or "og"/"and" before another amount. */
const CLAUSE_BREAK = /;\s*|\s+(?:og|and)\s+(?=[^;]*\d)/giu;

/** The amounts with their years that a cell states, in order. */
export function yearAmountsInCell(cell: string): CellAmount[] {
  const found: CellAmount[] = [];
  let from = 0;
  const breaks = [...cell.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index, length: m[0].length }));
  for (const { at, length } of [...breaks, { at: cell.length, length: 0 }]) {
    const clause = cell.slice(from, at);
    const offset = from;
    from = at + length;
    const money = [...clause.matchAll(MONEY)];
    if (money.length !== 1) continue;
    const m = money[0]!;
    const outside = clause.slice(0, m.index) + ' '.repeat(m[0].length) + clause.slice(m.index + m[0].length);
    const years = new Set([...outside.matchAll(YEAR)].map((y) => Number(y[0])));
    const amount = parseAmount(m[0]);
    if (years.size !== 1 || amount === null) continue;
    found.push({ amount, year: [...years][0]!, raw: m[0], offset: offset + m.index });
  }
  return found;
}
