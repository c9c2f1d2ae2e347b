/** A year as written in a text: 1900–2099, not part of a longer number ("2025", not "12025" or "20251"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The years a text writes, in order and as often as written ("i 2025 og i 2026" → [2025, 2026]). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
}

/** The text with each year it writes replaced by a space. */
export function withoutYears(text: string): string {
  return text.replace(YEAR, ' ');
}

/** A span of years written with a dash ("2026–2028", "2026-28"). */
const SPAN = /(?<!\d)((?:19|20)\d{2})\s*[–-]\s*((?:19|20)?\d{2})(?!\d)/g;

/**
 * The years a text writes, a span counted year by year ("i 2025 og i perioden 2026–2028" → [2025, 2026,
 * 2027, 2028]).
 */
export function yearsCovered(text: string): number[] {
  const years: number[] = [];
  let rest = text;
  for (const m of text.matchAll(SPAN)) {
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to > from && to - from < 30) for (let year = from; year <= to; year++) years.push(year);
    else years.push(from, to);
    rest = rest.replace(m[0], ' ');
  }
  return [...years, ...yearsIn(rest)];
}
