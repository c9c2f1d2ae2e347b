/**
 * A Word document with tracked changes exported by pandoc with `--track-changes=all` (a høringsutkast "with
 * visible changes") carries each change as an attribute span:
 * - an insertion, "[2027]{.insertion author="…" date="…"}", whose text is part of the accepted text;
 * - a deletion, "[2026]{.deletion author="…" date="…"}", whose text is not;
 * - a comment, "[comment text]{.comment-start id="0" author="…" date="…"}commented text[]{.comment-end id="0"}",
 *   whose own text is no text of the document while the commented text between start and end is;
 * - a paragraph mark inserted or deleted, "[]{.paragraph-insertion …}", an empty span.
 * The document is read as its accepted text, before tables, headings and inline markup are read: otherwise the
 * deleted and inserted figures run together ("Minst 7075 prosent"), a deleted goal is kept and a comment is
 * glued to the goal it is attached to. Only text holding such spans changes.
 */

/** A change span's attribute block: its class first, as pandoc writes it; it may wrap over a line break. */
const CHANGE_ATTRIBUTES = /\{\.(insertion|deletion|comment-start|comment-end|paragraph-insertion|paragraph-deletion)(?=[\s}])(?:[^{}"\n]|"[^"\n]*"|\n(?![ \t]*\n)){0,400}\}/y;
/** Whether the text holds a change span at all. */
const HAS_CHANGES = /\]\{\.(?:insertion|deletion|comment-start|comment-end)[\s}]/;
/** What the scan stops at: an escape, inline code, a bracket, a blank line (a span does not cross a paragraph). */
const TOKEN = /\\[^\n]|`[^`\n]*`|[[\]]|\n[ \t]*\n/g;
/** The most brackets left open at once: a bound on the scan's stack. */
const MAX_OPEN = 64;
/** A line with nothing left once a change is taken out: blank, a bare list marker or heading mark, a pipe row of empty cells. */
const EMPTIED_LINE = /^[ \t]*(?:(?:[-*+•>]|\d{1,3}[.)]|#{1,6})?[ \t]*|\|(?:[ \t]*\|)+[ \t]*)$/;

/** Where a change was taken out or let in, among the output's pieces. */
const EDIT = Symbol('edit');
type Piece = string | typeof EDIT;

/**
 * The text as its accepted version: insertions' text kept, deletions and comments' text dropped (the commented
 * text stays), the span syntax gone, also inside pipe-table cells and across line breaks. A space left doubled
 * or before punctuation where text was dropped is closed up, and a line the changes leave empty (a deleted
 * bullet, a deleted table row) is dropped. One pass with a bracket stack, linear in the text.
 *
 *   "Minst [70]{.deletion …}[75]{.insertion …} prosent"   →   "Minst 75 prosent"
 */
export function trackedChangesAccepted(text: string): string {
  if (!HAS_CHANGES.test(text)) return text;
  const out: Piece[] = [];
  const open: number[] = []; // the output index of each open "["
  let from = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push(text.slice(from, m.index));
    from = TOKEN.lastIndex;
    const token = m[0];
    if (token === '[') {
      if (open.length >= MAX_OPEN) open.shift();
      open.push(out.length);
      out.push(token);
    } else if (token === ']' && open.length > 0) {
      const at = open.pop()!;
      CHANGE_ATTRIBUTES.lastIndex = from;
      const change = CHANGE_ATTRIBUTES.exec(text);
      if (!change) {
        out.push(token);
        continue;
      }
      const kept = change[1] === 'insertion' ? out.slice(at + 1) : [];
      out.length = at;
      out.push(EDIT, ...kept, EDIT);
      from = CHANGE_ATTRIBUTES.lastIndex;
      TOKEN.lastIndex = from;
    } else {
      if (token.startsWith('\n')) open.length = 0;
      out.push(token);
    }
  }
  out.push(text.slice(from));
  return joinedLines(out);
}

/** The pieces as text: spaces closed up where text was dropped, lines the changes emptied left out. */
function joinedLines(pieces: Piece[]): string {
  const lines: string[] = [];
  let line = '';
  let edited = false; // the current line holds a change
  let joint = false; // the last piece was a change
  for (const piece of pieces) {
    if (piece === EDIT) {
      edited = true;
      joint = true;
      continue;
    }
    if (piece === '') continue;
    const parts = piece.split('\n');
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) {
        if (!(edited && EMPTIED_LINE.test(line))) lines.push(line);
        line = '';
        edited = false;
        joint = false;
      }
      const part = parts[p]!;
      if (part === '') continue;
      // "innbyggerne [etterspør mest]{.deletion} ." / "av  2027": one space, none before punctuation.
      if (joint && line.endsWith(' ') && /^[ .,;:!?)]/.test(part)) line = line.slice(0, -1);
      joint = false;
      line += part;
    }
  }
  if (!(edited && EMPTIED_LINE.test(line))) lines.push(line);
  return lines.join('\n');
}
