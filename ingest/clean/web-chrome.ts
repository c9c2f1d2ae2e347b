import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textBlocks } from './blocks.ts';

/**
 * Removes a saved web page's navigation (a breadcrumb line on top; the first blocks: "Hopp til
 * hovedinnhold", a language switch "Bokmål | Nynorsk | English", a menu "Tjenester · Politikk · Kontakt
 * oss · Søk", a cookie banner, a breadcrumb "Du er her: Forside › …"), the share and date lines under its
 * title ("Publisert … · Sist oppdatert …", "Del på Facebook · …"), its "Les mer …" link lines, an
 * accordion's "Vis alle · Skjul alle" and instructions to click ("Klikk på et mål …"), and its footer (the
 * last blocks: "Var denne siden nyttig?", "Postadresse: …", "Personvernerklæring", "Følg oss på …"),
 * recognised as whole blocks or lines of site furniture listed in data/web-chrome.txt. One such word alone
 * removes nothing.
 */

const LISTED = readFileSync(fileURLToPath(new URL('../../data/web-chrome.txt', import.meta.url)), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
/** "[Tjenester]": a menu or button label, furniture only as a whole item ("Tjenester · Politikk"), since the same word opens headings. */
const LABELS: ReadonlySet<string> = new Set(LISTED.filter((entry) => /^\[.+\]$/.test(entry)).map((entry) => fold(entry.slice(1, -1))));
const ENTRIES = LISTED.filter((entry) => !/^\[.+\]$/.test(entry));
/** "Les mer …", "Klikk på …": the opening of a link's text or of an instruction to click, furniture wherever such a line stands alone. */
const LINK_OPENINGS: readonly string[] = ENTRIES.filter((entry) => entry.endsWith('…')).map((entry) => fold(entry.slice(0, -1)));
const PHRASES: readonly string[] = [...ENTRIES.filter((entry) => !entry.endsWith('…')).map(fold), ...LINK_OPENINGS];

/** Lines of a navigation or footer block are short. */
const MAX_LINE = 80;
/** A line opened by a listed phrase may be one sentence ("Vi bruker informasjonskapsler for å …", "Klikk på et mål for å …"). */
const MAX_SENTENCE = 160;
const MIN_CHROME_LINES = 2;
/** An item of a menu line: a label of a few words ("Om kommunen", "Vinje kommune"), no sentence. */
const MAX_ITEM = 50;
/** A breadcrumb: three or more short steps joined by › » > or / ("Hjem › Politikk › Planer", "Du er her: Forside › …"). */
const BREADCRUMB = /^[^\n›»>/]{1,40}(?:\s+[›»>/]\s+[^\n›»>/]{1,60}){2,}$/u;
/** Items of one navigation line, set apart by middle dots or bullets ("Meny · Søk · English"), or by bars outside a table ("Bokmål | English"). */
const ITEM_SEPARATOR = /\s+[·•]\s+/;
const BAR_SEPARATOR = /\s+[·•|]\s+/;
/** A line without letters: a horizontal rule ("---", "* * *") between a page's text and its footer. */
const RULE = /^[-*_=·\s]{3,}$/;

export interface WebChromeResult {
  text: string;
  /** What was removed, in words, for the ingest warning. */
  removedWhat: string[];
}

function fold(line: string): string {
  return line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const startsWithPhrase = (folded: string, phrase: string) => folded === phrase || (folded.startsWith(phrase) && /^[:.\s]/.test(folded.slice(phrase.length)));
const isChromeItem = (item: string) => {
  const folded = fold(item).replace(/[.:]+$/, '');
  return LABELS.has(folded) || PHRASES.some((phrase) => startsWithPhrase(folded, phrase));
};
/** A phrase of several words opens the item ("Vi bruker informasjonskapsler …", "Klikk på …"): such an item may be a sentence long. */
const opensWithLongPhrase = (item: string) => {
  const folded = fold(item);
  return PHRASES.some((phrase) => phrase.includes(' ') && startsWithPhrase(folded, phrase));
};
/** One sentence at most: no full stop, question or exclamation mark before the end. */
const oneSentence = (item: string) => !/[.!?]\s+\p{Lu}/u.test(item.trim());
const fitsItem = (item: string) => item.length <= MAX_LINE || (item.length <= MAX_SENTENCE && oneSentence(item) && opensWithLongPhrase(item));
/** A pipe table's row ("| Tiltak | 2025 |") holds cells, not items of a menu. */
const items = (line: string) => line.split(/^\s*\|/.test(line) ? ITEM_SEPARATOR : BAR_SEPARATOR).filter(Boolean);

/**
 * True when a line is site furniture: a listed phrase, alone or followed by ':' or a space and more; a
 * listed label as a whole item; a line of several items set apart by middle dots or bars when every item
 * is ("Meny · Søk · Min side", "Bokmål | English").
 */
export function isChromeLine(line: string): boolean {
  const parts = items(line);
  return parts.length > 0 && parts.every((part) => fitsItem(part) && isChromeItem(part));
}

/**
 * A site's menu or header line: two or more short labels set apart by dots or bars, more than half of
 * them listed furniture ("Vinje kommune · Bokmål | English", "Tjenester · Politikk · Om Vinje · Kontakt oss ·
 * Søk"): the labels of a site's own pages are not all listed. Read only in the navigation and footer blocks.
 */
function menuItems(line: string): number {
  const parts = items(line);
  if (parts.length < 2 || !parts.every((part) => part.length <= MAX_ITEM && !/[.!?]$/.test(part.trim()) && part.trim().split(/\s+/).length <= 5)) return 0;
  const listed = parts.filter(isChromeItem).length;
  return listed >= 2 && listed * 2 > parts.length ? listed : 0;
}

/** How many furniture items a line holds: its items when all are furniture, a menu line's listed labels (a breadcrumb counts as one), else 0. */
const chromeWeight = (line: string) => (isChromeLine(line) ? items(line).length : BREADCRUMB.test(line) ? 1 : menuItems(line));

/**
 * A line that is furniture wherever it stands on the page: two or more furniture items ("Publisert
 * 12.05.2025 · Sist oppdatert 03.06.2025", "Del på Facebook · Del på LinkedIn"), or links whose text opens
 * with a link phrase ("Les mer om digitaliseringsstrategien"). A lone listed word ("Personvernombud") may be
 * a heading, and stays.
 */
const isStrayChromeLine = (line: string) => {
  const parts = items(line);
  if (!isChromeLine(line)) return false;
  return parts.length >= 2 || parts.every((part) => LINK_OPENINGS.some((phrase) => startsWithPhrase(fold(part), phrase) && fold(part) !== phrase));
};

interface Block {
  start: number;
  end: number;
  lines: string[];
}

function blocks(text: string): Block[] {
  return textBlocks(text)
    .map(({ start, end, text: block }) => ({ start, end, lines: block.split('\n').map((l) => l.trim()).filter(Boolean) }))
    .filter((block) => block.lines.length > 0);
}

/** How many furniture items a block holds. */
const blockWeight = (block: Block) => block.lines.reduce((sum, line) => sum + chromeWeight(line), 0);

/** A block of short lines with at least two of furniture, one of them a listed phrase (a breadcrumb counts as the other: "Hopp til hovudinnhald" / "Hå kommune › Politikk › Planar"). */
const isChromeBlock = (block: Block) =>
  block.lines.every((line) => line.length <= MAX_LINE || isChromeLine(line)) && block.lines.some(isChromeLine) && blockWeight(block) >= MIN_CHROME_LINES;

/** A block of furniture alone: every line a furniture line or a breadcrumb ("Hopp til hovedinnhold", then "Meny · Søk" as blocks of their own). */
const isPureChromeBlock = (block: Block) => block.lines.every((line) => chromeWeight(line) > 0);

/** Strips the navigation blocks at the top, stray furniture lines in the page, and the footer blocks at the end, when they have that shape. */
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
  // "Hopp til hovedinnhold" / "Meny · Søk · English" / "Du er her: Forside › …", each a block of its own:
  // leading blocks of furniture alone, two furniture items or more in all.
  let lead = 0;
  let leadWeight = 0;
  while (lead < all.length - 2 && isPureChromeBlock(all[lead]!)) leadWeight += blockWeight(all[lead++]!);
  if (lead > 0 && leadWeight >= MIN_CHROME_LINES) {
    removedWhat.push(`the web page's navigation (${all.slice(0, lead).reduce((sum, block) => sum + block.lines.length, 0)} lines)`);
    all.splice(0, lead);
    head = all[0]!.start;
  }
  const first = all[0]!;
  // The first block that is the page's own text; the footer is looked for only after it.
  let content = 0;
  if (isChromeBlock(first) && all.length > 1) {
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
  let footerEnd = all.length;
  // The last blocks of furniture ("Var denne siden nyttig? Ja Nei" / "Personvern · Informasjonskapsler" /
  // "© …", each a block of its own): two furniture items or more in all, as at the top.
  let last = all.length;
  let lastWeight = 0;
  while (last - 1 > content && (isChromeBlock(all[last - 1]!) || isPureChromeBlock(all[last - 1]!))) lastWeight += blockWeight(all[--last]!);
  if (last < all.length && (lastWeight >= MIN_CHROME_LINES || isChromeBlock(all[all.length - 1]!))) {
    tail = all[last]!.start;
    footerLines = all.slice(last).reduce((sum, block) => sum + block.lines.length, 0);
    footerEnd = last;
  }
  // A footer that opens with a rule ("---") over a short contact block ("Kontakt" / "E-post: …").
  if (footerEnd < all.length) {
    for (let i = footerEnd - 1; i > content && i >= footerEnd - 3; i--) {
      const block = all[i]!;
      if (block.lines.every((line) => RULE.test(line))) {
        const between = all.slice(i + 1, footerEnd);
        // A rule right above the footer opens it too.
        if (between.every((b) => b.lines.length <= 4 && b.lines.every((line) => line.length <= MAX_LINE)) && (between.length === 0 || between.some((b) => b.lines.some(isChromeLine)))) {
          footerLines += all.slice(i, footerEnd).reduce((sum, b) => sum + b.lines.length, 0);
          tail = block.start;
          footerEnd = i;
        }
        break;
      }
      if (!block.lines.every((line) => line.length <= MAX_LINE)) break;
    }
  }
  if (footerLines > 0) removedWhat.push(`the web page's footer (${footerLines} lines)`);
  // Share bars, date lines and "Les mer …" links on lines of their own inside the page.
  const pieces: string[] = [];
  let from = head;
  let stray = 0;
  if (removedWhat.length > 0) {
    for (const block of all.slice(content, footerEnd)) {
      if (block.start < head || block.start >= tail || !block.lines.every(isStrayChromeLine)) continue;
      pieces.push(text.slice(from, block.start));
      from = block.end;
      stray += block.lines.length;
    }
  }
  if (stray > 0) removedWhat.push(`${stray} share, date or link line${stray > 1 ? 's' : ''} in the page`);
  if (removedWhat.length === 0) return { text, removedWhat };
  pieces.push(text.slice(from, tail));
  return { text: `${keptTitle}${pieces.join('').trimEnd()}\n`, removedWhat };
}
