import { isCodeHeading } from './table-words.ts';

/**
 * Enumerated lists in flattened or line-based text: "1. … 2. … 3. …", "1 Kommunene har …",
 * "a) … b) …", and bullets ("- …", "• …", "o …"). Pure span finding; goals.ts decides what they mean.
 */

export interface ListItem {
  label: string | null;
  /** Span of the item's text (without its number or bullet). */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Bullet glyphs of Word, InDesign and web exports: hyphen, en dash, •, ▪, ■, ●, ◦, ‣, ►, ➢, ✓, the letter
 * "o" Word uses for a second-level bullet, and the private-use code points a PDF's Symbol and Wingdings
 * bullets come out as (U+F0B7 •, U+F0A7 ▪, U+F0D8 ➢, U+F076 ❖, U+F0FC ✓); and the emoji a social-media
 * post lists with (✅, ✔, ☑, 👉, ➤, ▶, 🔹, 🔸), which may carry the emoji variation selector (see BULLET_VARIANT).
 */
export const BULLET_GLYPHS = '\\-•–o▪■●◦‣►➢✓\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC✅✔☑👉➤▶🔹🔸';
/** The emoji variation selector that may follow a bullet glyph ("✔️", "▶️"): part of the mark. */
export const BULLET_VARIANT = '\\uFE0F?';
/**
 * How a list item opens: a letter, «, a percentage ("100 % av …") or a count followed by words
 * ("9 av 10 henvendelser …", "50 nye datasett").
 */
const ITEM_OPENING = '[\\p{Lu}\\p{Ll}«]|\\d+(?:[.,]\\d+)?\\s*(?:%|prosent)|\\d+(?:[.,]\\d+)?\\s+\\p{Ll}';
const BULLET_RUN_MARK = new RegExp(`(?<=^|\\s)([${BULLET_GLYPHS}*])${BULLET_VARIANT}\\s+(?=${ITEM_OPENING})`, 'gmu');

/** Longest gap between two items of one list, and longest item. */
export const MAX_ITEM_GAP = 600;
export const MAX_ITEM_LENGTH = 420;

/** Words that open a new sentence after an unpunctuated last list item. */
const SENTENCE_OPENERS = new Set(
  'Kommunene Kommunen Mål Målet Målene Erfaringer Resultater Resultatene Det Dette Den De Vi Selv Særlig Arbeidet Prosjektet Tiltakene Forslag For I Som Når Med Også Alle Flere Noen Kostnader Her Slik Da'.split(' '),
);

/** Spans with a fast "is this offset inside one" (bucketed by offset), so long texts with many goals stay linear. */
export class SpanSet {
  private readonly buckets = new Map<number, Span[]>();
  private static readonly SIZE = 2048;

  constructor(spans: Iterable<Span> = []) {
    for (const span of spans) this.add(span);
  }

  add(span: Span): void {
    const first = Math.floor(Math.max(0, span.start) / SpanSet.SIZE);
    const last = Math.floor(Math.max(0, span.start, span.end - 1) / SpanSet.SIZE);
    for (let bucket = first; bucket <= last; bucket++) {
      const list = this.buckets.get(bucket);
      if (list) list.push(span);
      else this.buckets.set(bucket, [span]);
    }
  }

