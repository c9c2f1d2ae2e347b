import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Layout families first met in the set test/fixtures/fresh10: a council case document (saksframlegg) whose
 * attachment is the strategy; a PDF-to-markdown converter's export with every heading at "##" and a numbered
 * effektmål → resultatmål → tiltak hierarchy; a two-column brochure saved as text with its columns side by
 * side; a wiki page of an IKT collaboration with its members in a table; an annual report's chapter with a
 * goal table whose cells wrap and an economy table with a two-line heading; a plan page converted from HTML
 * whose handlingsdel is a raw HTML table with colspan and rowspan. Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const titles = (doc: Awaited<ReturnType<typeof parse>>) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);
const goalsOf = (doc: Awaited<ReturnType<typeof parse>>) => doc.goals.map((g) => [g.kind, g.text]);
const budgetsOf = (doc: Awaited<ReturnType<typeof parse>>) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum]);

const CASE_DOCUMENT = `LEVANGER KOMMUNE                                              Møtebok

SAKSFRAMLEGG

Saksbehandler: Per Olsen                          Arkivsak: 25/01234

Saksgang:
Utvalg                                   Møtedato        Saksnr.
Formannskapet                            03.11.2025      088/25
Kommunestyret                            20.11.2025      101/25


DIGITALISERINGSSTRATEGI 2026–2028 – SLUTTBEHANDLING

Kommunedirektørens innstilling:
1.  Kommunestyret vedtar Digitaliseringsstrategi for Levanger kommune 2026–2028
    slik den er lagt fram.
2.  Kommunedirektøren legger fram en årlig rapport om arbeidet for formannskapet.
3.  Tiltakene tas inn i arbeidet med budsjett og økonomiplan hvert år.

Vedlegg:
1. Digitaliseringsstrategi for Levanger kommune 2026–2028
2. Høringsuttalelser

Saksopplysninger
Planen er laget av en arbeidsgruppe fra alle sektorene og har vært på høring i høst.

Vurdering
Kommunedirektøren mener planen er realistisk og godt forankret i sektorene.

Kommunestyret 20.11.2025:

KST-101/25 Vedtak:
1.  Kommunestyret vedtar Digitaliseringsstrategi for Levanger kommune 2026–2028
    slik den er lagt fram.
2.  Kommunedirektøren legger fram en årlig rapport om arbeidet for formannskapet.
3.  Tiltakene tas inn i arbeidet med budsjett og økonomiplan hvert år.

Vedlegg 1 til sak 101/25

Digitaliseringsstrategi for Levanger kommune 2026–2028

1   Bakgrunn
Planen gjelder for hele kommunen og bygger på kommuneplanens samfunnsdel.

2   Mål
Mål for perioden:
1.  Innen utgangen av 2027 skal 90 prosent av søknadene komme inn digitalt.
2.  Alle ansatte skal gjennomføre opplæring i personvern hvert år.

3   Tiltak
Kostnadene gjelder hele perioden.

Nr  Tiltak                              Ansvar              Kostnad (kr)  Finansiering
1   Ny innbyggerportal                  Servicekontoret        1 200 000  Investering
2   Pilot med KI i saksbehandlingen     IKT-avdelingen           500 000  Skjønnsmidler
3   Opplæring i personvern              HR-avdelingen     Innenfor ramme  –
4   Digitale skjema for byggesak        Plan og bygg             300 000  Drift
    Sum                                                        2 000 000

4   Oppfølging
Planen følges opp i handlingsprogrammet hvert år, og status for målene legges fram for
formannskapet i juni.
`;

describe('a case document whose attachment is the strategy', () => {
  it('takes the attached strategy\'s title, not the decision naming it', async () => {
    const doc = await parse(CASE_DOCUMENT, 'levanger-saksframlegg.txt');
    expect(doc.metadata.title).toBe('Digitaliseringsstrategi for Levanger kommune 2026–2028');
  });

  it('reads the case\'s own headings beside the strategy\'s chapters, and no list of attachments as chapters', async () => {
    const doc = await parse(CASE_DOCUMENT, 'levanger-saksframlegg.txt');
    expect(titles(doc)).toEqual([
      [1, null, 'Kommunedirektørens innstilling'],
      [1, null, 'Saksopplysninger'],
      [1, null, 'Vurdering'],
      [1, '1', 'Bakgrunn'],
      [1, '2', 'Mål'],
      [1, '3', 'Tiltak'],
      [1, '4', 'Oppfølging'],
    ]);
  });

  it('reads a space-aligned tiltak table with a cell of no amount, an indented sum row and a chapter after it', async () => {
    const doc = await parse(CASE_DOCUMENT, 'levanger-saksframlegg.txt');
    expect(budgetsOf(doc)).toEqual([
      ['Ny innbyggerportal', null, 1_200_000, false],
      ['Pilot med KI i saksbehandlingen', null, 500_000, false],
      ['Digitale skjema for byggesak', null, 300_000, false],
      ['Sum', null, 2_000_000, true],
    ]);
  });

  it('reads the points of the recommendation and the decision as no goals', async () => {
    const doc = await parse(CASE_DOCUMENT, 'levanger-saksframlegg.txt');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Innen utgangen av 2027 skal 90 prosent av søknadene komme inn digitalt.'],
      ['goal', 'Alle ansatte skal gjennomføre opplæring i personvern hvert år.'],
      ['measure', 'Ny innbyggerportal'],
      ['measure', 'Pilot med KI i saksbehandlingen'],
      ['measure', 'Opplæring i personvern'],
      ['measure', 'Digitale skjema for byggesak'],
    ]);
  });
});

