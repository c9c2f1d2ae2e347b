/**
 * What markdown written by tools adds around the text, read before headings are marked:
 * - YAML front matter ("---" / "title: …" / "---" at the very start), a site generator's metadata, no text;
 * - pandoc's attribute spans and image attributes ("[]{#_Toc123 .anchor}", "![](media/logo.png){width=…}"),
 *   which a Word document converted by pandoc carries before its headings and in place of its logo;
 * - pandoc's simple and multiline tables (columns marked by a rule of dash runs under the header),
 *   written as pipe tables, which structure reads as it reads markdown tables;
 * - HTML comments, which a PDF-to-markdown converter leaves where a picture stood ("<!-- image -->");
 * - a table of contents of links to the page's own headings ("## Innhald" over "- [Visjon](#visjon)" …), whose
 *   heading is no section of the document.
 */
import { pipeDivider, pipeRow } from './table-rows.ts';

/**
 * Removes HTML comments ("<!-- image -->", "<!-- page 3 -->"); a comment left open runs to the end of its
 * line. One pass with indexOf, linear in the text.
 */
export function withoutHtmlComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const parts: string[] = [];
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    parts.push(text.slice(from, open));
    const close = text.indexOf('-->', open + 4);
    const lineEnd = text.indexOf('\n', open);
    from = close >= 0 ? close + 3 : lineEnd >= 0 ? lineEnd : text.length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Front matter: a "---" line opening the file, "key: value" lines, a closing "---" or "..." line. */
