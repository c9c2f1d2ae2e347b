import { describe, expect, it } from 'vitest';
import { tagsVersion, tagThemes } from '../../ingest/structure/themes.ts';
import { ensureThemeTags } from '../../src/load.ts';
import { listThemeTags, storedThemesVersion } from '../../src/store/index.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { buildCorpusStore, CORPUS, parseSample } from '../helpers/corpus.ts';

describe('theme tags at ingest', () => {
  it('tags headings, goals, measures, budget rows and passages with the strength of where the theme is named', () => {
    const tags = tagThemes({
      title: 'Strategi for velferdsteknologi 2020',
      sections: [{ title: 'Forord', level: 0 }, { title: 'Informasjonssikkerhet og personvern', level: 1 }],
      goals: [{ text: 'Alle skoler har Feide-pålogging', kind: 'goal' }, { text: 'Andel fakturaer mottatt som e-faktura', kind: 'indicator' }],
      budgets: [{ label: 'Skytjenester', table: 'Investeringer', isSum: false }, { label: 'Sum skytjenester', table: 'Investeringer', isSum: true }],
      passages: [{ text: 'Vi tar i bruk bruk av IKT. Kommunen bruker sosiale medier. Og sosiale medier igjen.' }],
    });
    const strengthOf = (theme: string, item: string) => tags.find((tag) => tag.theme === theme && tag.item === item)?.strength;
    expect(strengthOf('velferdsteknologi', 'document')).toBe('focus');
    expect(strengthOf('sikkerhet-personvern', 'section')).toBe('focus');
    expect(strengthOf('feide', 'goal')).toBe('goal');
    expect(strengthOf('e-faktura', 'goal')).toBe('measure');
    expect(tags.filter((tag) => tag.theme === 'skytjenester' && tag.item === 'budget')).toHaveLength(1); // sum rows are not tagged
    const mention = tags.find((tag) => tag.theme === 'sosiale-medier' && tag.item === 'passage');
    expect(mention).toMatchObject({ strength: 'mention', hits: 2, offset: 'Vi tar i bruk bruk av IKT. Kommunen bruker '.length });
    expect(tags.some((tag) => tag.item === 'section' && tag.index === 0)).toBe(false); // the preamble is not a heading
  });
  it('tags prose under a heading of priorities or measures, or an area below one, as a measure; background and a list introduction stay mentions', () => {
    const tags = tagThemes({
      title: 'IKT-strategi 2024–2027',
      sections: [{ title: 'IKT-strategi', level: 0 }, { title: 'Bakgrunn', level: 1 }, { title: 'Prioriterte områder', level: 1 }, { title: 'Innsatsområder', level: 1 }, { title: 'Helse og omsorg', level: 2 }, { title: 'Organisering', level: 1 }],
      goals: [],
      budgets: [],
      passages: [
        { text: 'Kommunen har tatt i bruk sosiale medier.', section: 1 },
        { text: 'Innen skole prioriteres skytjenester for elevene.', section: 2 },
        { text: 'Området omfatter e-faktura og disse tiltakene:', section: 2 },
        { text: 'Alle hjemmeboende får tilbud om velferdsteknologi.', section: 4 },
        { text: 'IKT-rådet drøfter åpne data hvert år.', section: 5 },
      ],
    });
    const strengthOf = (theme: string) => tags.find((tag) => tag.theme === theme && tag.item === 'passage')?.strength;
    expect(strengthOf('sosiale-medier')).toBe('mention');
    expect(strengthOf('skytjenester')).toBe('measure');
    expect(strengthOf('e-faktura')).toBe('mention');
    expect(strengthOf('velferdsteknologi')).toBe('measure');
    expect(strengthOf('apne-data')).toBe('mention');
  });
  it('tags prose naming a theme under its section heading’s broader theme as a measure of that area; the heading’s own theme stays a mention', () => {
    const tags = tagThemes({
      title: 'IKT-strategi 2024–2027',
      sections: [{ title: 'IKT-strategi', level: 0 }, { title: 'Forvaltning og kompetanse', level: 1 }, { title: 'Bakgrunn', level: 1 }],
      goals: [],
      budgets: [],
      passages: [
        { text: 'IKT-opplæringen for ledere har blitt ivaretatt gjennom kurs.', section: 1 },
        { text: 'Kompetansen i teamene stimuleres gjennom kurs.', section: 1 },
        { text: 'Lederne har fått opplæring for ledere i fjor.', section: 2 },
      ],
    });
    const strengthIn = (theme: string, index: number) => tags.find((tag) => tag.theme === theme && tag.item === 'passage' && tag.index === index)?.strength;
    expect(strengthIn('lederkompetanse', 0)).toBe('measure');
    expect(strengthIn('digital-kompetanse', 1)).toBe('mention');
    expect(strengthIn('lederkompetanse', 2)).toBe('mention');
  });
  it('carries the tags on ParsedDocument: the tiltaksplan has velferdsteknologi as a goal and in budget rows, the 3-1 strategy not at all', async () => {
    const plan = await parseSample(CORPUS.tiltaksplan);
    const velferd = plan.themes.filter((tag) => tag.theme === 'velferdsteknologi');
    expect(velferd.some((tag) => tag.strength === 'goal' && /velferdsteknologi/i.test(plan.goals[tag.index]!.text))).toBe(true);
    expect(velferd.some((tag) => tag.strength === 'budget' && /velferdsteknologi/i.test(plan.budgets[tag.index]!.label))).toBe(true);
    const threeOne = await parseSample(CORPUS.threeOne);
    expect(threeOne.themes.filter((tag) => tag.theme === 'velferdsteknologi')).toEqual([]);
  });
  it('stores the tags by theme and re-makes them from the stored parts when the vocabulary changes', async () => {
    const store = await buildCorpusStore();
    const read = () => listThemeTags(store.db, ['velferdsteknologi'], null, 2).map((tag) => `${tag.documentRowId}:${tag.item}:${tag.strength}:${tag.itemId}`).sort();
    const stored = read();
    expect(stored.length).toBeGreaterThan(5);
    expect(storedThemesVersion(store.db)).toBe(tagsVersion(loadVocabulary()));
    store.db.prepare(`UPDATE meta SET value = 'old' WHERE key = 'themes_version'`).run();
    store.db.prepare('DELETE FROM theme_tags').run();
    const messages: string[] = [];
    ensureThemeTags(store.db, (message) => messages.push(message));
    expect(messages[0]).toMatch(/re-tagged 5 documents/);
    expect(read()).toEqual(stored);
    // The look-up uses the index, not a scan of the table.
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM theme_tags WHERE theme IN ('velferdsteknologi') AND rank >= 2`).all() as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX theme_tags_theme/);
  });
});
