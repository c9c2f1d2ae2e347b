import { readWordList, stem, STOP_WORDS, type Token } from './analyze.ts';

/** Prepositions between a head noun and its modifier that a compound would leave out (data/compound-prepositions.txt). */
const PREPOSITIONS: ReadonlySet<string> = new Set(readWordList('compound-prepositions.txt'));
/** The linking letters a Norwegian compound may put between its parts ("informasjon-s-sikkerhet", "barn-e-hage"). */
const LINKERS = ['', 's', 'e'];

/** A compound a phrase stands for: its text, and the tokens it spans (head, preposition, modifier). */
export interface PhraseCompound {
  compound: string;
  first: number;
  last: number;
}

/**
 * The compounds that "head preposition modifier" phrases stand for: "sikkerhet rundt informasjon" →
 * "informasjonssikkerhet", "tryggleik kring informasjonen" → "informasjonstryggleik". The modifier is taken
 * in its stem and as written ("informasjonen" → "informasjon"), joined to the head with each linking letter;
 * which of them is a word is for the caller to find (a theme label, src/text/vocabulary.ts).
 */
export function phraseCompounds(tokens: readonly Token[]): PhraseCompound[] {
  const compounds: PhraseCompound[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [head, preposition, modifier] = [tokens[i]!.word, tokens[i + 1]!.word, tokens[i + 2]!.word];
    if (!PREPOSITIONS.has(preposition) || STOP_WORDS.has(head) || STOP_WORDS.has(modifier) || /[^\p{L}]/u.test(head + modifier)) continue;
    for (const base of new Set([stem(modifier), modifier])) {
      for (const linker of LINKERS) compounds.push({ compound: `${base}${linker}${head}`, first: i, last: i + 3 });
    }
  }
  return compounds;
}
