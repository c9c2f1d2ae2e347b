import type { Goal, PageStart, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';
import { findFirstBulletRun, findLetteredRuns, findNumberedRuns, type ListItem, type Span } from './lists.ts';
import { sectionAt } from './sections.ts';

/** Headings that introduce goals: "Vedtatte mål", "Mål for «…»", "Målsettinger", "Resultatmål". */
export const GOAL_HEADING = /(?:^|\s)(?:vedtatte\s+)?(?:mål|målsettinger|målsetninger|resultatmål|hovedmål|delmål)(?:\s|$|:)/i;
/** Headings of result-indicator tables ("Resultatindikatorer"). */
export const INDICATOR_HEADING = /indikator/i;
/** Commitment statements: "ØRU-kommunene vil …", "… vil kommunene arbeide for …". */
const COMMITMENT = /(?:^|\s)(?:[\p{Lu}][\p{L}]*[- ])?kommunene vil\s(?!kunne|måtte|trolig)|\svil (?:[\p{Lu}][\p{L}]*[- ])?kommunene\s(?!kunne|måtte|trolig)/iu;
const INDICATOR_START = /(^|\s)(?:Kommune(?:n|r|ne)?|Elevene|Lærerne|Lærere|Skolene|Politisk og administrativ ledelse)\s+(?:har|bruker|tilbyr|kan|får|utnytter|som)\b/u;

export interface GoalInput {
  text: string;
  pageStarts: PageStart[];
  sections: Section[];
  /** Spans that hold no goals: tables of contents, budget tables. */
  exclude: Span[];
  lineBased: boolean;
}

/**
 * Goals in priority order: numbered runs ("1. Kommunene har …" ×3+), lettered runs (a)–l)), the first
 * bullet list under a goal heading, result indicators, and commitment sentences.
 */
export function extractGoals(input: GoalInput): Goal[] {
  const { text, sections, exclude, lineBased } = input;
  const goals: Goal[] = [];
  const taken: Span[] = [...exclude];
  const add = (item: ListItem, kind: Goal['kind']) => {
    const goalText = text.slice(item.start, item.end).replace(/\s+/g, ' ').trim();
    if (goalText.length < 8 || /^\d/.test(goalText)) return;
    goals.push({ label: item.label, text: goalText, kind, section: sectionAt(sections, item.start), page: pageAt(input.pageStarts, item.start), start: item.start, end: item.end });
    taken.push({ start: item.start - 4, end: item.end });
  };

  for (const run of findNumberedRuns(text, taken, lineBased)) {
    const statements = run.filter((item) => text.slice(item.start, item.end).trim().split(/\s+/).length >= 4);
    if (statements.length === run.length) run.forEach((item) => add(item, 'goal'));
  }
  for (const run of findLetteredRuns(text, taken, lineBased)) run.forEach((item) => add(item, 'goal'));

  sections.forEach((section) => {
    if (section.level === 0 || !GOAL_HEADING.test(` ${section.title} `)) return;
    if (goals.some((goal) => goal.start >= section.start && goal.start < section.end)) return;
    findFirstBulletRun(text, section.start, section.end, taken, lineBased).forEach((item) => add(item, 'goal'));
  });

  sections.forEach((section) => {
    if (!INDICATOR_HEADING.test(section.title)) return;
    for (const sentence of sentences(text, section.start, section.end)) {
      // Table cells run together: the indicator may start after a column heading ("Personvern … Kommuner har …").
      const m = INDICATOR_START.exec(text.slice(sentence.start, sentence.end));
      const start = m ? sentence.start + m.index + (m[1]?.length ?? 0) : -1;
      if (m && !inside(taken, start)) add({ label: null, start, end: sentence.end }, 'indicator');
    }
  });

  for (const raw of sentences(text, 0, text.length)) {
    const sentence = { start: afterHeading(text, sections, raw.start), end: raw.end };
    const body = text.slice(sentence.start, sentence.end);
    if (COMMITMENT.test(` ${body}`) && !inside(taken, sentence.start) && body.length < 400) add({ label: null, ...sentence }, 'commitment');
  }
  return goals.sort((a, b) => a.start - b.start);
}

/** A sentence that opens a section starts after the heading ("2.7 Samarbeid Kommunene vil …"). */
function afterHeading(text: string, sections: Section[], start: number): number {
  const found = sections[sectionAt(sections, start)]; // binary search: one lookup per sentence stays cheap
  const section = found && found.level > 0 && found.start === start ? found : undefined;
  if (!section) return start;
  const title = text.indexOf(section.title, start);
  return title >= 0 && title - start < 12 ? title + section.title.length + 1 : start;
}

function inside(spans: Span[], offset: number): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end);
}

/** Sentence spans in [from, to): split after . ! ? before a capital, and at blank lines (a single line break is a wrap). */
export function sentences(text: string, from: number, to: number): Span[] {
  const result: Span[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  const boundary = /(?<=[.!?])\s+(?=[\p{Lu}«"(\d])|\n\s*\n/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(slice))) {
    if (m.index > start) result.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  if (start < slice.length) result.push({ start: from + start, end: to });
  return result.filter((span) => text.slice(span.start, span.end).trim().length > 0);
}
