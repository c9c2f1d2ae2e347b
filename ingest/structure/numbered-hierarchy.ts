import type { GoalKind, Section } from '../model.ts';
import { kindOfWord, labelKind } from './goal-vocabulary.ts';
import type { ListItem } from './lists.ts';
import { isSuccessor } from './sections.ts';

/**
 * Goals numbered as a hierarchy in plain paragraphs, each level's kind named by a label word or by a legend
 * (a converter's export of a plan: "1 Effektmål: …" / "1.1 Resultatmål: …" / "1.1.1 Innføre …", explained
 * by "effektmål (1, 2, 3), resultatmål (1.1, 1.2 …) og tiltak (1.1.1 …)"). An item's kind is its label's
 * (data/goal-vocabulary.json headingKinds), else the kind the legend gives its depth; the label word and
 * colon are not the goal's text. Two labelled items make a hierarchy; it runs while each number continues
 * the one before, within one section, and every item of it is a goal.
 */

/** "1.1 Resultatmål: Innan utgangen av 2027 …", "1.1.1 Innføre …": a line opening with a number. */
const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(?:([\p{L}][\p{L}-]*(?:[ \t][\p{L}-]+)?)[ \t]*:[ \t]+)?(?=[\p{Lu}«\d])/u;
/** "resultatmål (1.1, 1.2 …)": a kind word and an example of its numbers in brackets. */
const LEGEND_ENTRY = /(\p{L}[\p{L}-]*)\s*\((\d{1,2}(?:\.\d{1,2}){0,3})\s*[,;…)]/gu;

/** An item of a numbered hierarchy, with the kind it gives its goal. */
export interface HierarchyItem extends ListItem {
  kind: GoalKind;
  /** Where the item's line starts, its number and label word included. */
  lineStart: number;
}

/** The kind per depth that a legend names ("tiltak (1.1.1, …)" → depth 3: measure), where two depths are named. */
function legendKinds(text: string): Map<number, GoalKind> {
  const kinds = new Map<number, GoalKind>();
  for (const m of text.matchAll(LEGEND_ENTRY)) {
    const kind = kindOfWord(m[1]!);
    const depth = m[2]!.split('.').length;
    if (kind && !kinds.has(depth)) kinds.set(depth, kind);
  }
  return kinds.size >= 2 ? kinds : new Map();
}

/** The items of every numbered goal hierarchy in the text; `headingStarts` are section headings, never items. */
export function findNumberedHierarchies(text: string, sections: Section[]): HierarchyItem[] {
  const headingStarts = new Set(sections.map((section) => section.start));
  const lines: Array<{ number: number[]; label: string | null; start: number; textStart: number; end: number }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = headingStarts.has(at) ? null : ITEM.exec(line);
    if (m) {
      const label = m[2] && labelKind(m[2]) ? m[2] : null;
      // A label-like word that names no kind ("Merk: …") stays in the item's text.
      const skip = label ? m[0].length : (/^\d[\d.]*[ \t]+/.exec(line)?.[0].length ?? m[1]!.length);
      lines.push({ number: m[1]!.split('.').map(Number), label, start: at, textStart: at + skip, end: at + line.trimEnd().length });
    }
    at += line.length + 1;
  }
  if (lines.filter((line) => line.label !== null).length < 2) return [];
  const legend = legendKinds(text);
  const sectionOf = (offset: number) => sections.findLastIndex((section) => section.start <= offset);
  const items: HierarchyItem[] = [];
  for (let i = 0; i < lines.length; ) {
    // A hierarchy opens at a labelled top item ("1 Effektmål: …").
    const first = lines[i]!;
    if (!first.label || first.number.length !== 1) {
      i++;
      continue;
    }
    const run = [first];
    let j = i + 1;
    for (; j < lines.length && isSuccessor(run.at(-1)!.number, lines[j]!.number) && sectionOf(lines[j]!.start) === sectionOf(first.start); j++) run.push(lines[j]!);
    const labelled = run.filter((line) => line.label !== null).length;
    const kindOf = (line: (typeof run)[number]) => (line.label ? labelKind(line.label) : null) ?? legend.get(line.number.length) ?? null;
    if (labelled >= 2 || (run.length >= 2 && legend.size > 0)) {
      for (const line of run) {
        const kind = kindOf(line);
        if (kind) items.push({ label: line.number.join('.'), start: line.textStart, end: line.end, kind, lineStart: line.start });
      }
    }
    i = j;
  }
  return items;
}
