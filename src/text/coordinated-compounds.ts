import { normalize, splitCompound } from './analyze.ts';

/**
 * Compounds written with a shared last part left out ("investerings- og driftstiltak", "helse- og
 * omsorgstjenester", "IKT-, plan- og byggesak"): Norwegian writes the first compound as its first part and
 * a hyphen. Each such part is given the last part of the compound that closes the list, so the text names
 * both ("investeringstiltak og driftstiltak"). A closing compound that splits into no known parts
 * (data/compound-parts.txt) leaves the text as it is. Theme labels are read both ways (src/text/vocabulary.ts).
 */
export function withCoordinatedCompounds(text: string): string {
  return text.replace(COORDINATED, (whole: string, parts: string, closing: string) => {
    const spans = splitCompound(normalize(closing));
    const last = spans?.at(-1);
    if (!last || last.start === 0) return whole;
    const shared = closing.slice(last.start);
    // An abbreviation keeps its hyphen ("IKT-sak"); a word is joined to the shared part ("plansak").
    const joined = parts.replace(/(\p{L}+)-(?=\s*(?:,|og|eller|and|or)\s)/gu, (_: string, part: string) => (/^\p{Lu}+$/u.test(part) ? `${part}-${shared}` : `${part}${shared}`));
    return `${joined}${closing}`;
  });
}

/** One or more first parts with a hyphen, joined by commas, "og", "eller", then the closing compound. */
const COORDINATED = /((?:\p{L}+-\s*(?:,|og|eller|and|or)\s+)+)(\p{L}{7,})/gu;