const FRONT_MATTER = /^\ufeff?---[ \t]*\n((?:[ \t]*(?:[\w-]+[ \t]*:.*|-[ \t].*|#.*|)\n){1,60}?)(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Removes YAML front matter; other text is unchanged. */
export function withoutFrontMatter(text: string): string {
  const m = FRONT_MATTER.exec(text);
  // At least one "key: value" line: a rule over a list of dashes is no front matter.
  return m && /^[ \t]*[\w-]+[ \t]*:/m.test(m[1] ?? '') ? text.slice(m[0].length) : text;
}

/** "![alt](src){width=…}": an image, with pandoc's attributes (its alt text may wrap over lines); no text of the document. */
const IMAGE = /!\[[^\]]{0,400}\]\([^)\n]*\)(?:\{[^}\n]*\})?/g;
/** "[]{#_Toc123 .anchor}", "[text]{.underline}": a pandoc span with attributes; its text stays. */
const ATTRIBUTE_SPAN = /\[([^\]\n]*)\]\{[#.][^}\n]*\}/g;
/**
 * "# **Innledning** {#innledning}", "## Mål {#maal .unnumbered}": the identifier and classes that pandoc,
 * kramdown and Google Docs' markdown export write after a heading's text; no text of the heading.
 */
const HEADING_ATTRIBUTES = /^(#{1,6}[ \t]+\S.*?)[ \t]+\{[#.][^{}\n]*\}[ \t]*$/gm;
/** "[^1]": a footnote reference in running text (not the note's own "[^1]:" line). */
const FOOTNOTE_REFERENCE = /\[\^[\w-]+\](?!:)/g;

/** Removes images, pandoc attribute spans (keeping their text), headings' attributes and footnote references. */
export function withoutPandocAttributes(text: string): string {
  if (!/[[{]/.test(text)) return text;
  return text.replace(IMAGE, '').replace(ATTRIBUTE_SPAN, '$1').replace(HEADING_ATTRIBUTES, '$1').replace(FOOTNOTE_REFERENCE, '');
}

/** A rule of dash runs, one per column ("-------- ------  ------"): two or more runs. */
const COLUMN_RULE = /^[ \t]*-{3,}(?: +-{3,})+[ \t]*$/;
/** One dash run over the whole table: a multiline table's top and bottom border. */
const BORDER = /^[ \t]*-{10,}[ \t]*$/;
/** The most lines read as one table: a bound that keeps the pass linear. */
const MAX_TABLE_LINES = 400;

/**
 * Pandoc simple and multiline tables as pipe tables. The column rule under the header gives each
 * column's place; a cell is what stands in its column's place. In a multiline table (framed by dash
 * borders) rows are separated by blank lines and a row's lines are joined column by column ("Opplæring
 * av ansatte i" / "veiledning"); in a simple table every line is a row and a blank line ends it.
 *
 *   ------------------------------------        | Tiltak | Ansvar | 2026 |
 *   Tiltak           Ansvar          2026        |---|---|---|
 *   ---------------- ------------- -------   →   | Digihjelp på biblioteket | Biblioteket | 120 000 |
 *   Digihjelp på     Biblioteket     120 000
 *   biblioteket
 *   ------------------------------------
 */
export function pandocTablesAsPipes(text: string): string {
  if (!text.includes('---')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = COLUMN_RULE.test(lines[i]!) ? readTable(lines, i) : null;
    if (!table) {
      out.push(lines[i]!);
      continue;
    }
    // Drop the header lines (and the top border) already written.
    out.length -= table.headerLines;
    out.push(...table.pipe);
    i = table.end - 1;
  }
  return out.join('\n');
}

/** The table whose column rule is line `at`: its pipe lines, how many lines before the rule it takes, the line after it. */
function readTable(lines: string[], at: number): { pipe: string[]; headerLines: number; end: number } | null {
  const columns = [...lines[at]!.matchAll(/-{3,}/g)].map((m) => m.index);
  const cut = (line: string) => columns.map((from, c) => line.slice(from, columns[c + 1] ?? line.length).trim());
  // Header: the lines between the top border (multiline table) or a blank line and the rule.
  let top = at;
  while (top > 0 && at - top < 4 && lines[top - 1]!.trim() !== '' && !BORDER.test(lines[top - 1]!)) top--;
  const framed = top > 0 && BORDER.test(lines[top - 1]!);
  // A simple table's header is one line.
  if (!framed) top = Math.max(top, at - 1);
  const headerLines = lines.slice(top, at);
  if (headerLines.length === 0 && !framed) return null;
  const rows: string[][] = [];
  let block: string[][] = [];
  const closeRow = () => {
    if (block.length > 0) rows.push(columns.map((_, c) => block.map((cells) => cells[c] ?? '').filter(Boolean).join(' ')));
    block = [];
  };
  let j = at + 1;
  for (; j < lines.length && j - at < MAX_TABLE_LINES; j++) {
    const line = lines[j]!;
    if (framed && (BORDER.test(line) || COLUMN_RULE.test(line))) {
      j++;
      break;
    }
    if (line.trim() === '') {
      if (!framed) break;
      closeRow();
      continue;
    }
    if (!framed && COLUMN_RULE.test(line)) {
      j++;
      break;
    }
    const cells = cut(line);
    if (framed) block.push(cells);
    else rows.push(cells);
  }
  closeRow();
  if (rows.length < 1 || (rows.length < 2 && headerLines.length === 0)) return null;
  const header = columns.map((_, c) => headerLines.map((line) => cut(line)[c] ?? '').filter(Boolean).join(' '));
  const pipe = [pipeRow(header), pipeDivider(columns.length), ...rows.map(pipeRow)];
  return { pipe, headerLines: headerLines.length + (framed ? 1 : 0), end: j };
}

/** A heading line, then only list items that link to anchors of the page itself ("- [Visjon](#visjon)"), two or more. */
const CONTENTS = /^(#{1,6})[ \t]+(\S[^\n]*)\n((?:[ \t]*\n)*(?:[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\[[^\]\n]+\]\(#[^)\n]*\)[ \t]*(?:\n|$)){2,})/gm;

/**
 * A heading over a table of contents that links to the page's own headings (a wiki's, a Notion export's, a web
 * page's "Innhald" / "Innhold på siden" / "Contents"): its heading mark goes, so that it is text, not a section;
 * the list stays as it is. Known by the links to anchors of the page ("(#visjon)"), not by its word.
 */
export function contentsHeadingsUnmarked(text: string): string {
  if (!text.includes('](#')) return text;
  return text.replace(CONTENTS, (_whole, _marks: string, title: string, list: string) => `${title}\n${list}`);
}

/** ">" opening a line of a block quote, nested or not ("> > …"). */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]*>)*[ \t]?/gm;

/**
 * A block quote's marks ("> «Eg finn aldri skjemaet …»", "> **Status:** Vedtatt …"): markdown's markup, no text;
 * the quoted lines stay, a quote's blank line ("> ") becomes a blank line.
 */
export function withoutQuoteMarks(text: string): string {
  return text.includes('>') ? text.replace(QUOTE_MARKS, '') : text;
}
