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
    for (const line of passage.text.split('\n')) {
      const cells = cellsOf(line);
      if (cells.length < 3) continue;
      const cell = cells.find((value) => isNoAmount(value) && /\p{L}/u.test(value));
      const words = cells.filter((value) => !isNoAmount(value)).join(' ');
      if (!cell || !shows(words)) continue;
      found.push({ passage, line: line.trim(), cells: cells.join(' | '), cell });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The sentence that says what a no-amount cell means ("Tiltak merket «Innenfor ramme» dekkes av sektorens egen budsjettramme …"), if one does. */
export function explanationOf(passages: PassageRow[], cell: string): { passage: PassageRow; quote: string } | null {
  const wanted = cell.toLowerCase();
  for (const passage of passages) {
    for (const { start, end } of sentencesOf(passage.text)) {
      const sentence = passage.text.slice(start, end).trim();
      if (!sentence.includes('|') && sentence.toLowerCase().includes(wanted) && sentence.length > cell.length + 20) return { passage, quote: sentence };
    }
  }
  return null;
}
