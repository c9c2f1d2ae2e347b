/**
 * Removes the page chrome of the document-sharing site the sample texts were scraped from:
 * everything before the "Transkript" line (a "Like dokumenter" list of *other* documents,
 * size and download lines) and the trailing list of other documents, each block ending in "Detaljer".
 */

const TRANSCRIPT_LINE = /^[ \t]*Transkript:?[ \t]*$/m;
const CHROME_BEFORE_TRANSCRIPT = /Like dokumenter|Download|Størrelse:|Begynne med side/;
const DETAILS_LINE = /^[ \t]*Detaljer[ \t]*$/;

export interface ChromeResult {
  text: string;
  /** The site's title line for the document (first line of the scraped page), if chrome was found. */
  chromeTitle: string | null;
  removedLeading: boolean;
  removedTrailing: boolean;
}

export function removeScrapedChrome(input: string): ChromeResult {
  let text = input;
  let chromeTitle: string | null = null;
  let removedLeading = false;
  const transcript = TRANSCRIPT_LINE.exec(text);
  if (transcript && CHROME_BEFORE_TRANSCRIPT.test(text.slice(0, transcript.index))) {
    chromeTitle = text.slice(0, transcript.index).split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? null;
    text = text.slice(transcript.index + transcript[0].length);
    removedLeading = true;
  }
  const paragraphs = text.split(/\n[ \t]*\n/);
  const firstDetails = paragraphs.findIndex((paragraph) => DETAILS_LINE.test(paragraph));
  let removedTrailing = false;
  if (firstDetails > 0) {
    // Each trailing block is: other document's title, its snippet (which repeats the title), "Detaljer".
    const title = paragraphs[firstDetails - 2]?.trim() ?? '';
    const snippet = paragraphs[firstDetails - 1]?.trim() ?? '';
    const cut = title.length > 0 && snippet.startsWith(title.slice(0, 20)) ? firstDetails - 2 : firstDetails - 1;
    text = paragraphs.slice(0, Math.max(cut, 0)).join('\n\n');
    removedTrailing = true;
  }
  return { text, chromeTitle, removedLeading, removedTrailing };
}
