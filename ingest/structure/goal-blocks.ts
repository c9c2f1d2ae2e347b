import type { GoalKind, Section } from '../model.ts';
import { isContainerHeading, itemKind, kindsNamed } from './goal-vocabulary.ts';
import { BULLET_GLYPHS, BULLET_VARIANT, SpanSet, type Span } from './lists.ts';
import { continuesOnNextLine } from './text-headings.ts';

const BULLET_LINE = new RegExp(`(?:^|\\n)\\s*(?:[${BULLET_GLYPHS}*]${BULLET_VARIANT}|\\d+[.)]|[a-z]\\))\\s+\\S`, 'u');
const BULLET_START = new RegExp(`^(?:[${BULLET_GLYPHS.replace('o', '')}*]|o\\s|\\|)`, 'u');

/**
 * Goal blocks: the stretches of text under a heading that names goals ("Mål", "Hovudmål",
 * "Satsingsområder og hovedmål", "Tiltak", "Visjon" …), found from the detected sections and, where
 * sections are missing, from heading-like lines. Headings under a container heading ("Satsingsområder
 * og hovedmål" followed by one heading per area) inherit its kinds.
 */
export interface GoalBlock {
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Where the block's text ends: the next heading. */
  end: number;
  /** Kinds its heading names, or inherits from its container. */
  kinds: GoalKind[];
  /** True when the kinds come from a container heading above. */
  inherited: boolean;
}

interface Heading {
  title: string;
  start: number;
  end: number;
  /** Kinds of the section's parent, when the heading is a detected section. */
  parentKinds: GoalKind[];
}

/** "M1 …", "T3 …": a line opening with a code of capitals and a number (see numbered-items.ts findCodeLabelledRuns). */
const CODE_ITEM = /^\p{Lu}{1,3}[ \t]?\d{1,2}[.:)]?[ \t]+\S/u;

/** Heading-like lines: short, capitalised, no closing punctuation, after a blank line or a finished sentence. */
export function headingLines(text: string): Array<{ start: number; end: number; title: string }> {
  const result: Array<{ start: number; end: number; title: string }> = [];
  const lines = text.split('\n');
  let offset = 0;
  let previous = '';
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const start = offset + raw.indexOf(line);
    offset += raw.length + 1;
    const next = (lines[i + 1] ?? '').trim();
    const afterBreak = previous === '' || /[.!?:»")]$/.test(previous) || BULLET_START.test(previous) || /^\d+[.)]\s/.test(previous) || result.at(-1)?.end === start - 1;
    // "1. Digitale tjenester" followed by "2. …" is a list item, not a heading.
    // "1) …" and "1. færre …" are list items; "1. Digitale tjenester" only when another item follows or precedes.
    // "T3 Plan for uttrekk …" between "T2 …" and "T4 …": an item labelled by a code, not a heading.
    const codeItem = CODE_ITEM.test(line) && (CODE_ITEM.test(previous) || CODE_ITEM.test(next));
    const listItem =
      codeItem ||
      BULLET_START.test(line) ||
      /^\d+\)\s/.test(line) ||
      /^\d+[.)]\s+\p{Ll}/u.test(line) ||
      (/^\d+[.)]\s/.test(line) && (/^\d+[.)]\s/.test(next) || /^\d+[.)]\s/.test(previous) || /[.!?]$/.test(line) || numberedNextInParagraph(lines, i)));
    if (afterBreak && !listItem && !continuesOnNextLine(line, next) && line.length >= 2 && line.length <= 80 && /^[\p{Lu}\d]/u.test(line) && !/[.,;:!?]$/.test(line) && /\p{L}{2}/u.test(line) && offset < text.length) {
      result.push({ start, end: start + line.length, title: line });
    }
    previous = line;
  });
  return result;
}

/** How many lines an item's explanation may take below its numbered lead-in before the next item. */
const MAX_EXPLANATION_LINES = 6;

/**
 * "1. Felles løsning for digital post" / "Innføring i Holmestrand … Ferdig: 2. kvartal 2026." / "2. Ny
 * brukerstøtteportal": a numbered line whose next number opens a line of the same paragraph, below the
 * item's explanation (a list exported with hard line breaks), is a list item, not a numbered heading (a
 * heading's text follows after a blank line).
 */
