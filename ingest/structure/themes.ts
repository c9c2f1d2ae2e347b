import { readWordList, tokenize } from '../../src/text/analyze.ts';
import { findThemeLabels, loadVocabulary, withNarrower, type Vocabulary } from '../../src/text/vocabulary.ts';
import { labelsOneArea, namesPriorities } from './goal-vocabulary.ts';

/**
 * Theme tags at ingest: which of the document's parts name which theme, and how strongly. Pure:
 * texts in, tags out; works on a freshly parsed document and on one read back from the store.
 */

/** How a part names a theme, strongest first: a heading or title (a focus area), a goal, a measure, a budget line, a mention. */
export type ThemeStrength = 'focus' | 'goal' | 'measure' | 'budget' | 'mention';

/** Rank of each strength (higher is stronger), for sorting and for SQL. */
export const STRENGTH_RANK: Record<ThemeStrength, number> = { focus: 5, goal: 4, measure: 3, budget: 2, mention: 1 };

/** Which part of the document a tag is on. */
export type TaggedItem = 'document' | 'section' | 'goal' | 'budget' | 'passage';

export interface ThemeTag {
  /** Theme id from the vocabulary. */
  theme: string;
  item: TaggedItem;
  /** Index of the item in its list (sections, goals, budgets, passages); 0 for the document. */
  index: number;
  strength: ThemeStrength;
  /** Character offset of the first matching label in the item's text (title, heading, goal, label, passage). */
  offset: number;
  /** How many times the item names the theme. */
  hits: number;
}

/** What tagging reads of a document: only texts and kinds. */
export interface TaggableDocument {
  title: string;
  sections: Array<{ title: string; level: number; id?: number }>;
  goals: Array<{ text: string; kind: string }>;
  budgets: Array<{ label: string; table: string; isSum: boolean }>;
  /** Each passage's section: its index in `sections` (ingest) or its stored id (`sectionId`, a stored document). */
  passages: Array<{ text: string; section?: number; sectionId?: number }>;
}

/** Words that make a list item a commitment (data/commitment-markers.txt). */
const COMMITMENT_MARKERS: ReadonlySet<string> = new Set(readWordList('commitment-markers.txt'));
/** Words by which a sentence of running text promises something (data/promise-markers.txt). */
const PROMISE_MARKERS: ReadonlySet<string> = new Set(readWordList('promise-markers.txt'));
/** True when a text commits to something: it holds a word of data/commitment-markers.txt ("skal", "vil", "will"). */
export function commits(text: string): boolean {
  return tokenize(text).some((token) => COMMITMENT_MARKERS.has(token.word));
}
/** True when a sentence of running text promises something: "skal", "vil", "will" (not "må", which as often judges). */
export function promises(text: string): boolean {
  return tokenize(text).some((token) => PROMISE_MARKERS.has(token.word));
}
const LIST_ITEM = /^\s*(?:[-–•*▪]|\d{1,2}[.)]|[a-zæøå][.)])\s+/u;

/**
 * A passage names a theme as a measure when the line holding the label is a list item that commits
 * to something ("- Kommunen skal …"), or when the passage stands under a heading of priorities or
 * measures ("Prioriterte områder", "Tiltak", an area under "Innsatsområder") and the sentence is no
 * introduction ("… disse tiltakene:"): there the strategy writes its priorities as prose
 * ("Innen helse prioriteres elektronisk meldingsutveksling …"). Otherwise it is a mention.
 */
function passageStrength(text: string, offset: number, prioritySection: boolean): ThemeStrength {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  if (LIST_ITEM.test(line) && commits(line)) return 'measure';
  return prioritySection && !introducesList(text, offset) ? 'measure' : 'mention';
}

/** True when the sentence holding this offset ends in a colon: it introduces what follows. */
function introducesList(text: string, offset: number): boolean {
  const end = text.slice(offset).search(/[.!?:](?:\s|$)/);
  return end >= 0 && text[offset + end] === ':';
}

/**
 * Per section: true when it states priorities or measures — its heading is a list of them, or it is an
 * area under such a heading (every section under it, or only the labelled areas where some are:
 * "Innsatsområde 1: …" under "Innsatsområder", not "Kritiske suksessfaktorer" beside them).
 */
