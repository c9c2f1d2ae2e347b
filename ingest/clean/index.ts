import type { CleanText, PageStart, RawDocument } from '../model.ts';
import { removeScrapedChrome } from './chrome.ts';
import { removeWebChrome } from './web-chrome.ts';
import { gridTablesAsPipes } from './grid-tables.ts';
import { delimitedTablesAsPipes } from './delimited-tables.ts';
import { htmlTablesAsPipes } from './html-tables.ts';
import { stackedHeaderTablesAsPipes } from './stacked-headers.ts';
import { columnsInReadingOrder } from './two-columns.ts';
import { hangingBulletsJoined } from './hanging-indent.ts';
import { pandocTablesAsPipes, withoutFrontMatter, withoutHtmlComments, withoutPandocAttributes } from './markdown-dialects.ts';
import { extractMarks, headingMark, stripStrayMarks, type MarkedHeading } from './markers.ts';
import { joinPdfPages, splitTextPages, withoutRunningLines } from './pages.ts';

/** What cleaning returns: the text and page map, whether pages were found, and warnings. */
export type CleanResult = CleanText & {
  paged: boolean;
  /** What cleaning removed beyond page furniture (numbers, running headers), with its size. */
  warnings: string[];
  /** Headings known from the source's own markup or layout (markdown `#`, PDF fonts/outline), by offset. */
  headings: MarkedHeading[];
};

/** A PDF line known to be a heading (from its font or the outline), to be marked in its page's text. */
export interface HeadingLine {
  page: number;
  text: string;
  level: number;
}

/**
 * Cleaning: keeps only the document's own text. Removes scraped-site chrome, a saved web page's
 * navigation and footer, running headers and footers, page numbers, markdown link syntax and
 * hyphenation, writes tab-separated tables as pipe tables, and returns the page map.
 */
export function cleanDocument(raw: RawDocument, headingLines: HeadingLine[] = []): CleanResult {
  if (raw.hasRealPages) {
    const pages = raw.pages.map((page) => ({ ...page, text: normalizeInline(markLines(stripStrayMarks(page.text), headingLines.filter((line) => line.page === page.number)), 'pdf') }));
    const joined = joinPdfPages(pages);
    const tidied = tidy(joined.text, joined.pageStarts);
    const marked = extractMarks(tidied.text, tidied.pageStarts);
    return { text: marked.text, pageStarts: marked.pageStarts, headings: marked.headings, chromeTitle: null, paged: true, warnings: [] };
  }
  const source = stripStrayMarks(raw.pages.map((page) => page.text).join('\n\n'));
  const normalized = normalizeInline(source, raw.format);
  const chrome = removeScrapedChrome(normalized);
  const web = removeWebChrome(chrome.text);
  const running = withoutRunningLines(web.text);
  const paged = splitTextPages(running.text);
  const removedChars = normalized.length - web.text.length;
  const removedWhat = [...chrome.removedWhat, ...web.removedWhat];
  const warnings = removedWhat.length > 0 ? [`removed ${removedChars} characters of site chrome: ${removedWhat.join('; ')}`] : [];
  const tidied = tidy(paged.text, paged.pageStarts);
  const marked = extractMarks(tidied.text, tidied.pageStarts);
  return { text: marked.text, pageStarts: marked.pageStarts, headings: marked.headings, chromeTitle: chrome.chromeTitle, paged: paged.paged, warnings };
}

/** Marks the lines of one page that are headings (matched by their letters and digits, in order). */
function markLines(text: string, headings: HeadingLine[]): string {
  if (headings.length === 0) return text;
  const key = (line: string) => line.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  const lines = text.split('\n');
  let from = 0;
  for (const heading of headings) {
    const wanted = key(heading.text);
    if (wanted.length === 0) continue;
    for (let i = from; i < lines.length; i++) {
      if (key(lines[i] ?? '') !== wanted) continue;
      lines[i] = `${headingMark(heading.level)}${lines[i]}`;
      from = i + 1;
      break;
    }
  }
  return lines.join('\n');
}

