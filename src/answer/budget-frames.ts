import type { BudgetRow, PassageRow } from '../store/index.ts';
import type { FrameTotal } from './budget-totals.ts';

/**
 * Words that say an amount is given per year ("Summene under er årlige investeringer som løper i hele
 * planperioden", "årleg ramme", "annual frame"). Without them, an amount over a period is a one-off
 * cost for the period ("anslått kostnad" per measure in a plan for 2024–2027), never multiplied by
 * the number of years.
 */
const ANNUAL = /(?<![\p{L}])(?:årlig\p{L}*|årleg\p{L}*|per år|pr\.? år|i året|hvert år|kvart år|annual\p{L}*|yearly|per year|each year|a year)(?![\p{L}])/iu;

/** How far before a table's first row the words that introduce it are looked for. */
const LEAD_IN = 400;

/**
 * True when a period amount is per year: the text that introduces its table (the passage of its
 * first row, up to the row) says so.
 */
export function isAnnualFrame(frame: Pick<FrameTotal, 'table'> & Partial<Pick<FrameTotal, 'from' | 'to'>> & { period?: BudgetRow['period'] }, rows: BudgetRow[], passages: Map<number, PassageRow>): boolean {
  // A total column or row beside the years it adds up ("2025 | 2026 | Sum", a Sum row under rows 2025–2027)
  // is the period's total, whatever "per år" the introduction says of the yearly cells.
  const from = frame.from ?? frame.period?.from ?? null;
  const to = frame.to ?? frame.period?.to ?? null;
  const ofItsYears = from !== null && to !== null && rows.some((row) => row.table === frame.table && row.year !== null && row.year >= from && row.year <= to);
  if (ofItsYears) return false;
  const tableRows = rows.filter((row) => row.table === frame.table && row.year === null && row.period !== null);
  return tableRows.some((row) => {
    const passage = row.passageId === null ? undefined : passages.get(row.passageId);
    if (!passage) return false;
    const at = passage.text.indexOf(row.label);
    const lead = at > 0 ? passage.text.slice(Math.max(0, at - LEAD_IN), at) : passage.text;
    return ANNUAL.test(lead) || ANNUAL.test(frame.table) || ANNUAL.test(row.label);
  });
}

/** The number of years an annual frame covers (1 when its period is unknown or implausible). */
export function frameYears(frame: Pick<FrameTotal, 'from' | 'to'>): number {
  return frame.from !== null && frame.to !== null && frame.to >= frame.from && frame.to - frame.from <= 20 ? frame.to - frame.from + 1 : 1;
}

/** What a frame adds to the whole period: amount × years for an annual frame, the amount itself otherwise. */
export function frameOverPeriod(frame: FrameTotal, annual: boolean): number {
  return annual ? frame.amount * frameYears(frame) : frame.amount;
}
