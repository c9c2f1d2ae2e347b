import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Removes a saved web page's navigation (a breadcrumb line on top; the first block: "Hopp til
 * hovedinnhold", "Meny", "Søk", a breadcrumb) and footer (the last blocks: "Postadresse: …", "Personvernerklæring", "Følg oss på …"),
 * recognised as whole blocks: a block (lines up to a blank line) of short lines of which at least two
 * are site furniture listed in data/web-chrome.txt. One such word alone removes nothing.
 */

const PHRASES: readonly string[] = readFileSync(fileURLToPath(new URL('../../data/web-chrome.txt', import.meta.url)), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map(fold);

/** Lines of a navigation or footer block are short. */
const MAX_LINE = 80;
const MIN_CHROME_LINES = 2;
/** A breadcrumb: three or more short steps joined by › » > or / ("Hjem › Politikk › Planer"). */
const BREADCRUMB = /^[^\n›»>/]{1,40}(?:\s+[›»>/]\s+[^\n›»>/]{1,60}){2,}$/u;

export interface WebChromeResult {
  text: string;
  /** What was removed, in words, for the ingest warning. */
  removedWhat: string[];
}

function fold(line: string): string {
  return line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when a line is site furniture: a listed phrase, alone or followed by ':' or a space and more. */
export function isChromeLine(line: string): boolean {
  const folded = fold(line).replace(/[.:]+$/, '');
  return PHRASES.some((phrase) => folded === phrase || (folded.startsWith(phrase) && /^[:.\s]/.test(folded.slice(phrase.length))));
}

interface Block {
  start: number;
  end: number;
  lines: string[];
}

function blocks(text: string): Block[] {
  const result: Block[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    result.push({ start: from, end: m.index, lines: text.slice(from, m.index).split('\n').map((l) => l.trim()).filter(Boolean) });
    from = m.index + m[0].length;
  }
  result.push({ start: from, end: text.length, lines: text.slice(from).split('\n').map((l) => l.trim()).filter(Boolean) });
  return result.filter((block) => block.lines.length > 0);
}

/** A block of short lines with at least two of furniture, one of them a listed phrase (a breadcrumb counts as the other: "Hopp til hovudinnhald" / "Hå kommune › Politikk › Planar"). */
const isChromeBlock = (block: Block) =>
  block.lines.every((line) => line.length <= MAX_LINE) && block.lines.some(isChromeLine) && block.lines.filter((line) => isChromeLine(line) || BREADCRUMB.test(line)).length >= MIN_CHROME_LINES;

/** Strips the navigation block at the top and the footer blocks at the end, when they have that shape. */
export function removeWebChrome(text: string): WebChromeResult {
  const all = blocks(text);
  if (all.length < 3) return { text, removedWhat: [] };
  const removedWhat: string[] = [];
  let head = 0;
  let keptTitle = '';
  // "Hjem › Politikk › Planer og strategier › Digitaliseringsstrategi": a breadcrumb line above the page.
  while (all.length > 2 && all[0]!.lines.every((line) => BREADCRUMB.test(line))) {
    removedWhat.push(`the web page's breadcrumb (${all[0]!.lines.length} line${all[0]!.lines.length > 1 ? 's' : ''})`);
    all.shift();
    head = all[0]!.start;
  }
  const first = all[0]!;
  // The first block that is the page's own text; the footer is looked for only after it.
  let content = 0;
  if (isChromeBlock(first)) {
    content = 1;
    // After the last furniture line come the breadcrumb and the page's title; the title stays unless the
    // next block repeats it (as a page's own heading does).
    const lastChrome = first.lines.findLastIndex(isChromeLine);
    const title = first.lines.at(-1)!;
    const repeated = fold(all[1]!.lines[0]!.replace(/^#+\s*/, '')) === fold(title);
    keptTitle = lastChrome < first.lines.length - 1 && !repeated && !BREADCRUMB.test(title) ? `${title}\n\n` : '';
    head = all[1]!.start;
    removedWhat.push(`the web page's navigation (${first.lines.length - (keptTitle ? 1 : 0)} lines)`);
  }
  let tail = text.length;
  let footerLines = 0;
  for (let i = all.length - 1; i > content && isChromeBlock(all[i]!); i--) {
    tail = all[i]!.start;
    footerLines += all[i]!.lines.length;
  }
  if (footerLines > 0) removedWhat.push(`the web page's footer (${footerLines} lines)`);
  if (removedWhat.length === 0) return { text, removedWhat };
  return { text: `${keptTitle}${text.slice(head, tail).trimEnd()}\n`, removedWhat };
}
