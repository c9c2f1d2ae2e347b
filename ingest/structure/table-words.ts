import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Words of table layouts (data/table-words.json): the headings of columns that number or code a table's rows
 * ("Nr", "Prosjektnr", "Kode"), so that the column after them names the rows.
 */
const FILE = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/table-words.json', import.meta.url)), 'utf8')) as { codeHeadings: string[]; codeHeadingHeads: string[] };

/** A compound's first part is a word of three letters or more ("Prosjekt" of "Prosjektnr"). */
const MIN_FIRST_PART = 3;

/**
 * True when a column heading names the rows' numbers or codes: "Nr", "Kode", "Project no."; as the last word
 * ("Prosjekt nummer") or the last part of one compound word ("Prosjektnr", "Artskode").
 */
export function isCodeHeading(heading: string): boolean {
  const folded = heading.replace(/[*_]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (FILE.codeHeadings.includes(folded)) return true;
  const words = folded.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length > 1 && words.length <= 3 && FILE.codeHeadingHeads.includes(last)) return true;
  return words.length === 1 && FILE.codeHeadingHeads.some((head) => last.endsWith(head) && last.length - head.length >= MIN_FIRST_PART && /^\p{L}+$/u.test(last.slice(0, -head.length)));
}
