/**
 * A web page saved by a text browser (`lynx -dump`, `links -dump`): every link numbered in brackets
 * ("[12]Styring og planar"), a form field as a run of underscores ("[4]______"), an accordion's button as
 * a link with a sign ("Tiltak [35][+] Vis meir", "[36][–] Vis mindre"), headings at the left margin over
 * paragraphs indented a few spaces, sub-headings indented less than the paragraphs, and the list of the
 * links' addresses at the end ("References", "Visible links:"). Read here as text with its headings marked:
 * the page's first heading is its title, the others chapters under it, the indented ones a level deeper;
 * a heading or a lead-in line over links only (a sidebar of shortcuts, "Relaterte sider", "Innhald på
 * sida") is navigation and goes whole; what follows a full-width rule (a fact box, the footer) stays as
 * text without headings.
 */
import { headingMark } from './markers.ts';
import { isChromeLine } from './web-chrome.ts';

/** A link's number as a text browser prints it before the link's text. */
const LINK_NUMBER = /\[\d{1,4}\]/g;
/** A form field: a link number over a run of underscores. */
const FORM_FIELD = /\[\d{1,4}\]_{3,}/g;
/** An accordion's button: a numbered link with a sign, and its label to the end of the line. */
const TOGGLE = /\s*\[\d{1,4}\]\[[+\-–−]\][^\n]*$/;
/** The list of addresses a text browser appends: "References" over "Visible links:" or numbered addresses. */
const REFERENCES = /\n[ \t]*References[ \t]*\n(?:\s*\n)*[ \t]*(?:Visible links:|1\.[ \t]+\S+:)[^]*$/;
/** A rule across the page (an `<hr>`). */
const RULE = /^[ \t]*[-_=]{40,}[ \t]*$/;
/** A list item's bullet or number. */
const BULLET = /^\s*(?:[*•+\-–]|\d{1,3}[.)]|\p{L}[.)])\s+/u;
/** A link line: its text opens with a link number (after a bullet). */
const LINK_LINE = /^\s*(?:[*•+\-–]\s+)?\[\d{1,4}\]/;
const MAX_HEADING = 90;
/** A dump numbers at least this many links, in order, before it is read as one. */
const MIN_LINKS = 8;

/** True when the text is a text browser's dump: its links numbered in order from [1], or its list of references at the end. */
export function isTextBrowserDump(text: string): boolean {
  if (REFERENCES.test(text)) return true;
  let expected = 1;
  for (const m of text.matchAll(LINK_NUMBER)) {
    if (Number(m[0].slice(1, -1)) === expected) expected++;
    if (expected > MIN_LINKS) return true;
  }
  return false;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
const isBlank = (line: string) => line.trim() === '';

/** The indentation most paragraph lines share (three spaces in lynx's dump). */
function bodyIndent(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) if (!isBlank(line) && !BULLET.test(line) && indentOf(line) > 0) counts.set(indentOf(line), (counts.get(indentOf(line)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 3;
}

/** The end of the list right under line `from` (blank lines between its items allowed); `from + 1` when none follows. */
function listAfter(lines: string[], from: number): number {
  let end = from + 1;
  for (let i = from + 1; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (!BULLET.test(lines[i]!)) break;
    end = i + 1;
  }
  return end;
}

/** A list of links only under a short line: a sidebar of shortcuts, related pages, the page's own contents. */
function isLinkBlock(lines: string[], from: number, end: number): boolean {
  const body = lines.slice(from + 1, end).filter((line) => !isBlank(line));
  return body.length >= 2 && body.every((line) => LINK_LINE.test(line));
}

/**
 * A text browser's dump as text with its headings marked (see the file's comment); any other text as it is.
 */
export function textBrowserDumpRead(text: string): string {
  if (!isTextBrowserDump(text)) return text;
  const lines = text.replace(REFERENCES, '\n').split('\n');
  const body = bodyIndent(lines);
  const out: string[] = [];
  let titled = false;
  let aside = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line)) {
      aside = true;
      continue;
    }
    if (isBlank(line)) {
      out.push('');
      continue;
    }
    const indent = indentOf(line);
    const short = line.trim().length <= MAX_HEADING && !BULLET.test(line) && !/[.,;:!]$/.test(line.trim());
    if (short && indent <= body) {
      const end = listAfter(lines, i);
      if (isLinkBlock(lines, i, end)) {
        i = end - 1;
        continue;
      }
    }
    const toggled = TOGGLE.test(line);
    const words = plain(line.replace(TOGGLE, ''));
    if (words === '' || (LINK_LINE.test(line) && isChromeLine(words))) continue;
    const heading = short && !aside && words.length > 1 && (indent === 0 || (indent < body && !LINK_LINE.test(line))) && nextIsIndented(lines, i, indent);
    if (heading || (toggled && indent === 0)) {
      // The first heading after the navigation is the page's own (h1), the title; the others chapters under it.
      const level = !titled && indent === 0 ? 1 : indent === 0 ? 2 : 3;
      titled = true;
      out.push(`${headingMark(level)}${words}`);
      continue;
    }
    out.push(' '.repeat(Math.min(indent, body)) + words);
  }
  return out.join('\n');
}

/** Whether the next line with text is indented deeper than `indent` (a heading stands over its text). */
function nextIsIndented(lines: string[], from: number, indent: number): boolean {
  for (let i = from + 1; i < lines.length; i++) if (!isBlank(lines[i]!)) return indentOf(lines[i]!) > indent;
  return false;
}

/** A line without link numbers and form fields. */
function plain(line: string): string {
  return line.replace(FORM_FIELD, '').replace(LINK_NUMBER, '').replace(/[ \t]+$/, '').replace(/^[ \t]+/, '');
}
