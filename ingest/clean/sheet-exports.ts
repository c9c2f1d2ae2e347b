/**
 * A workbook exported sheet by sheet to text (xlsx2csv and the like write every sheet of an Excel file
 * after a separator line with its position and name, its rows as `;`-separated cells padded to the
 * widest row):
 *
 *   -------- 1 Forside                         Kvinesdal kommune
 *   Kvinesdal kommune;;;;;;                    Tiltaksplan for digitalisering 2026–2027
 *   Tiltaksplan for digitalisering …;;;;  →    …
 *   -------- 2 Mål                             ␁1Mål
 *   ID;Mål;Indikator;…                         ID;Mål;Indikator;… (a pipe table, delimited-tables.ts)
 *
 * Each sheet's name is a heading (a heading mark, markers.ts; the position is no section number), except
 * a first sheet that holds no table: that is the workbook's cover (title, adoption, contact), the
 * document's front matter. Rows outside tables lose their padding: a row of one cell is that cell's text,
 * a row of two is "key: value", a row of nothing is a blank line.
 */
import { delimitedCells } from './delimited-tables.ts';
import { headingMark } from './markers.ts';

/** "-------- 2 Mål", "-------- 3 - Tiltak": a separator of dashes, the sheet's position and its name. */
const SHEET_SEPARATOR = /^-{3,}[ \t]*(\d{1,3})[ \t]+(?:-[ \t]+)?(\S[^\n;]*?)[ \t]*$/;

/** A header row of a table: three named cells or more (as delimited-tables.ts reads one). */
const TABLE_HEADER = /^[^;\n]+(?:;[^;\n]+){2,}/;

/**
 * The sheet separators of a workbook export as headings: two separators or more whose positions count
 * up from 1. A text without them is returned as it is.
 */
export function sheetSeparatorsMarked(text: string): string {
  if (!text.includes('---')) return text;
  const lines = text.split('\n');
  const separators = lines.flatMap((line, index) => {
    const m = SHEET_SEPARATOR.exec(line.trim());
    return m ? [{ index, position: Number(m[1]), name: m[2]!.trim() }] : [];
  });
  if (separators.length < 2 || !separators.every((sheet, k) => sheet.position === k + 1)) return text;
  separators.forEach((sheet, k) => {
    const end = separators[k + 1]?.index ?? lines.length;
    const rows = lines.slice(sheet.index + 1, end);
    // The first sheet without a table of its own, at the start of the text: the cover, front matter.
    const cover = k === 0 && lines.slice(0, sheet.index).every((line) => line.trim() === '') && !rows.some((row) => TABLE_HEADER.test(row));
    lines[sheet.index] = cover ? '' : `${headingMark(1)}${sheet.name}`;
  });
  return lines.join('\n');
}

/** How many empty cells after a row's last filled one make it padded ("Kvinesdal kommune;;;;;;"). */
const MIN_PADDING = 2;

/**
 * Rows of a delimited export left outside its tables, without their padding: "Kvinesdal kommune;;;;" → "Kvinesdal
 * kommune", "Sist oppdatert;10.01.2026;;;" → "Sist oppdatert: 10.01.2026", ";;;;;;" → "". Only rows padded
 * with two empty cells or more are touched, so that a sentence ending in ";" stays as it is. Run after the
 * tables are written as pipe tables.
 */
export function paddedRowsUnpadded(text: string): string {
  if (!text.includes(';;')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!/;[ \t]*;[ \t]*$/.test(line) || line.trimStart().startsWith('|')) return line;
      const cells = delimitedCells(line, ';');
      if (!cells) return line;
      let filled = cells.length;
      while (filled > 0 && cells[filled - 1] === '') filled--;
      if (filled === 0) return '';
      if (cells.length - filled < MIN_PADDING || filled > 2 || cells[0] === '') return line;
      return filled === 1 ? cells[0]! : `${cells[0]}: ${cells[1]}`;
    })
    .join('\n');
}
