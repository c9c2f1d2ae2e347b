/** `value` as a regular expression that matches it literally. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern whose spaces match any run of whitespace ("helse og omsorg" across a line break). */
export function phrasePattern(value: string): string {
  return escapeRegExp(value).replace(/ /g, '\\s+');
}
