import { isCurrency, matchScaledAmount, parseAmount, splitDigitGroups } from './amount.ts';

/**
 * Amounts in a flattened table's text, where a cell's spaces are no different from the spaces between
 * cells: "3 630 300 350 000" is two amounts, "2,5 mill" one, "kr 450 000,-" one with its currency and
 * ending, "(1 200)" and "-1 200" a saving (negative), "0" an amount of nothing that holds its column.
 * Words are read one at a time; each reading says how many words the amounts took.
 */

/** A word of the text and where it starts. */
export interface TextWord {
  text: string;
  start: number;
}

/** An amount read from words, with the span of the words it took. */
export interface TextAmount {
  text: string;
  amount: number;
  start: number;
  end: number;
}

/** A digit group that opens a run: with a sign or an opening parenthesis of a saving ("-1", "−1", "(1"). */
const OPENING_GROUP = /^([-−–(])?(\d{1,3})$/;
/** A digit group inside a run, maybe closing it: ")" of a saving or a whole-kroner ending ("000,-"). */
const GROUP = /^(\d{1,3})(\)|,-|,–|\.-)?$/;
/** A cell of nothing printed as a zero ("0", "0,0"): an amount of 0 kroner, as in a table with its columns kept. */
const ZERO = /^0(?:,0+)?$/;

const end = (word: TextWord) => word.start + word.text.length;

/**
 * The amounts that start at word `i` and how many words they took, or null when word `i` starts none.
 * A currency before the amount ("kr", "NOK") or after it ("kr", "kroner") belongs to it.
 */
export function amountsAt(words: TextWord[], i: number): { amounts: TextAmount[]; next: number } | null {
  const currency = isCurrency(words[i]?.text ?? '') && /^[-−–(]?\d/.test(words[i + 1]?.text ?? '') ? 1 : 0;
  const read = readAmounts(words, i + currency);
  if (!read) return null;
  const first = read.amounts[0]!;
  if (currency) first.start = words[i]!.start;
  let next = read.next;
  const following = words[next];
  if (following && isCurrency(following.text.replace(/,-$/, ''))) {
    read.amounts.at(-1)!.end = end(following);
    next++;
  }
  return { amounts: read.amounts, next };
}

function readAmounts(words: TextWord[], i: number): { amounts: TextAmount[]; next: number } | null {
  const word = words[i];
  if (!word) return null;
  const scaled = matchScaledAmount(words.slice(i, i + 2).map((t) => t.text).join(' '));
  if (scaled && /^[-−–]?\d/.test(word.text)) {
    const width = scaled.raw.includes(' ') ? 2 : 1;
    return { amounts: [{ text: scaled.raw, amount: scaled.amount, start: word.start, end: end(words[i + width - 1]!) }], next: i + width };
  }
  if (ZERO.test(word.text)) return { amounts: [{ text: word.text, amount: 0, start: word.start, end: end(word) }], next: i + 1 };
  return digitRun(words, i);
}

/**
 * A run of digit groups, e.g. "3 630 300 350 000", split into amounts (splitDigitGroups). A sign opens a
 * saving: "-1 200 300 000" is −1 200 and 300 000; a saving in parentheses is one amount, "(1 200)". An
 * amount of one group ("450") is no cell of flattened text: it may be any number in a label.
 */
function digitRun(words: TextWord[], i: number): { amounts: TextAmount[]; next: number } | null {
  const opening = OPENING_GROUP.exec(words[i]?.text ?? '');
  if (!opening) {
    const single = GROUP.exec(words[i]?.text ?? '');
    if (!single) return null;
  }
  const sign = opening?.[1] ?? '';
  const groups: string[] = [];
  let j = i;
  let closer = '';
  for (; j < words.length; j++) {
    // A lone "0" after amounts is a cell of its own: no amount starts with a zero group.
    if (j > i && ZERO.test(words[j]!.text)) break;
    const m = j === i ? (OPENING_GROUP.exec(words[j]!.text) ?? GROUP.exec(words[j]!.text)) : GROUP.exec(words[j]!.text);
    if (!m) break;
    groups.push(j === i && opening ? opening[2]! : m[1]!);
    if (j > i || !opening) closer = m[2] ?? '';
    if (closer) {
      j++;
      break;
    }
  }
  if (groups.length < 2) return null;
  const sizes = splitDigitGroups(groups);
  if (!sizes) return null;
  // A saving in parentheses closes where its amount ends.
  if (sign === '(' && (closer !== ')' || sizes.length !== 1)) return null;
  if (sign !== '(' && closer === ')') return null;
  const amounts: TextAmount[] = [];
  let k = 0;
  for (const size of sizes) {
    const parts = words.slice(i + k, i + k + size);
    const printed = parts.map((part) => part.text).join(' ');
    const value = parseAmount(printed);
    if (value === null) return null;
    amounts.push({ text: printed, amount: value, start: parts[0]!.start, end: end(parts.at(-1)!) });
    k += size;
  }
  return { amounts, next: j };
}
