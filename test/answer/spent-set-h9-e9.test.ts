import { describe, expect, it } from 'vitest';
import { findThemeLabels, loadVocabulary, widestMatches } from '../../src/text/vocabulary.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h9 and -e9 (read openly on 2026-12-05, ninth session) showed misread: an
 * adjective after "gjøre" taken for the people a theme is made for ("gjøre tilgjengelig åpne data"), the
 * benefits of investments read as a question of money, a school theme that swallowed learning tools,
 * leaders' digital skills read as governance or as any training, a broad label ("digitale tjenester") that
 * hid what the question was about (satisfaction), questions asking "where in the strategies" read as
 * look-ups, English words with no Norwegian equivalent, one organisation compared with "the rest of the country"
 * and "above what cost" read as a budget question with no budget row. Real answers over the development
 * corpus, asked in other words than the golden questions.
 */
const dev = useDevelopmentStore();
const { ask, read, qualifier } = dev;
const themes = (text: string) => widestMatches(findThemeLabels(loadVocabulary(), text)).map((match) => match.theme);
/** The organisations of `names` that a coverage answer names as taking the topic up. */
const named = (answer: { answer: string }, names: string[]) => names.filter((name) => addressing(answer).includes(name));

describe('reading the question', () => {
  it('takes only a plural after a causative verb for the people a theme is made for', () => {
    expect(qualifier('Hvilke kommuner vil gjøre tilgjengelig åpne data?')).toBeNull();
    expect(qualifier('Hvilke kommuner vil få lærerne flinkere digitalt?')).toEqual(['lærerne']);
  });

  it('reads the benefits of investments as benefits, not money', () => {
    expect(read('Hvem krever at nytten av IKT-investeringene skal dokumenteres?').intent).toBe('coverage');
    expect(read('Which councils track the benefits of their IT investments?').intent).toBe('coverage');
    expect(read('Hvor mye skal Sørum investere i IKT i 2015?').intent).toBe('budget');
  });

  it('reads "where in the strategies" and "where do municipalities" as asking across them', () => {
    expect(read('Hvor i strategiene står det noe om sosiale medier?').intent).toBe('coverage');
    expect(read('Where do municipalities plan to use sensors in nursing homes?').intent).toBe('coverage');
  });

  it('reads "how many municipalities have goals on X" as counting the strategies on X, not as a question of members', () => {
    expect(read('Hvor mange kommuner har mål om åpne data?').intent).toBe('coverage');
    expect(read('How many strategies address welfare technology?').intent).toBe('coverage');
    expect(read('Hvor mange kommuner er med i ROR-IKT?').intent).toBe('document');
  });

  it('names learning tools, not school, when school only says where they are used', () => {
    expect(read('Hvem har mål om digitale læremidler i skolen?').topic).toMatch(/læremidler/);
    expect(themes('digitale læremidler i skolen')).toEqual(['digitale-laeremidler', 'skole']);
  });
});

describe('answers', () => {
  it('answers open data asked as "make available" with every strategy on open data', async () => {
    const wanted = ['Asker kommune', 'Bergen kommune', 'Stavanger kommune', 'Sørum kommune'];
    expect(named(await ask('Kven vil gjere tilgjengeleg opne data?'), wanted)).toEqual(wanted);
  });

  it('answers benefits of investments as benefits realisation, not as budget lines not found', async () => {
    const answer = await ask('Hvem krever at gevinstene av IKT-investeringer skal hentes ut?');
    expect(answer.intent).toBe('coverage');
    expect(named(answer, ['Rælingen kommune', 'Molde kommune'])).toEqual(['Rælingen kommune', 'Molde kommune']);
  });

  it('answers learning tools for pupils without every strategy that mentions schools', async () => {
    const answer = await ask('Kven har mål om digitale læremiddel for elevane i skulen?');
    expect(named(answer, ['Kristiansand kommune', '3-1 IKT-samarbeidet', 'Drammen kommune', 'Tønsberg kommune'])).toEqual(['Kristiansand kommune', '3-1 IKT-samarbeidet']);
  });

  it('answers satisfaction with digital services, not digital services', async () => {
    for (const question of ['Hvilke kommuner har mål for hvor fornøyde innbyggerne er med de digitale tjenestene?', 'Which municipalities have targets for how satisfied residents are with digital services?']) {
      const answer = await ask(question);
      expect(named(answer, ['Trondheim kommune', 'Sandnes kommune', 'Stavanger kommune', 'Bodø kommune', 'Gjøvik kommune'])).toEqual(['Trondheim kommune', 'Sandnes kommune', 'Stavanger kommune']);
    }
  });

  it('names the same strategies for leaders’ digital skills however it is asked', async () => {
    const candidates = ['Asker kommune', 'Lillestrøm kommune', 'Tromsø kommune', 'Kongsbergregionen', '3-1 IKT-samarbeidet', 'ROR-IKT', 'Stavanger kommune', 'Drammen kommune', 'Vestland fylkeskommune'];
    const lists = [];
    for (const question of ['Hvilke kommuner har mål om digital kompetanse for ledere?', 'hvem skal gi lederne kurs i endringsledelse?', 'Kven vil styrkje den digitale kompetansen til leiarane?', 'Who wants managers to get better at leading digital change?']) lists.push(named(await ask(question), candidates));
    expect(lists[0]).toEqual(['Asker kommune', 'Lillestrøm kommune', 'Tromsø kommune', 'Kongsbergregionen', '3-1 IKT-samarbeidet']);
    for (const list of lists.slice(1)) expect(list).toEqual(lists[0]);
  });

  it('finds systems integration asked in English inflections', async () => {
    expect(named(await ask('Which councils want their systems integrated?'), ['Sandnes kommune', 'Tønsberg kommune'])).toEqual(['Sandnes kommune', 'Tønsberg kommune']);
  });

  it('finds a Norwegian goal asked in English through common administrative words', async () => {
    const answer = await ask('By when should the overview of all systems and agreements be in place?', ['What are Gjøvik municipality’s ICT goals?']);
    expect(answer.citations[0]?.organisation).toBe('Gjøvik kommune');
    expect(answer.answer).toMatch(/2020/);
  });
});

describe('no false "not found"', () => {
  it('answers one strategy measured against the rest of the country from its text, not as a comparison of two', async () => {
    const answer = await ask('hvor god vil tromso bli pa digital modenhet sammenlignet med resten av landet?');
    expect(answer.citations[0]?.quote).toMatch(/ti beste kommunene i landet/);
  });

  it('reads "above what cost" as asking an amount the text states, where no budget row has it', async () => {
    const answer = await ask('In Bodø, above what project cost must the digitalisation council approve a project?');
    expect(answer.citations[0]?.quote).toMatch(/500 000 kroner/);
  });
});

describe('comparisons', () => {
  it('names what the one budget line on the topic is for, beside its amount', async () => {
    const answer = await ask('Hvordan skiller Sørum og Tønsberg seg på informasjonssikkerhet?');
    expect(answer.answer).toMatch(/budsjett \(«Informasjonssikkerhetstiltak \(ISO 27001, brannvegger\)»\): 2015/);
  });
});

