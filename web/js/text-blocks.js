/**
 * A passage's text as blocks to show: runs of table lines ("| Tiltak | Ansvar | Kostnad |", two or
 * more) become tables, the markdown rule line under a header ("|---|---|") dropped; everything else
 * stays text as written. Pure, so the document page and its tests share it.
 * @param {string} text
 * @returns {Array<{ kind: 'text', text: string } | { kind: 'table', header: string[], rows: string[][] }>}
 */
export function textBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  let buffer = [];
  const flushText = () => {
    if (buffer.length) blocks.push({ kind: 'text', text: buffer.join('\n') });
    buffer = [];
  };
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && isTableLine(lines[j])) j++;
    if (j - i >= 2) {
      flushText();
      const rows = lines.slice(i, j).filter((line) => !isRule(line)).map(cells);
      blocks.push({ kind: 'table', header: rows[0] ?? [], rows: rows.slice(1) });
      i = j;
    } else {
      buffer.push(lines[i]);
      i++;
    }
  }
  flushText();
  return blocks;
}

const isTableLine = (line) => /^\s*\|.*\|\s*$/.test(line);
const isRule = (line) => /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line);
const cells = (line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
