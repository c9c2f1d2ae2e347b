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