const CONVERTER_EXPORT = `<!-- image -->

## Stad kommune

## Strategi for digitalisering 2026–2029

<!-- image -->

## 1 Innleiing

Strategien gjeld for heile kommunen og skal gjere tenestene betre for innbyggjarane.

## 1.1 Visjon

Stad – digitalt heile vegen.

## 2 Mål og tiltak

Måla er nummererte i tre nivå: effektmål (1, 2), resultatmål (1.1, 1.2 …) og tiltak (1.1.1, 1.1.2 …).

**1 Effektmål: Innbyggjarane får raske og enkle tenester.**

1.1 Resultatmål: Innan 2027 kjem 80 prosent av søknadene inn digitalt.

1.1.1 Lage digitale skjema for alle søknader.

**2 Effektmål: Dei tilsette har god digital kompetanse.**

2.1 Resultatmål: Alle tilsette har fullført grunnkurs innan 2027.

2.1.1 Tilby kurs på alle einingar.

## 3 Oppfølging

Kommunedirektøren rapporterer i årsmeldinga.
`;

describe('a converter\'s markdown export with every heading at one level', () => {
  it('drops image placeholders and takes the title under the organisation\'s line', async () => {
    const doc = await parse(CONVERTER_EXPORT, 'stad.md');
    expect(doc.metadata.title).toBe('Strategi for digitalisering 2026–2029');
    expect(doc.text).not.toContain('<!--');
  });

  it('ranks the headings by their numbers', async () => {
    const doc = await parse(CONVERTER_EXPORT, 'stad.md');
    expect(titles(doc)).toEqual([
      [1, '1', 'Innleiing'],
      [2, '1.1', 'Visjon'],
      [1, '2', 'Mål og tiltak'],
      [1, '3', 'Oppfølging'],
    ]);
  });

  it('reads a numbered hierarchy by its label words and legend, without the label words', async () => {
    const doc = await parse(CONVERTER_EXPORT, 'stad.md');
    expect(goalsOf(doc).filter(([kind]) => kind !== 'vision')).toEqual([
      ['goal', 'Innbyggjarane får raske og enkle tenester.'],
      ['goal', 'Innan 2027 kjem 80 prosent av søknadene inn digitalt.'],
      ['measure', 'Lage digitale skjema for alle søknader.'],
      ['goal', 'Dei tilsette har god digital kompetanse.'],
      ['goal', 'Alle tilsette har fullført grunnkurs innan 2027.'],
      ['measure', 'Tilby kurs på alle einingar.'],
    ]);
  });
});

const pad = (left: string, right = '') => `   ${left.padEnd(46)}${right}`.trimEnd();
const BROCHURE = [
  '',
  '                         ALTA MUNICIPALITY',
  '',
  '                     SMART ALTA 2026–2029',
  '               Strategy for digital public services',
  '',
  pad('INTRODUCTION', 'OUR GOALS'),
  '',
  pad('Our town is growing fast, and residents', '• By 2027, nine in ten applications will'),
  pad('expect services that work on their phones', '  be submitted online.'),
  pad('at any hour of the day.', '• Every school will have a shared learning'),
  pad('', '  platform by the end of 2026.'),
  pad('This strategy shows how we will use', '• The municipality will publish twenty'),
  pad('digital tools in every sector until 2029.', '  datasets as open data by 2028.'),
  '',
  pad('WHERE WE ARE', 'KEY MEASURES'),
  '',
  pad('Most services already have an online form,', '• Build a new self-service portal for'),
  pad('but many of them still end up on paper', '  Alta and Talvik.'),
  pad('in the case handler\'s office.', '• Train all staff in information security.'),
  '',
  '   1 SERVICES ONLINE',
  '',
  '   The portal is the first step towards services that are digital from start to end.',
  '',
  '   2 SCHOOLS',
  '',
  '   Every pupil shall have a device of their own, and teachers shall share material.',
  '',
  '   Smart Alta 2026–2029                                                            1',
  '\f   FUNDING',
  '',
  '   The municipal council decides the budget every year in December.',
  '',
  '   Smart Alta 2026–2029                                                            2',
  '\f   FOLLOW-UP',
  '',
  '   The chief executive reports on the goals in the annual report.',
  '',
  '   Smart Alta 2026–2029                                                            3',
  '',
].join('\n');

