import { describe, expect, it } from 'vitest';
import { cellLineTablesAsPipes } from '../../ingest/clean/cell-lines.ts';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Layout families first met in the set test/fixtures/fresh14: a pdftotext dump (without -layout) whose table
 * comes out one cell per line; one chapter of a handlingsprogram on a budget web site (site header, menus,
 * breadcrumb, a goal table, an investment table with project numbers, footnote marks and a netto row); the
 * minutes of a council meeting in which the strategy is one case of several; a Notion export (property lines,
 * a contents list of anchors, a nested tree of areas, goals and task checkboxes); the plain-text version of an
 * English e-mail newsletter; a plan built on a resident survey (a # title over a bold subtitle, named goals, a
 * tiltak table whose financing cells are text). Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
type Doc = Awaited<ReturnType<typeof parse>>;
const headings = (doc: Doc) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);
const goalsOf = (doc: Doc) => doc.goals.map((g) => [g.kind, g.text]);
const budgetsOf = (doc: Doc) => doc.budgets.map((b) => [b.label, b.year, b.period ? `${b.period.from}–${b.period.to}` : null, b.amount, b.isSum]);

const CELL_LINES = [
  'Meløy kommune',
  '',
  'TILTAKSPLAN FOR',
  'DIGITAL HJEMMEOPPFØLGING 2027–2028',
  '',
  '3 Tiltak',
  'Tabellen viser tiltakene og kostnadene.',
  '',
  'Nr.',
  'Tiltak',
  'Ansvarlig',
  '2027',
  '2028',
  '1',
  'Sensorer i',
  'omsorgsboligene',
  'Hjemmesykepleien',
  '410 000',
  '150 000',
  '2',
  'Digitale',
  'medisinskap',
  'Tildelingstjenesten',
  '–',
  '220 000',
  '3',
  'Felles',
  'kompetansenettverk',
  'Helse og velferd,',
  'stab',
  'Innenfor',
  'ramme',
  '–',
  'Sum',
  '410 000',
  '370 000',
  '',
  '4 Oppfølging',
  'Planen rulleres hvert år.',
  '',
].join('\n');

describe('a table printed one cell per line (pdftotext without -layout)', () => {
  it('is written as a pipe table: wrapped cells joined, the sum row without its empty cells filled from the right', () => {
    const table = cellLineTablesAsPipes(CELL_LINES).split('\n').filter((line) => line.startsWith('|'));
    expect(table).toEqual([
      '| Nr. | Tiltak | Ansvarlig | 2027 | 2028 |',
      '|---|---|---|---|---|',
      '| 1 | Sensorer i omsorgsboligene | Hjemmesykepleien | 410 000 | 150 000 |',
      '| 2 | Digitale medisinskap | Tildelingstjenesten | – | 220 000 |',
      '| 3 | Felles kompetansenettverk | Helse og velferd, stab | Innenfor ramme | – |',
      '|  | Sum |  | 410 000 | 370 000 |',
    ]);
  });

  it('gives budget rows by year and the Tiltak cells as measures', async () => {
    const doc = await parse(CELL_LINES, 'meloy-tiltaksplan-2027-2028.txt');
    expect(budgetsOf(doc)).toEqual([
      ['Sensorer i omsorgsboligene', 2027, null, 410000, false],
      ['Sensorer i omsorgsboligene', 2028, null, 150000, false],
      ['Digitale medisinskap', 2028, null, 220000, false],
      ['Sum', 2027, null, 410000, true],
      ['Sum', 2028, null, 370000, true],
    ]);
    expect(goalsOf(doc)).toEqual([
      ['measure', 'Sensorer i omsorgsboligene'],
      ['measure', 'Digitale medisinskap'],
      ['measure', 'Felles kompetansenettverk'],
    ]);
  });

  it('leaves lines that do not fill the header row by row as they are', () => {
    const prose = ['Vi prioriterer:', '', 'Tiltak', 'Ansvar', '2027', '2028', 'Ny nettside', 'Kommunikasjon', 'og mer tekst her', ''].join('\n');
    expect(cellLineTablesAsPipes(prose)).toBe(prose);
  });
});

