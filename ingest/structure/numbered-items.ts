/**
 * Numbered items that are not headings: goals numbered under a chapter ("1.1 …", "1.2 …") and lines
 * numbered "1) …" / "1. …" inside a goal block, lower-case clauses included. Pure span finding, like
 * lists.ts; goals.ts decides what they mean.
 */
import { lastItemEnd, MAX_ITEM_GAP, MAX_ITEM_LENGTH, overlaps, trimEnd, type ListItem, type Span, type SpanSet } from './lists.ts';

/**
 * Items numbered under a chapter, "1.1 …", "1.2 …" (at least two, same chapter, counting up from 1),
 * each at the start of a line and a sentence ending in a full stop — a heading "1.1 Status" has none, and
 * a short line over a paragraph that opens with a capital ("2.1 Visjon" / "Telemark – …") is a heading.
 * A wrapped item continues on lines that do not open another item.
 */
export function findDecimalRuns(text: string, exclude: Span[] | SpanSet): ListItem[][] {
  const marks = [...text.matchAll(/(?<=^|\n)[ \t]*(\d{1,2})\.(\d{1,2})\.?[ \t]+(?=[\p{Lu}«])/gu)].filter((m) => !overlaps(m.index, exclude));
  const runs: ListItem[][] = [];
  let current: Array<{ chapter: string; number: number; item: ListItem }> = [];
  const flush = () => {
    if (current.length >= 2 && current.every((entry) => /[.!]$/.test(text.slice(entry.item.start, entry.item.end)))) runs.push(current.map((entry) => entry.item));
    current = [];
  };
  for (const m of marks) {
    const start = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    // Continuation lines: not blank, not another numbered item, and the item not yet finished.
    while (!/[.!]\s*$/.test(text.slice(start, end)) && end < text.length) {
      const nextEnd = text.indexOf('\n', end + 1);
      const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
      if (next.trim() === '' || /^\s*\d{1,2}\.\d{1,2}\s/.test(next) || end - start > MAX_ITEM_LENGTH) break;
      end = nextEnd < 0 ? text.length : nextEnd;
    }
    // "2.1 Visjon" over its paragraph ("Telemark – digitalt og nært …"): a subheading, not an item.
    const firstLine = text.slice(start, lineEnd < 0 ? text.length : lineEnd).trim();
    if (lineEnd >= 0 && end > lineEnd && firstLine.split(/\s+/).length <= 6 && !/[.,;:!?]$/.test(firstLine) && /^\s*[\p{Lu}«]/u.test(text.slice(lineEnd + 1, lineEnd + 4))) {
      flush();
      continue;
    }
    const entry = { chapter: m[1] ?? '', number: Number(m[2]), item: { label: `${m[1]}.${m[2]}`, start, end: trimEnd(text, start, end) } };
    const previous = current[current.length - 1];
    if (previous && entry.chapter === previous.chapter && entry.number === previous.number + 1 && start - previous.item.end < MAX_ITEM_GAP) current.push(entry);
    else {
      flush();
      if (entry.number === 1) current.push(entry);
    }
  }
  flush();
  return runs;
}

/**
 * Items numbered at the start of their lines, "1) …", "2) …" or "1. …", counting up from 1 (at least
 * two), inside [from, to): lower-case clauses after "Tiltakene skal bidra til at:" included. Meant for
 * goal blocks, where a numbered list is known to list something.
 */
export function findLineNumberedRuns(text: string, from: number, to: number, exclude: Span[] | SpanSet, lineBased: boolean): ListItem[][] {
  const slice = text.slice(from, to);
  const marks = [...slice.matchAll(/(?<=^|\n)[ \t]*(\d{1,2})([.)])[ \t]+(?=[\p{L}«])/gu)].filter((m) => !overlaps(from + m.index, exclude));
  const runs: ListItem[][] = [];
  let current: RegExpExecArray[] = [];
  const flush = () => {
    if (current.length >= 2) {
      runs.push(
        current.map((m, k) => {
          const start = from + m.index + m[0].length;
          const next = current[k + 1];
          const end = next ? from + next.index : lastItemEnd(text, start, to, lineBased);
          return { label: m[1] ?? null, start, end: trimEnd(text, start, end) };
        }),
      );
    }
    current = [];
  };
  for (const m of marks) {
    const previous = current[current.length - 1];
    if (previous && Number(m[1]) === Number(previous[1]) + 1 && m[2] === previous[2] && m.index - previous.index < MAX_ITEM_GAP) current.push(m as RegExpExecArray);
    else {
      flush();
      if (m[1] === '1') current.push(m as RegExpExecArray);
    }
  }
  flush();
  return runs;
}

/**
 * Items labelled by a code of one to three capitals and a number, "M1 …", "M2 …" ("T1 Opplæring …",
 * "DM3 …"), each at the start of a line, inside [from, to): two or more with the same capitals, counting up
 * from 1. An item runs to the end of its line and over the lines after it that open no other item, up to
 * a blank line. The label is the code ("M1"); goals.ts gives the items their block's kind.
 */
export function findCodeLabelledRuns(text: string, from: number, to: number, exclude: Span[] | SpanSet): ListItem[][] {
  const slice = text.slice(from, to);
  const marks = [...slice.matchAll(/(?<=^|\n)[ \t]*(\p{Lu}{1,3})[ \t]?(\d{1,2})[.:)]?[ \t]+(?=[\p{Lu}«\d])/gu)].filter((m) => !overlaps(from + m.index, exclude));
  const runs: ListItem[][] = [];
  let current: RegExpExecArray[] = [];
  const flush = () => {
    if (current.length >= 2) {
      runs.push(
        current.map((m) => {
          const start = from + m.index + m[0].length;
          const blank = text.slice(start, to).search(/\n[ \t]*(?:\n|$)|\n[ \t]*\p{Lu}{1,3}[ \t]?\d{1,2}[.:)]?[ \t]/u);
          const end = Math.min(blank < 0 ? to : start + blank, start + MAX_ITEM_LENGTH);
          return { label: `${m[1]}${m[2]}`, start, end: trimEnd(text, start, end) };
        }),
      );
    }
    current = [];
  };
  for (const m of marks) {
    const previous = current[current.length - 1];
    if (previous && m[1] === previous[1] && Number(m[2]) === Number(previous[2]) + 1 && m.index - previous.index < MAX_ITEM_GAP) current.push(m as RegExpExecArray);
    else {
      flush();
      if (m[2] === '1') current.push(m as RegExpExecArray);
    }
  }
  flush();
  return runs;
}
