/**
 * The sentence (or list line) of `text` around `offset`, at most ~300 characters. A line break ends it
 * only where a line ends a sentence or a heading, or a list item follows: a PDF's visual lines wrap
 * inside sentences ("…og en digital\ntvilling av bydelen …").
 */
export function sentenceAt(text: string, offset: number): string {
  let start = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const ended = sentenceEndAt(text, i);
    if ((ended > 0 && ended < offset && /\s/.test(text[ended] ?? '')) || (text[i] === '\n' && endsLine(text, i))) {
      start = text[i] === '\n' ? i + 1 : ended;
      break;
    }
  }
  let end = text.length;
  for (let i = offset; i < text.length; i++) {
    const ended = sentenceEndAt(text, i);
    if (ended > 0) { end = ended; break; }
    if (text[i] === '\n' && endsLine(text, i)) { end = i; break; }
  }
  while (/\s/.test(text[start] ?? '')) start++;
  if (offset - start > 200) start = text.lastIndexOf(' ', offset - 150) + 1;
  if (end - offset > 250) end = text.indexOf(' ', offset + 200) > 0 ? text.indexOf(' ', offset + 200) : text.length;
  return text.slice(start, end).trim();
}

/**
 * True when the line break at `i` ends a unit: a blank line, a line ending a sentence, a list item
 * after it, or a short line (a heading) before a capital; a line going on in lower case only wraps.
 */
export function endsLine(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i).trim();
  const next = text.slice(i + 1, i + 8);
  if (line === '' || next.trim() === '' || /[.!?:;][»"”']?$/u.test(line) || /^\s*(?:\n|[-–•*]\s|\d{1,2}[.)]\s|\p{Ll}\)\s)/u.test(next)) return true;
  return line.length < SHORT_LINE && /^\s*[\p{Lu}\d]/u.test(next);
}

/** A line shorter than this before a capital is taken for a heading. */
const SHORT_LINE = 40;

/**
 * The sentences (and list items, and heading lines) of `text`, each with where it starts: the units
 * `sentenceAt` reads, so that what is found in one unit is quoted as that unit.
 */
export function sentenceUnits(text: string): Array<{ start: number; text: string }> {
  const units: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ended = sentenceEndAt(text, i);
    const ends = (ended > 0 && ended < text.length) || (text[i] === '\n' && endsLine(text, i));
    if (!ends) continue;
    const end = text[i] === '\n' ? i : ended;
    if (end <= start) continue;
    units.push({ start, text: text.slice(start, end) });
    start = end;
  }
  units.push({ start, text: text.slice(start) });
  return units;
}

/**
 * Where a sentence ends when its last mark is at `i` ("…2027." or "…2027.»" before a space, a line
 * break or the end), or -1: not a list number's full stop ("2. Fristen …" at the start of a line).
 */
function sentenceEndAt(text: string, i: number): number {
  if (!/[.!?]/.test(text[i]!)) return -1;
  const end = /[»"”']/u.test(text[i + 1] ?? '') ? i + 2 : i + 1;
  if (end < text.length && !/\s/.test(text[end]!)) return -1;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  if (text[i] === '.' && /^\s*\d{1,2}$/.test(text.slice(lineStart, i))) return -1;
  return end;
}