const WEB_CHAPTER = [
  '[Gå til innhold](#main)',
  '',
  '**Vefsn kommune** · Økonomiplan 2027–2030 og årsbudsjett 2027 · `VEDTATT`',
  '',
  '[Hjem](index.html) | [Budsjettskjema](skjema.html) | [Tjenester](tjenester.html) | [Prosjekter](prosjekter.html) | 🔍 Søk',
  '',
  'Du er her: Hjem / Tjenester / 5 Stab / 5.2 IKT',
  '',
  '[◀ Forrige: 5.1 Økonomi](k51.html) · [Neste: 5.3 Personal ▶](k53.html)',
  '',
  '<a id="main"></a>',
  '',
  '# 5.2 IKT og digitalisering',
  '',
  '> **Status:** Vedtatt av kommunestyret 15.12.2026, PS 140/26.',
  '',
  '## Mål',
  '',
  'Tabellen viser målene for tjenesteområdet og hvordan de måles.',
  '',
  '| Område | Tjenestemål | Indikator | Status 2025 | Mål 2030 |',
  '|---|---|---|---:|---:|',
  '| Innbyggere | Alle skjema skal kunne fylles ut digitalt. | Andel digitale skjema | 70 % | 100 % |',
  '| | | Andel saker med digital signering | 40 % | 90 % |',
  '',
  '## Investeringer',
  '',
  '*Tall i mill. kr*',
  '',
  '| Prosjektnr | Prosjekt | 2027 | 2028 | Sum 2027–2028 |',
  '|---|---|---:|---:|---:|',
  '| 31005 | Nye svitsjer i skolene¹ | 1,2 | 0,8 | 2,0 |',
  '| 31007 | Sensorer i omsorgsboliger | 0,6 | – | 0,6 |',
  '| | **Sum investeringer** | **1,8** | **0,8** | **2,6** |',
  '| | Momskompensasjon | -0,3 | -0,1 | -0,4 |',
  '| | **Netto lånebehov** | **1,5** | **0,7** | **2,2** |',
  '',
  '¹ Forutsetter at avtalen med leverandøren forlenges.',
  '',
  '---',
  '',
  '[◀ Forrige: 5.1 Økonomi](k51.html) · [Neste: 5.3 Personal ▶](k53.html)',
  '',
  'Vefsn kommune · Økonomiplan 2027–2030 og årsbudsjett 2027 · [Personvernerklæring](p.html) ·',
  '[Tilgjengelighetserklæring](uu.html) · [Om løsningen](om.html)',
  '',
].join('\n');

describe('one chapter of a handlingsprogram on a budget web site', () => {
  it('drops the skip link, the menu, the breadcrumb and the page links, and takes the publication named in the site header as the title', async () => {
    const doc = await parse(WEB_CHAPTER, 'vefsn-okonomiplan-kap5-2.md');
    expect(doc.metadata.title).toBe('Økonomiplan 2027–2030 og årsbudsjett 2027');
    expect(doc.metadata.adopted).toMatchObject([{ date: '2026-12-15', caseNumber: '140/26' }]);
    expect(doc.text).not.toMatch(/Hopp til|Gå til innhold|Du er her|Forrige|Personvernerklæring|<a id/);
    expect(headings(doc)).toEqual([
      [1, '5.2', 'IKT og digitalisering'],
      [2, null, 'Mål'],
      [2, null, 'Investeringer'],
    ]);
  });

  it('reads a goal column named by a compound of "mål" and its indicators, not the target values', async () => {
    const doc = await parse(WEB_CHAPTER, 'vefsn-okonomiplan-kap5-2.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Alle skjema skal kunne fylles ut digitalt.'],
      ['indicator', 'Andel digitale skjema'],
      ['indicator', 'Andel saker med digital signering'],
    ]);
  });

  it('names investment rows by the project, not its number; drops footnote marks; a netto row that adds up the sum and the financing is a sum', async () => {
    const doc = await parse(WEB_CHAPTER, 'vefsn-okonomiplan-kap5-2.md');
    expect(budgetsOf(doc)).toEqual([
      ['Nye svitsjer i skolene', 2027, null, 1200000, false],
      ['Nye svitsjer i skolene', 2028, null, 800000, false],
      ['Nye svitsjer i skolene', null, '2027–2028', 2000000, true],
      ['Sensorer i omsorgsboliger', 2027, null, 600000, false],
      ['Sensorer i omsorgsboliger', null, '2027–2028', 600000, true],
      ['Sum investeringer', 2027, null, 1800000, true],
      ['Sum investeringer', 2028, null, 800000, true],
      ['Sum investeringer', null, '2027–2028', 2600000, true],
      ['Momskompensasjon', 2027, null, -300000, false],
      ['Momskompensasjon', 2028, null, -100000, false],
      ['Momskompensasjon', null, '2027–2028', -400000, true],
      ['Netto lånebehov', 2027, null, 1500000, true],
      ['Netto lånebehov', 2028, null, 700000, true],
      ['Netto lånebehov', null, '2027–2028', 2200000, true],
    ]);
  });
});

