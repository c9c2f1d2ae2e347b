/**
 * Norwegian money amounts: "3 630 300", "2,5 mill", "0,50 mill", "1,2 mrd", "300 000,-", "kr 50 000".
 * Amounts are whole NOK.
 */

const SCALED_AMOUNT = /^(\d{1,4}(?:[ .]\d{3})*(?:,\d+)?)\s*(mill(?:ioner|ion)?\.?|mnok|mrd\.?|milliarder)$/i;

/** What a unit after an amount multiplies it by: "mrd."/"milliarder" 10⁹, "mill."/"millioner"/"MNOK" 10⁶, "kroner" 1. */
export function unitScale(unit: string): number {
  const word = unit.toLowerCase();
  return word.startsWith('mrd') || word.startsWith('milliard') ? 1e9 : word.startsWith('mill') || word === 'mnok' ? 1e6 : 1;
}

/** Parses one printed amount; null when it is not an amount. */
export function parseAmount(raw: string): number | null {
  const text = raw.trim().replace(/^(?:kr\.?|nok)\s*/i, '').replace(/\s*(?:,-|kr\.?|kroner|nok)$/i, '').replace(/\s+/g, ' ');
  if (text === '') return null;
  const scaled = SCALED_AMOUNT.exec(text);
  if (scaled) {
    const value = Number((scaled[1] ?? '').replace(/[ .]/g, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * unitScale(scaled[2] ?? '')) : null;
  }
  if (/^\d{1,3}(?:[ .]\d{3})*$/.test(text)) return Number(text.replace(/[ .]/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  return null;
}

/** A scaled amount ("2,5 mill") at the start of `text`, with its length. */
export function matchScaledAmount(text: string): { raw: string; amount: number } | null {
  const m = /^(\d{1,4}(?:,\d+)?\s*(?:mill(?:ioner|ion)?\.?|mnok|mrd\.?|milliarder))(?![\p{L}])/iu.exec(text);
  if (!m) return null;
  const amount = parseAmount(m[1] ?? '');
  return amount === null ? null : { raw: m[1] ?? '', amount };
}

/**
 * Splits a run of digit groups from flattened table text ("3 630 300 350 000") into amounts.
 * A new amount must start at a group without a leading zero; later groups have exactly three
 * digits; an amount has two or three groups (1 000 … 99 999 999). Fewest amounts wins.
 * Returns the group counts of each amount, or null when the run cannot be split.
 */
export function splitDigitGroups(groups: string[]): number[] | null {
  const n = groups.length;
  const best: Array<number[] | null> = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    const first = groups[i] ?? '';
    if (first.startsWith('0') || first.length > 3) continue;
    for (const size of [2, 3]) {
      if (i + size > n) continue;
      if (size === 3 && first.length === 3) continue; // ≥ 100 million: implausible, and makes runs ambiguous
      const rest = groups.slice(i + 1, i + size);
      if (!rest.every((group) => /^\d{3}$/.test(group))) continue;
      const tail = best[i + size];
      if (tail === null || tail === undefined) continue;
      const candidate = [size, ...tail];
      const current = best[i];
      if (!current || candidate.length < current.length) best[i] = candidate;
    }
  }
  return best[0] ?? null;
}
