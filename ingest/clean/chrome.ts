/**
 * Removes the page chrome of a document-sharing site that scraped texts come from, recognised by the
 * shape and position of whole blocks, never by one word:
 * - the leading block: the page's title line, size/download lines and a "Like dokumenter" list of
 *   other documents' titles, all short lines, ending at a "Transkript" line near the top;
 * - the trailing block: a list of other documents at the very end, each a title, a snippet that
 *   repeats the title, and a "Detaljer" line — at least two such entries, running to the end.
 * A "Detaljer" paragraph inside the text, or a lone one at its end, is the document's own text.
 */

const TRANSCRIPT_LINE = /^[ \t]*Transkript:?[ \t]*$/m;
/** Lines of the site's header block (one of them must be present before "Transkript"). */
const HEADER_LINE = /^(?:Like dokumenter|Download\b.*|Størrelse:.*|Begynne med side:?.*)$/;
const DETAILS_LINE = /^[ \t]*Detaljer[ \t]*$/;
/** The header block is the top of the page: a bounded number of short lines. */
const MAX_HEADER_CHARS = 20_000;
const MAX_HEADER_LINE = 300;
/** A trailing entry's title line and snippet are short. */
const MAX_ENTRY_TITLE = 300;
const MAX_ENTRY_SNIPPET = 1_000;
const MIN_TRAILING_ENTRIES = 2;

export interface ChromeResult {
  text: string;
  /** The site's title line for the document (first line of the scraped page), if chrome was found. */
  chromeTitle: string | null;
  removedLeading: boolean;
  removedTrailing: boolean;
  /** Characters removed as chrome (both blocks), for the ingest warning. */
  removedChars: number;
  /** What was removed, in words, e.g. "a 'Like dokumenter' list before 'Transkript', 30 trailing document entries". */
  removedWhat: string[];
}

/** Strips the leading and trailing chrome blocks when, and only when, their whole shape is there. */
export function removeScrapedChrome(input: string): ChromeResult {
  let text = input;
  let chromeTitle: string | null = null;
  const removedWhat: string[] = [];
  const leading = leadingBlockEnd(text);
  if (leading !== null) {
    chromeTitle = leading.title;
    text = text.slice(leading.end);
    removedWhat.push(`the site header before "Transkript" (${leading.end} characters)`);
  }
  const trailing = trailingBlockStart(text);
  if (trailing !== null) {
    removedWhat.push(`${trailing.entries} other documents listed after the text (${text.length - trailing.start} characters)`);
    text = text.slice(0, trailing.start);
  }
  return {
    text,
    chromeTitle,
    removedLeading: leading !== null,
    removedTrailing: trailing !== null,
    removedChars: input.length - text.length,
    removedWhat,
  };
}

/** The leading block: short lines only, one of them a site header line, up to a "Transkript" line. */
function leadingBlockEnd(text: string): { end: number; title: string | null } | null {
  const transcript = TRANSCRIPT_LINE.exec(text.slice(0, MAX_HEADER_CHARS));
  if (!transcript) return null;
  const lines = text.slice(0, transcript.index).split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.some((line) => line.length > MAX_HEADER_LINE)) return null;
  if (!lines.some((line) => HEADER_LINE.test(line))) return null;
  return { end: transcript.index + transcript[0].length, title: lines[0] ?? null };
}

/**
 * The trailing block: walking back from the end over entries "title / snippet / Detaljer" (the title
 * may be missing when the snippet stands alone); returns where the first entry starts.
 */
function trailingBlockStart(text: string): { start: number; entries: number } | null {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const separator = /\n[ \t]*\n/g;
  let from = 0;
  for (const m of text.matchAll(separator)) {
    paragraphs.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  paragraphs.push({ start: from, end: text.length });
  const body = (i: number) => {
    const p = paragraphs[i];
    return p ? text.slice(p.start, p.end).trim() : '';
  };
  let i = paragraphs.length - 1;
  while (i >= 0 && body(i) === '') i--;
  let entries = 0;
  let start = -1;
  while (i >= 1 && DETAILS_LINE.test(body(i))) {
    const snippet = body(i - 1);
    if (snippet === '' || snippet.length > MAX_ENTRY_SNIPPET || DETAILS_LINE.test(snippet)) break;
    const title = body(i - 2);
    const titled = i >= 2 && title.length > 0 && title.length <= MAX_ENTRY_TITLE && !title.includes('\n') && snippet.startsWith(title.slice(0, 20));
    const first = titled ? i - 2 : i - 1;
    entries++;
    start = paragraphs[first]?.start ?? 0;
    i = first - 1;
  }
  if (entries < MIN_TRAILING_ENTRIES || start < 0) return null;
  return { start, entries };
}
