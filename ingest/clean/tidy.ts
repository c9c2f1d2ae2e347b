import type { PageStart } from '../model.ts';

/**
 * Collapses runs of spaces, trims lines and limits blank lines, keeping the page map in step.
 * One pass over the input, output built in chunks (linear in the input's length).
 */
export function tidy(input: string, pageStarts: PageStart[]): { text: string; pageStarts: PageStart[] } {
  const map = new Int32Array(input.length + 1);
  const parts: string[] = [];
  let length = 0;
  let last = ''; // the last character written
  let runStart = -1; // start of the pending run of ordinary characters
  const flushRun = (end: number) => {
    if (runStart < 0) return;
    parts.push(input.slice(runStart, end));
    length += end - runStart;
    last = input[end - 1] ?? last;
    runStart = -1;
  };
  const write = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    last = piece[piece.length - 1] ?? last;
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === ' ') {
      flushRun(i);
      let j = i;
      while (input[j] === ' ') j++;
      for (let k = i; k < j; k++) map[k] = length;
      const atLineStart = length === 0 || last === '\n';
      if (!atLineStart && input[j] !== '\n' && j < input.length) write(' ');
      i = j;
      continue;
    }
    if (ch === '\n') {
      flushRun(i);
      let j = i;
      let newlines = 0;
      while (input[j] === '\n' || input[j] === ' ') {
        if (input[j] === '\n') newlines++;
        j++;
      }
      if (length > 0 && j < input.length) write(newlines > 1 ? '\n\n' : '\n');
      for (let k = i; k < j; k++) map[k] = length;
      i = j;
      continue;
    }
    if (runStart < 0) runStart = i;
    map[i] = length + (i - runStart);
    i++;
  }
  flushRun(input.length);
  map[input.length] = length;
  const out = parts.join('');
  const starts = pageStarts.map((start) => ({ page: start.page, offset: map[Math.min(start.offset, input.length)] ?? out.length }));
  return { text: out, pageStarts: starts };
}
