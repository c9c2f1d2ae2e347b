/**
 * A long sentence cut to the part that shows what is asked. A sentence past the length shown is
 * usually cut to its leading words; where the words that show the topic come after that cut (a budget
 * table flattened into one run, then "Inkl. i summen ligger kommunenes andel av kostnader til felles
 * alarmmottak for digitale trygghetsalarmer"), the leading words show nothing, so the window is moved
 * to end just after the first words that do, and widened back to the length allowed.
 */

/** The window of `text` (whitespace collapsed), at most `max` characters, that `shows`; `cut` is false when the text fits whole. */
export function quoteWindow(text: string, max: number, shows: (text: string) => boolean): { quote: string; before: boolean; after: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { quote: clean, before: false, after: false };
  const words = clean.split(' ');
  const leading = cutAt(words, 0, max);
  if (shows(leading.join(' ')) || !shows(clean)) return { quote: leading.join(' '), before: false, after: leading.length < words.length };
  // The fewest leading words that show it, then the fewest of those, counted from their end, that still do.
  let end = 1;
  while (end < words.length && !shows(words.slice(0, end).join(' '))) end++;
  let start = end - 1;
  while (start > 0 && !shows(words.slice(start, end).join(' '))) start--;
  // Widened forward, then backward, within the length allowed.
  while (end < words.length && words.slice(start, end + 1).join(' ').length <= max) end++;
  while (start > 0 && words.slice(start - 1, end).join(' ').length <= max) start--;
  return { quote: words.slice(start, end).join(' '), before: start > 0, after: end < words.length };
}

/** Words from `start` while their text fits in `max` characters (at least one). */
function cutAt(words: string[], start: number, max: number): string[] {
  let end = start + 1;
  while (end < words.length && words.slice(start, end + 1).join(' ').length <= max) end++;
  return words.slice(start, end);
}

/** The window as shown: "…" where text was left out before or after it. */
export function shownWindow(window: { quote: string; before: boolean; after: boolean }): string {
  return `${window.before ? '… ' : ''}${window.quote}${window.after ? ' …' : ''}`;
}
