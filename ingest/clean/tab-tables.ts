import { isGroupRow, pipeRow } from './table-rows.ts';

/**
 * A table saved as text by a word processor puts a tab between cells: two or more lines in a row with
 * the same number (three or more; two under a header of two short names) of tab-separated cells are written as a pipe table
 * ("| Tiltak | Ansvar | 2025 |"), which structure reads as it reads markdown tables. A short line
 * without tabs between two rows of the table is a group row ("Drift", "Investering" over their rows):
 * it becomes a row with empty cells. Tab-separated exports with quoted cells are delimitedTablesAsPipes's
 * (delimited-tables.ts).
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
