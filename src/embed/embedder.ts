/**
 * The one interface every embedding implementation satisfies (shared test suite:
 * test/embed/embedder.suite.ts). Vectors are L2-normalised Float32Arrays of `dimension` numbers.
 */
export interface Embedder {
  /** Stable identity recorded in the database, e.g. "hashing-v1" or "transformers:Xenova/multilingual-e5-small". */
  readonly id: string;
  readonly dimension: number;
  /** Human description for /api/health and logs. */
  readonly description: string;
  embedPassages(texts: string[]): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalizeVector(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] ?? 0) / norm;
  return vector;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}