const MINUTES = [
  'SALTDAL KOMMUNE',
  '',
  'MØTEPROTOKOLL',
  '',
  'Kommunestyret',
  '',
  'Møtested:      Rådhuset',
  'Møtedato:      04.11.2026',
  '',
  'SAKSLISTE',
  '',
  'Saksnr.    Arkivsak   Tittel',
  'PS 40/26   26/0500    Godkjenning av innkalling',
  'PS 41/26   26/0410    Handlingsplan for digital kompetanse 2027–2029',
  'PS 42/26   26/0520    Ny brannstasjon – tilleggsbevilgning',
  '',
  '',
  'PS 40/26 Godkjenning av innkalling',
  '',
  'Vedtak: Innkallingen godkjennes.',
  '',
  '',
  'PS 41/26 Handlingsplan for digital kompetanse 2027–2029',
  '',
  'Saken er behandlet i: Formannskapet 20.10.2026, FS-33/26',
  '',
  'Forslag til vedtak (formannskapets innstilling):',
  '1. Saltdal kommunestyre vedtar Handlingsplan for digital kompetanse 2027–2029.',
  '2. Kommunestyret ber kommunedirektøren gjennomføre disse tiltakene i 2027:',
  '   – kurs i informasjonssikkerhet for alle ledere',
  '   – digitale veiledere på biblioteket',
  '',
  'Behandling:',
  '',
  'Kommunalsjefen orienterte om planen.',
  '',
  'Votering:',
  '',
  'Innstillingen ble enstemmig vedtatt.',
  '',
  'KS-41/26 Vedtak:',
  '',
  '1. Saltdal kommunestyre vedtar Handlingsplan for digital kompetanse 2027–2029.',
  '2. Kommunestyret ber kommunedirektøren gjennomføre disse tiltakene i 2027:',
  '   – kurs i informasjonssikkerhet for alle ledere',
  '   – digitale veiledere på biblioteket',
  '',
  '',
  'PS 42/26 Ny brannstasjon – tilleggsbevilgning',
  '',
  'Vedtak: Investeringsbudsjettet økes med 12 mill. kr.',
  '',
  '',
  'Underskrifter',
  '',
  'Protokollen er godkjent elektronisk.',
  '',
].join('\n');

