import { findThemeLabels, loadVocabulary, type Vocabulary } from '../../src/text/vocabulary.ts';

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
  sections: Array<{ title: string; level: number }>;
  goals: Array<{ text: string; kind: string }>;
  budgets: Array<{ label: string; table: string; isSum: boolean }>;
  passages: Array<{ text: string }>;
}

/** Goal kinds that are steps towards a goal rather than the goal itself. */
const MEASURE_KINDS = new Set(['measure', 'indicator', 'tiltak']);

/** Tags a document's title, headings, goals, budget rows and passages with the themes they name. */
export function tagThemes(doc: TaggableDocument, vocabulary: Vocabulary = loadVocabulary()): ThemeTag[] {
  const tags: ThemeTag[] = [];
  const tag = (item: TaggedItem, index: number, text: string, strength: ThemeStrength) => {
    const counts = new Map<string, { offset: number; hits: number }>();
    for (const match of findThemeLabels(vocabulary, text)) {
      const known = counts.get(match.theme);
      if (known) known.hits++;
      else counts.set(match.theme, { offset: match.start, hits: 1 });
    }
    for (const [theme, { offset, hits }] of counts) tags.push({ theme, item, index, strength, offset, hits });
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
