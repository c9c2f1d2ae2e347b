/**
 * Cleaning: keeps only the document's own text, and writes the tables it can read as pipe tables. This
 * file wires the cleaning steps in order; each step is a pure function over text in a file of its own.
 */
import type { CleanText, RawDocument } from '../model.ts';
import { foldedSections } from './accordions.ts';
import { boxGridsAsLines } from './box-grids.ts';
import { cellLineTablesAsPipes } from './cell-lines.ts';
import { removeScrapedChrome } from './chrome.ts';
import { delimitedTablesAsPipes } from './delimited-tables.ts';
import { gridTablesAsPipes } from './grid-tables.ts';
import { hangingBulletsJoined } from './hanging-indent.ts';
import { headingLinesMarked, type HeadingLine } from './heading-lines.ts';
import { htmlTablesAsPipes } from './html-tables.ts';
import { hyphenationJoined, plainCharacters, withoutInlineMarkup } from './inline-text.ts';
import { markdownHeadingsMarked, underlinedHeadingsMarked } from './markdown-headings.ts';
import { contentsHeadingsUnmarked, pandocTablesAsPipes, withoutFrontMatter, withoutHtmlComments, withoutPandocAttributes, withoutQuoteMarks } from './markdown-dialects.ts';
import { extractMarks, stripStrayMarks, type MarkedHeading } from './markers.ts';
import { nestedListIndents } from './list-indents.ts';
import { joinPdfPages, splitTextPages, withoutRunningLines } from './pages.ts';
import { paddedRowsUnpadded, sheetSeparatorsMarked } from './sheet-exports.ts';
import { spaceTablesAsPipes } from './space-tables.ts';
import { stackedHeaderTablesAsPipes } from './stacked-headers.ts';
import { tabTablesAsPipes } from './tab-tables.ts';
import { textBrowserDumpRead } from './text-browser.ts';
import { tidy } from './tidy.ts';
import { trackedChangesAccepted } from './tracked-changes.ts';
import { columnsInReadingOrder } from './two-columns.ts';
import { removeWebChrome } from './web-chrome.ts';
import { wrappedTablesAsPipes } from './wrapped-tables.ts';
import { yearTablesAsPipes } from './year-tables.ts';

// The steps callers and tests use on their own, from the one entry point of cleaning.
export type { HeadingLine } from './heading-lines.ts';
export { spaceTablesAsPipes } from './space-tables.ts';
export { tabTablesAsPipes } from './tab-tables.ts';
export { tidy } from './tidy.ts';
export { wrappedTablesAsPipes } from './wrapped-tables.ts';
export { yearTablesAsPipes } from './year-tables.ts';

/** What cleaning returns: the text and page map, whether pages were found, and warnings. */
export type CleanResult = CleanText & {
  paged: boolean;
  /** What cleaning removed beyond page furniture (numbers, running headers), with its size. */
  warnings: string[];
  /** Headings known from the source's own markup or layout (markdown `#`, PDF fonts/outline), by offset. */
  headings: MarkedHeading[];
};

/**
 * Cleaning: keeps only the document's own text. Removes scraped-site chrome, a saved web page's
 * navigation and footer, running headers and footers, page numbers, markdown link syntax and
 * hyphenation, writes tab-separated tables as pipe tables, and returns the page map.
 */
