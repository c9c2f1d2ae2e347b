/**
 * Pandoc grid tables ("+-----+-----+" borders, "| cell | cell |" lines, "+=====+" under the header)
 * written as pipe tables, which structure reads as it reads markdown tables. A row may span several
 * lines between two borders (a cell that wraps): its pieces are joined column by column.
 *
 *   +--------+------+        | Tiltak | 2025 |
 *   | Tiltak | 2025 |        |---|---|
 *   +========+======+   →    | Bredbånd i | 4,5 |
 *   | Bredbånd i | 4,5 |     …
 *   | …                      (a wrapped cell becomes one cell)
 */
import { pipeDivider, pipeRow } from './table-rows.ts';

/** A border line: "+---+---+", "+===+===+", "+:--+--:+". */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Box-drawing characters and the grid-table characters they stand for. */
const BOX: Record<string, string> = { '┌': '+', '┬': '+', '┐': '+', '├': '+', '┼': '+', '┤': '+', '└': '+', '┴': '+', '┘': '+', '─': '-', '│': '|', '╔': '+', '╦': '+', '╗': '+', '╠': '+', '╬': '+', '╣': '+', '╚': '+', '╩': '+', '╝': '+', '═': '=', '║': '|' };

/**
 * A table drawn with box-drawing characters ("┌──┬──┐", "│ a │ b │", "├──┼──┤") written as a grid table, its
 * first inner rule marking the header ("+===+"), so that gridTablesAsPipes reads it.
 */
export function boxTablesAsGrid(text: string): string {
  if (!/[┌╔]/.test(text)) return text;
  let header = false;
  let previous = '';
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (/^[┌╔]/.test(trimmed)) header = true;
      const before = previous;
      previous = trimmed;
      if (!/^[┌┬┐├┼┤└┴┘─│╔╦╗╠╬╣╚╩╝═║]/.test(trimmed)) return line;
      const grid = line.replace(/[┌┬┐├┼┤└┴┘─│╔╦╗╠╬╣╚╩╝═║]/g, (char) => BOX[char] ?? char);
      if (header && /^[├╠]/.test(trimmed)) {
        header = false;
        return grid.replace(/-/g, '=');
      }
      // A text export draws no rule between rows: a line that opens a row below another row gets one, so
      // that each row stands between borders; a line continuing a wrapped cell ("tilsyn" alone) does not.
      if (!header && /^[│║]/.test(before) && /^[│║]/.test(trimmed) && opensRow(grid)) return `${rowRule(grid)}\n${grid}`;
      return grid;
    })
    .join('\n');
}

/** A row's line that opens a row: its first cell starts with a capital or a digit and another cell is filled. */
function opensRow(gridLine: string): boolean {
  const cells = cellsOf(gridLine);
  return cells !== null && /^[\p{Lu}\d]/u.test(cells[0] ?? '') && cells.slice(1).some((cell) => cell !== '');
}

/** The border under a grid line: "| a | b |" → "+---+---+" in the same columns. */
function rowRule(gridLine: string): string {
  const indent = /^\s*/.exec(gridLine)?.[0] ?? '';
  return indent + gridLine.slice(indent.length).trimEnd().replace(/[^|]/g, '-').replace(/\|/g, '+');
}

/** Rewrites every grid table in the text as a pipe table; other text is unchanged. Linear in the input. */
export function gridTablesAsPipes(input: string): string {
  const text = boxTablesAsGrid(input);
  if (!text.includes('+-')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = BORDER.test(lines[i]!) ? readGrid(lines, i) : null;
    if (!table) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...table.lines);
    i = table.end;
  }
  return out.join('\n');
}

/** The grid table whose top border is line `top`: its pipe-table lines and the line after it; null if none. */
function readGrid(lines: string[], top: number): { lines: string[]; end: number } | null {
  const columns = (lines[top]!.match(/\+/g)?.length ?? 0) - 1;
  const rows: string[][] = [];
  let header = false;
  let block: string[][] = [];
  let i = top + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (BORDER.test(line)) {
      if (block.length === 0) break;
      rows.push(joinBlock(block, columns));
      if (/=/.test(line) && rows.length === 1) header = true;
      block = [];
      continue;
    }
    const cells = cellsOf(line);
    if (!cells || cells.length !== columns) break;
    block.push(cells);
  }
  // A grid table ends at a border; an unclosed row means this was no table.
  if (block.length > 0 || rows.length < 2) return null;
  const pipe = rows.map(pipeRow);
  if (header) pipe.splice(1, 0, pipeDivider(columns));
  return { lines: pipe, end: i };
}

/** The cells of one "| a | b |" line, trimmed; null for a line that is no row of a grid. */
function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return null;
  return trimmed.slice(1, -1).split('|').map((cell) => cell.trim());
}

/** The lines of one row joined column by column: "Medfinansiering av" + "bredbåndsutbygging". */
function joinBlock(block: string[][], columns: number): string[] {
  return Array.from({ length: columns }, (_, c) => block.map((cells) => cells[c] ?? '').filter(Boolean).join(' '));
}
