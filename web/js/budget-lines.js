// Budget items back into the printed lines they came from (pure; used by the budgets page and a document's tables).

/**
 * Budget items (one per line and year, in table order) back into the lines they were printed as. An
 * item joins the most recent line with the same strategy, table, label and sum flag unless that line
 * already has an amount for its year; then it starts a new line. So two printed lines with the same
 * label stay two rows (nothing is added together), and a table read year by year still gives one row
 * per line. A total column's cell (`isSum`, no year) joins the line of its label as that line's total.
 * An amount of the accounts (`basis: 'actual'`, "Regnskap 2025") is no budget line: the API gives it as
 * its budget line's `actual`, and one passed here is left out.
 */
export function budgetLines(items) {
  const lines = [];
  const latest = new Map();
  for (const item of items) {
    if (item.basis === 'actual') continue;
    const key = `${item.documentId ?? ''}|${item.table}|${item.label}|${item.isSum}`;
    // A total column's cell (a sum over the period, labelled by its line) closes the line whose years it adds up.
    const ofLine = item.isSum && item.year === null ? latest.get(`${item.documentId ?? ''}|${item.table}|${item.label}|false`) : undefined;
    if (ofLine && ofLine.byYear.size > 0 && ofLine.other.length === 0) {
      ofLine.other.push(item);
      continue;
    }
    let line = latest.get(key);
    const taken = line && (item.year !== null ? line.byYear.has(item.year) : line.other.length > 0 && line.byYear.size === 0);
    if (!line || taken) {
      line = { key, item, byYear: new Map(), other: [] };
      lines.push(line);
      latest.set(key, line);
    }
    if (item.year !== null) line.byYear.set(item.year, item);
    else line.other.push(item);
  }
  return lines;
}
