/**
 * A slide deck exported to text (PowerPoint's text export, pdftotext of a deck): one slide a page,
 * form feeds between them, and every slide opening with its title, over a few bullets, a quote, boxes or
 * a table — so a title is often not followed by the running text an ordinary heading is known by.
 *
 *   ␌Visjon                                            a heading (level 1)
 *
 *   «Enkelt for innbyggerne – trygt for alle»
 *
 *   ␌Spørsmål?                                         no heading: nothing but contact details below it
 *
 *   post@oppdal.kommune.no
 *
 * A text is a deck when it has four pages or more, its pages are short (a median of at most
 * MAX_SLIDE_LINES lines of text), most of them open with a title-like line, and few hold running prose (a
 * paragraph of wrapped lines, as a report's short pages do). Then each page's title is a
 * heading, except the first page's (the title slide: the document's own title block) and that of a slide
 * with nothing but contact details (an e-mail address, a web address, a phone number) under it.
 */
import type { TextHeading } from './text-headings.ts';

/** The most lines of text a slide has, as a median over the deck. */
const MAX_SLIDE_LINES = 12;
/** A slide title: short, opening with a capital, ending in no full stop, comma or colon (a question may end it). */
const SLIDE_TITLE = /^[\p{Lu}«][^\n]{0,58}[^\s.,;:]$/u;
const MAX_TITLE_WORDS = 8;
/** A bullet, a list number or a table row: a slide's body, never its title. */
const BODY_MARK = /^(?:[-•–*▪■●◦]\s|\d{1,2}[.)]\s|\|)/u;
/** A line that only gives contact details: an e-mail address, a web address, a phone number. */
const CONTACT = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|(?:tlf\.?|telefon|phone)?[\s:]*\+?[\d ]{8,})$/iu;

/** A line with two figures or more: a table's row, not prose. */
const FIGURES = /\d[^\d\n]+\d/;
/** How long a paragraph of wrapped lines is when it is running prose. */
const MIN_PROSE_CHARS = 120;

interface Slide {
  /** Where the title line's text starts. */
  titleStart: number;
  title: string;
  body: string[];
  /** The page holds a paragraph of running prose: two lines or more, no list item or table row among them. */
  prose: boolean;
}

/** True when the lines (a page's, blank ones included) hold a paragraph of running prose. */
function holdsProse(lines: string[]): boolean {
  let paragraph: string[] = [];
  for (const line of [...lines, '']) {
    const text = line.trim();
    if (text && !BODY_MARK.test(text) && !FIGURES.test(text)) {
      paragraph.push(text);
      continue;
    }
    if (paragraph.length >= 2 && paragraph.join(' ').length >= MIN_PROSE_CHARS) return true;
    paragraph = [];
  }
  return false;
}

/** The slides of a text split at its form feeds, each with its first line of text and the lines after it. */
function slidesOf(text: string): Slide[] {
  const slides: Slide[] = [];
  let offset = 0;
  for (const page of text.split('\f')) {
    const lines: Array<{ text: string; start: number }> = [];
    let at = offset;
    for (const line of page.split('\n')) {
      if (line.trim()) lines.push({ text: line.trim(), start: at + line.indexOf(line.trim()) });
      at += line.length + 1;
    }
    const [first, ...rest] = lines;
    slides.push({ titleStart: first?.start ?? offset, title: first?.text ?? '', body: rest.map((line) => line.text), prose: holdsProse(page.split('\n')) });
    offset += page.length + 1;
  }
  return slides;
}

const isTitle = (line: string) => SLIDE_TITLE.test(line) && line.split(/\s+/).length <= MAX_TITLE_WORDS && !BODY_MARK.test(line);

/** The slide titles of a deck as level-1 headings; null when the text is no slide deck. */
export function slideHeadings(text: string): TextHeading[] | null {
  if (!text.includes('\f')) return null;
  const slides = slidesOf(text);
  if (slides.length < 4) return null;
  const sizes = slides.map((slide) => slide.body.length + (slide.title ? 1 : 0)).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const titled = slides.slice(1).filter((slide) => isTitle(slide.title));
  const prose = slides.filter((slide) => slide.prose).length;
  if (median > MAX_SLIDE_LINES || titled.length * 3 < (slides.length - 1) * 2 || prose * 3 > slides.length) return null;
  return titled.filter((slide) => slide.body.some((line) => !CONTACT.test(line))).map((slide) => ({ start: slide.titleStart, level: 1 }));
}
