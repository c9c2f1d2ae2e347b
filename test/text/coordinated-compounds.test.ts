import { describe, expect, it } from 'vitest';
import { withCoordinatedCompounds } from '../../src/text/coordinated-compounds.ts';
import { findThemeLabels, loadVocabulary } from '../../src/text/vocabulary.ts';

describe('compounds written with a shared last part left out', () => {
  it('gives each first part the closing compound’s last part', () => {
    expect(withCoordinatedCompounds('investerings- og driftstiltak')).toBe('investeringstiltak og driftstiltak');
    expect(withCoordinatedCompounds('helse- eller omsorgstjenester')).toBe('helsetjenester eller omsorgstjenester');
    expect(withCoordinatedCompounds('IKT-, plan- og byggesak')).toBe('IKT-sak, plansak og byggesak');
  });

  it('leaves the text as it is where the closing word splits into no known parts', () => {
    expect(withCoordinatedCompounds('kart- og geodata')).toBe('kart- og geodata');
    expect(withCoordinatedCompounds('e-helse og velferdsteknologi')).toBe('e-helse og velferdsteknologi');
  });

  it('still finds a theme label written with the shared part left out', () => {
    const themes = findThemeLabels(loadVocabulary(), withCoordinatedCompounds('nytt sak- og arkivsystem')).map((match) => match.theme);
    expect(themes).toContain('sak-arkiv');
  });
});
