/**
 * Accordions written as HTML in markdown (a web page's "<details><summary>Innbyggeren i sentrum</summary> …"):
 * the summary is the heading of what it folds; the tags themselves are no text.
 */

/** A summary with markup inside or over several lines ("<summary>\n<strong>Mål 1</strong>\n</summary>"): its words on one line. */
const SUMMARY = /<summary\b[^>]*>([^]{0,400}?)<\/summary>/gi;
/** The tags of an accordion on a line, in order: an opening <details>, a summary, a closing </details>. */
const ACCORDION_TAG = /<details\b[^>]*>|<summary>(.*?)<\/summary>|<\/details\s*>/gi;

/**
 * Accordions written as HTML in markdown: each `<summary>` a heading one level under the heading in force
 * where its `<details>` opens (so a nested accordion goes one deeper, and the accordion after one that held
 * headings of its own is again a sibling); the tags themselves are dropped.
 */
export function foldedSections(text: string): string {
  if (!/<summary\b/i.test(text)) return text;
  const flat = text.replace(SUMMARY, (_all, inner: string) => `<summary>${inner.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()}</summary>`);
  let level = 1;
  const opened: number[] = []; // the heading level in force where each open <details> began
  return flat
    .split('\n')
    .map((line) => {
      const atx = /^(#{1,6})\s/.exec(line);
      if (atx) level = atx[1]!.length;
      if (!/<\/?(?:details|summary)\b/i.test(line)) return line;
      const pieces: string[] = [];
      let from = 0;
      for (const m of line.matchAll(ACCORDION_TAG)) {
        pieces.push(line.slice(from, m.index));
        from = m.index + m[0].length;
        const tag = m[0].toLowerCase();
        if (tag.startsWith('<details')) opened.push(level);
        else if (tag.startsWith('</details')) level = opened.pop() ?? level;
        else if (m[1]?.trim()) {
          const heading = Math.min(6, (opened.at(-1) ?? level) + 1);
          if (opened.length > 0) level = heading;
          pieces.push(`\n${'#'.repeat(heading)} ${m[1].trim()}\n`);
        }
      }
      pieces.push(line.slice(from));
      // A line of tags alone leaves nothing; a summary stands on a line of its own.
      const folded = pieces.join('').replace(/^\s*\n|\n\s*$/g, '');
      return folded.trim() === '' ? '' : folded;
    })
    .join('\n');
}