  has(offset: number): boolean {
    return (this.buckets.get(Math.floor(offset / SpanSet.SIZE)) ?? []).some((span) => offset >= span.start && offset < span.end);
  }
}

/** True when `start` lies in one of the spans. */
export function overlaps(start: number, spans: Span[] | SpanSet): boolean {
  return spans instanceof SpanSet ? spans.has(start) : spans.some((span) => start >= span.start && start < span.end);
}

/** Where an item that is not followed by another item ends. */
export function lastItemEnd(text: string, start: number, limit: number, lineBased: boolean): number {
  const hardEnd = Math.min(limit, start + MAX_ITEM_LENGTH);
  const slice = text.slice(start, hardEnd);
  const candidates: number[] = [slice.length];
  const paragraph = slice.search(/\n\s*\n/);
  if (paragraph >= 0) candidates.push(paragraph);
  if (lineBased) {
    // A wrapped item continues on lines that start in lowercase.
    const line = slice.search(/\n(?=\s*[\p{Lu}\d•«-])/u);
    if (line >= 0) candidates.push(line);
    const firstBreak = slice.indexOf('\n');
    const firstLine = slice.slice(0, firstBreak);
    const nextLine = slice.slice(firstBreak + 1).split('\n')[0] ?? '';
    // …but a full-width lowercase line after a short item is the text after the list.
    if (firstBreak >= 0 && nextLine.length > firstLine.length + 10) candidates.push(firstBreak);
  }
  const sentence = /[.!?](?=\s+[\p{Lu}«\d]|\s*$|\s*\n)/u.exec(slice);
  if (sentence) candidates.push(sentence.index + 1);
  for (const m of slice.matchAll(/(?<=\p{Ll}[,]?\s)(\p{Lu}\p{Ll}+)\b/gu)) {
    if (SENTENCE_OPENERS.has(m[1] ?? '')) {
      candidates.push(m.index - 1);
      break;
    }
  }
  return start + Math.max(1, Math.min(...candidates));
}

/** An item that opens with a share of something: "90 prosent av søknadene …", "80 % of inquiries …". */
const SHARE_OPENING = '\\d{1,3}(?:[.,]\\d+)?\\s*(?:%|prosent|per cent|percent)\\s+(?:av|of)\\s+\\p{L}';

/**
 * A number that opens an item: "1. ", "1 " before a capital or a share ("1. 90 prosent av …"), or a keycap emoji ("1️⃣", a digit, the variation
 * selector and the enclosing keycap, as a social-media post numbers its points), whose item may also open with a
 * figure ("1️⃣ 80 % of inquiries …"). Group 1 or 3 is the number, group 2 or 4 its punctuation.
 */
const NUMBER_MARK = new RegExp(`(?<=^|\\s)(?:(\\d{1,2})(\\.?)\\s+(?=[\\p{Lu}«]|${SHARE_OPENING})|(\\d)(\\uFE0F?\\u20E3)[ \\t]*(?=${ITEM_OPENING}))`, 'gmu');

/**
 * Runs of items numbered 1, 2, 3 … (at least three, each starting with a capital letter and close to
 * the previous one). Spans in `exclude` (tables, tables of contents) are skipped.
 */
export function findNumberedRuns(text: string, exclude: Span[] | SpanSet, lineBased: boolean): ListItem[][] {
  const marks = [...text.matchAll(NUMBER_MARK)]
    // One shape for both marks: the number and its punctuation ("." or none; the keycap for an emoji number).
    .map((m) => ({ index: m.index, length: m[0].length, number: m[1] ?? m[3]!, punctuation: m[2] ?? '\u20E3' }))
    .filter((m) => !overlaps(m.index, exclude))
    // A heading number ("3.5.1") is not a list number.
    .filter((m) => !/\d\.$/.test(text.slice(Math.max(0, m.index - 2), m.index)));
  const runs: ListItem[][] = [];
  const used = new Set<number>();
  for (let i = 0; i < marks.length; i++) {
    const first = marks[i];
    if (!first || first.number !== '1' || used.has(i)) continue;
    const chain = [i];
    let last = first;
    for (let j = i + 1; j < marks.length; j++) {
      const next = marks[j];
      if (!next) break;
      if (next.index - last.index > MAX_ITEM_GAP) break;
      if (/\n\s*\n/.test(text.slice(last.index, next.index))) break; // lists do not cross paragraphs
      if (next.number === '1' && chain.length === 1 && next.punctuation === first.punctuation) break; // a closer "1" starts the real list
      if (Number(next.number) === Number(last.number) + 1 && next.punctuation === first.punctuation) {
        chain.push(j);
        last = next;
      }
    }
    if (chain.length < 3) continue;
    chain.forEach((index) => used.add(index));
    const items: ListItem[] = chain.map((index, k) => {
      const m = marks[index]!;
      const start = m.index + m.length;
      const nextMark = chain[k + 1] !== undefined ? marks[chain[k + 1]!] : undefined;
      const end = nextMark ? nextMark.index : lastItemEnd(text, start, text.length, lineBased);
      return { label: m.number, start, end: trimEnd(text, start, end) };
    });
    runs.push(items);
  }
  return runs;
}

/** Lettered items "a) …", "b) …" in order, at least three. */
export function findLetteredRuns(text: string, exclude: Span[] | SpanSet, lineBased: boolean): ListItem[][] {
  const marks = [...text.matchAll(/(?<=^|\s)(?:[-•]\s+)?([a-z])\)\s+(?=\p{L})/gmu)].filter((m) => !overlaps(m.index, exclude));
  const runs: ListItem[][] = [];
  let current: RegExpExecArray[] = [];
  const flush = () => {
    if (current.length >= 3) {
      runs.push(
        current.map((m, k) => {
          const start = m.index + m[0].length;
          const next = current[k + 1];
          const end = next ? next.index : lastItemEnd(text, start, text.length, lineBased);
          return { label: m[1] ?? null, start, end: trimEnd(text, start, end) };
        }),
      );
    }
    current = [];
  };
  for (const m of marks) {
    const previous = current[current.length - 1];
    const expected = previous ? String.fromCharCode((previous[1] ?? 'a').charCodeAt(0) + 1) : 'a';
    if (m[1] === expected && (!previous || m.index - previous.index < MAX_ITEM_GAP)) current.push(m as RegExpExecArray);
    else {
      flush();
      if (m[1] === 'a') current.push(m as RegExpExecArray);
    }
  }
  flush();
  return runs;
}

