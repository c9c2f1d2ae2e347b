/** SQLite caps the number of bound parameters: an `IN (…)` list is read this many values at a time. */
export const CHUNK = 500;

/** `run` over `values` in chunks of CHUNK, the results in order. */
export function chunked<T, R>(values: readonly T[], run: (chunk: T[]) => R[]): R[] {
  const result: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) result.push(...run(values.slice(i, i + CHUNK)));
  return result;
}
