import { isNoAmount } from '../../ingest/structure/budget-words.ts';
import type { PassageRow } from '../store/index.ts';
import { sentencesOf } from './lookup-sentences.ts';

/**
 * Table lines on a topic whose amount cells say there is no amount ("| 3 | Digitale læremidler i
 * grunnskolen | Kommunalsjef oppvekst | Innenfor ramme | Innenfor ramme |"): ingest keeps no budget
 * row for them, yet the strategy does answer "how much for …" — with no figure, and why.
 */
export interface LineWithoutAmount {
  passage: PassageRow;
  /** The line as written (what is cited) and its cells joined with " | " (what is shown). */
  line: string;
  cells: string;
  /** What stands where the amount would ("Innenfor ramme", "Ikke avklart"). */
  cell: string;
}

/** Cells of a table line: pipe-separated, tab-separated or laid out with runs of spaces. */
function cellsOf(line: string): string[] {
  const separator = line.includes('|') ? /\s*\|\s*/ : line.includes('\t') ? /\t+/ : /\s{2,}/;
  return line.split(separator).map((cell) => cell.trim()).filter(Boolean);
}

/** The lines, in the passages given, that show the topic and have a cell saying there is no amount (at most `limit`). */
export function linesWithoutAmount(passages: PassageRow[], shows: (text: string) => boolean, limit = 3): LineWithoutAmount[] {
  const found: LineWithoutAmount[] = [];
  for (const passage of passages) {
    // The lines since the last row's end: a flattened table's row wraps its first cell over them.
    let pending: string[] = [];
    for (const line of passage.text.split('\n')) {
      const cells = cellsOf(line);
      if (cells.length < 3) {
        // A table flattened to single spaces (a PDF's text): a line that ends in a no-amount cell
        // ("Personvernombudet 2024 Innenfor ramme") ends a row begun on the lines before it.
        const flat = flattenedRow([...pending, line]);
        pending = flat || /\d\s*$/.test(line) ? [] : [...pending, line].slice(-MAX_WRAPPED);
        if (!flat || !shows(flat.words)) continue;
        found.push({ passage, line: flat.line, cells: flat.cells, cell: flat.cell });
        if (found.length >= limit) return found;
        continue;
      }
      pending = [];
      const cell = cells.find((value) => isNoAmount(value) && /\p{L}/u.test(value));
      const words = cells.filter((value) => !isNoAmount(value)).join(' ');
      if (!cell || !shows(words)) continue;
      found.push({ passage, line: line.trim(), cells: cells.join(' | '), cell });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** Lines a flattened row's first cell may wrap over before the line that ends it. */
const MAX_WRAPPED = 3;
/** Words at the end of a line tried as a no-amount cell ("Innenfor ramme", "Ikke avklart"). */
const MAX_CELL_WORDS = 4;

/** The row the last of `lines` ends when that line ends in a no-amount cell: its text as written, its words joined, the cell and the words before it. */
function flattenedRow(lines: string[]): { line: string; cells: string; cell: string; words: string } | null {
  const last = lines[lines.length - 1]!.trim().split(/\s+/);
  for (let n = Math.min(MAX_CELL_WORDS, last.length - 1); n >= 1; n--) {
    const cell = last.slice(-n).join(' ');
    if (!isNoAmount(cell) || !/\p{L}/u.test(cell)) continue;
    const text = lines.map((line) => line.trim()).join(' ');
    return { line: lines.join('\n').trim(), cells: text, cell, words: text.slice(0, text.length - cell.length) };
  }
  return null;
}

/** The sentence that says what a no-amount cell means ("Tiltak merket «Innenfor ramme» dekkes av sektorens egen budsjettramme …"), if one does. */
export function explanationOf(passages: PassageRow[], cell: string, row?: string): { passage: PassageRow; quote: string } | null {
  const wanted = cell.toLowerCase();
  // The table itself, flattened into one run of text, is no explanation of its cell.
  const flatRow = row?.replace(/\s+/g, ' ');
  for (const passage of passages) {
    for (const { start, end } of sentencesOf(passage.text)) {
      const sentence = passage.text.slice(start, end).trim();
      if (flatRow && sentence.replace(/\s+/g, ' ').includes(flatRow)) continue;
      if (!sentence.includes('|') && sentence.toLowerCase().includes(wanted) && sentence.length > cell.length + 20) return { passage, quote: sentence };
    }
  }
  return null;
}