/** The first run of bullet items ("- ", "• ", "o ") inside [from, to). */
export function findFirstBulletRun(text: string, from: number, to: number, exclude: Span[] | SpanSet, lineBased: boolean, minItems = 2): ListItem[] {
  const slice = text.slice(from, to);
  const marks = [...slice.matchAll(BULLET_RUN_MARK)]
    .filter((m) => m[1] !== 'o' || /^o\s+\p{Lu}/u.test(slice.slice(m.index)))
    .filter((m) => !overlaps(from + m.index, exclude))
    .filter((m) => !/\p{L}$/u.test(slice.slice(Math.max(0, m.index - 1), m.index)))
    .filter((m) => !(lineBased && dashInsideItem(text, from + m.index)));
  const items: ListItem[] = [];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const next = marks[k + 1];
    const start = from + m.index + m[0].length;
    const gapEnd = next ? from + next.index : to;
    const gap = text.slice(start, gapEnd);
    // In text of lines, an item whose lines run up to the next item's mark (wrapped lines in lowercase) is all of them, sentences and all.
    const wholeLines = lineBased && next !== undefined && /\n[ \t]*$/.test(gap) && !/\n[ \t]*(?:\n|[\p{Lu}\d«])/u.test(gap.trimEnd());
    const end = next && gapEnd - start < MAX_ITEM_LENGTH && (wholeLines || !/[.:]\s*$/.test(gap.trim())) ? gapEnd : lastItemEnd(text, start, to, lineBased);
    items.push({ label: null, start, end: trimEnd(text, start, Math.min(end, gapEnd)) });
    if (end < gapEnd - 1 && next) break; // text between items: the run is over
  }
  // A list of one must look like one: its mark opens a line ("Vestland – eit fylke …" is a dash, not a bullet).
  if (items.length === 1 && !/(?:^|\n)[ \t]*$/.test(slice.slice(0, marks[0]!.index))) return [];
  return items.length >= minItems ? items : [];
}

/** A line that opens with a bullet mark and some words: "• Ny chatbot på nettsiden ", "- Felles plattform ". */
const BULLETED_LINE_SO_FAR = new RegExp(`^[ \\t]*[${BULLET_GLYPHS}*]${BULLET_VARIANT}[ \\t]+\\S.*\\s$`, 'u');

/**
 * A dash inside a bulleted line ("• Ny chatbot på nettsiden – først for byggesak", "- Skylagring – erstatter …"):
 * in text of lines the line's own bullet opened the item, so a dash after its words is punctuation, not a
 * second item. (In flattened text, where one line may hold several items, a dash can still be a bullet.)
 */
