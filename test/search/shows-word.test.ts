import { describe, expect, it } from 'vitest';
import { showsWord } from '../../src/search/match.ts';
import { stem } from '../../src/text/analyze.ts';

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
