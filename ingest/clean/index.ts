import type { CleanText, PageStart, RawDocument } from '../model.ts';
import { removeScrapedChrome } from './chrome.ts';
import { joinPdfPages, splitTextPages } from './pages.ts';

/**
 * Cleaning: keeps only the document's own text. Removes scraped-site chrome, running headers and
 * footers, page numbers, markdown link syntax and hyphenation, and returns the page map.
 */
export function cleanDocument(raw: RawDocument): CleanText & { paged: boolean } {
  if (raw.hasRealPages) {
    const pages = raw.pages.map((page) => ({ ...page, text: normalizeInline(page.text) }));
    const joined = joinPdfPages(pages);
    return { ...tidy(joined.text, joined.pageStarts), chromeTitle: null, paged: true };
  }
  const source = raw.pages.map((page) => page.text).join('\n\n');
  const chrome = removeScrapedChrome(normalizeInline(source));
  const paged = splitTextPages(chrome.text);
  return { ...tidy(paged.text, paged.pageStarts), chromeTitle: chrome.chromeTitle, paged: paged.paged };
}

/** Length-changing clean-ups that happen before pages are located. */
export function normalizeInline(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\t/g, ' ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1') // [text](url) → text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\\([()[\]*_#.\-!])/g, '$1')
    .replace(/^#{1,6}[ ]+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(\p{Ll})-\n[ ]*(\p{Ll})/gu, '$1$2') // hyphenation across a line break
    .replace(/(\p{L})- (?!og\b|eller\b|samt\b|til\b|som\b|enn\b)(\p{Ll})/gu, '$1-$2'); // "e- strategien"
}

/** Collapses runs of spaces, trims lines and limits blank lines, keeping the page map in step. */
export function tidy(input: string, pageStarts: PageStart[]): { text: string; pageStarts: PageStart[] } {
  const map = new Int32Array(input.length + 1);
  let out = '';
  let lastIsNewline = false;
  let i = 0;
  while (i < input.length) {
    map[i] = out.length;
    const ch = input[i] ?? '';
    if (ch === ' ') {
      let j = i;
      while (input[j] === ' ') j++;
      for (let k = i; k < j; k++) map[k] = out.length;
      // Tracked, not out.endsWith('\n'): endsWith flattens the growing string each time (quadratic).
      const atLineStart = out.length === 0 || lastIsNewline;
      if (!atLineStart && input[j] !== '\n' && j < input.length) {
        out += ' ';
        lastIsNewline = false;
      }
      i = j;
      continue;
    }
    if (ch === '\n') {
      let j = i;
      let newlines = 0;
      while (input[j] === '\n' || input[j] === ' ') {
        if (input[j] === '\n') newlines++;
        map[j] = out.length;
        j++;
      }
      if (out.length > 0 && j < input.length) {
        out += newlines > 1 ? '\n\n' : '\n';
        lastIsNewline = true;
      }
      for (let k = i; k < j; k++) map[k] = out.length;
      i = j;
      continue;
    }
    out += ch;
    lastIsNewline = ch === '\n';
    i++;
  }
  map[input.length] = out.length;
  const starts = pageStarts.map((start) => ({ page: start.page, offset: map[Math.min(start.offset, input.length)] ?? out.length }));
  return { text: out, pageStarts: starts };
}
