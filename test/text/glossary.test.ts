import { describe, expect, it } from 'vitest';
import { loadVocabulary, parseGlossary } from '../../src/text/vocabulary.ts';
import { conceptWords, resolveConcept } from '../../src/search/match.ts';
import { stem } from '../../src/text/analyze.ts';

/** data/glossary-en-nb-nn.tsv: an English question word is searched by its bokmål and nynorsk equivalents. */
describe('the English–Norwegian glossary', () => {
  const stats = { passages: 1000, documentFrequency: () => 3 };

  it('reads each row as its English forms and its Norwegian ones, comments and blank lines left out', () => {
    expect(parseGlossary('# english\tbokmål\tnynorsk\n\nprocure|procured\tanskaffe|kjøpe inn\tanskaffe|kjøpe inn\n')).toEqual([{ english: ['procure', 'procured'], norwegian: ['anskaffe', 'kjøpe inn'] }]);
  });

  it('is part of the default vocabulary', () => {
    expect(loadVocabulary().glossary.some((entry) => entry.english.includes('finance system') && entry.norwegian.includes('økonomisystem'))).toBe(true);
  });

  it('lets an English topic find Norwegian text, and leaves Norwegian topics as they are', () => {
    expect(conceptWords('tidkrevende', loadVocabulary(), stats, 'nb')[0]?.alternatives.map((alternative) => alternative.stem)).not.toContain(stem('arbeidskrevende'));
    const words = conceptWords('time-consuming', loadVocabulary(), stats, 'en');
    expect(words[0]?.alternatives.map((alternative) => alternative.stem)).toContain(stem('tidkrevende'));
    const concept = resolveConcept('water meters', loadVocabulary(), stats, 'en');
    expect(concept.shows('Alle vannmålere skal lesast av digitalt innan 2027.')).toBe(true);
    expect(concept.shows('Alle straummålarar skal lesast av digitalt innan 2027.')).toBe(false);
  });
});
