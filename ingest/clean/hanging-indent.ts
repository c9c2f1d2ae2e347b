/**
 * A bullet wrapped with a hanging indent in text laid out by position (pdftotext -layout, a brochure's
 * column): the lines after the bullet's first start where its text starts, under the text and not under
 * the bullet, and belong to it whatever letter opens them ("• Co-fund fibre to Bugøynes and the upper" /
 * "  Pasvik valley."). Such lines are joined to the bullet's line, so that a wrapped name is not read as
 * the start of the text after the list. Lines indented otherwise, blank lines and the next bullet end it.
 */

/** A bullet line: its indentation, the glyph, the gap after it, then text. */
const BULLET_LINE = /^([ \t]*)[•▪●◦‣∙*–-]([ \t]+)\S/;
/** The most lines one bullet may wrap over: a bound on a join. */
const MAX_WRAPPED_LINES = 8;

/** The text with each hanging-indented bullet on one line. */
export function hangingBulletsJoined(text: string): string {
  if (!/[•▪●◦‣∙*–-][ \t]/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bullet = BULLET_LINE.exec(line);
    if (!bullet) {
      out.push(line);
      continue;
    }
    const textColumn = bullet[1]!.length + 1 + bullet[2]!.length;
    let joined = line.trimEnd();
    let j = i + 1;
    for (; j < lines.length && j - i <= MAX_WRAPPED_LINES; j++) {
      const next = lines[j]!;
      const indent = next.length - next.trimStart().length;
      // Only a hanging indent deeper than the bullet's own (text under text, not a new line of the page).
      if (next.trim() === '' || indent !== textColumn || textColumn <= bullet[1]!.length || BULLET_LINE.test(next)) break;
      joined += ` ${next.trim()}`;
    }
    out.push(joined);
    i = j - 1;
  }
  return out.join('\n');
}
