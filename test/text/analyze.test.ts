import { describe, expect, it } from 'vitest';
import { analyze, normalize, splitCompound, wordTerms } from '../../src/text/analyze.ts';
import { createTopicMatcher } from '../../src/search/match.ts';
import { expandQuery, loadThesaurus } from '../../src/search/thesaurus.ts';

describe('normalize', () => {
  it('keeps æ, ø and å distinct and folds foreign accents', () => {
    expect(normalize('ØVRE Romerike, Gjøvik, Kåfjord, Ærø')).toBe('øvre romerike, gjøvik, kåfjord, ærø');
    expect(normalize('Café Ähren Göteborg')).toBe('cafe æhren gøteborg');
    expect(normalize('å')).not.toBe(normalize('a'));
  });
});

describe('compounds and inflection', () => {
  it('splits velferdsteknologiprogrammet so it matches velferdsteknologi and teknologi', () => {
    const terms = wordTerms('velferdsteknologiprogrammet');
    expect(terms).toEqual(expect.arrayContaining(wordTerms('velferdsteknologi').slice(0, 1)));
    expect(terms).toEqual(expect.arrayContaining([...wordTerms('teknologi')]));
    expect(terms).toEqual(expect.arrayContaining([...wordTerms('velferd')]));
  });
  it('handles linking -s- (informasjonssikkerhet) and hyphens (velferds-teknologiske)', () => {
    expect(splitCompound('informasjonssikkerhet')).toEqual([{ start: 0, end: 11 }, { start: 12, end: 21 }]);
    expect(wordTerms('velferds-teknologiske')).toEqual(expect.arrayContaining([...wordTerms('velferd')]));
  });
  it('stems inflected forms to one term (kommune/kommunen/kommunene/kommunenes)', () => {
    const forms = ['kommune', 'kommunen', 'kommunene', 'kommunenes'].map((w) => wordTerms(w)[0]);
    expect(new Set(forms).size).toBe(1);
  });
  it('drops stop words in bokmål, nynorsk and English', () => {
    expect(analyze('Hva er det som står i den, kva er dei, what is the')).toEqual(['står']);
  });
  it('does not split short or unknown words', () => {
    expect(splitCompound('kommune')).toBeNull();
    expect(splitCompound('blåbærsyltetøy')).toBeNull();
  });
});

describe('thesaurus', () => {
  const thesaurus = loadThesaurus();
  it('maps English questions to Norwegian terms', () => {
    expect(expandQuery(thesaurus, 'which municipalities prioritise welfare technology')).toEqual(expect.arrayContaining(['velferdsteknologi', 'omsorgsteknologi']));
    expect(expandQuery(thesaurus, 'cloud services')).toContain('skytjenester');
    expect(expandQuery(thesaurus, 'e-health')).toEqual(expect.arrayContaining(['e-helse', 'ehelse']));
    expect(expandQuery(thesaurus, 'information security')).toContain('informasjonssikkerhet');
  });
  it('treats omsorgsteknologi as velferdsteknologi', () => {
    const matcher = createTopicMatcher('omsorgsteknologi', thesaurus);
    expect(matcher.matches('Regionalt program for velferdsteknologi')).toBe(true);
    expect(matcher.matches('Velferdsteknologiprogrammet vil i tillegg')).toBe(true);
    expect(matcher.matches('Kommunene har strategi for informasjonssikkerhet')).toBe(false);
  });
});
