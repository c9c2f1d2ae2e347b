import { normalize, splitCompound } from './analyze.ts';

/**
 * Compounds written with a shared last part left out ("investerings- og driftstiltak"): Norwegian writes
 * the first compound as its first part and a hyphen. Where that part is no word of its own (it ends in a
 * linking "s"), it is given the last part of the compound that closes the list, so the text names both
 * ("investeringstiltak og driftstiltak"). A closing compound that splits into no known parts
 * (data/compound-parts.txt) leaves the text as it is. Theme labels are read both ways (src/text/vocabulary.ts).
 */
export function withCoordinatedCompounds(text: string): string {
  return text.replace(COORDINATED, (whole: string, parts: string, closing: string) => {
    const spans = splitCompound(normalize(closing));
    const last = spans?.at(-1);
    if (!last || last.start === 0) return whole;
    const shared = closing.slice(last.start);
    // Only a first part that is no word of its own, ending in a linking "s" ("investerings-", "drifts-"):
    // "sak- og arkivsystem", "helse- og omsorgsplanen" read as well as they are written, and stay so.
    if (![...parts.matchAll(PART)].every((m) => LINKED.test(m[1]!))) return whole;
    return `${parts.replace(PART, (_: string, part: string) => `${part}${shared}`)}${closing}`;
  });
}

/** A first part and its hyphen before a comma or a joining word. */
const PART = /(\p{L}+)-(?=\s*(?:,|og|eller|and|or)\s)/gu;
/** A first part ending in a linking "s" after a consonant, four letters or more before it. */
const LINKED = /\p{L}{4,}[^aeiouyæøå\s]s$/u;

/** One or more first parts with a hyphen, joined by commas, "og", "eller", then the closing compound. */
const COORDINATED = /((?:\p{L}+-\s*(?:,|og|eller|and|or)\s+)+)(\p{L}{7,})/gu;
