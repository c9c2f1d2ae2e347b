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

/**
 * Collapses runs of spaces, trims lines and limits blank lines, keeping the page map in step.
 * One pass over the input, output built in chunks (linear in the input's length).
 */
export function tidy(input: string, pageStarts: PageStart[]): { text: string; pageStarts: PageStart[] } {
  const map = new Int32Array(input.length + 1);
  const parts: string[] = [];
  let length = 0;
  let last = ''; // the last character written
  let runStart = -1; // start of the pending run of ordinary characters
  const flushRun = (end: number) => {
    if (runStart < 0) return;
    parts.push(input.slice(runStart, end));
    length += end - runStart;
    last = input[end - 1] ?? last;
    runStart = -1;
  };
  const write = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    last = piece[piece.length - 1] ?? last;
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === ' ') {
      flushRun(i);
      let j = i;
      while (input[j] === ' ') j++;
      for (let k = i; k < j; k++) map[k] = length;
      const atLineStart = length === 0 || last === '\n';
      if (!atLineStart && input[j] !== '\n' && j < input.length) write(' ');
      i = j;
      continue;
    }
    if (ch === '\n') {
      flushRun(i);
      let j = i;
      let newlines = 0;
      while (input[j] === '\n' || input[j] === ' ') {
        if (input[j] === '\n') newlines++;
        j++;
      }
      if (length > 0 && j < input.length) write(newlines > 1 ? '\n\n' : '\n');
      for (let k = i; k < j; k++) map[k] = length;
      i = j;
      continue;
    }
    if (runStart < 0) runStart = i;
    map[i] = length + (i - runStart);
    i++;
  }
  flushRun(input.length);
  map[input.length] = length;
  const out = parts.join('');
  const starts = pageStarts.map((start) => ({ page: start.page, offset: map[Math.min(start.offset, input.length)] ?? out.length }));
  return { text: out, pageStarts: starts };
}