describe('a two-column brochure saved as text with its columns side by side', () => {
  it('reads each column\'s goals and measures whole, wrapped names included', async () => {
    const doc = await parse(BROCHURE, 'alta.txt');
    expect(goalsOf(doc)).toEqual(
      expect.arrayContaining([
        ['goal', 'By 2027, nine in ten applications will be submitted online.'],
        ['goal', 'Every school will have a shared learning platform by the end of 2026.'],
        ['goal', 'The municipality will publish twenty datasets as open data by 2028.'],
        ['measure', 'Build a new self-service portal for Alta and Talvik.'],
        ['measure', 'Train all staff in information security.'],
      ]),
    );
  });

  it('keeps the title a footer repeats, names the owner from its capitals and reads capital headings beside numbered ones', async () => {
    const doc = await parse(BROCHURE, 'alta.txt');
    expect(doc.metadata.title).toBe('SMART ALTA 2026–2029');
    expect(doc.metadata.organisation).toBe('Alta kommune');
    expect(titles(doc).map(([, number, title]) => [number, title])).toEqual([
      [null, 'INTRODUCTION'],
      [null, 'WHERE WE ARE'],
      [null, 'OUR GOALS'],
      [null, 'KEY MEASURES'],
      ['1', 'SERVICES ONLINE'],
      ['2', 'SCHOOLS'],
      [null, 'FUNDING'],
      [null, 'FOLLOW-UP'],
    ]);
  });
});

const WIKI_PAGE = `[Midt-Troms IKT](../index.md) / [Styringsdokumenter](styring.md)

# IKT-strategi for Midt-Troms IKT 2026–2028

> **Info**
>
> Status: **VEDTATT** · Vedtatt i representantskapet 03.12.2025 · Sak: RS 11/25 · Dokumenteier: daglig leder

## 1 Om samarbeidet

Samarbeidet drifter fagsystemer og nettverk for disse kommunene:

| Kommune | Innbyggere | Kontaktperson |
|---|---:|---|
| Bardu | 4 000 | IKT-koordinator |
| Målselv | 6 700 | Rådgiver |
| Sørreisa | 3 500 | Økonomisjef |

## 2 Mål

1. Alle kommunene skal bruke samme sak- og arkivsystem innen 2027.
2. Brukerstøtten skal løse 80 prosent av henvendelsene ved første kontakt.
`;

describe('a wiki page of an IKT collaboration', () => {
  it('reads the member municipalities from a table of them', async () => {
    const doc = await parse(WIKI_PAGE, 'midt-troms.md');
    expect(doc.metadata.municipalities).toEqual(['Bardu', 'Målselv', 'Sørreisa']);
  });

  it('takes the case number from the info panel\'s field beside the adoption', async () => {
    const doc = await parse(WIKI_PAGE, 'midt-troms.md');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ date: '2025-12-03', caseNumber: '11/25' })]);
  });
});

const ANNUAL_REPORT = `
                         BARDU KOMMUNE

                        Årsmelding 2025

         Vedtatt av Bardu kommunestyre 12. juni 2026, sak 31/26


5  DIGITALISERING

5.1  Måloppnåelse
Tabellen viser status for målene i strategien.

Mål                        Indikator                   Mål 2025  Resultat 2025
Flere skjema skal          Andel digitale                 70 %           75 %
være digitale              skjema
Alle elever skal           Andel elever med                100 %           96 %
ha egen enhet              egen enhet

5.2  Gjennomførte tiltak
  •  Ny nettside ble lansert i april. Den har fått gode tilbakemeldinger.
  •  Skoleelever på 8.–10. trinn fikk ny PC i
     august.

5.3  Økonomi
Tall i 1000 kr.

                            Regnskap   Regulert budsjett   Regnskap
                                2024                2025       2025
Lisenser                       2 100               2 300      2 250
Nettverk                         800                 900        950
Sum                            2 900               3 200      3 200
`;

