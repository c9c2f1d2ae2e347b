import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';
import { sentenceUnits } from '../text/sentences.ts';
import { escapeRegExp } from '../text/regexp.ts';

/**
 * A theme named only as one of a row of a municipality's service areas ("… de samme fagsystemene innen
 * helse, oppvekst og byggesak", "fra skole og barnehage til pleie og omsorg og tekniske tjenester") is
 * listed, not taken up: such a sentence is about something else that reaches every area. The areas are
 * data (data/goal-vocabulary.json `sectorWords`).
 */

const PATH = fileURLToPath(new URL('../../data/goal-vocabulary.json', import.meta.url));
const SECTORS = (JSON.parse(readFileSync(PATH, 'utf8')) as { sectorWords: string[] }).sectorWords.map(normalize);
/** One of the areas as whole words ("skole" in "skole", not in "skoleeier"). */
const AREA = new RegExp(`(?<![\\p{L}])(?:${SECTORS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** Where a row's items part: a comma, or a word joining them ("og", "eller", "and", "or", "til" of "fra … til"). */
const SEPARATOR = /\s*,\s*|\s+(?:og|eller|and|or|til|to)\s+/giu;
/** An item of a row is a few words at most: "tekniske tjenester", "helse- og omsorg". */
const ITEM_WORDS = 3;
/** A row names this many areas or more. */
const ROW_ITEMS = 3;

/**
 * True when every place `shows` finds the concept in the text's sentences is inside a row of three or
 * more service areas; false when some sentence shows it otherwise, or none shows it.
 */
export function onlyInSectorRows(text: string, showsIn: (sentence: string) => boolean): boolean {
  const showing = sentenceUnits(text).filter((unit) => showsIn(unit.text));
  return showing.length > 0 && showing.every((unit) => sectorRow(unit.text, showsIn) !== null);
}

/** The row of three or more service areas in a sentence that holds every mention of the concept, or null. */
function sectorRow(sentence: string, showsIn: (text: string) => boolean): string[] | null {
  const clause = sentence.replace(/[.!?]\s*$/u, '');
  const parts = clause.split(SEPARATOR);
  // The first item is the last words of the chunk before the row, the last the first words after it.
  const items = parts.map((part, i) => {
    const words = part.trim().split(/\s+/u);
    return i === 0 ? words.slice(-ITEM_WORDS).join(' ') : i === parts.length - 1 ? words.slice(0, ITEM_WORDS).join(' ') : words.length <= ITEM_WORDS ? part.trim() : null;
  });
  const isArea = (item: string | null) => item !== null && AREA.test(normalize(item));
  // The longest run of areas in a row.
  let best: string[] = [];
  let run: string[] = [];
  for (const item of items) {
    if (isArea(item)) run.push(item!);
    else run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < ROW_ITEMS) return null;
  // Every mention of the concept is in the row: the sentence without the row no longer shows it.
  const rest = best.reduce((text, item) => text.replace(item, ' '), clause);
  return showsIn(rest) ? null : best;
}