describe('the minutes of a council meeting in which the strategy is one case', () => {
  it('takes the case that names a plan as the title, and its adoption from the meeting date and the case number', async () => {
    const doc = await parse(MINUTES, 'saltdal-moteprotokoll-kommunestyret.txt');
    expect(doc.metadata.title).toBe('Handlingsplan for digital kompetanse 2027–2029');
    expect(doc.metadata.period).toEqual({ from: 2027, to: 2029 });
    expect(doc.metadata.adopted).toMatchObject([{ municipality: 'Saltdal', date: '2026-11-04', caseNumber: '41/26' }]);
  });

  it('has the list of cases, each case numbered, the labelled parts of its handling under it, and the signatures as sections', async () => {
    const doc = await parse(MINUTES, 'saltdal-moteprotokoll-kommunestyret.txt');
    expect(headings(doc)).toEqual([
      [1, null, 'SAKSLISTE'],
      [1, 'PS 40/26', 'Godkjenning av innkalling'],
      [1, 'PS 41/26', 'Handlingsplan for digital kompetanse 2027–2029'],
      [2, null, 'Forslag til vedtak (formannskapets innstilling)'],
      [2, null, 'Behandling'],
      [2, null, 'Votering'],
      [2, 'KS-41/26', 'Vedtak'],
      [1, 'PS 42/26', 'Ny brannstasjon – tilleggsbevilgning'],
      [1, null, 'Underskrifter'],
    ]);
  });

  it('reads the measures a long lead-in names by its last words, once each though the decision repeats the recommendation', async () => {
    const doc = await parse(MINUTES, 'saltdal-moteprotokoll-kommunestyret.txt');
    expect(goalsOf(doc)).toEqual([
      ['measure', 'kurs i informasjonssikkerhet for alle ledere'],
      ['measure', 'digitale veiledere på biblioteket'],
    ]);
    expect(doc.goals.every((goal) => goal.start > doc.text.indexOf('KS-41/26 Vedtak'))).toBe(true);
  });
});

const NOTION = [
  '# Digitaliseringsplan 2027–2028',
  '',
  'Organisasjon: Stryn kommune',
  'Status: Vedteken',
  'Vedteken: 3. mars 2027 (kommunestyret, PS 14/27)',
  'Sist redigert: 5. mars 2027 10:02',
  '',
  '## Innhald',
  '',
  '- [Bakgrunn](#bakgrunn)',
  '- [Satsingar, mål og tiltak](#satsingar-mal-og-tiltak)',
  '',
  '## Bakgrunn',
  '',
  'Planen seier kva vi skal gjere dei neste to åra.',
  '',
  '## Satsingar, mål og tiltak',
  '',
  '- **Tenester**',
  '    - Mål: Innan 2028 skal alle søknader kunne sendast digitalt.',
  '        - [x]  Digitalt skjema for byggjesak',
  '        - [ ]  Ny søkjeteneste på nettsida',
  '            - Ansvar: @Kari Nes · Frist: 01.06.2027',
  '- **Tryggleik**',
  '    - Mål: Alle tilsette skal ha fullført kurs i informasjonstryggleik.',
  '        - [ ]  Phishing-øving for alle einingar',
  '',
].join('\n');

describe('a Notion export with a nested tree of areas, goals and tasks', () => {
  it('reads the adoption from its property line, and a contents list of anchors is no section', async () => {
    const doc = await parse(NOTION, 'stryn-digitaliseringsplan-notion.md');
    expect(doc.metadata.adopted).toMatchObject([{ municipality: 'Stryn', date: '2027-03-03', caseNumber: '14/27' }]);
    expect(headings(doc)).toEqual([
      [1, null, 'Bakgrunn'],
      [1, null, 'Satsingar, mål og tiltak'],
    ]);
  });

  it('reads each level of the tree as the kind its heading names there; labels, boxes and fields are no part of a goal', async () => {
    const doc = await parse(NOTION, 'stryn-digitaliseringsplan-notion.md');
    expect(goalsOf(doc)).toEqual([
      ['focus-area', 'Tenester'],
      ['goal', 'Innan 2028 skal alle søknader kunne sendast digitalt.'],
      ['measure', 'Digitalt skjema for byggjesak'],
      ['measure', 'Ny søkjeteneste på nettsida'],
      ['focus-area', 'Tryggleik'],
      ['goal', 'Alle tilsette skal ha fullført kurs i informasjonstryggleik.'],
      ['measure', 'Phishing-øving for alle einingar'],
    ]);
  });
});

