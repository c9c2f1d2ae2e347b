import { describe, expect, it } from 'vitest';
import { resolveConcept, showsWord } from '../../src/search/match.ts';
import { stem } from '../../src/text/analyze.ts';
import { loadVocabulary, themesIn } from '../../src/text/vocabulary.ts';
import { restoreLetters } from '../../src/answer/letters.ts';

/** A text's word shows a topic word in another inflection, where the stemmer takes a different ending off each. */
describe('showsWord over inflections the stemmer splits', () => {
  const word = (text: string) => ({ word: text, stem: stem(text) });
  it.each([
    ['kurs', 'kurset'],
    ['prosjektmedarbeider', 'prosjektmedarbeideren'],
    ['kurset', 'kurs'],
  ])('"%s" shows "%s"', (textWord, asked) => {
    expect(showsWord(textWord, word(asked))).toBe(true);
  });

  it('does not join different words', () => {
    expect(showsWord('kurve', word('kurset'))).toBe(false);
    expect(showsWord('data', word('dato'))).toBe(false);
  });
});

/** Found from the spent blind sets h14 and e12: a nynorsk text word, a hyphenated compound, a word typed without å. */
describe('words written in another form than the question asks', () => {
  const word = (text: string) => ({ word: text, stem: stem(text) });
  const stats = { passages: 1000, documentFrequency: () => 3 };

  it('a nynorsk text word shows the bokmål word asked ("tenestene" shows "tjenester", "løysingar" "løsninger")', () => {
    expect(showsWord('tenestene', word('tjenester'))).toBe(true);
    expect(showsWord('løysingar', word('løsninger'))).toBe(true);
    expect(showsWord('husstandar', word('husstander'))).toBe(true);
  });

  it('a hyphenated compound is shown by its parts written apart ("IOP-verktøyet" by "Verktøy … (IOP og IUP)")', () => {
    const concept = resolveConcept('iop-verktøyet', loadVocabulary(), stats, 'nb');
    expect(concept.kind).toBe('words');
    expect(concept.shows('Verktøy for Individuelle Opplæringsplaner (IOP og IUP)')).toBe(true);
    expect(concept.shows('Verktøy for saksbehandling')).toBe(false);
  });

  describe('a stop word typed without its letter', () => {
    // The documents hold these words as typed, not "faa", "ogsa" or "naar".
    const heldWords = ['hvor', 'raskt', 'internett', 'skal', 'folk', 'hjemme', 'satser', 'sensorer', 'eldre', 'bor'].map(stem);
    const held = { passages: 1000, documentFrequency: (s: string) => (heldWords.includes(s) ? 4 : 0) };
    it('is restored ("faa" → "få", "naar" → "når")', () => {
      expect(restoreLetters('hvor raskt internett skal folk faa hjemme, og naar?', held)).toBe('hvor raskt internett skal folk få hjemme, og når?');
    });
    it('is not read into a question that writes æ, ø or å elsewhere ("kor fort" is not "kor ført")', () => {
      const fortMissing = { passages: 1000, documentFrequency: (s: string) => (s === stem('fort') ? 0 : 4) };
      expect(restoreLetters('kor fort skal nettet vere heime hjå folk?', fortMissing)).toBe('kor fort skal nettet vere heime hjå folk?');
      expect(restoreLetters('kor fort skal nettet vere heime hja folk?', fortMissing)).not.toContain('kor fort');
    });
    it('is not read into a word the documents hold as typed ("som bor hjemme" is not "som bør hjemme")', () => {
      expect(restoreLetters('hvem satser pa sensorer for eldre som bor hjemme, ogsa?', held)).toBe('hvem satser på sensorer for eldre som bor hjemme, også?');
    });
  });

  it('chatbots and virtual assistants are a theme of their own, not artificial intelligence', () => {
    const vocabulary = loadVocabulary();
    expect(themesIn(vocabulary, 'Innføre chatbot og digital innbyggerdialog på kommunens nettsider')).toContain('chatbot');
    expect(themesIn(vocabulary, 'a virtual assistant for residents')).toEqual(['chatbot']);
    expect(themesIn(vocabulary, 'samtaleroboter i tenestene')).toEqual(['chatbot']);
  });
});
