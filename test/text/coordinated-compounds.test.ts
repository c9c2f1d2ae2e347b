import { describe, expect, it } from 'vitest';
import { withCoordinatedCompounds } from '../../src/text/coordinated-compounds.ts';
import { findThemeLabels, loadVocabulary } from '../../src/text/vocabulary.ts';

describe('compounds written with a shared last part left out', () => {
  it('gives a first part that is no word of its own the closing compound’s last part', () => {
    expect(withCoordinatedCompounds('investerings- og driftstiltak')).toBe('investeringstiltak og driftstiltak');
    expect(withCoordinatedCompounds('utviklings-, drifts- eller forvaltningskostnader')).toBe('utviklingskostnader, driftskostnader eller forvaltningskostnader');
  });

  it('leaves first parts that are words of their own as written', () => {
    expect(withCoordinatedCompounds('sak- og arkivsystemer')).toBe('sak- og arkivsystemer');
    expect(withCoordinatedCompounds('helse- og omsorgsplanen')).toBe('helse- og omsorgsplanen');
  });

  it('leaves the text as it is where the closing word splits into no known parts', () => {
    expect(withCoordinatedCompounds('investerings- og geodata')).toBe('investerings- og geodata');
  });

  it('finds a theme label either way', () => {
    const themes = (text: string) => findThemeLabels(loadVocabulary(), withCoordinatedCompounds(text)).map((match) => match.theme);
    expect(themes('nytt sak- og arkivsystem')).toContain('sak-arkiv');
  });
});
