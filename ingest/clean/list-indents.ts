/**
 * A markdown list's nesting kept through cleaning: in markdown the indentation of a bullet under a bullet is
 * syntax (its depth in an outline, as Notion, Obsidian and wikis export one), while cleaning trims every line.
 * The indentation of a nested bullet line becomes em spaces (U+2003), one per column, which tidying leaves as
 * they are and every reader still takes as white space; structure reads the depth from them
 * (ingest/structure/nested-lists.ts).
 */

/** The em space that stands for one column of a nested bullet's indentation. */
export const LIST_INDENT = '\u2003';

/** A bullet line: its indentation and its mark ("-", "*", "+", "1.", "1)"). */
const BULLET = /^([ \t]*)(?:[-*+]|\d{1,2}[.)])[ \t]+\S/;

/** Every indented bullet line that follows a bullet line (no blank line between) with its indentation in em spaces. */
export function nestedListIndents(text: string): string {
  if (!/\n[ \t]+[-*+\d]/.test(text)) return text;
  const lines = text.split('\n');
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const m = BULLET.exec(lines[i]!);
    if (!m) {
      // A line indented under an item continues it; anything else ends the list.
      inList = inList && /^[ \t]+\S/.test(lines[i]!);
      continue;
    }
    const indent = m[1]!.replace(/\t/g, '    ');
    if (inList && indent.length > 0) lines[i] = LIST_INDENT.repeat(indent.length) + lines[i]!.slice(m[1]!.length);
    inList = true;
  }
  return lines.join('\n');
}