describe('an annual report\'s chapter saved as text', () => {
  it('reads a goal table whose cells wrap over two lines as one goal and one indicator a row', async () => {
    const doc = await parse(ANNUAL_REPORT, 'bardu-arsmelding.txt');
    expect(goalsOf(doc)).toEqual(
      expect.arrayContaining([
        ['goal', 'Flere skjema skal være digitale'],
        ['indicator', 'Andel digitale skjema'],
        ['goal', 'Alle elever skal ha egen enhet'],
        ['indicator', 'Andel elever med egen enhet'],
      ]),
    );
  });

  it('reads a bullet of two sentences and a wrapped bullet whole', async () => {
    const doc = await parse(ANNUAL_REPORT, 'bardu-arsmelding.txt');
    expect(goalsOf(doc)).toEqual(
      expect.arrayContaining([
        ['measure', 'Ny nettside ble lansert i april. Den har fått gode tilbakemeldinger.'],
        ['measure', 'Skoleelever på 8.–10. trinn fikk ny PC i august.'],
      ]),
    );
  });

  it('reads an economy table with its column headings on two lines, the revised budget as the amounts', async () => {
    const doc = await parse(ANNUAL_REPORT, 'bardu-arsmelding.txt');
    expect(budgetsOf({ ...doc, budgets: doc.budgets.filter((item) => item.basis !== 'actual') })).toEqual([
      ['Lisenser', 2025, 2_300_000, false],
      ['Nettverk', 2025, 900_000, false],
      ['Sum', 2025, 3_200_000, true],
    ]);
    // The two Regnskap columns are the accounts (test/ingest/actual-columns.test.ts), no budget.
    expect(doc.budgets.filter((item) => item.basis === 'actual').map((item) => [item.label, item.year, item.amount])).toEqual([
      ['Lisenser', 2024, 2_100_000], ['Lisenser', 2025, 2_250_000],
      ['Nettverk', 2024, 800_000], ['Nettverk', 2025, 950_000],
      ['Sum', 2024, 2_900_000], ['Sum', 2025, 3_200_000],
    ]);
  });
});

const PLAN_PAGE = `[Hopp til innhald](#main)

Lærdal kommune › Planar

# Kommunedelplan for digitalisering 2026–2029

**Planstatus:** Vedteken · **Vedtaksdato:** 04.12.2025 · **Sak:** PS 77/25

Kommunestyret vedtok planen 4. desember 2025.

## 1 Handlingsdel

Tal i 1000 kr.

<table>
<thead><tr><th>Nr</th><th>Tiltak</th><th>Prioritet</th><th>Ansvar</th><th>2026</th><th>2027</th></tr></thead>
<tbody>
<tr><td colspan="6"><strong>Investering</strong></td></tr>
<tr><td>1.1</td><td>Fiber til Borgund</td><td>1</td><td rowspan="2">Teknisk eining</td><td>1 200</td><td>800</td></tr>
<tr><td>1.2</td><td>Mobildekning i dalen</td><td>2</td><td>300</td><td>–</td></tr>
<tr><td>1.3</td><td>Opne data om vegar</td><td>3</td><td>Servicetorget</td><td colspan="2">Innanfor ramma</td></tr>
<tr><td></td><td><strong>Sum</strong></td><td></td><td></td><td><strong>1 500</strong></td><td><strong>800</strong></td></tr>
</tbody>
</table>

## 2 Oppfølging

Planen vert rullert kvart år.
`;

describe('a plan page whose handlingsdel is a raw HTML table', () => {
  it('reads the table\'s rows by their columns: labels, amounts, a rowspan cell carried down, a group row', async () => {
    const doc = await parse(PLAN_PAGE, 'laerdal.md');
    expect(budgetsOf(doc)).toEqual([
      ['Fiber til Borgund', 2026, 1_200_000, false],
      ['Fiber til Borgund', 2027, 800_000, false],
      ['Mobildekning i dalen', 2026, 300_000, false],
      ['Sum', 2026, 1_500_000, true],
      ['Sum', 2027, 800_000, true],
    ]);
    expect(goalsOf(doc).filter(([kind]) => kind === 'measure').map(([, text]) => text)).toEqual(['Fiber til Borgund', 'Mobildekning i dalen', 'Opne data om vegar']);
    expect(doc.text).toContain('| 1.2 | Mobildekning i dalen | 2 | Teknisk eining | 300 | – |');
    // The group row over the whole table ("Investering", a cell with colspan) gives its rows their kind.
    expect(doc.budgets.filter((b) => !b.isSum).map((b) => b.kind)).toEqual(['investment', 'investment', 'investment']);
  });

  it('takes the case number from the plan\'s data line', async () => {
    const doc = await parse(PLAN_PAGE, 'laerdal.md');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ date: '2025-12-04', caseNumber: '77/25' })]);
  });
});
