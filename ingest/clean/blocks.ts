/**
 * The blocks of a text between blank lines, each with its offset: what a reader takes as one paragraph, one
 * field block or one piece of page furniture. `gap` says what separates them (by default a line of spaces or
 * tabs; a form feed may count too where pages break blocks).
 */
export function textBlocks(text: string, gap: RegExp = /\n[ \t]*\n/g): Array<{ start: number; end: number; text: string }> {
  const blocks: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (const m of text.matchAll(gap)) {
    blocks.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  blocks.push({ start: from, end: text.length, text: text.slice(from) });
  return blocks;
}
