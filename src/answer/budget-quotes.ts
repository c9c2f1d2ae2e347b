import type { BudgetRow, PassageRow } from '../store/index.ts';

/**
 * Quotes for budget figures that show what the figure is: a sum row from the word that makes it a
 * total ("Sum", "Samlet budsjett") to its amount, and the sentence that introduces a table.
 */

/** Words that make a figure a total or a budget. */
const TOTAL_WORD = /(?<![\p{L}])(?:sum\p{L}*|samlet|samla|samlede|totalt?|total\p{L}*|budsjett\p{L}*|ramme\p{L}*|i alt|til sammen|til saman)(?![\p{L}])/giu;
/** How far before an amount (or a table's name) a total word may stand. */
const QUOTE_REACH = 160;

/** The shortest verbatim span of `text` that runs from a total word to the row's amount (within reach), if any. */
export function sumRowQuote(text: string, row: Pick<BudgetRow, 'raw'>): string | null {
  const amount = new RegExp(escapeRegExp(row.raw).replace(/\s+/g, '\\s+'), 'gu');
  for (const m of text.matchAll(amount)) {
    const before = text.slice(Math.max(0, m.index - QUOTE_REACH), m.index);
    const words = [...before.matchAll(TOTAL_WORD)];
    const last = words[words.length - 1];
    if (last) return text.slice(m.index - before.length + last.index, m.index + m[0].length);
  }
  return null;
}

/**
 * The sentence that introduces a row's table ("Samlet budsjett for alle satsningsområdene/tiltak i
 * perioden: Satsningsområder og tiltak"), from the first of the document's passages that names the
 * table; from the table's name alone when no total word precedes it.
 */
export function tableHeading(passages: Iterable<PassageRow>, row: Pick<BudgetRow, 'documentId' | 'table'>): { passage: PassageRow; quote: string } | null {
  const candidates = [...passages].filter((passage) => passage.documentId === row.documentId).sort((a, b) => a.id - b.id);
  for (const passage of candidates) {
    const at = passage.text.indexOf(row.table);
    if (at < 0) continue;
    const before = passage.text.slice(Math.max(0, at - QUOTE_REACH), at);
    const words = [...before.matchAll(TOTAL_WORD)];
    const last = words[words.length - 1];
    if (!last) return { passage, quote: row.table };
    const start = at - before.length + last.index;
    const stop = passage.text.lastIndexOf('. ', start);
    const sentenceStart = Math.max(stop >= 0 ? stop + 2 : 0, passage.text.lastIndexOf('\n', start) + 1);
    return { passage, quote: passage.text.slice(sentenceStart, at + row.table.length) };
  }
  return null;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
