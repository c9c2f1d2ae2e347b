/**
 * How a cell of a text table that holds a figure is written, for the readers of space-aligned tables
 * (space-tables.ts, wrapped-tables.ts, stacked-headers.ts). One way of writing an amount, read by
 * each reader with its own rule for what else a figure cell may hold.
 *
 * Other readers keep rules of their own, as their sources write figures otherwise: a spreadsheet
 * export's unformatted numbers (delimited-tables.ts) and single-spaced year tables (year-tables.ts).
 */

/** An amount as a budget table prints it: "1 200", "2,4", "1,200,000", a saving "-0,3" or "−255". */
const AMOUNT = String.raw`[-−–]?\d{1,3}(?:[ .,]\d{3})*(?:[,.]\d+)?`;

/** A cell of a space-aligned table that holds an amount ("1 200", "2,4", "1,200,000", a saving "-0,3") or none ("–"), or is empty. */
export const AMOUNT_CELL = new RegExp(`^(?:${AMOUNT}|[–-])?$`);

/** A cell that holds a share: "58 %", "7,5 %". */
export const SHARE_CELL = /^\d{1,3}(?:[,.]\d+)? ?%$/;

/** A figure cell that is never empty: an amount ("6 120", "-255", "2,4"), a share ("58 %"), or a dash for none. */
export const FIGURE_CELL = new RegExp(`^(?:${AMOUNT}(?: ?%)?|[–-])$`);
