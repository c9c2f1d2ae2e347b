import type { BudgetItem } from '../model.ts';
import { textBlocks } from '../clean/blocks.ts';
import { parseAmount } from './amount.ts';
import { isNoAmount, SUM_LABEL } from './budget-words.ts';
import { budgetKind, type TableContext } from './budgets-text.ts';
import { isAmountHeading, kindOfWord } from './goal-vocabulary.ts';

/**
 * Budget rows from measure cards ("tiltakskort"): blocks of "Label: value" fields, one block per measure, with no
 * table and no totals.
 *
 *   TILTAKSKORT 2
 *   Tiltak:            Digitalt tilsyn i heimetenesta      → the rows' label
 *   Ansvarleg:         Einingsleiar heimetenesta
 *   Kostnad 2026:      kr 480 000                          → Digitalt tilsyn i heimetenesta, 2026, 480 000
 *   Kostnad 2027:      –                                   → no row
 *   Kostnad 2028:      kr 0 (dekt av tilskot …             → a row of 0 (the parenthesis is a note)
 *
 * A card is a block (between blank lines) of three fields or more, one of them named by a measure's word
 * (data/goal-vocabulary.json headingKinds.measure: "Tiltak", "Measure") and one or more by an amount word and a
 * year (amountHeadings: "Kostnad 2026", "Budsjett 2027", "Cost 2026"). A line that is no field continues the field
 * above it (a wrapped description); lines before the first field head the card. A field that says there is no
 * amount ("Innanfor ramma", "–") gives no row.
 */

/** "Kostnad 2026:      kr 350 000": a field's label (a capital first, a few words, maybe a year) and its value. */
const FIELD = /^([\p{Lu}][\p{L}\d .()/-]{0,38}?)[ \t]*:[ \t]+(\S.*)$/u;
/** "Kostnad 2026", "Budsjett 2027", "Cost 2026": an amount word and the year the amount is for. */
const YEAR_FIELD = /^(.+?)\s+((?:19|20)\d{2})$/;
const MIN_FIELDS = 3;

interface Field {
  label: string;
  value: string;
  /** Where the value starts and its first line ends. */
  start: number;
  end: number;
}

/** The fields of one block of lines, or none when a line before them is not the card's heading. */
function fieldsOf(block: string, offset: number): Field[] {
  const fields: Field[] = [];
  let at = offset;
  for (const line of block.split('\n')) {
    const lineStart = at;
    at += line.length + 1;
    const m = FIELD.exec(line.trim());
    if (m) {
      const valueStart = lineStart + line.indexOf(m[2]!, line.indexOf(':'));
      fields.push({ label: m[1]!.trim(), value: m[2]!.trim(), start: valueStart, end: valueStart + m[2]!.trim().length });
    } else if (fields.length > 0 && line.trim()) {
      fields.at(-1)!.value += ` ${line.trim()}`;
    }
  }
  return fields;
}

/** The amount a card's field gives: its value before a note in parentheses ("kr 0 (oppstarten er dekt …)"). */
function fieldAmount(value: string): number | null {
  const printed = value.replace(/\s*\(.*$/, '').trim();
  if (!printed || isNoAmount(printed)) return null;
  return parseAmount(printed);
}

export function extractCardBudgets(text: string, context: TableContext): BudgetItem[] {
  const items: BudgetItem[] = [];
  for (const { text: block, start } of textBlocks(text, /\n[ \t\f]*\n/g)) {
    if (!block.includes(':')) continue;
    const fields = fieldsOf(block, start);
    if (fields.length < MIN_FIELDS) continue;
    const name = fields.find((field) => kindOfWord(field.label) === 'measure' && !YEAR_FIELD.test(field.label));
    if (!name) continue;
    const heading = block.slice(0, Math.max(0, block.indexOf(fields[0]!.label))).trim();
    for (const field of fields) {
      const dated = YEAR_FIELD.exec(field.label);
      if (!dated || !isAmountHeading(dated[1]!)) continue;
      const amount = fieldAmount(field.value);
      if (amount === null) continue;
      items.push({
        table: heading || context.sectionTitleAt(field.start),
        label: name.value,
        year: Number(dated[2]),
        period: null,
        amount,
        kind: budgetKind(dated[1]!) ?? budgetKind(name.value),
        isSum: SUM_LABEL.test(name.value),
        raw: field.value.replace(/\s*\(.*$/, '').trim(),
        confidence: 'exact',
        section: context.sectionAt(field.start),
        page: context.pageAt(field.start),
        start: field.start,
        end: field.end,
      });
    }
  }
  return items;
}
