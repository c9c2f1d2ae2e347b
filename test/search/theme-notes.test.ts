import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes, themeFromNotes } from '../../src/search/theme-notes.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { ROOT } from '../helpers/corpus.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * The themes' scope notes (data/theme-notes.json): a topic asked in everyday words no label holds is read as
 * the theme whose note holds most of them, and a coverage answer that finds nothing by the words says so and
 * answers for that theme.
 */
const vocabulary = loadVocabulary();
// No word is generic in this corpus of statistics: every word counts.
const stats = { passages: 1000, documentFrequency: () => 3 };

describe('reading a topic by the scope notes', () => {
  it('reads everyday words as the theme they describe', () => {
    expect(themeFromNotes('hjelpe eldre å bo hjemme lenger med teknologi', vocabulary, stats, 'nb')?.theme).toBe('velferdsteknologi');
    expect(themeFromNotes('folk som sliter med nettbanken', vocabulary, stats, 'nb')?.theme).toBe('digital-inkludering');
    expect(themeFromNotes('older people who struggle with online banking and apps', vocabulary, stats, 'en')?.theme).toBe('digital-inkludering');
  });

  it('reads nothing from one word, or from words no note holds', () => {
    expect(themeFromNotes('sensorer', vocabulary, stats, 'nb')).toBeNull();
    expect(themeFromNotes('lange ventetider på tannhelse', vocabulary, stats, 'nb')).toBeNull();
  });

  it('has a note in every language for every theme, and refuses a file that is no notes file', () => {
    const notes = parseNotes(readFileSync(`${ROOT}data/theme-notes.json`, 'utf8'));
    expect(Object.keys(notes).sort()).toEqual(vocabulary.themes.map((theme) => theme.id).sort());
    expect(() => parseNotes('{"notes": {"velferdsteknologi": {"nb": "x"}}}')).toThrow(/not a file of theme notes/);
  });
});

describe('a coverage answer by the notes', () => {
  const dev = useDevelopmentStore();

  it('answers a topic asked in words no strategy uses for the theme they describe, and says so', async () => {
    const answer = await dev.ask('Hvem vil hjelpe folk som strever med nettbanken og skjemaer på nett?');
    expect(answer.answer.split('\n')[0]).toMatch(/jeg leser spørsmålet som temaet «digital inkludering»/);
    const named = ['Drammen kommune', 'Asker kommune', 'Bodø kommune', 'Tromsø kommune'].filter((name) => addressing(answer).includes(name));
    expect(named).toEqual(['Drammen kommune', 'Asker kommune', 'Bodø kommune']);
  });
});
