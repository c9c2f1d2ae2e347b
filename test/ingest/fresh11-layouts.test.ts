import { describe, expect, it } from 'vitest';
import { boxGridsAsLines } from '../../ingest/clean/box-grids.ts';
import { paddedRowsUnpadded, sheetSeparatorsMarked } from '../../ingest/clean/sheet-exports.ts';
import { parseDocument } from '../../ingest/parse.ts';
import { isLegend } from '../../ingest/structure/lists.ts';
import { findOutlineItems } from '../../ingest/structure/outline-items.ts';
import { slideHeadings } from '../../ingest/structure/slide-headings.ts';

/**
 * Layout families first met in the set test/fixtures/fresh11: a slide deck exported to text (form feeds,
 * slide footers, a vision slide, a grid of boxes, a closing slide); an extract of a county planstrategi
 * (title and chapters in capitals, a table of words); a markdown action plan with a header-less key-value
 * table, a RACI matrix whose "Mål" column holds the goals, its legend, and bullets with a bold lead-in and a
 * dash; a Word document whose heading styles were lost, its outline carried by numbers only (sub-goals
 * "2.1.1", measures "3.1.1") with a Gantt table that repeats the measures; a workbook exported sheet by sheet
 * to semicolon-separated text; an English board report with a proposed resolution, objectives "O1 – …" and
 * a status table of deliverables. Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
type Doc = Awaited<ReturnType<typeof parse>>;
const headings = (doc: Doc) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);
const goalsOf = (doc: Doc) => doc.goals.map((g) => [g.kind, g.text]);
const budgetsOf = (doc: Doc) => doc.budgets.map((b) => [b.label, b.year, b.period ? `${b.period.from}–${b.period.to}` : null, b.amount, b.isSum]);

const FOOTER = (n: number) => `Oppdal kommune | Digital plan 2025–2028${' '.repeat(40)}${n}`;
const slide = (n: number, ...lines: string[]) => `${lines.join('\n')}\n\n${FOOTER(n)}\n`;
const DECK = [
  slide(1, '', '                         Oppdal kommune', '', '                    Digital plan 2025–2028', '', '              Presentasjon for formannskapet 3. april 2025'),
  slide(2, 'Om planen', '', '•   Vedtatt i Oppdal kommunestyre 13.02.2025, PS 14/25', '•   Gjelder alle enheter', '•   Rulleres hvert år'),
  slide(3, 'Visjon', '', '        «Enkelt for innbyggerne – trygt for alle»'),
  slide(4, 'Prioriterte områder', '', '   Selvbetjening            Deling av data', '', '   Digital sikkerhet        Kompetanse'),
  slide(5, 'Tiltak 2025', '', '•   Ny chatbot på nettsiden – først for byggesak', '•   Digitale skjema for alle søknader', '•   Kurs i sikker bruk av e-post'),
  slide(6, 'Økonomi', '', 'Tiltak                 2025          2026', 'Chatbot                kr 0,4 mill.  kr 0,2 mill.', 'Skjema                 kr 150 000    kr 150 000', 'Sum                    kr 0,55 mill. kr 0,35 mill.'),
  slide(7, '', '', '                  Spørsmål?', '', '             post@oppdal.kommune.no'),
].join('\f');

describe('a slide deck exported to text', () => {
  it("takes each slide's title as a section, not the title slide's or a closing slide with only an address", async () => {
    const doc = await parse(DECK, 'oppdal-digital-plan-2025-2028-presentasjon.txt');
    expect(headings(doc)).toEqual([
      [1, null, 'Om planen'],
      [1, null, 'Visjon'],
      [1, null, 'Prioriterte områder'],
      [1, null, 'Tiltak 2025'],
      [1, null, 'Økonomi'],
    ]);
  });

  it('reads a grid of boxes under a focus-area heading as the areas, row by row, and keeps a dash inside a bullet', async () => {
    const doc = await parse(DECK, 'oppdal-digital-plan-2025-2028-presentasjon.txt');
    expect(goalsOf(doc)).toEqual([
      ['vision', '«Enkelt for innbyggerne – trygt for alle»'],
      ['focus-area', 'Selvbetjening'],
      ['focus-area', 'Deling av data'],
      ['focus-area', 'Digital sikkerhet'],
      ['focus-area', 'Kompetanse'],
      ['measure', 'Ny chatbot på nettsiden – først for byggesak'],
      ['measure', 'Digitale skjema for alle søknader'],
      ['measure', 'Kurs i sikker bruk av e-post'],
    ]);
  });

  it('reads a case number written "PS 14/25" after the date, not the date of the presentation', async () => {
    const doc = await parse(DECK, 'oppdal-digital-plan-2025-2028-presentasjon.txt');
    expect(doc.metadata.adopted.map((a) => [a.municipality, a.date, a.caseNumber])).toEqual([['Oppdal', '2025-02-13', '14/25']]);
  });

  it('is no deck when its short pages hold running prose (a report printed on small pages)', () => {
    const prose = 'Planen gjelder hele kommunen og skal rulleres hvert år sammen med økonomiplanen, slik\nat tiltakene kan flyttes mellom år innenfor den samlede rammen.';
    const report = ['Forside', ...[1, 2, 3, 4].map((n) => `Kapittel ${n}\n\n${prose}\n`)].join('\f');
    expect(slideHeadings(report)).toBeNull();
    expect(slideHeadings(DECK)).not.toBeNull();
  });

  it('writes each box of a grid on a line of its own, and leaves an aligned table (rows on consecutive lines) alone', () => {
    expect(boxGridsAsLines('Områder\n\n   Skole        Helse\n\n   Kultur       Teknisk\n')).toBe('Områder\n\nSkole\nHelse\n\nKultur\nTeknisk\n');
    const table = 'Tiltak      Ansvar      Status\nSkjema      Servicetorg      Pågår\nChatbot      IKT      Utsatt\n';
    expect(boxGridsAsLines(table)).toBe(table);
  });
});

const PLANSTRATEGI = `NORDLAND FYLKESKOMMUNE



REGIONAL PLANSTRATEGI FOR NORDLAND 2024–2028

Utdrag: kapittel 3 Samfunnsutvikling og planbehov, med oversikt over planene


Vedtatt av fylkestinget 12. juni 2024, sak 40/24

3     SAMFUNNSUTVIKLING OG PLANBEHOV

Fylkestinget har valgt ut tre tema for perioden.

3.1   Digitalisering

Fylket skal ha gode digitale tjenester og god dekning i hele regionen.

3.2   Planbehov

Tabellen viser hvilke planer som skal lages i perioden.

Plan                                   Type           Ansvar            Oppstart     Vedtak
Regional plan for digitalisering       Ny plan        Fylkeskommunen    2025         2026
Strategi for datadeling                Ny strategi    Fylkeskommunen    2026         2027
Handlingsprogram for bredbånd          Rullering      Fylkeskommunen    Årlig        Årlig

4     OPPFØLGING

Planstrategien følges opp i økonomiplanen hvert år.
`;

describe('an extract of a county planstrategi with its title and chapters in capitals', () => {
  it('keeps the title printed in capitals on the cover out of the sections', async () => {
    const doc = await parse(PLANSTRATEGI, 'nordland-regional-planstrategi-2024-2028-utdrag.txt');
    expect(doc.metadata.title).toBe('REGIONAL PLANSTRATEGI FOR NORDLAND 2024–2028');
    expect(headings(doc)).toEqual([
      [1, '3', 'SAMFUNNSUTVIKLING OG PLANBEHOV'],
      [2, '3.1', 'Digitalisering'],
      [2, '3.2', 'Planbehov'],
      [1, '4', 'OPPFØLGING'],
    ]);
  });

  it('reads a table of words aligned by spaces as a table, so that its years (Oppstart, Vedtak) give no budget rows', async () => {
    const doc = await parse(PLANSTRATEGI, 'nordland-regional-planstrategi-2024-2028-utdrag.txt');
    expect(doc.text).toContain('| Plan | Type | Ansvar | Oppstart | Vedtak |');
    expect(doc.budgets).toEqual([]);
  });
});

const RACI_PLAN = `Tolga kommune – Stab og støtte

# Handlingsplan for informasjonssikkerhet 2025–2027

| | |
|---|---|
| Behandlet | Formannskapet 22.04.2025 (FS 30/25) |
| Vedtatt | Kommunestyret 08.05.2025 (KS 41/25) |
| Planperiode | 2025–2027 |

## 1 Mål og roller

Rollene i tabellen følger denne nøkkelen:

- **U** – utfører oppgaven
- **G** – godkjenner og har ansvaret
- **R** – skal rådføres

| Nr | Mål | Rådmann | IKT-leder | Personvernombud |
|---|---|:--:|:--:|:--:|
| M1 | Alle ansatte skal ha gjennomført sikkerhetskurs innen utgangen av 2025. | G | U | R |
| M2 | Kommunen skal kunne drifte kritiske systemer fra reserveløsning innen to døgn. | G | U | – |

## 2 Tiltak

- **Nytt kurs i sikker e-post** – tas i bruk våren 2025.
- **Reserveløsning i skyen** – erstatter dagens lokale lagring.
`;

describe('a markdown action plan with a RACI matrix', () => {
  it("reads the adopting council's case number from a key-value row written \"(KS 41/25)\"", async () => {
    const doc = await parse(RACI_PLAN, 'tolga-handlingsplan-informasjonssikkerhet-2025-2027.md');
    expect(doc.metadata.adopted.map((a) => [a.municipality, a.date, a.caseNumber])).toEqual([['Tolga', '2025-05-08', '41/25']]);
  });

  it("takes the Mål cells as goals, not the legend's entries, and keeps a bullet's dash inside its measure", async () => {
    const doc = await parse(RACI_PLAN, 'tolga-handlingsplan-informasjonssikkerhet-2025-2027.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Alle ansatte skal ha gjennomført sikkerhetskurs innen utgangen av 2025.'],
      ['goal', 'Kommunen skal kunne drifte kritiske systemer fra reserveløsning innen to døgn.'],
      ['measure', 'Nytt kurs i sikker e-post – tas i bruk våren 2025.'],
      ['measure', 'Reserveløsning i skyen – erstatter dagens lokale lagring.'],
    ]);
  });

  it('knows a legend by its symbols and a code-labelled list as none', () => {
    const text = 'U – utfører oppgaven\nG – godkjenner\nO1 – Alle skal ha kurs.\nO2 – Alle skal ha tilgang.';
    const line = (n: number) => {
      const start = text.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
      return { label: null, start, end: start + text.split('\n')[n]!.length };
    };
    expect(isLegend(text, [line(0), line(1)])).toBe(true);
    expect(isLegend(text, [line(2), line(3)])).toBe(false);
  });
});

const LOST_STYLES = `**BREMANGER KOMMUNE**

**Digitaliseringsplan 2026–2029**

Planen er vedteken av kommunestyret 11. juni 2025 (sak 044/25).

1\\. Innleiing

Planen viser korleis kommunen skal digitalisere tenestene dei neste åra.

2\\. Mål og delmål

2.1 Tenester

Hovudmål: Innbyggjarane skal få svar på det meste digitalt.

2.1.1 Alle søknadsskjema skal vere digitale innan 2027.

2.1.2 Innbyggjarane skal få svar på byggjesøknader innan fire veker.

3\\. Tiltak

3.1 Tiltak for tenestene

3.1.1 Ny søknadsportal med status på eigne saker

3.1.2 Digital byggjesak med kopling til kartet

4\\. Handlingsplan 2026–2027

| Nr | Tiltak | Ansvar | Q1 2026 | Q2 2026 | Q3 2026 | Kostnad (kr) |
|---|---|---|---|---|---|---|
| 3.1.1 | Søknadsportal | Servicetorget | ■ | ■ | | 300 000 |
| 3.1.2 | Digital byggjesak | Plan | | ■ | ■ | 450 000 |
| | **Sum** | | | | | **750 000** |

5\\. Oppfølging

Rådmannen rapporterer i årsmeldinga.
`;

describe('a Word document whose heading styles were lost, its outline in numbers only', () => {
  it('keeps the numbered items of the deepest level out of the sections', async () => {
    const doc = await parse(LOST_STYLES, 'bremanger-digitaliseringsplan-2026-2029.md');
    expect(headings(doc)).toEqual([
      [1, '1', 'Innleiing'],
      [1, '2', 'Mål og delmål'],
      [2, '2.1', 'Tenester'],
      [1, '3', 'Tiltak'],
      [2, '3.1', 'Tiltak for tenestene'],
      [1, '4', 'Handlingsplan 2026–2027'],
      [1, '5', 'Oppfølging'],
    ]);
  });

  it('gives the items the kind the nearest heading above names, and takes no second measure from the table that repeats them', async () => {
    const doc = await parse(LOST_STYLES, 'bremanger-digitaliseringsplan-2026-2029.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Innbyggjarane skal få svar på det meste digitalt.'],
      ['sub-goal', 'Alle søknadsskjema skal vere digitale innan 2027.'],
      ['sub-goal', 'Innbyggjarane skal få svar på byggjesøknader innan fire veker.'],
      ['measure', 'Ny søknadsportal med status på eigne saker'],
      ['measure', 'Digital byggjesak med kopling til kartet'],
    ]);
  });

  it('gives a cost column under a heading naming a period the whole period, not its first year', async () => {
    const doc = await parse(LOST_STYLES, 'bremanger-digitaliseringsplan-2026-2029.md');
    expect(budgetsOf(doc)).toEqual([
      ['Søknadsportal', null, '2026–2027', 300000, false],
      ['Digital byggjesak', null, '2026–2027', 450000, false],
      ['Sum', null, '2026–2027', 750000, true],
    ]);
  });

  it('finds outline items only where siblings stand alone, not headings over text of their own', () => {
    const items = findOutlineItems('2 Tiltak\n\n2.1 Skule\n\n2.1.1 Nye nettbrett\n\n2.1.2 Felles plattform\n\n3 Økonomi\n');
    expect(items.map((run) => run.map((item) => item.label))).toEqual([['2.1.1', '2.1.2']]);
    expect(findOutlineItems('4.3.1 Utviklingstrekk\nDigitale tenester veks.\n\n4.3.2 Utfordringar\nFå fagfolk.\n')).toEqual([]);
  });
});

const WORKBOOK = `-------- 1 Forside
Kvinesdal kommune;;;;;;
Tiltaksplan for digitalisering 2026–2027;;;;;;
Vedteken i kommunestyret 04.12.2025, sak 101/25;;;;;;
Sist oppdatert;10.01.2026;;;;;
;;;;;;
-------- 2 Mål
ID;Mål;Indikator;Utgangspunkt 2025;Mål 2027
M1;Alle søknader skal kunne sendast digitalt innan 2027.;Del digitale søknader;60 %;95 %
M2;Dei tilsette skal kunne bruke dei digitale verktøya.;Del tilsette med kurs;50 %;90 %
-------- 3 Tiltak
Nr;Tiltak;Mål;Status;2026;2027;Sum 2026–2027
1;"Digitale skjema; først for helse";M1;Pågår;200000;100000;300000
2;Kurs for tilsette;M2;Utsett;;80000;80000
;Sum;;;200000;180000;380000
`;

describe('a workbook exported sheet by sheet to semicolon-separated text', () => {
  it("takes the sheet names as sections and the cover sheet's cells as the front matter", async () => {
    const doc = await parse(WORKBOOK, 'kvinesdal-tiltaksplan-digitalisering-2026-2027.txt');
    expect(doc.metadata.title).toBe('Tiltaksplan for digitalisering 2026–2027');
    expect(doc.metadata.adopted.map((a) => [a.municipality, a.date, a.caseNumber])).toEqual([['Kvinesdal', '2025-12-04', '101/25']]);
    expect(headings(doc)).toEqual([
      [1, null, 'Mål'],
      [1, null, 'Tiltak'],
    ]);
    expect(goalsOf(doc).filter(([kind]) => kind === 'measure')).toEqual([
      ['measure', 'Digitale skjema; først for helse'],
      ['measure', 'Kurs for tilsette'],
    ]);
  });

  it('marks sheets only where separators count up from 1, and unpads the rows left outside tables', () => {
    expect(sheetSeparatorsMarked('-------- 1 Forside\nTittel;;;\n-------- 2 Mål\nA;B;C')).toBe('\nTittel;;;\n\u00011Mål\nA;B;C');
    expect(sheetSeparatorsMarked('-------- 3 Mål\ntekst\n-------- 5 Tiltak\n')).toBe('-------- 3 Mål\ntekst\n-------- 5 Tiltak\n');
    expect(paddedRowsUnpadded('Kvinesdal kommune;;;;\nSist oppdatert;10.01.2026;;;\n;;;;\nEin setning; og ei til;')).toBe('Kvinesdal kommune\nSist oppdatert: 10.01.2026\n\nEin setning; og ei til;');
  });
});

const BOARD_REPORT = `**Setesdal** · ICT cooperation of Bykle, Valle and Bygland

# Status report: Shared Digital Plan 2025–2027

| | |
|---|---|
| Plan adopted | Setesdal regional council (regionrådet), 5 December 2024, case 22/24 |

## Proposed resolution

1. The board takes the report to note.
2. The board approves moving NOK 100k of the 2026 funding to 2027.
3. The board asks for a new schedule for the archive work by June.

## Objectives

- **O1** – Staff in all three municipalities shall use one shared login by the end of 2026.
- **O2** – At least 80 per cent of staff shall have completed the security course by 2027.

## Deliverables

| # | Deliverable | Lead | Due | Status |
|---|---|---|---|---|
| 1.1 | Single sign-on for all staff | ICT office | Q2 2026 | Green |
| 1.2 | Security course for all staff | HR | Q4 2026 | Amber |
`;

describe('an English board report with a resolution, objectives and a deliverables table', () => {
  it('takes no goals from the proposed resolution, the objectives without their codes, and the deliverables as measures', async () => {
    const doc = await parse(BOARD_REPORT, 'setesdal-ict-status-report-2026.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Staff in all three municipalities shall use one shared login by the end of 2026.'],
      ['goal', 'At least 80 per cent of staff shall have completed the security course by 2027.'],
      ['measure', 'Single sign-on for all staff'],
      ['measure', 'Security course for all staff'],
    ]);
    expect(doc.goals.slice(0, 2).map((g) => g.label)).toEqual(['O1', 'O2']);
  });
});
