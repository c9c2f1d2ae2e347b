/**
 * Raw HTML tables left in markdown by an HTML-to-markdown converter (a plan page's handlingsdel kept as
 * `<table>` because its cells span columns or rows), written as the pipe tables structure already reads.
 * Cells are placed on a grid as a browser places them: a cell with `colspan` fills its first column and
 * leaves the columns it spans empty (a group row over the whole table is a row with one label; a note
 * such as "Innenfor ramma" over the year columns stands under the first of them and gives no amount), and
 * a cell with `rowspan` is repeated in the rows below it, so that those rows keep their columns.
 * Inline markup inside cells (`<strong>`, `<br>`, links) is dropped and entities decoded.
 *
 *   <tr><th>Tiltak</th><th>2026</th></tr>          | Tiltak | 2026 |
 *   <tr><td>Fiber til grendene</td><td>1 500</td></tr>   →   |---|---|
 *                                                  | Fiber til grendene | 1 500 |
 */
import { pipeDivider, pipeRow } from './table-rows.ts';

/** The most characters read as one table: a bound that keeps the pass linear where a table never closes. */
const MAX_TABLE_CHARS = 200_000;
/** The most columns or rows one cell may span: beyond it the attribute is taken as an error. */
const MAX_SPAN = 50;
const TABLE = /<table\b[^>]*>([^]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([^]*?)(?=<tr\b|<\/tr\s*>|<\/t(?:head|body|foot)\s*>|$)/gi;
const CELL = /<(td|th)\b([^>]*)>([^]*?)(?=<t[dh]\b|<\/tr\s*>|$)/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', shy: '' };

/** A cell's text: tags dropped (a line break a space), entities decoded, white space collapsed, pipes escaped away. */
function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\|/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number an attribute gives ("colspan=\"4\""), 1 when absent, bounded. */
function spanOf(attributes: string, name: 'colspan' | 'rowspan'): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= MAX_SPAN ? n : 1;
}

/** A table's rows as a grid of cell texts, spans resolved. */
export function htmlTableGrid(html: string): string[][] {
  const grid: string[][] = [];
  // Cells carried down by rowspan: column → [text, rows left].
  const carried = new Map<number, { text: string; left: number }>();
  for (const row of html.matchAll(ROW)) {
    const cells: string[] = [];
    const place = (column: number, text: string) => {
      while (cells.length < column) cells.push('');
      cells[column] = text;
    };
    let column = 0;
    const fillCarried = () => {
      for (let held = carried.get(column); held; held = carried.get(column)) {
        place(column, held.text);
        if (--held.left === 0) carried.delete(column);
        column++;
      }
    };
    for (const cell of row[1]!.matchAll(CELL)) {
      fillCarried();
      const text = cellText(cell[3]!);
      const colspan = spanOf(cell[2]!, 'colspan');
      const rowspan = spanOf(cell[2]!, 'rowspan');
      place(column, text);
      for (let c = 1; c < colspan; c++) place(column + c, '');
      if (rowspan > 1) for (let c = 0; c < colspan; c++) carried.set(column + c, { text: c === 0 ? text : '', left: rowspan - 1 });
      column += colspan;
    }
    fillCarried();
    // A row carried only by spans above it (every cell of its own missing) still counts when it has cells.
    if (cells.length > 0) grid.push(cells);
  }
  const width = Math.max(0, ...grid.map((cells) => cells.length));
  return grid.map((cells) => [...cells, ...new Array<string>(width - cells.length).fill('')]);
}

/**
 * Every HTML `<table>` in the text written as a pipe table (header row, rule, rows), on lines of its own.
 * A table of one row or one column is no table of cells and becomes its text. Other text is unchanged.
 */
export function htmlTablesAsPipes(text: string): string {
  if (!/<table\b/i.test(text)) return text;
  return text.replace(TABLE, (all, inner: string) => {
    if (all.length > MAX_TABLE_CHARS) return all;
    const grid = htmlTableGrid(inner);
    const width = grid[0]?.length ?? 0;
    if (grid.length < 2 || width < 2) return `\n${grid.map((cells) => cells.filter(Boolean).join(' ')).join('\n')}\n`;
    return `\n${[pipeRow(grid[0]!), pipeDivider(grid[0]!.length), ...grid.slice(1).map(pipeRow)].join('\n')}\n`;
  });
}