export function cleanDocument(raw: RawDocument, headingLines: HeadingLine[] = []): CleanResult {
  if (raw.hasRealPages) {
    // A PDF: each page normalized on its own (its heading lines marked first, while its lines are as the PDF
    // gives them), then the pages joined without their running headers and page numbers.
    const pages = raw.pages.map((page) => ({ ...page, text: normalizeInline(headingLinesMarked(stripStrayMarks(page.text), headingLines.filter((line) => line.page === page.number)), 'pdf') }));
    const joined = joinPdfPages(pages);
    const tidied = tidy(joined.text, joined.pageStarts);
    const marked = extractMarks(tidied.text, tidied.pageStarts);
    return { text: marked.text, pageStarts: marked.pageStarts, headings: marked.headings, chromeTitle: null, paged: true, warnings: [] };
  }
  // Text and markdown: marks the source may hold are dropped before ours are set, and the text normalized.
  // A scraped site's chrome and a saved web page's navigation are taken whole, while their shape is intact,
  // before running headers and footers are removed and page breaks looked for.
  const source = stripStrayMarks(raw.pages.map((page) => page.text).join('\n\n'));
  const normalized = normalizeInline(source, raw.format);
  const chrome = removeScrapedChrome(normalized);
  const web = removeWebChrome(chrome.text);
  const running = withoutRunningLines(web.text);
  const paged = splitTextPages(running.text);
  const removedChars = normalized.length - web.text.length;
  const removedWhat = [...chrome.removedWhat, ...web.removedWhat];
  const warnings = removedWhat.length > 0 ? [`removed ${removedChars} characters of site chrome: ${removedWhat.join('; ')}`] : [];
  // Last, with the page map in step: runs of spaces collapsed, then the heading marks taken out with their offsets.
  const tidied = tidy(paged.text, paged.pageStarts);
  const marked = extractMarks(tidied.text, tidied.pageStarts);
  return { text: marked.text, pageStarts: marked.pageStarts, headings: marked.headings, chromeTitle: chrome.chromeTitle, paged: paged.paged, warnings };
}

/**
 * Length-changing clean-ups that happen before pages are located. In markdown, headings keep their
 * level as a heading mark (see markers.ts); elsewhere a leading `#` is dropped, and underlined lines
 * (setext) are headings as in markdown.
 */
export function normalizeInline(input: string, format: RawDocument['format'] = 'text'): string {
  // Line breaks as "\n": every step below reads the text line by line. A document exported with its tracked
  // changes ("[2027]{.insertion …}", "[2026]{.deletion …}", comments) is read as its accepted text first, before
  // pandoc's other spans, the tables and the inline markup are read.
  let text = trackedChangesAccepted(input.replace(/\r\n?/g, '\n'));
  if (format === 'markdown') {
    // What tools add around markdown goes first (front matter, comments, pandoc's attributes), so that none
    // of it is read as text, a heading or a cell; then pandoc's and HTML's tables become pipe tables.
    text = withoutQuoteMarks(htmlTablesAsPipes(pandocTablesAsPipes(withoutPandocAttributes(withoutHtmlComments(withoutFrontMatter(text))))));
    // A table of contents linking to the page's own headings: its heading is no section.
    text = contentsHeadingsUnmarked(text);
    // A web page's accordion ("<details><summary>Innbyggeren i sentrum</summary> …"): the summary is the
    // heading of what it folds, one level under the heading before it; it becomes a `#` heading before
    // the headings are marked.
    text = foldedSections(text);
    text = markdownHeadingsMarked(text);
    // A nested list's depth, as em spaces that tidying keeps.
    text = nestedListIndents(text);
  } else {
    // A text browser's dump of a web page: link numbers, buttons and the list of addresses go, its headings are marked.
    text = underlinedHeadingsMarked(textBrowserDumpRead(text));
  }
  // A spreadsheet export (semicolons, or tabs with quoted cells) before the plain tab tables below: a
  // workbook's sheet names as headings first, then its tables, then the padding of the rows left over.
  text = paddedRowsUnpadded(delimitedTablesAsPipes(sheetSeparatorsMarked(text)));
  if (format === 'text') {
    // Plain text laid out by position: two columns read one after the other, wrapped bullets joined and a
    // slide's grid of boxes read row by row before any table is looked for; then the table readers in turn:
    // tables with a two-line heading, tables aligned by spaces, such tables whose cells wrap (the ones that do
    // not wrap already taken), year tables printed with single spaces, and tables printed one cell per line.
    text = columnsInReadingOrder(text);
    text = hangingBulletsJoined(text);
    text = boxGridsAsLines(text);
    text = stackedHeaderTablesAsPipes(text);
    text = spaceTablesAsPipes(text);
    text = wrappedTablesAsPipes(text);
    text = yearTablesAsPipes(text);
    text = cellLineTablesAsPipes(text);
  }
  // Grid and box-drawn tables in any format; tab tables while the tabs that divide their cells are still there.
  text = gridTablesAsPipes(text);
  text = tabTablesAsPipes(text);
  // Within lines, once the tables are read: odd spaces and invisible characters, inline markup, hyphenation.
  return hyphenationJoined(withoutInlineMarkup(plainCharacters(text)));
}
