import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCollaboration, isKnownPlace, organisationWords } from '../gazetteer.ts';
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
/** A link's or button's icon before or after its label ("⬇ Last ned …", "🖨 Skriv ut", "Neste: … ▶"); not "©". */
const ICONS = /^(?:(?!©)[\p{Extended_Pictographic}\p{So}\uFE0F])+\s+|\s+(?:(?!©)[\p{Extended_Pictographic}\p{So}\uFE0F])+$/gu;
/** A link's address after its text, as the plain-text version of an e-mail writes a link: "Facebook (https://…)". */
const LINK_ADDRESS = /\s*\((?:https?:\/\/|www\.|mailto:)[^\s()]*\)$/;
const withoutIcons = (item: string) => item.trim().replace(ICONS, '').replace(LINK_ADDRESS, '');
const isChromeItem = (item: string) => {
  const folded = fold(withoutIcons(item)).replace(/[.:]+$/, '');
  return LABELS.has(folded) || PHRASES.some((phrase) => startsWithPhrase(folded, phrase));
};
/** A phrase of several words opens the item ("Vi bruker informasjonskapsler …", "Klikk på …"): such an item may be a sentence long. */
const opensWithLongPhrase = (item: string) => {
  const folded = fold(withoutIcons(item));
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
function menuItems(line: string, top = false): number {
  const parts = items(line);
  if (parts.length < 2 || !parts.every((part) => part.length <= MAX_ITEM && !/[.!?]$/.test(part.trim()) && part.trim().split(/\s+/).length <= 5)) return 0;
  const listed = parts.filter(isChromeItem).length;
  // Above the page's text, a site's main menu of its own sections ("Hjem | Økonomiske oversikter | Tjenesteområder |
  // Investeringer | Vedlegg | Søk"): four items or more, two of them listed.
  return listed >= 2 && (listed * 2 > parts.length || (top && parts.length >= MIN_TOP_MENU_ITEMS)) ? listed : 0;
}

/** How many items a main menu above the page's text has at least, when fewer than half of them are listed. */
const MIN_TOP_MENU_ITEMS = 4;

/** The words after a place that make an item name an organisation ("kommune", "herad", "fylkeskommune"; data/gazetteer). */
const OWNER_WORDS = [...organisationWords().municipalityNames, ...organisationWords().ownerNames].sort((a, b) => b.length - a.length);

/** "Lillesand kommune", "Vestland fylkeskommune", a collaboration's name: an item that names an organisation alone. */
function namesOrganisation(item: string): boolean {
  const name = withoutIcons(item).replace(/[*_`]/g, '').trim();
  const owner = OWNER_WORDS.find((word) => name.toLowerCase().endsWith(` ${word}`));
  return owner ? isKnownPlace(name.slice(0, -owner.length - 1)) : findCollaboration(name) !== null;
}

/**
 * A site's own header or footer line: the organisation first, then short items set apart by dots or bars — the
 * publication's name, a status badge, listed links ("Lillesand kommune · Handlingsprogram 2026–2029 og budsjett
 * 2026 · VEDTATT VERSJON", "… · Personvernerklæring · Om løsningen"). How many of its items are listed furniture
 * (0 for a header naming only the publication), or null when the line is none.
 */
function siteLineItems(line: string): number | null {
  const parts = items(line);
  if (parts.length < 2 || !namesOrganisation(parts[0]!) || !parts.every((part) => part.length <= MAX_ITEM + 20 && !/[.!?]\s/.test(part))) return null;
  return parts.filter(isChromeItem).length;
}

/**
 * How many furniture items a line holds: its items when all are furniture, a menu line's listed labels (a
 * breadcrumb counts as one), a site line's listed links, else 0. `top`: the line stands above the page's text.
 */
const chromeWeight = (line: string, top = false) => (isChromeLine(line) ? items(line).length : BREADCRUMB.test(line) ? 1 : menuItems(line, top) || (siteLineItems(line) ?? 0));

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
    .map(({ start, end, text: block }) => ({ start, end, lines: block.replace(/[ \t]+[·•|][ \t]*\n[ \t]*/g, ' · ').split('\n').map((l) => l.trim()).filter(Boolean) }))
    .filter((block) => block.lines.length > 0);
}

/** How many furniture items a block holds. */
const blockWeight = (block: Block) => block.lines.reduce((sum, line) => sum + chromeWeight(line), 0);

/** A block of short lines with at least two of furniture, one of them a listed phrase (a breadcrumb counts as the other: "Hopp til hovudinnhald" / "Hå kommune › Politikk › Planar"). */
const isChromeBlock = (block: Block) =>
  block.lines.every((line) => line.length <= MAX_LINE || isChromeLine(line)) && block.lines.some(isChromeLine) && blockWeight(block) >= MIN_CHROME_LINES;

/** A block of furniture alone: every line a furniture line or a breadcrumb ("Hopp til hovedinnhold", then "Meny · Søk" as blocks of their own). */
const isPureChromeBlock = (block: Block, top = false) => block.lines.every((line) => chromeWeight(line, top) > 0);
/**
 * The site's header line in a block of its own ("Lillesand kommune · Handlingsprogram 2026–2029 og budsjett 2026 ·
 * VEDTATT VERSJON"), or a newsletter's masthead over its issue line ("VÅGAN MUNICIPALITY · PARTNER UPDATE" / "No.
 * 2/2026 · May 2026").
 */
const isSiteHeader = (block: Block) =>
  block.lines.length <= MAX_MASTHEAD_LINES && siteLineItems(block.lines[0]!) !== null && block.lines.slice(1).every((line) => line.length <= MAX_LINE && !/[.!?]$/.test(line));
const MAX_MASTHEAD_LINES = 2;
/** A block of rules alone ("------"): what separates a newsletter's header from its text. */
const isRuleBlock = (block: Block) => block.lines.every((line) => RULE.test(line));

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
  // leading blocks of furniture alone, two furniture items or more in all. The site's header line among them
  // (the organisation and the publication's name) stays, as the line that names the publication.
  let lead = 0;
  let leadWeight = 0;
  let siteHeader: Block | null = null;
  for (; lead < all.length - 2; lead++) {
    const block = all[lead]!;
    if (isPureChromeBlock(block, true)) leadWeight += block.lines.reduce((sum, line) => sum + chromeWeight(line, true), 0);
    else if (!siteHeader && isSiteHeader(block)) {
      // The site's own header counts as one item of furniture: with a skip link or a "View in browser" link it is the site's top.
      siteHeader = block;
      leadWeight++;
    } else if (!isRuleBlock(block) || lead === 0) break;
  }
  // Rules after the navigation go with it; a header line after the navigation opens the page's own text and stays where it is.
  if (siteHeader && lead > 0 && all[lead - 1] === siteHeader) {
    lead--;
    siteHeader = null;
    leadWeight--;
  }
  if (lead > 0 && leadWeight >= MIN_CHROME_LINES) {
    const removed = all.slice(0, lead).filter((block) => block !== siteHeader);
    removedWhat.push(`the web page's navigation (${removed.reduce((sum, block) => sum + block.lines.length, 0)} lines)`);
    if (siteHeader) keptTitle = `${text.slice(siteHeader.start, siteHeader.end).trim()}\n\n`;
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
    keptTitle += lastChrome < first.lines.length - 1 && !repeated && !BREADCRUMB.test(title) ? `${title}\n\n` : '';
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