/** Markdown headings: `# Title` (ATX) and a line underlined with `===` or `---` (setext). */
const ATX_HEADING = /^(#{1,6})[ ]+(.*?)(?:[ ]+#+)?[ ]*$/gm;
const SETEXT_HEADING = /^([^\n#>|\-*+ ][^\n]*)\n(=+|-{2,})[ ]*$/gm;

/** A summary with markup inside or over several lines ("<summary>\n<strong>Mål 1</strong>\n</summary>"): its words on one line. */
const SUMMARY = /<summary\b[^>]*>([^]{0,400}?)<\/summary>/gi;
/** The tags of an accordion on a line, in order: an opening <details>, a summary, a closing </details>. */
const ACCORDION_TAG = /<details\b[^>]*>|<summary>(.*?)<\/summary>|<\/details\s*>/gi;

/**
 * Accordions written as HTML in markdown: each `<summary>` a heading one level under the heading in force
 * where its `<details>` opens (so a nested accordion goes one deeper, and the accordion after one that held
 * headings of its own is again a sibling); the tags themselves are dropped.
 */
function foldedSections(text: string): string {
  if (!/<summary\b/i.test(text)) return text;
  const flat = text.replace(SUMMARY, (_all, inner: string) => `<summary>${inner.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()}</summary>`);
  let level = 1;
  const opened: number[] = []; // the heading level in force where each open <details> began
  return flat
    .split('\n')
    .map((line) => {
      const atx = /^(#{1,6})\s/.exec(line);
      if (atx) level = atx[1]!.length;
      if (!/<\/?(?:details|summary)\b/i.test(line)) return line;
      const pieces: string[] = [];
      let from = 0;
      for (const m of line.matchAll(ACCORDION_TAG)) {
        pieces.push(line.slice(from, m.index));
        from = m.index + m[0].length;
        const tag = m[0].toLowerCase();
        if (tag.startsWith('<details')) opened.push(level);
        else if (tag.startsWith('</details')) level = opened.pop() ?? level;
        else if (m[1]?.trim()) {
          const heading = Math.min(6, (opened.at(-1) ?? level) + 1);
          if (opened.length > 0) level = heading;
          pieces.push(`\n${'#'.repeat(heading)} ${m[1].trim()}\n`);
        }
      }
      pieces.push(line.slice(from));
      // A line of tags alone leaves nothing; a summary stands on a line of its own.
      const folded = pieces.join('').replace(/^\s*\n|\n\s*$/g, '');
      return folded.trim() === '' ? '' : folded;
    })
    .join('\n');
}

/**
 * Length-changing clean-ups that happen before pages are located. In markdown, headings keep their
 * level as a heading mark (see markers.ts); elsewhere a leading `#` is dropped, and underlined lines
 * (setext) are headings as in markdown.
 */
export function normalizeInline(input: string, format: RawDocument['format'] = 'text'): string {
  let text = input.replace(/\r\n?/g, '\n');
  const setext = (all: string, title: string, rule: string) => (/^\s*(?:[-*+•]|\d+[.)])\s/.test(title) ? all : `${headingMark(rule.startsWith('=') ? 1 : 2)}${title}`);
  if (format === 'markdown') {
    // A web page's accordion ("<details><summary>Innbyggeren i sentrum</summary> …"): the summary is the
    // heading of what it folds, one level under the heading before it; the tags themselves are no text.
    text = foldedSections(htmlTablesAsPipes(pandocTablesAsPipes(withoutPandocAttributes(withoutHtmlComments(withoutFrontMatter(text))))));
    text = text.replace(ATX_HEADING, (_all, hashes: string, title: string) => (title.trim() ? `${headingMark(hashes.length)}${title}` : '')).replace(SETEXT_HEADING, setext);
  } else {
    // Plain text underlines its headings the same way ("Innledning" over "----------"); there a rule
    // about as long as the line above is needed, so that a separator line under a sentence is no heading.
    text = text.replace(SETEXT_HEADING, (all, title: string, rule: string) => (rule.length >= 3 && rule.length >= title.trim().length * 0.6 && title.trim().length <= 120 ? setext(all, title, rule) : all));
  }
  text = delimitedTablesAsPipes(text);
  return tabTablesAsPipes(gridTablesAsPipes(format === 'text' ? yearTablesAsPipes(wrappedTablesAsPipes(spaceTablesAsPipes(stackedHeaderTablesAsPipes(hangingBulletsJoined(columnsInReadingOrder(text)))))) : text))
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
 * A table saved as text by a word processor puts a tab between cells: two or more lines in a row with
 * the same number (three or more; two under a header of two short names) of tab-separated cells are written as a pipe table
 * ("| Tiltak | Ansvar | 2025 |"), which structure reads as it reads markdown tables. A short line
 * without tabs between two rows of the table is a group row ("Drift", "Investering" over their rows):
 * it becomes a row with empty cells.
 */
export function tabTablesAsPipes(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const width = (line: string) => (line.includes('\t') ? line.split('\t').length : 0);
  // Two columns make a table under a header of two short names ("Mål⇥Indikator"), not a key and its value.
  const namesColumns = (line: string) => line.split('\t').every((cell) => cell.trim().length <= 40 && /^\p{L}/u.test(cell.trim()) && !/[.:;!?]$/.test(cell.trim()));
  for (let i = 0; i < lines.length; ) {
    const cells = width(lines[i]!);
    let j = i;
    let tabbed = 0;
    for (; (cells >= 3 || (cells === 2 && namesColumns(lines[i]!))) && j < lines.length; j++) {
      if (width(lines[j]!) === cells) tabbed++;
      else if (!(j > i && isGroupRow(lines[j]!) && width(lines[j + 1] ?? '') === cells)) break;
    }
    if (tabbed >= (cells === 2 ? 3 : 2)) {
      for (let k = i; k < j; k++) lines[k] = pipeRow((width(lines[k]!) ? lines[k]!.split('\t') : [lines[k]!, ...new Array<string>(cells - 1).fill('')]).map((cell) => cell.trim()));
      i = j;
    } else i++;
  }
  return lines.join('\n');
}

/** One row of a pipe table: "| Tiltak | Ansvar | 2025 |". */
function pipeRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A group row inside a table: a short line of words that is no sentence ("Drift", "Helse og omsorg"). */
function isGroupRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 60 && /^\p{L}/u.test(trimmed) && !/[.:;!?]$/.test(trimmed) && !/\d/.test(trimmed) && !/ {2,}|\t|\|/.test(trimmed);
}

/** A cell of a line whose cells stand two or more spaces apart, with its columns in the line. */
interface AlignedCell {
  text: string;
  start: number;
  end: number;
}

/** A line of cells two or more spaces apart (and no pipe table's). */
function isAligned(line: string): boolean {
  return / {2,}\S/.test(line.trim()) && !/\|/.test(line);
}

/** The cells of a space-aligned line: runs of words with single spaces between them. */
function alignedCells(line: string): AlignedCell[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The span of each header column: from the middle of the gap before it to the middle of the gap after it. A cell belongs to the column its middle falls in. */
function columnBounds(header: AlignedCell[]): Array<{ from: number; to: number }> {
  return header.map((cell, c) => ({ from: c === 0 ? 0 : (header[c - 1]!.end + cell.start) / 2, to: c + 1 < header.length ? (cell.end + header[c + 1]!.start) / 2 : Infinity }));
}

/** The column a cell's middle falls in, or -1. */
function columnOf(bounds: Array<{ from: number; to: number }>, cell: AlignedCell): number {
  const middle = (cell.start + cell.end) / 2;
  return bounds.findIndex((b) => middle >= b.from && middle < b.to);
}

/** The most rows read as one space-aligned table: a bound that keeps the pass linear. */
const MAX_TABLE_ROWS = 400;
/** A cell of a space-aligned table that holds an amount ("1 200", "2,4", "1,200,000", a saving "-0,3") or none ("–"). */
const AMOUNT_CELL = /^(?:[-−–]?\d{1,3}(?:[ .,]\d{3})*(?:[,.]\d+)?|[–-])?$/;
/** A cell that holds a share: "58 %", "7,5 %". */
const SHARE_CELL = /^\d{1,3}(?:[,.]\d+)? ?%$/;

/**
 * A table typed in plain text with its columns aligned by spaces: three or more lines in a row, each
 * with three or more cells two or more spaces apart, the same number on every line, and a column of
 * numbers after the first, are written as a pipe table. A line with an empty cell ("Totalt" with no
 * Ansvar) places its cells under the header's columns by position.
 * "Område      2025   2026\nNettverk    2,4    1,8\nI alt       4,1    3,7" → "| Område | 2025 | 2026 |\n…".
 */
export function spaceTablesAsPipes(text: string): string {
  if (!/\S {2,}\S/.test(text)) return text;
  // Rules of a typed table ("=====  =====", "-----  -----", a reStructuredText table's) are no rows:
  // dropped where they frame or divide an aligned table, so that its header and rows stand together.
  const lines = withoutTableRules(text.split('\n'));
  for (let i = 0; i < lines.length; ) {
    const header = isAligned(lines[i]!) ? alignedCells(lines[i]!) : [];
    if (header.length < 3) {
      i++;
      continue;
    }
    const bounds = columnBounds(header);
    const place = (line: string): string[] | null => {
      const cells = alignedCells(line);
      if (!isAligned(line) || cells.length < 2 || cells.length > header.length) return null;
      if (cells.length === header.length) return cells.map((cell) => cell.text);
      const row: string[] = new Array(header.length).fill('');
      for (const cell of cells) {
        const column = columnOf(bounds, cell);
        if (column < 0 || row[column]) return null;
        row[column] = cell.text;
      }
      return row;
    };
    const rows: string[][] = [];
    let j = i + 1;
    // A bound on a table's length keeps the pass linear where aligned lines never make a table.
    // A group row ("Drift" alone at the label column's place) belongs to the table when a row follows it.
    const placeOrGroup = (k: number): string[] | null => {
      const line = lines[k] ?? '';
      const row = place(line);
      if (row || !isGroupRow(line) || line.search(/\S/) >= (bounds[0]?.to ?? 0) || !place(lines[k + 1] ?? '')) return row;
      return [line.trim(), ...new Array<string>(header.length - 1).fill('')];
    };
    for (let row = placeOrGroup(j); j < lines.length && row && rows.length < MAX_TABLE_ROWS; row = placeOrGroup(++j)) rows.push(row);
    // A column headed by a word or a year ("2025", "Kostnad") whose cells are amounts ("1 200", "2,4", "–").
    // A column of shares ("58 %", a target table's "Mål 2026") counts as one of figures too.
    const figure = (cell: string) => AMOUNT_CELL.test(cell) || SHARE_CELL.test(cell);
    const numeric = header.some((cell, c) => c > 0 && /\p{L}|^(?:19|20)\d{2}$/u.test(cell.text) && rows.every((row) => figure(row[c] ?? '')) && rows.some((row) => /\d/.test(row[c] ?? '')));
    // A case's history under a header of words ("Utval   Møtedato   Utvalssak" over "Formannskapet   20.05.2025
    // 041/25"): a column of meeting dates; read for the adoption. Lines of dates alone are no table.
    const dated = header.every((cell) => !/\d/.test(cell.text)) && header.some((_, c) => c > 0 && rows.every((row) => /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(row[c] ?? '')));
    if (rows.length >= 2 && (numeric || dated)) {
      lines[i] = pipeRow(header.map((cell) => cell.text));
      // A line of lowercase words without figures continues the cells of the row above ("Flere søknader skal" /
      // "leveres digitalt"): a wrapped row, one row of the table.
      let last = 0;
      rows.forEach((row, k) => {
        const target = rows[last]!;
        if (k > 0 && continuesRow(row)) {
          row.forEach((cell, c) => (target[c] = cell ? (target[c] ? `${target[c]} ${cell}` : cell) : target[c]!));
          lines[i + 1 + k] = CONTINUED;
          lines[i + 1 + last] = pipeRow(target);
          return;
        }
        last = k;
        lines[i + 1 + k] = pipeRow(row);
      });
      i = j;
    } else i++;
  }
  return lines.filter((line) => line !== CONTINUED).join('\n');
}

/** A line of a space-aligned table taken into the row above it. */
const CONTINUED = '\u0000';

/** A row whose every cell opens with a lowercase letter: the continuation of the row above's wrapped cells. */
function continuesRow(row: string[]): boolean {
  const cells = row.filter(Boolean);
  return cells.length > 0 && cells.every((cell) => /^\p{Ll}/u.test(cell));
}

/** A line that only rules a typed table: dashes, equals signs or plus signs (and spaces). */
const RULE_LINE = /^\s*[-=+_]{10,}[-=+_ ]*$/;

/**
 * A space-aligned table whose cells wrap onto the lines below (a landscape table saved as text, or
 * "pdftotext -layout"): a header of three or more cells two or more spaces apart, then rows whose cells
 * are placed under the header's columns by position. A line that starts in the first column, or follows a
 * blank or rule line, opens a row; a line right after a row's line continues its cells ("Digitalt tilsyn med
 * sensorer i alle" / "sykehjemsavdelinger"). Written as a pipe table when a column after the first holds
 * amounts in most rows; spaceTablesAsPipes has already taken the tables that do not wrap.
 *
 *   Nr  Tiltak               Ansvarlig   Kostnad          | Nr | Tiltak | Ansvarlig | Kostnad |
 *   1   Digitalt tilsyn i    Enhetsleder  1 350 000   →    | 1 | Digitalt tilsyn i alle avdelinger | Enhetsleder | 1 350 000 |
 *       alle avdelinger
 */
export function wrappedTablesAsPipes(text: string): string {
  if (!/\S {2,}\S/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = isAligned(lines[i]!) ? alignedCells(lines[i]!) : [];
    const table = header.length >= 3 && header.every((cell) => /\p{L}/u.test(cell.text)) ? readWrapped(lines, i, header) : null;
    if (!table) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(pipeRow(header.map((cell) => cell.text)), `|${header.map(() => '---').join('|')}|`, ...table.rows.map(pipeRow));
    i = table.end;
  }
  return out.join('\n');
}

/** The rows of a wrapped table under the header at line `at`, and the line after it; null when it is no such table. */
function readWrapped(lines: string[], at: number, header: AlignedCell[]): { rows: string[][]; end: number } | null {
  const bounds = columnBounds(header);
  const rows: string[][] = [];
  /** Where each row starts, and whether a blank line stands before it. */
  const rowStarts: Array<{ line: number; afterBlank: boolean }> = [];
  let open = false;
  let blanks = 0;
  let j = at + 1;
  for (; j < lines.length && rows.length < MAX_TABLE_ROWS; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || RULE_LINE.test(line)) {
      if (line.trim() === '' && ++blanks > 1) break;
      open = false;
      continue;
    }
    blanks = 0;
    const cells = alignedCells(line);
    const columns = cells.map((cell) => columnOf(bounds, cell));
    if (columns.some((column) => column < 0) || new Set(columns).size !== columns.length) break;
    // A line of prose runs over the next column's heading: the table has ended.
    if (cells.some((cell, k) => cell.end > (header[columns[k]! + 1]?.start ?? Infinity))) break;
    // An amount under a cell that holds text already opens a row too (a sum row indented to the label's column): amounts never wrap.
    const filled = rows.at(-1);
    const starts = columns[0] === 0 || !open || cells.some((cell, k) => /\d/.test(cell.text) && AMOUNT_CELL.test(cell.text) && Boolean(filled?.[columns[k]!]));
    if (starts) {
      rows.push(new Array<string>(header.length).fill(''));
      rowStarts.push({ line: j, afterBlank: lines[j - 1]?.trim() === '' });
    }
    const row = rows.at(-1)!;
    cells.forEach((cell, k) => (row[columns[k]!] = row[columns[k]!] ? `${row[columns[k]!]} ${cell.text}` : cell.text));
    open = true;
  }
  // A numbered heading after the table ("5   Oppfølging" under a blank line) is no row: nothing beyond its number and label.
  while (rows.length > 0 && rowStarts.at(-1)!.afterBlank && rows.at(-1)!.every((cell, c) => c < 2 || !cell)) {
    rows.pop();
    j = rowStarts.pop()!.line;
  }
  const amounts = (c: number) => rows.filter((row) => AMOUNT_CELL.test(row[c] ?? '') && /\d/.test(row[c] ?? '')).length;
  const numeric = header.some((_, c) => c > 0 && amounts(c) >= 2 && amounts(c) * 2 >= rows.length);
  // A wrapped row makes it a table this reader is for; without one, spaceTablesAsPipes decides.
  return rows.length >= 2 && numeric ? { rows, end: j } : null;
}

/** A header line of a table whose columns are years: a label and two or more consecutive years ("Tiltaksområde 2025 2026 2027"). */
const YEAR_HEADER = /^(\p{L}[^|\t]*?)((?:\s+(?:19|20)\d{2}){2,8})\s*$/u;
/** A cell of such a table in text with single spaces: one number without inner spaces ("1,2", "0.9", "1200") or a dash. */
const SINGLE_AMOUNT = /^(?:\d+(?:[.,]\d+)?|[–-])$/;

/**
 * A table with year columns printed with single spaces between its cells (as pdftotext prints a PDF's
 * table): a header of a label and consecutive years, then lines of a label and exactly one number per
 * year ("Innbyggerportal og chatbot 1,2 0,8 0,4"), are written as a pipe table. Only numbers without inner
 * spaces count, so that "1 200" is never read as two cells; a line that does not fit ends the table.
 */
export function yearTablesAsPipes(text: string): string {
  if (!/(?:19|20)\d{2}\s+(?:19|20)\d{2}/.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = YEAR_HEADER.exec(lines[i]!.trim());
    if (!header) continue;
    const years = header[2]!.trim().split(/\s+/).map(Number);
    if (!years.every((year, k) => k === 0 || year === years[k - 1]! + 1)) continue;
    const rows: string[][] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const words = lines[j]!.trim().split(/\s+/);
      const cells = words.slice(-years.length);
      const label = words.slice(0, -years.length).join(' ');
      if (words.length <= years.length || !/\p{L}/u.test(label) || !cells.every((cell) => SINGLE_AMOUNT.test(cell)) || /\d$/.test(label)) break;
      rows.push([label, ...cells]);
    }
    if (rows.length < 2) continue;
    lines[i] = pipeRow([header[1]!.trim(), ...years.map(String)]);
    rows.forEach((row, k) => (lines[i + 1 + k] = pipeRow(row)));
    i += rows.length;
  }
  return lines.join('\n');
}

/** A rule line of a typed table: runs of "=", "-" or "+" (three or more) separated by spaces. */
const TABLE_RULE = /^\s*[=+-]{3,}(?: +[=+-]{3,})+\s*$/;

/**
 * The lines without the rule lines that sit next to a line of space-aligned cells (above a header, under
 * it, above a total, under the last row). A rule is a run of two or more column rules, so that a lone
 * "-----" (a setext heading's underline, a separator) stays.
 */
function withoutTableRules(lines: string[]): string[] {
  const cells = (line: string | undefined) => line !== undefined && / {2,}\S/.test(line.trim()) && !TABLE_RULE.test(line);
  return lines.filter((line, i) => !(TABLE_RULE.test(line) && (cells(lines[i - 1]) || cells(lines[i + 1]))));
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