function numberedNextInParagraph(lines: string[], at: number): boolean {
  const number = /^(\d+)[.)]\s/.exec(lines[at]!.trim())?.[1];
  if (!number) return false;
  const next = new RegExp(`^${Number(number) + 1}[.)]\\s`);
  for (let j = at + 1; j < lines.length && j <= at + MAX_EXPLANATION_LINES; j++) {
    const line = lines[j]!.trim();
    if (line === '') return false;
    if (next.test(line)) return true;
  }
  return false;
}

/** Strips a heading number or label ("3.1", "Satsingsområde 1.") so only its words are read. */
function headingWords(title: string): string {
  return title.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
}

/** The goal blocks of a text, in order. */
export function goalBlocks(text: string, sections: Section[], exclude: Span[]): GoalBlock[] {
  const headings: Heading[] = [];
  for (const section of sections) {
    if (section.level === 0) continue;
    const at = text.indexOf(section.title, section.start);
    const start = at >= 0 && at - section.start < 20 ? at : section.start;
    const parent = section.parent !== null ? sections[section.parent] : undefined;
    headings.push({ title: section.title, start, end: start + section.title.length, parentKinds: parent && parent.level > 0 && isContainer(parent, text) ? kindsNamed(headingWords(parent.title)) : [] });
  }
  const sectionHeadings = [...headings].sort((a, b) => a.start - b.start);
  for (const line of headingLines(text)) {
    if (nearHeading(sectionHeadings, line.start)) continue;
    headings.push({ ...line, parentKinds: [] });
  }
  const excluded = new SpanSet(exclude);
  const sorted = headings
    .filter((h) => !excluded.has(h.start))
    .sort((a, b) => a.start - b.start);

  const blocks: GoalBlock[] = [];
  let container: GoalKind[] | null = null;
  sorted.forEach((heading, i) => {
    const end = sorted[i + 1]?.start ?? text.length;
    const own = kindsNamed(headingWords(heading.title));
    const body = text.slice(heading.end, end);
    const hasList = BULLET_LINE.test(body);
    if (own.length > 0) {
      blocks.push({ title: heading.title, titleStart: heading.start, titleEnd: heading.end, end, kinds: own, inherited: false });
      // A container: its own text is an introduction, the items come under the headings that follow.
      container = !hasList && ((body.trim().length < 600 && isContainerHeading(heading.title)) || body.trim() === '') ? own : null;
      return;
    }
    const inherited = heading.parentKinds.length > 0 ? heading.parentKinds : container;
    if (inherited && (hasList || heading.parentKinds.length > 0)) {
      blocks.push({ title: heading.title, titleStart: heading.start, titleEnd: heading.end, end, kinds: inherited, inherited: true });
    } else container = null;
  });
  return blocks;
}

/**
 * A parent heading whose areas come under the headings below it: a plural naming them ("Satsingsområder"),
 * or any heading naming a kind with no text of its own before its first subheading (nynorsk
 * "Innsatsområde", whose plural is the singular).
 */
function isContainer(section: Section, text: string): boolean {
  if (isContainerHeading(section.title)) return true;
  // A section's span ends where its first subheading starts.
  return kindsNamed(headingWords(section.title)).length > 0 && text.slice(section.start, section.end).replace(section.title, '').replace(/[#\s]|^\s*[\d.]+/g, '') === '';
}

/**
 * True when a detected section's heading starts at (or covers) this offset; binary search over sorted headings.
 * A line that starts after the heading has ended ("INNBYGGER" / "Mål", a poster's box and its label) is a line of its own.
 */
function nearHeading(sorted: Heading[], offset: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset - 12) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i]!.start <= offset + 12; i++) {
    const h = sorted[i]!;
    if ((Math.abs(h.start - offset) < 12 && offset <= h.end) || (offset >= h.start && offset < h.end)) return true;
  }
  return false;
}

/** The kind of items listed in a block, given the line that introduces the list ("Delmål:", "disse indikatorene:"). */
export function listKind(block: GoalBlock | null, intro: string): GoalKind | null {
  const introKind = itemKind(kindsNamed(intro));
  // Items under an area heading inherited from "Satsingsområder" are that area's goals.
  const kinds = block?.inherited ? block.kinds.filter((kind) => kind !== 'focus-area') : block?.kinds ?? [];
  const blockKind = block?.inherited && kinds.length === 0 ? 'goal' : itemKind(kinds);
  if (introKind && (!blockKind || introKind === 'sub-goal' || introKind === 'indicator' || introKind === 'measure')) return introKind;
  return blockKind;
}
