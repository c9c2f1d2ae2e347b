import { headingMark } from './markers.ts';

/**
 * Headings written in the text's own markup: markdown's `# Title` (ATX) and a line underlined with `===`
 * or `---` (setext), which plain text writes too. Each becomes a heading mark with its level (see
 * markers.ts), so that the level survives the cleaning that follows.
 */

/** Markdown headings: `# Title` (ATX) and a line underlined with `===` or `---` (setext). */
const ATX_HEADING = /^(#{1,6})[ ]+(.*?)(?:[ ]+#+)?[ ]*$/gm;
const SETEXT_HEADING = /^([^\n#>|\-*+ ][^\n]*)\n(=+|-{2,})[ ]*$/gm;

/** An underlined line as a heading mark (level 1 under `===`, 2 under `---`); a list item over a rule stays as it is. */
const setext = (all: string, title: string, rule: string) => (/^\s*(?:[-*+•]|\d+[.)])\s/.test(title) ? all : `${headingMark(rule.startsWith('=') ? 1 : 2)}${title}`);

/** Markdown's headings, `#` and underlined, as heading marks; a `#` with no title is dropped. */
export function markdownHeadingsMarked(text: string): string {
  return text.replace(ATX_HEADING, (_all, hashes: string, title: string) => (title.trim() ? `${headingMark(hashes.length)}${title}` : '')).replace(SETEXT_HEADING, setext);
}

/**
 * Plain text underlines its headings the same way ("Innledning" over "----------"); there a rule
 * about as long as the line above is needed, so that a separator line under a sentence is no heading.
 * The plain-text version of an e-mail newsletter marks its headings and buttons with "** " (as a mailing
 * service writes them: "** Our vision" over a rule): the marks go, and a line over a rule is a heading.
 */
export function underlinedHeadingsMarked(text: string): string {
  const unstarred = text.replace(MAILER_MARK, '');
  return unstarred.replace(SETEXT_HEADING, (all, title: string, rule: string) => (rule.length >= 3 && rule.length >= title.trim().length * 0.6 && title.trim().length <= 120 ? setext(all, title, rule) : all));
}

/** "** Funding", "** View this email in your browser (…)": a newsletter's mark before a heading or a button, not bold text ("**Funding**"). */
const MAILER_MARK = /^\*\*[ \t]+(?=\S(?![^\n]*\*\*[ \t]*$))/gm;