function dashInsideItem(text: string, at: number): boolean {
  if (!/[-–]/.test(text[at] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return BULLETED_LINE_SO_FAR.test(text.slice(lineStart, at));
}

/** A legend's entry: a symbol of one to three capitals (or two joined by "/"), a dash, "=" or colon, and what it means in lower case. */
const LEGEND_ENTRY = /^\p{Lu}{1,3}(?:\/\p{Lu}{1,3})?[ \t]*[–=:-][ \t]*\p{Ll}/u;

/**
 * A list that explains symbols ("U – utfører oppgaven", "G – godkjenner og har ansvaret", "G = on schedule"):
 * every item a legend entry, two or more. It tells how to read a table (a RACI matrix's letters, a status
 * table's colours) and lists no goals. (Items labelled by a code and a number, "O1 – Staff shall …", are no legend.)
 */
export function isLegend(text: string, run: ListItem[]): boolean {
  return run.length >= 2 && run.every((item) => LEGEND_ENTRY.test(text.slice(item.start, item.end)));
}

/** An item's end without trailing white space, commas and semicolons. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s;,]/.test(text[e - 1] ?? '')) e--;
  return e;
}

const BULLET_MARK = new RegExp(`(?<=^|\\s)[${BULLET_GLYPHS}*]${BULLET_VARIANT}\\s+(?=${ITEM_OPENING})`, 'gmu');

/** Every run of bullet items (two or more, or `minItems`) inside [from, to), in order. */
export function findBulletRuns(text: string, from: number, to: number, exclude: Span[] | SpanSet, lineBased: boolean, minItems = 2): ListItem[][] {
  const runs: ListItem[][] = [];
  let start = from;
  for (let guard = 0; guard < 200 && start < to; guard++) {
    const run = findFirstBulletRun(text, start, to, exclude, lineBased, minItems);
    if (run.length > 0) {
      runs.push(run);
      start = run[run.length - 1]!.end;
      continue;
    }
    // No run at the first mark: try again after it.
    BULLET_MARK.lastIndex = 0;
    const next = BULLET_MARK.exec(text.slice(start, to));
    if (!next) break;
    start += next.index + next[0].length;
  }
  return runs;
}

/** A markdown/pipe table in text: its header cells and, per body row, its cells with their spans. */
export interface PipeTable {
  header: string[];
  rows: Array<{ cells: string[]; first: ListItem; spans: Span[] }>;
  /**
   * The column that names the rows: the first one that is not a numbering column ("Nr | Tiltak | …",
   * whose first cells are "1", "2", "3" or empty). `first` of each row is its cell in this column.
   */
  labelColumn: number;
  /**
   * A table in long format ("År | Tiltak | Finansiering | Beløp", one row per year and measure): the column before
   * the label column whose cells give each row's year (empty in a grand total's row).
   */
  yearColumn?: number;
  /** From the header line's start to the last row's end. */
  start: number;
  end: number;
}

/**
 * Tables written with pipes: "| Tiltak | Ansvar | Frist |", a "|---|" rule, then one line per row; also
 * without the outer pipes ("Tiltak | Ansvar | Frist | Kostnad", as pasted from a web page or Word),
 * when at least two lines in a row have the same three or more cells. Rows with an empty label cell are
 * left out unless `unlabelled`. With `codeColumns`, a leading column headed as codes ("Prosjektnr") whose cells
 * are codes ("12010") does not name the rows either (budget rows are named by the project, not its number;
 * goal columns are found by their headings' kinds whatever stands before them).
 */
export function findPipeTables(text: string, unlabelled = false, codeColumns = false): PipeTable[] {
  const tables: PipeTable[] = [];
  let group: Array<{ line: string; start: number; cells: Array<{ text: string; start: number; end: number }>; framed: boolean }> = [];
  const flush = () => {
    const framed = group.every((row) => row.framed);
    const even = group.every((row) => row.cells.length === group[0]!.cells.length && row.cells.length >= 3);
    if (group.length >= 2 && (framed || even)) {
      const last = group[group.length - 1]!;
      const body = group.slice(1).filter(({ cells }) => !cells.every((cell) => /^:?-{2,}:?$/.test(cell.text)));
      const bodyCells = body.map(({ cells }) => cells.map((cell) => cell.text));
      const numbering = numberingColumns(group[0]!.cells.length, bodyCells, codeColumns ? group[0]!.cells.map((cell) => cell.text) : []);
      // "År | Tiltak | Finansiering | Beløp": a long table's year column stands before the rows' names.
      const yearColumn = isYearColumn(group[0]!.cells[numbering]?.text ?? '', bodyCells.map((cells) => [cells[numbering] ?? '', cells[numbering + 1] ?? '']), group[0]!.cells.length - numbering) ? numbering : null;
      const labelColumn = yearColumn === null ? numbering : numbering + 1;
      const table: PipeTable = { header: group[0]!.cells.map((cell) => cell.text), rows: [], labelColumn, ...(yearColumn === null ? {} : { yearColumn }), start: group[0]!.start, end: last.start + last.line.length };
      for (const { cells: written } of body) {
        const cells = asGroupRow(written, labelColumn);
        const first = cells[labelColumn];
        // A row whose label cell is empty goes on the row above ("| | second measure of the goal above |"); kept when asked for.
        const kept = first && (first.text || (unlabelled && cells.some((cell, i) => i > labelColumn && cell.text)));
        if (kept) table.rows.push({ cells: cells.map((cell) => cell.text), first: { label: null, start: first.start, end: first.end }, spans: cells.map(({ start, end }) => ({ start, end })) });
      }
      if (table.rows.length > 0) tables.push(table);
    }
    group = [];
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    const framed = trimmed.startsWith('|');
    if (!framed && (trimmed.match(/\|/g)?.length ?? 0) < 2) {
      flush();
      continue;
    }
    group.push({ line, start, framed, cells: cellsOf(line, start, framed) });
  }
  flush();
  return tables;
}

/** A cell that only numbers its row: "3", "2.", "1.1", "T4", "M1.2", a group's letter "B" (or is empty). */
const NUMBERING_CELL = /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}|\p{Lu}{1,2}(?:\d{1,2}(?:\.\d{1,2})?)?)[.)]?)?$/u;