const NEWSLETTER = [
  '** View this email in your browser (https://example.campaign-archive.com/?id=1)',
  '',
  'STEIGEN MUNICIPALITY · NEWSLETTER',
  'No. 4/2027 · June 2027',
  '',
  '------------------------------------------------------------',
  '',
  '** Our new ICT Strategy 2027–2030',
  '------------------------------------------------------------',
  '',
  'On 12 May 2027 the municipal council (kommunestyret) of Steigen adopted the ICT Strategy 2027–2030',
  '(case PS 22/27). This is a short summary in English.',
  '',
  '------------------------------------------------------------',
  '',
  '** Three objectives – and how we will measure them',
  '------------------------------------------------------------',
  '',
  'Objective 1 – Services online',
  'By 2030, residents shall be able to book every municipal service online.',
  'KPI: share of bookings made online. Baseline 2026: 40 %. Target 2030: 90 %.',
  'What we will do:',
  '* launch an online booking page',
  '* train the service desk in online booking',
  '',
  'Objective 2 – Safer systems',
  'By the end of 2029, all staff shall have completed security training.',
  'KPI: staff with completed training. Baseline 2026: 120. Target 2029: 400.',
  'What we will do:',
  '* run a yearly phishing exercise',
  '* buy a security monitoring service',
  '',
  '------------------------------------------------------------',
  '',
  '** Contact',
  '------------------------------------------------------------',
  '',
  'Ola Nordmann, ICT adviser',
  '',
  '------------------------------------------------------------',
  '',
  'Facebook (https://www.facebook.com/example)',
  'LinkedIn (https://www.linkedin.com/company/example)',
  '',
  'Copyright © 2027 Steigen kommune, All rights reserved.',
  'You are receiving this email because you signed up for our newsletter.',
  '',
  'Our mailing address is:',
  'Steigen kommune',
  'Postboks 1',
  '',
  'Want to change how you receive these emails?',
  'You can update your preferences (https://example.list-manage.com/profile)',
  'or unsubscribe from this list (https://example.list-manage.com/unsubscribe)',
  '',
].join('\n');

describe('the plain-text version of an English e-mail newsletter', () => {
  it('names the adopted strategy as the title, not the news headline, and reads the adoption with the date first', async () => {
    const doc = await parse(NEWSLETTER, 'steigen-newsletter-ict-strategy.txt');
    expect(doc.metadata.title).toBe('ICT Strategy 2027–2030');
    expect(doc.metadata.adopted).toMatchObject([{ municipality: 'Steigen', date: '2027-05-12', caseNumber: '22/27' }]);
    expect(doc.text).not.toMatch(/View this email|unsubscribe|mailing address/);
  });

  it('takes "** " lines over rules as headings and the numbered objectives as headings under them', async () => {
    const doc = await parse(NEWSLETTER, 'steigen-newsletter-ict-strategy.txt');
    expect(headings(doc)).toEqual([
      [1, null, 'Our new ICT Strategy 2027–2030'],
      [1, null, 'Three objectives – and how we will measure them'],
      [2, null, 'Objective 1 – Services online'],
      [2, null, 'Objective 2 – Safer systems'],
      [1, null, 'Contact'],
    ]);
  });

  it('reads each objective\'s statement as a goal, its KPI line as an indicator and the items after "What we will do:" as measures', async () => {
    const doc = await parse(NEWSLETTER, 'steigen-newsletter-ict-strategy.txt');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'By 2030, residents shall be able to book every municipal service online.'],
      ['indicator', 'share of bookings made online. Baseline 2026: 40 %. Target 2030: 90 %.'],
      ['measure', 'launch an online booking page'],
      ['measure', 'train the service desk in online booking'],
      ['goal', 'By the end of 2029, all staff shall have completed security training.'],
      ['indicator', 'staff with completed training. Baseline 2026: 120. Target 2029: 400.'],
      ['measure', 'run a yearly phishing exercise'],
      ['measure', 'buy a security monitoring service'],
    ]);
    expect(doc.goals.filter((goal) => goal.kind === 'indicator').every((goal) => goal.measurable)).toBe(true);
  });
});

