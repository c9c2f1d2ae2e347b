/** Latency statistics of one benchmarked operation. */
export interface Stat {
  name: string;
  runs: number;
  p50: number;
  p95: number;
}

/** The p-th percentile (nearest rank) of `values`; 0 for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
