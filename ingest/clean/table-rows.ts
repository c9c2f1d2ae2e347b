/**
 * Rows of the tables cleaning rewrites: every table reader here writes its table as a pipe table
 * ("| Tiltak | Ansvar | 2025 |"), which structure reads as it reads markdown tables, and the plain-text
 * readers (tab-separated and space-aligned) know a group row between a table's rows.
 */

/** One row of a pipe table: "| Tiltak | Ansvar | 2025 |". */
export function pipeRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The rule under a pipe table's header, one "---" per column: "|---|---|---|". */
export function pipeDivider(columns: number): string {
  return `|${new Array<string>(columns).fill('---').join('|')}|`;
}

/** A group row inside a table: a short line of words that is no sentence ("Drift", "Helse og omsorg"). */
export function isGroupRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 60 && /^\p{L}/u.test(trimmed) && !/[.:;!?]$/.test(trimmed) && !/\d/.test(trimmed) && !/ {2,}|\t|\|/.test(trimmed);
}