const SURVEY_PLAN = [
  '![Logo](media/image1.png){width="1in"}',
  '',
  '**Luster kommune**',
  '',
  '# Digitale tenester 2027–2030',
  '',
  '**Plan bygd på brukarundersøkinga 2026**',
  '',
  '## 1 Kva svarte innbyggjarane?',
  '',
  '*Tabell 1: Del som har brukt digitale tenester, etter alder (prosent)*',
  '',
  '| Aldersgruppe | 2023 | 2026 |',
  '|---|---:|---:|',
  '| Under 40 år | 80 | 86 |',
  '| 40 år og eldre | 61 | 70 |',
  '',
  '![Figur 1: Kor nøgd er du med tenestene?',
  'Søylediagram.](media/image2.png)',
  '',
  '> «Eg får aldri svar på e-post.»',
  '> — mann, 40–66 år',
  '',
  '## 2 Mål',
  '',
  '1. **Nøgde brukarar:** Delen som er nøgde, skal auke frå 60 til 75 prosent.',
  '2. **Raskare svar:** Svartida på e-post skal ned til to dagar.',
  '3. **Betre nettside:** Minst 70 prosent skal finne det dei leitar etter.',
  '',
  '## 3 Tiltak',
  '',
  '| Nr | Tiltak | Ansvar | Finansiering |',
  '|---|---|---|---|',
  '| 1 | Ny nettside | Kommunikasjon | Digitaliseringsfondet: 300 000 kr i 2027 |',
  '| 2 | Chatbot | Servicetorget | Driftsbudsjettet: 50 000 kr i 2027 og 60 000 kr i 2028 |',
  '| 3 | Kurs for eldre | Helse | Innanfor ramma |',
  '',
].join('\n');

describe('a nynorsk plan built on a resident survey, converted from Word', () => {
  it('takes the # line alone as the title, not the bold subtitle under it, and keeps no image or quote marks in the text', async () => {
    const doc = await parse(SURVEY_PLAN, 'luster-digitale-tenester-2027-2030.md');
    expect(doc.metadata.title).toBe('Digitale tenester 2027–2030');
    expect(headings(doc)).toEqual([
      [1, '1', 'Kva svarte innbyggjarane?'],
      [1, '2', 'Mål'],
      [1, '3', 'Tiltak'],
    ]);
    expect(doc.text).not.toMatch(/^[!>]|\n[!>]/);
  });

  it('reads goals without their bold names', async () => {
    const doc = await parse(SURVEY_PLAN, 'luster-digitale-tenester-2027-2030.md');
    expect(goalsOf(doc).filter(([kind]) => kind === 'goal')).toEqual([
      ['goal', 'Delen som er nøgde, skal auke frå 60 til 75 prosent.'],
      ['goal', 'Svartida på e-post skal ned til to dagar.'],
      ['goal', 'Minst 70 prosent skal finne det dei leitar etter.'],
    ]);
  });

  it('gives a row per amount and year a financing cell states, and none from a table of percentages', async () => {
    const doc = await parse(SURVEY_PLAN, 'luster-digitale-tenester-2027-2030.md');
    expect(budgetsOf(doc)).toEqual([
      ['Ny nettside', 2027, null, 300000, false],
      ['Chatbot', 2027, null, 50000, false],
      ['Chatbot', 2028, null, 60000, false],
    ]);
  });
});

describe('adoption sentences with the date first', () => {
  it('reads "On 23 April … the municipal council … adopted … (case …)" and "Den … vedtok kommunestyret i …"', () => {
    expect(detectAdoptions('On 3 March 2027 the municipal council of Bodø adopted the Digital Strategy 2027–2030 (case PS 18/27).')).toMatchObject([{ municipality: 'Bodø', date: '2027-03-03', caseNumber: '18/27' }]);
    expect(detectAdoptions('Den 12. mars 2026 vedtok kommunestyret i Alvdal planen (sak 12/26).')).toMatchObject([{ municipality: 'Alvdal', date: '2026-03-12', caseNumber: '12/26' }]);
  });
});
