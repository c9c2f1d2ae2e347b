/**
 * Assigns years to amounts read from flattened tables, where empty cells have vanished and a row's
 * amounts no longer say which columns they stood in. Each row group proposes the year patterns
 * it could have had; the table's sum row decides between them where the arithmetic allows.
 * Pure: no text, only numbers.
 */

export interface AmountGroup {
  amounts: number[];
}

export interface YearAssignment {
  /** Column index per amount, per group; null where the arithmetic does not decide it. */
  columns: Array<Array<number | null>>;
  /** How many assignments satisfied the sum row (0: none; 1: unique). */
  solutions: number;
  /** True when the group's columns are fixed without arithmetic (a full row). */
  direct: boolean[];
}

const MAX_COMBINATIONS = 200_000;

/** Every order-preserving choice of `m` columns out of `n`. */
function choose(n: number, m: number): number[][] {
  const result: number[][] = [];
  const walk = (start: number, picked: number[]) => {
    if (picked.length === m) return void result.push([...picked]);
    for (let c = start; c < n; c++) walk(c + 1, [...picked, c]);
  };
  walk(0, []);
  return result;
}

/** Non-decreasing column sequences of length m (several rows merged into one label). */
function nonDecreasing(n: number, m: number): number[][] {
  const result: number[][] = [];
  const walk = (start: number, picked: number[]) => {
    if (result.length > 5000) return;
    if (picked.length === m) return void result.push([...picked]);
    for (let c = start; c < n; c++) walk(c, [...picked, c]);
  };
  walk(0, []);
  return result;
}

/** The column patterns a group of m amounts can have in a table of n year columns. */
export function candidatePatterns(m: number, n: number): number[][] {
  if (m === 0) return [[]];
  if (m === n) return [Array.from({ length: n }, (_, c) => c)];
  if (m < n) return choose(n, m);
  if (m % n === 0) {
    const rows = m / n;
    const rowMajor = Array.from({ length: m }, (_, i) => i % n);
    const columnMajor = Array.from({ length: m }, (_, i) => Math.floor(i / rows));
    return [rowMajor, columnMajor];
  }
  return nonDecreasing(n, m);
}

/**
 * Finds the column of every amount such that the columns add up to `sums` (one per column).
 * Without sums only full rows are placed.
 */
export function assignYears(groups: AmountGroup[], columnCount: number, sums: number[] | null): YearAssignment {
  const patterns = groups.map((group) => candidatePatterns(group.amounts.length, columnCount));
  const direct = patterns.map((p) => p.length === 1);
  const undecided = (): YearAssignment => ({
    columns: groups.map((group, g) => group.amounts.map((_, i) => (direct[g] ? (patterns[g]?.[0]?.[i] ?? null) : null))),
    solutions: 0,
    direct,
  });
  if (!sums || sums.length !== columnCount) return undecided();
  const total = patterns.reduce((product, p) => product * p.length, 1);
  if (total > MAX_COMBINATIONS) return undecided();

  const solutions: number[][] = []; // chosen pattern index per group
  const running = new Array<number>(columnCount).fill(0);
  // A saving (a negative amount) can bring a column back down: prune only when every amount adds.
  const adds = groups.every((group) => group.amounts.every((amount) => amount >= 0));
  const remainingMax = groups.map((_, g) => groups.slice(g).reduce((sum, group) => sum + group.amounts.reduce((a, b) => a + b, 0), 0));
  const walk = (g: number, chosen: number[]) => {
    if (solutions.length > 50) return;
    if (g === groups.length) {
      if (running.every((value, c) => value === sums[c])) solutions.push([...chosen]);
      return;
    }
    // Prune: a column already over its sum can never come back down.
    if (adds && running.some((value, c) => value > (sums[c] ?? 0))) return;
    const left = remainingMax[g] ?? 0;
    if (adds && running.reduce((a, b) => a + b, 0) + left < sums.reduce((a, b) => a + b, 0)) return;
    const group = groups[g];
    for (const [index, pattern] of (patterns[g] ?? []).entries()) {
      pattern.forEach((column, i) => (running[column] = (running[column] ?? 0) + (group?.amounts[i] ?? 0)));
      walk(g + 1, [...chosen, index]);
      pattern.forEach((column, i) => (running[column] = (running[column] ?? 0) - (group?.amounts[i] ?? 0)));
    }
  };
  walk(0, []);
  if (solutions.length === 0) return undecided();
  const columns = groups.map((group, g) =>
    group.amounts.map((_, i) => {
      const seen = new Set(solutions.map((solution) => patterns[g]?.[solution[g] ?? 0]?.[i]));
      return seen.size === 1 ? ([...seen][0] ?? null) : null;
    }),
  );
  return { columns, solutions: solutions.length, direct };
}
