// Budget items back into the printed lines they came from (pure; used by the budgets page and a document's tables).

/**
 * Budget items (one per line and year, in table order) back into the lines they were printed as:
 * a line ends where the strategy, table, label or sum flag changes, or where its year is already
 * filled. Two lines with the same label or the same amounts stay two rows.
 */
export function budgetLines(items) {
  const lines = [];
  let current = null;
  for (const item of items) {
    const key = `${item.documentId ?? ''}|${item.table}|${item.label}|${item.isSum}`;
    const yearTaken = item.year !== null && current?.byYear.has(item.year);
    if (!current || current.key !== key || yearTaken) {
      current = { key, item, byYear: new Map(), other: [] };
      lines.push(current);
    }
    if (item.year !== null) current.byYear.set(item.year, item);
    else current.other.push(item);
  }
  return lines;
}
