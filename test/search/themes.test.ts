import { describe, expect, it } from 'vitest';
import { resolveConcept, type TermStats } from '../../src/search/match.ts';
import { expandQuery, loadThesaurus } from '../../src/search/thesaurus.ts';
import { findThemeLabels, loadVocabulary, parseVocabulary, themesIn, widestMatches, withNarrower } from '../../src/text/vocabulary.ts';

const vocabulary = loadVocabulary();

describe('theme vocabulary (data/themes.json)', () => {
  it('has the themes of municipal digitalisation, each labelled in bokmål, nynorsk and English, with consistent broader/narrower', () => {
    expect(vocabulary.themes.length).toBeGreaterThanOrEqual(40);
    for (const id of ['velferdsteknologi', 'informasjonssikkerhet', 'personvern', 'skytjenester', 'felleskomponenter', 'id-porten', 'altinn', 'svarut', 'digital-postkasse', 'feide', 'sak-arkiv', 'apne-data', 'sosiale-medier', 'e-helse', 'helsenett', 'skole', 'barnehage', 'digital-kompetanse', 'gevinstrealisering', 'bredband', 'selvbetjening', 'arkitektur', 'innovasjon', 'smartby', 'kunstig-intelligens', 'gronn-it', 'anskaffelser', 'e-faktura']) expect(vocabulary.byId.has(id), id).toBe(true);
    for (const theme of vocabulary.themes) {
      for (const language of ['nb', 'nn', 'en'] as const) expect(theme.prefLabel[language].length).toBeGreaterThan(0);
      for (const child of theme.narrower) expect(vocabulary.byId.get(child)?.broader).toContain(theme.id);
      for (const parent of theme.broader) expect(vocabulary.byId.get(parent)?.narrower).toContain(theme.id);
    }
    expect(withNarrower(vocabulary, 'felleskomponenter')).toEqual(expect.arrayContaining(['id-porten', 'altinn', 'svarut', 'digital-postkasse', 'feide']));
  });
  it('refuses a broken vocabulary with a coded error', () => {
    expect(() => parseVocabulary('{"themes": [{"id": "x"}]}')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const dangling = { themes: [{ id: 'a', prefLabel: { nb: 'a', nn: 'a', en: 'a' }, altLabel: { nb: [], nn: [], en: [] }, hiddenLabel: [], broader: ['nope'], narrower: [] }] };
    expect(() => parseVocabulary(JSON.stringify(dangling))).toThrow(/unknown theme "nope"/);
  });
  it('finds labels inflected, in compounds, hyphenated, in nynorsk and English', () => {
    expect(themesIn(vocabulary, 'Velferdsteknologiprogrammet vil i tillegg')).toContain('velferdsteknologi');
    expect(themesIn(vocabulary, 'velferds-teknologiske løsninger')).toContain('velferdsteknologi');
    expect(themesIn(vocabulary, 'Kommunen skal ha god informasjonstryggleik')).toContain('informasjonssikkerhet');
    expect(themesIn(vocabulary, 'moving to cloud services')).toContain('skytjenester');
    expect(themesIn(vocabulary, 'their open-source software')).toContain('fri-programvare');
    expect(themesIn(vocabulary, 'nytt sak/arkiv-system')).toContain('sak-arkiv');
    expect(themesIn(vocabulary, 'Kommunen bruker sosiale medier')).toContain('sosiale-medier');
    // A multi-word label needs its words together: "sosiale" and "medier" far apart name nothing.
    expect(themesIn(vocabulary, 'sosiale tjenester og trykte medier')).not.toContain('sosiale-medier');
    // General words tag nothing.
    expect(themesIn(vocabulary, 'Bruk av IKT i kommunen skal bli mer digital og elektronisk')).toEqual([]);
    const [match] = findThemeLabels(vocabulary, 'Mål: Innføre e-faktura i 2012');
    expect(match).toMatchObject({ theme: 'e-faktura', start: 13, end: 22 });
  });
  it('matches a label whose function words the text leaves out or adds, and lets the widest of overlapping labels win', () => {
    // A question's topic has lost its stop words ("sliter med å bruke digitale tjenester" → "sliter bruke digitale tjenester").
    const widest = (text: string) => widestMatches(findThemeLabels(vocabulary, text)).map((m) => m.theme);
    expect(widest('hjelpe innbyggere sliter bruke digitale tjenester')).toEqual(['digital-inkludering']);
    expect(widest('hjelpe innbyggere sliter med bruke digitale tjenester')).toEqual(['digital-inkludering']);
    expect(widest('skole i barnehagen')).toEqual(['skole-barnehage']);
    // The label's content words stay in order and its last word must match.
    expect(widest('sliter med å bruke')).not.toContain('digital-inkludering');
    expect(widest('digitale tjenester')).toEqual(['selvbetjening']);
  });
  it('is the thesaurus: English and nynorsk expand to the bokmål terms', () => {
    const thesaurus = loadThesaurus();
    expect(expandQuery(thesaurus, 'welfare technology')).toEqual(expect.arrayContaining(['velferdsteknologi', 'omsorgsteknologi']));
    expect(expandQuery(thesaurus, 'skytenester')).toContain('skytjenester');
    expect(expandQuery(thesaurus, 'standards')).toContain('felleskomponenter'); // an equivalence kept from the old thesaurus
  });
});

describe('concept matching', () => {
  const stats = (frequencies: Record<string, number>, passages = 1000): TermStats => ({ passages, documentFrequency: (stem) => frequencies[stem] ?? 0 });
  it('lets a theme named only by generic words give way to one named by a specific word', () => {
    // "digitale" is generic by the word list, "tjenester" by its share of the passages.
    const common = stats({ tjenest: 600 });
    expect(resolveConcept('universell utforming av digitale tjenester', vocabulary, common).named).toEqual(['universell-utforming']);
    expect(resolveConcept('digitale tjenester', vocabulary, common).named).toEqual(['selvbetjening']);
    // Two specific themes both stay.
    expect(resolveConcept('velferdsteknologi og e-faktura', vocabulary, common).named.sort()).toEqual(['e-faktura', 'velferdsteknologi']);
  });
  it('maps a topic to the themes it names, in any language; the widest label wins', () => {
    for (const topic of ['velferdsteknologi', 'welfare technology', 'omsorgsteknologi']) expect(resolveConcept(topic, vocabulary, stats({})).named).toEqual(['velferdsteknologi']);
    const both = resolveConcept('informasjonssikkerhet og personvern', vocabulary, stats({}));
    expect(both.named).toEqual(['sikkerhet-personvern']);
    expect(both.themes).toEqual(expect.arrayContaining(['informasjonssikkerhet', 'personvern']));
    expect(both.shows('Rutiner for behandling av personopplysninger')).toBe(true);
  });
  it('needs every specific word of a free-text topic, and never counts a generic word alone', () => {
    const concept = resolveConcept('droner kartlegging', vocabulary, stats({ droner: 3, kartlegging: 40 }));
    expect(concept.kind).toBe('words');
    expect(concept.shows('Kommunen vil bruke droner til kartlegging av flom.')).toBe(true);
    expect(concept.shows('Kommunen vil bruke droner.')).toBe(false);
    const generic = resolveConcept('bruk av IKT', vocabulary, stats({ bruk: 600, ikt: 800 }));
    expect(generic.kind).toBe('generic');
    expect(generic.shows('Bruk av IKT')).toBe(false);
    // A generic word beside a specific one is not required.
    const mixed = resolveConcept('digital droner', vocabulary, stats({ digital: 500, droner: 2 }));
    expect(mixed.words.find((w) => w.word === 'digital')?.generic).toBe(true);
    expect(mixed.shows('Droner skal testes.')).toBe(true);
  });
});

describe('themes added from the spent blind sets of the eleventh session (-h14, -h16)', () => {
  const resolved = (topic: string, language: 'nb' | 'nn' | 'en') => resolveConcept(topic, vocabulary, { passages: 1000, documentFrequency: () => 3 }, language).named;
  it.each([
    ['digitale samarbeidsverktøy for de ansatte, videomøter og intranett', 'nb', 'digital-arbeidsplass'],
    ['shared tools so that staff can meet by video and share files', 'en', 'digital-arbeidsplass'],
    ['porteføljestyring og felles prosjektmetodikk', 'nb', 'prosjektstyring'],
    ['a board or a common method for choosing and steering projects', 'en', 'prosjektstyring'],
    ['ha med brukerne når de designer nye tjenester', 'nb', 'brukermedvirkning'],
    ['brukarane skal vere med og forme tenestene', 'nn', 'brukermedvirkning'],
    ['samtaleroboter eller chatboter', 'nn', 'chatbot'],
    ['sosiale nettverk i dialogen med innbyggjarane', 'nn', 'sosiale-medier'],
  ] as const)('%s → %s', (topic, language, theme) => {
    expect(resolved(topic, language)).toContain(theme);
  });
});
