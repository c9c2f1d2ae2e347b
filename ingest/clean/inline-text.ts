/**
 * Clean-ups within lines, after the tables are read: the characters that only look like spaces or
 * show nothing, markdown's inline markup, and words hyphenated across a line break.
 */

/** No-break and thin spaces and tabs as plain spaces; soft hyphens and zero-width characters dropped. */
export function plainCharacters(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\t/g, ' ');
}

/**
 * Markdown's inline markup as its text: links, autolinks, escapes, a leftover `#`, bold and code spans; an
 * HTML anchor without text (`<a id="innhold"></a>`, a web page's jump target) goes.
 */
export function withoutInlineMarkup(text: string): string {
  return text
    .replace(/<a\s+(?:id|name)="[^"\n]*"\s*>\s*<\/a>/gi, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1') // [text](url) → text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\\([()[\]*_#.\-!])/g, '$1')
    .replace(/^#{1,6}[ ]+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1'); // `VEDTATT VERSJON` → VEDTATT VERSJON
}

/** A word hyphenated across a line break joined ("informasjons-\nsikkerhet"), and "e- strategien" closed up, but not "risiko- og sårbarhet". */
export function hyphenationJoined(text: string): string {
  return text
    .replace(/(\p{Ll})-\n[ ]*(\p{Ll})/gu, '$1$2') // hyphenation across a line break
    .replace(/(\p{L})- (?!og\b|eller\b|samt\b|til\b|som\b|enn\b)(\p{Ll})/gu, '$1-$2'); // "e- strategien"
}
