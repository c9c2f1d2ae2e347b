import { pipeRow } from './table-rows.ts';

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
