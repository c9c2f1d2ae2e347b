/**
 * Nested bullet lists, as a markdown editor exports an outline (Notion, Obsidian, a wiki): bullets indented
 * under bullets, each level a kind of thing, with task checkboxes ("- [x] …", "- [ ] …") among them:
 *
 *   - **Innbyggjarane**                                  depth 0
 *       - Mål: Innan 2027 skal 90 prosent …               depth 1
 *           - [x]  Digitalt søknadsskjema for SFO         depth 2, a task (done)
 *               - Ansvar: @Ingvild Myking · Frist: …      depth 3
 *
 * `findNestedLists` finds the lists; `nestedItemKinds` says what each item is, by its label, its box and its depth.
 */
import type { GoalKind } from '../model.ts';
import { COLON_LABEL, LABELLED_ITEM, labelKind } from './goal-vocabulary.ts';
import type { ListItem, Span } from './lists.ts';

/** One item of a nested list: its depth (0 for the outermost bullets), whether it is a task, and its text's span. */
export interface NestedItem extends Span {
  depth: number;
  /** "- [ ] …" / "- [x] …": a task, open or done. */
  task: boolean;
  /** The item's text on its line(s), without the bullet and the checkbox. */
  text: string;
}

/** A bullet line: its indentation, a checkbox if any, and its text. */
const BULLET_LINE = /^([ \t\u2003]*)[-*+•][ \t]+(?:\[([ xX])\][ \t]+)?(\S.*)$/;
/** The most items one list is read with: a bound that keeps the pass linear. */
const MAX_ITEMS = 500;

/** Indentation as columns, a tab as four spaces; cleaning writes a nested markdown bullet's indentation as em spaces (clean/list-indents.ts). */
const width = (indent: string) => indent.replace(/\t/g, '    ').length;

/**
 * The nested lists in [from, to): runs of bullet lines without blank lines between them, whose bullets stand at
 * two indentations or more. A line without a bullet, indented under an item, continues it. Flat lists are left
 * to the list readers of lists.ts.
 */
export function findNestedLists(text: string, from: number, to: number): NestedItem[][] {
  const lists: NestedItem[][] = [];
  let run: Array<NestedItem & { indent: number }> = [];
  const flush = () => {
    const indents = [...new Set(run.map((item) => item.indent))].sort((a, b) => a - b);
    if (indents.length >= 2 && run[0]!.indent === indents[0]) lists.push(run.map(({ indent, ...item }) => ({ ...item, depth: indents.indexOf(indent) })));
    run = [];
  };
  let at = from;
  for (const line of text.slice(from, to).split('\n')) {
    const start = at;
    at += line.length + 1;
    const bullet = BULLET_LINE.exec(line);
    if (bullet && run.length < MAX_ITEMS) {
      const textStart = start + line.length - bullet[3]!.length;
      run.push({ indent: width(bullet[1]!), depth: 0, task: bullet[2] !== undefined, start: textStart, end: start + line.trimEnd().length, text: bullet[3]!.trim() });
      continue;
    }
    const last = run.at(-1);
    // A wrapped item's next line, indented under it.
    if (last && line.trim() !== '' && width(/^[ \t\u2003]*/.exec(line)![0]) > last.indent) {
      last.end = start + line.trimEnd().length;
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    flush();
  }
  flush();
  return lists;
}

/** A field of an item ("Ansvar: @Eirik Sætre · Frist: 01.03.2027"): a short label and a colon, naming no kind. */
const FIELD_ITEM = /^[\p{Lu}][\p{L} ]{1,24}:\s/u;

/**
 * What each item of a nested list under a goal heading is: an item labelled by a kind ("Mål: …") is of that kind,
 * its label left out; a task ("[ ] …", "[x] …") is a measure; a field ("Ansvar: … · Frist: …") is none; any other
 * item is of the kind the heading names at its depth (`levelKinds`, in the heading's order: "Satsingar, mål og
 * tiltak" gives areas, then goals, then measures), or none below them.
 */
export function nestedItemKinds(list: NestedItem[], levelKinds: readonly GoalKind[]): Array<{ item: ListItem; kind: GoalKind | null }> {
  return list.map((entry) => {
    const whole: ListItem = { label: null, start: entry.start, end: entry.end };
    const labelled = LABELLED_ITEM.exec(entry.text) ?? COLON_LABEL.exec(entry.text);
    const labelledKind = labelled ? labelKind(labelled[1] ?? '') : null;
    if (labelled && labelledKind) return { item: { label: labelled[2] || null, start: entry.start + labelled[0].length, end: entry.end }, kind: labelledKind };
    if (FIELD_ITEM.test(entry.text)) return { item: whole, kind: null };
    if (entry.task) return { item: whole, kind: 'measure' };
    return { item: whole, kind: levelKinds[entry.depth] ?? null };
  });
}