/** A cell that codes its row: digits, with letters, dots, dashes or slashes ("12010", "P-204", "4.3.1"), no spaces. */
const CODE_CELL = /^(?=[^\s]*\d)[\p{L}\d][\p{L}\d.\-/]{0,11}$/u;

/**
 * How many leading columns only number the rows: every body cell is a small number ("1", "2.", "1.1", "T4") or
 * empty (a sum row's), and at least two are numbers. "| Nr | Tiltak | 2025 |" → 1; a column of years
 * ("| År | Oppvekst |") is no numbering. Under a heading that names codes ("Prosjektnr", "Kode";
 * data/table-words.json), longer codes number the rows too ("12010", "P-204").
 */
export function numberingColumns(width: number, rows: string[][], header: string[] = []): number {
  let column = 0;
  // A group row over the whole table ("| Innsatsområde 1: Breiband | | | |", an HTML row with colspan)
  // stands in the first column whatever numbers the rows below it.
  const numbered = rows.filter((cells) => width < 3 || cells.filter((cell) => cell.trim()).length !== 1 || !cells[0]?.trim());
  while (column < width - 2) {
    const cells = numbered.map((cells) => cells[column]?.trim() ?? '');
    const coded = isCodeHeading(header[column] ?? '') && cells.every((cell) => cell === '' || CODE_CELL.test(cell));
    if (!(coded || cells.every((cell) => NUMBERING_CELL.test(cell))) || cells.filter(Boolean).length < 2) break;
    column++;
  }
  return column;
}

/** "År", "Year", "Budsjettår": the heading of a column of years. */
const YEAR_HEADING = /^(?:år|årstal|årstall|budsjettår|budsjettåret|year|budget year)$/iu;

/**
 * A column of years before the rows' names, in a long table ("År | Tiltak | … | Beløp"): headed as years, every
 * cell a year or empty (a grand total's), two years at least, and two columns or more after it (the names and
 * the amounts). A table whose rows are years and whose columns are areas ("År | Oppvekst | Helse") has no name
 * column: its first column after the years holds amounts.
 */
function isYearColumn(heading: string, rows: Array<[year: string, name: string]>, remaining: number): boolean {
  if (remaining < 3 || !YEAR_HEADING.test(heading.replace(/[*_]/g, '').trim())) return false;
  const plainCell = (cell: string) => cell.replace(/[*_]/g, '').trim();
  const years = rows.map(([year]) => plainCell(year)).filter(Boolean);
  return years.length >= 2 && years.every((cell) => /^(?:19|20)\d{2}$/.test(cell)) && rows.every(([, name]) => /\p{L}{2}/u.test(plainCell(name)));
}

/**
 * A group row written in a numbering column (its one cell the first, as a row with colspan over the
 * whole table is): its label moved to the label column, where the readers look for a group's name.
 */
function asGroupRow<T extends { text: string }>(cells: T[], labelColumn: number): T[] {
  if (labelColumn === 0 || cells.length < 3 || !cells[0]?.text || cells.some((cell, i) => i > 0 && cell.text)) return cells;
  return cells.map((cell, i) => (i === 0 ? { ...cell, text: '' } : i === labelColumn ? { ...cell, text: cells[0]!.text } : cell));
}

/** The cells of one table line, trimmed, with their offsets in the text (the outer pipes of a framed line dropped). */
function cellsOf(line: string, lineStart: number, framed: boolean): Array<{ text: string; start: number; end: number }> {
  const cells: Array<{ text: string; start: number; end: number }> = [];
  const bounds = [...line.matchAll(/\|/g)].map((m) => m.index);
  const edges = [-1, ...bounds, line.length];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i]! + 1;
    const to = edges[i + 1]!;
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const textOf = raw.trim();
    cells.push({ text: textOf, start: lineStart + from + lead, end: lineStart + from + lead + textOf.length });
  }
  // "| a | b |": the empty pieces before the first and after the last pipe are the frame, not cells.
  if (framed && cells[0]?.text === '') cells.shift();
  if (line.trimEnd().endsWith('|') && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}
