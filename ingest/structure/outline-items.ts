/**
 * Items an outline numbers like headings: a Word document whose heading styles were lost keeps its
 * hierarchy in its numbers only, and the deepest level of it lists goals or measures, not sections:
 *
 *   3.1 Tiltak for tenestene                 a heading (its next numbered line is its child)
 *
 *   3.1.1 Ny søknadsportal med status …      an item: a line of its own, and the next thing below it
 *                                             is its sibling 3.1.2
 *   3.1.2 Digital byggjesak med kart …       an item: the outline goes on above it (3.2, 4.)
 *
 *   3.2 Tiltak for skulen
 *
 * Siblings numbered one after another under one parent ("2.1.1", "2.1.2"), at least two, each a line
 * with a blank line under it and nothing but blank lines between it and the next, are items. The last
 * one is followed by a numbered line that is not its child (or the text ends), or every one of them is
 * a sentence ("2.1.1 Alle søknadsskjema skal vere digitale innan 2027."): a heading has text of its own under
 * it. Pure span finding; goals.ts gives the items their kind, parse.ts keeps them out of the sections.
 */
import type { ListItem, Span } from './lists.ts';

/** An item of a numbered outline: its number as label, its text's span, and where its line starts. */
export interface OutlineItem extends ListItem {
  label: string;
  lineStart: number;
}

/** "2.1.1 Alle søknadsskjema …", "4. Handlingsplan": a line opening with a heading number. */
const NUMBERED_LINE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?=[\p{Lu}«])/u;

interface Line {
  number: number[];
  start: number;
  textStart: number;
  end: number;
  /** The next line is blank (or there is none). */
  alone: boolean;
  /** Index in the text's lines, to see what stands between two numbered lines. */
  index: number;
  /** In an excluded span: no item, though it still closes a run (a heading's number). */
  excluded: boolean;
}

const isChild = (parent: number[], child: number[]) => child.length > parent.length && parent.every((part, i) => part === child[i]);
const isNextSibling = (a: number[], b: number[]) => a.length === b.length && a.slice(0, -1).every((part, i) => part === b[i]) && b.at(-1) === a.at(-1)! + 1;

/** The runs of outline items in the text, outside `exclude` (tables, contents); each run is one parent's items. */
export function findOutlineItems(text: string, exclude: Span[] = []): OutlineItem[][] {
  const lines = text.split('\n');
  const numbered: Line[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    const m = NUMBERED_LINE.exec(line);
    if (m) {
      const excluded = exclude.some((span) => at >= span.start && at < span.end);
      numbered.push({ number: m[1]!.split('.').map(Number), start: at, textStart: at + m[0].length, end: at + line.trimEnd().length, alone: (lines[index + 1] ?? '').trim() === '', index, excluded });
    }
    at += line.length + 1;
  });
  // Only blank lines between two numbered lines.
  const adjacent = (a: Line, b: Line) => lines.slice(a.index + 1, b.index).every((line) => line.trim() === '');
  const runs: OutlineItem[][] = [];
  for (let i = 0; i < numbered.length; ) {
    const first = numbered[i]!;
    if (first.number.length < 2 || first.number.at(-1) !== 1 || !first.alone || first.excluded) {
      i++;
      continue;
    }
    const run = [first];
    let j = i + 1;
    while (j < numbered.length && numbered[j]!.alone && !numbered[j]!.excluded && isNextSibling(run.at(-1)!.number, numbered[j]!.number) && adjacent(run.at(-1)!, numbered[j]!)) run.push(numbered[j++]!);
    const last = run.at(-1)!;
    const after = numbered[j];
    const closed = after ? adjacent(last, after) && !isChild(last.number, after.number) : lines.slice(last.index + 1).every((line) => line.trim() === '');
    const sentences = run.every((line) => /[.!?]$/.test(text.slice(line.textStart, line.end)));
    if (run.length >= 2 && (closed || sentences)) {
      runs.push(run.map((line) => ({ label: line.number.join('.'), start: line.textStart, end: line.end, lineStart: line.start })));
      i = j;
    } else i++;
  }
  return runs;
}