export function prioritySections(sections: Array<{ title: string; level: number }>): boolean[] {
  const result: boolean[] = [];
  const open: Array<{ level: number; area: boolean }> = [];
  const childrenOf = (index: number) => {
    const level = sections[index]!.level;
    const children: number[] = [];
    for (let j = index + 1; j < sections.length && sections[j]!.level > level; j++) if (sections[j]!.level === level + 1) children.push(j);
    return children;
  };
  const inherits = new Set<number>();
  sections.forEach((section, i) => {
    if (section.level === 0 || !namesPriorities(section.title)) return;
    const children = childrenOf(i);
    const labelled = children.filter((j) => labelsOneArea(sections[j]!.title));
    for (const j of labelled.length > 0 ? labelled : children) inherits.add(j);
  });
  // An area's subsections are the area's too; a heading listing the areas passes on only to the areas.
  const isArea = (i: number) => inherits.has(i) || labelsOneArea(sections[i]!.title);
  sections.forEach((section, i) => {
    while (open.length > 0 && open[open.length - 1]!.level >= section.level) open.pop();
    const inArea = open.some((parent) => parent.area);
    result.push((section.level > 0 && namesPriorities(section.title)) || inherits.has(i) || inArea);
    open.push({ level: section.level, area: isArea(i) || inArea });
  });
  return result;
}

/** Goal kinds that are steps towards a goal rather than the goal itself. */
const MEASURE_KINDS = new Set(['measure', 'indicator', 'tiltak']);

/** Raised when the tagging rules change, so that stored tags are re-made as after a vocabulary change. */
const TAGGING_RULES = 5;

/** The version stored tags are made with: the vocabulary's and the rules'. */
export function tagsVersion(vocabulary: Vocabulary): string {
  return `${vocabulary.version}.${TAGGING_RULES}`;
}

/** Tags a document's title, headings, goals, budget rows and passages with the themes they name. */
export function tagThemes(doc: TaggableDocument, vocabulary: Vocabulary = loadVocabulary()): ThemeTag[] {
  const tags: ThemeTag[] = [];
  const priority = prioritySections(doc.sections);
  // A stored document names a passage's section by its id, a freshly parsed one by its index.
  const indexOfId = new Map(doc.sections.flatMap((section, i) => (section.id === undefined ? [] : [[section.id, i] as const])));
  const sectionOf = (index: number) => {
    const passage = doc.passages[index]!;
    return passage.section ?? (passage.sectionId === undefined ? undefined : indexOfId.get(passage.sectionId));
  };
  const inPriority = (index: number) => {
    const section = sectionOf(index);
    return section !== undefined && (priority[section] ?? false);
  };
  // The themes each heading names, with every theme under them: a passage naming one of those under its
  // section's theme ("IKT-opplæringen for ledere …" under "6 Forvaltning og kompetanse") says how the
  // strategy takes up that area, a measure of it, not a mention in passing.
  const headingThemes = doc.sections.map((section) => new Set(findThemeLabels(vocabulary, section.title).flatMap((m) => withNarrower(vocabulary, m.theme).filter((id) => id !== m.theme))));
  const underHeading = (index: number, theme: string) => {
    const section = sectionOf(index);
    return section !== undefined && (headingThemes[section]?.has(theme) ?? false);
  };
  const tag = (item: TaggedItem, index: number, text: string, strength: ThemeStrength) => {
    const counts = new Map<string, { offset: number; hits: number; strength: ThemeStrength }>();
    for (const match of findThemeLabels(vocabulary, text)) {
      const known = counts.get(match.theme);
      // In a passage, the strongest place wins: a committing list item, or a priority's prose, over a mention.
      const inPassage = item === 'passage' ? passageStrength(text, match.start, inPriority(index)) : strength;
      const here = inPassage === 'mention' && item === 'passage' && underHeading(index, match.theme) ? 'measure' : inPassage;
      if (!known) counts.set(match.theme, { offset: match.start, hits: 1, strength: here });
      else {
        known.hits++;
        if (here === 'measure' && known.strength === 'mention') Object.assign(known, { offset: match.start, strength: here });
      }
    }
    for (const [theme, { offset, hits, strength: found }] of counts) tags.push({ theme, item, index, strength: found, offset, hits });
  };
  tag('document', 0, doc.title, 'focus');
  doc.sections.forEach((section, i) => {
    if (section.level > 0) tag('section', i, section.title, 'focus');
  });
  doc.goals.forEach((goal, i) => tag('goal', i, goal.text, MEASURE_KINDS.has(goal.kind) ? 'measure' : 'goal'));
  // A budget row names a theme by its label; the table's caption ("7. Velferdsteknologi") counts too.
  doc.budgets.forEach((row, i) => {
    if (!row.isSum) tag('budget', i, `${row.label}\n${row.table}`, 'budget');
  });
  doc.passages.forEach((passage, i) => tag('passage', i, passage.text, 'mention'));
  return tags;
}
