import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Layout families first met in the blind set test/fixtures/fresh9: a Word export to text with roman-numbered
 * capital chapters, a roman contents list, page chrome between form feeds and a two-column tab table; an
 * økonomiplan chapter printed on its own ("5 …" over "5.1 …") with a space-aligned target table and a frame
 * table ending in a result row; markdown with YAML front matter and a case table naming one council per row;
 * pandoc's docx export (attribute spans, logo image, simple and multiline tables); a status report with an
 * underlined title over underlined chapters and a box-drawing table without rules between its rows.
 * Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const headings = (doc: Awaited<ReturnType<typeof parse>>) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);

const WORD_EXPORT = `TELEMARK FYLKESKOMMUNE

PLAN FOR DIGITALE TJENESTER 2026–2028

Vedtatt av fylkestinget 12. mars 2025, sak 14/25
Behandlet i hovedutvalg for samferdsel og digitalisering 25. februar 2025


                         Side 1 av 5
\fTelemark fylkeskommune  ·  Plan for digitale tjenester 2026–2028

INNHOLD

I.    BAKGRUNN ........................................................ 2
II.   MÅL ............................................................. 3
III.  SATSINGER ....................................................... 4
        Satsing 1: Digitale skoler ........................................ 4

                         Side 2 av 5
\fTelemark fylkeskommune  ·  Plan for digitale tjenester 2026–2028

I. BAKGRUNN

Planen beskriver hvordan fylkeskommunen skal utvikle sine digitale tjenester de neste tre årene,
og den bygger på den regionale planen som ble vedtatt tidligere.

                         Side 3 av 5
\fTelemark fylkeskommune  ·  Plan for digitale tjenester 2026–2028

II. MÅL

Målene gjelder for hele perioden og følges opp i årsrapporten hvert år.

Mål\tIndikator
Alle skoler skal bruke samme digitale læringsplattform innen 2027.\tAndel skoler på plattformen
Svartiden på henvendelser skal halveres innen 2028.\tSvartid i dager
Minst 60 prosent av datasettene skal være publisert innen 2027.\tAndel publiserte datasett

                         Side 4 av 5
\fTelemark fylkeskommune  ·  Plan for digitale tjenester 2026–2028

III. SATSINGER

Satsing 1: Digitale skoler

Skolene bruker i dag flere ulike plattformer, og det gjør arbeidet tungt for elever og lærere som bytter
skole i løpet av året.

Strategier:

1.1  Skolene skal velge felles løsninger før de kjøper egne.
1.2  Lærerne skal få opplæring i nye verktøy hvert år.

                         Side 5 av 5
`;

describe('a Word export with roman-numbered capital chapters', () => {
  it('reads the roman chapters with their number, the subheading under them, and no cover, contents or running header', async () => {
    const doc = await parse(WORD_EXPORT, 'telemark-plan.txt');
    expect(headings(doc)).toEqual([
      [1, 'I', 'BAKGRUNN'],
      [1, 'II', 'MÅL'],
      [1, 'III', 'SATSINGER'],
      [2, null, 'Satsing 1: Digitale skoler'],
    ]);
    expect(doc.text).not.toContain('Telemark fylkeskommune · Plan');
  });

  it('reads a two-column tab table of goals and indicators row by row, and no "Strategier:" items as goals', async () => {
    const doc = await parse(WORD_EXPORT, 'telemark-plan.txt');
    const goals = doc.goals.map((goal) => [goal.kind, goal.text]);
    expect(goals).toContainEqual(['goal', 'Svartiden på henvendelser skal halveres innen 2028.']);
    expect(goals).toContainEqual(['indicator', 'Svartid i dager']);
    expect(doc.goals.filter((goal) => goal.kind === 'indicator')).toHaveLength(3);
    expect(doc.goals.some((goal) => goal.text.startsWith('Skolene skal velge'))).toBe(false);
  });
});

const CHAPTER = `RINGERIKE KOMMUNE

Økonomiplan 2026–2029

Vedtatt av kommunestyret 11.12.2025, PS 99/25.

7 Teknisk drift

7.1 Ansvar

Teknisk drift har ansvar for veier, vann og avløp og kommunens bygg, og for den digitale driften av disse.

7.2 Mål

Målene for området følges opp hvert tertial.

Mål                         Indikator                          Resultat 2024   Mål 2027
Færre vannlekkasjer         Lekkasje i prosent av produksjon            31 %       25 %
Raskere byggesaker          Saksbehandlingstid i dager                   42         30
Flere digitale søknader     Andel digitale søknader                     70 %       90 %

7.3 Økonomi

Driftsramme (tall i 1000 kr)           2026        2027
Vedtatt budsjett 2025                 40 000      40 000
Prisvekst                              1 200       1 200
Innsparing                              -500      -1 000
Ramme økonomiplan                     40 700      40 200
`;

describe('an økonomiplan chapter printed on its own', () => {
  it('reads the chapter heading "7 …" over its sections 7.1–7.3', async () => {
    const doc = await parse(CHAPTER, 'ringerike-kap7.txt');
    expect(headings(doc)).toEqual([
      [1, '7', 'Teknisk drift'],
      [2, '7.1', 'Ansvar'],
      [2, '7.2', 'Mål'],
      [2, '7.3', 'Økonomi'],
    ]);
  });

  it('reads a space-aligned target table with shares as goals and indicators, its figures as neither', async () => {
    const doc = await parse(CHAPTER, 'ringerike-kap7.txt');
    expect(doc.goals.map((goal) => [goal.kind, goal.text])).toEqual([
      ['goal', 'Færre vannlekkasjer'],
      ['indicator', 'Lekkasje i prosent av produksjon'],
      ['goal', 'Raskere byggesaker'],
      ['indicator', 'Saksbehandlingstid i dager'],
      ['goal', 'Flere digitale søknader'],
      ['indicator', 'Andel digitale søknader'],
    ]);
  });

  it('makes a last row that adds up the rows above it a sum row, whatever its label', async () => {
    const doc = await parse(CHAPTER, 'ringerike-kap7.txt');
    const frame = doc.budgets.filter((item) => item.label === 'Ramme økonomiplan');
    expect(frame.map((item) => [item.year, item.amount, item.isSum])).toEqual([
      [2026, 40_700_000, true],
      [2027, 40_200_000, true],
    ]);
    expect(doc.budgets.find((item) => item.label === 'Innsparing')?.isSum).toBe(false);
  });
});

const FRONT_MATTER = `---
title: "Felles handlingsplan for IKT 2026–2027"
eier: Samarbeidet
tags: [ikt, plan]
---

# Felles handlingsplan for IKT 2026–2027

## Bakgrunn

Kommunene samarbeider om drift av IKT og legger her fram en felles plan for to år.

## Behandling

| Kommune | Organ | Dato | Sak |
|---|---|---|---|
| Vestvågøy | Kommunestyret | 02.12.2025 | 81/25 |
| Flakstad | Kommunestyret | 04.12.2025 | 40/25 |

## Oppfølging

Planen følges opp hvert halvår i styret for samarbeidet.
`;

describe('markdown with YAML front matter and one council per row of a case table', () => {
  it('takes the title from the heading, not the front matter, and ranks the sections under it', async () => {
    const doc = await parse(FRONT_MATTER, 'felles-plan.md');
    expect(doc.metadata.title).toBe('Felles handlingsplan for IKT 2026–2027');
    expect(headings(doc)).toEqual([
      [1, null, 'Bakgrunn'],
      [1, null, 'Behandling'],
      [1, null, 'Oppfølging'],
    ]);
  });

  it('gives each council its own adoption, named by the municipality in its own column', async () => {
    const doc = await parse(FRONT_MATTER, 'felles-plan.md');
    expect(doc.metadata.adopted.map((record) => [record.municipality, record.date, record.caseNumber])).toEqual([
      ['Vestvågøy', '2025-12-02', '81/25'],
      ['Flakstad', '2025-12-04', '40/25'],
    ]);
  });
});

const PANDOC = `![](media/image1.png){width="2in" height="0.5in"}

**Stjørdal kommune**

**Handlingsplan for digital kompetanse 2026–2028**

  -----------------------------------------------------
  Dokumentinformasjon
  ------------------ ----------------------------------
  Vedtatt av         Kommunestyret

  Dato               05.11.2025

  Saksnummer         61/25
  -----------------------------------------------------

# []{#_Toc100000001 .anchor}1 Innledning

Planen beskriver hvordan kommunen skal styrke den digitale kompetansen hos ansatte og innbyggere.

## []{#_Toc100000002 .anchor}1.1 Bakgrunn

Mange ansatte har behov for mer opplæring i de digitale verktøyene de bruker hver dag.[^1]

# []{#_Toc100000003 .anchor}2 Tiltak

  ----------------------------------------------------------------
  Tiltak                       Ansvar              2026      2027
  ---------------------------- ---------------- --------- ---------
  Kurs for ledere              HR                 50 000    50 000

  Digitale veiledere i alle    Digitalisering     30 000         –
  enheter

  **Sum**                                         80 000    50 000
  ----------------------------------------------------------------

[^1]: Fra en kartlegging blant ansatte i 2025.
`;

describe('a Word document converted by pandoc', () => {
  it('reads headings without their anchor spans, the bold title, and the adoption in a multiline table', async () => {
    const doc = await parse(PANDOC, 'stjordal-plan.md');
    expect(doc.metadata.title).toBe('Handlingsplan for digital kompetanse 2026–2028');
    expect(headings(doc)).toEqual([
      [1, '1', 'Innledning'],
      [2, '1.1', 'Bakgrunn'],
      [1, '2', 'Tiltak'],
    ]);
    expect(doc.metadata.adopted.map((record) => [record.date, record.caseNumber])).toEqual([['2025-11-05', '61/25']]);
  });

  it('reads a multiline table row by row, a wrapped label joined', async () => {
    const doc = await parse(PANDOC, 'stjordal-plan.md');
    expect(doc.budgets.map((item) => [item.label, item.year, item.amount, item.isSum])).toEqual([
      ['Kurs for ledere', 2026, 50_000, false],
      ['Kurs for ledere', 2027, 50_000, false],
      ['Digitale veiledere i alle enheter', 2026, 30_000, false],
      ['Sum', 2026, 80_000, true],
      ['Sum', 2027, 50_000, true],
    ]);
  });
});

const STATUS_REPORT = `SOGNDAL KOMMUNE
Kommunedirektøren – stab for økonomi og IKT

Statusrapport 2025 – IKT-strategien 2024–2027
=============================================

Rapporten vart lagd fram for formannskapet 3. mars 2026.


1 Samandrag
===========

Strategien vart vedteken av kommunestyret 12. juni 2023 i sak 044/23 og gjeld for 2024–2027.


2 Økonomi
=========

┌──────────────────────────────┬──────────────┬────────────────┐
│ Tiltak                       │ Løyving 2025 │ Rekneskap 2025 │
├──────────────────────────────┼──────────────┼────────────────┤
│ Nytt nettverk                │      400 000 │        380 000 │
│ Opplæring av tilsette i      │      100 000 │        120 000 │
│ nye verktøy                  │              │                │
├──────────────────────────────┼──────────────┼────────────────┤
│ Sum                          │      500 000 │        500 000 │
└──────────────────────────────┴──────────────┴────────────────┘
`;

describe('a status report with an underlined title over underlined chapters', () => {
  it('takes the underlined line naming the document as the title, not a section', async () => {
    const doc = await parse(STATUS_REPORT, 'sogndal-status.txt');
    expect(doc.metadata.title).toBe('Statusrapport 2025 – IKT-strategien 2024–2027');
    expect(headings(doc).map(([, number]) => number)).toEqual(['1', '2']);
  });

  it('reads a box-drawing table without rules between its rows row by row, the appropriation column as the budget', async () => {
    const doc = await parse(STATUS_REPORT, 'sogndal-status.txt');
    expect(doc.budgets.filter((item) => item.basis !== 'actual').map((item) => [item.label, item.year, item.amount, item.isSum])).toEqual([
      ['Nytt nettverk', 2025, 400_000, false],
      ['Opplæring av tilsette i nye verktøy', 2025, 100_000, false],
      ['Sum', 2025, 500_000, true],
    ]);
    // The Rekneskap column is the accounts (test/ingest/actual-columns.test.ts), no budget.
    expect(doc.budgets.filter((item) => item.basis === 'actual').map((item) => [item.label, item.amount])).toEqual([
      ['Nytt nettverk', 380_000], ['Opplæring av tilsette i nye verktøy', 120_000], ['Sum', 500_000],
    ]);
  });
});

describe("a collaboration's members", () => {
  it('are spelled as the gazetteer spells them where two municipalities share a name', async () => {
    const text = `Vesterålen regionråd\n\n# Felles plan for velferdsteknologi 2026–2028\n\nKommunene i samarbeidet er Andøy, Bø, Hadsel, Lødingen, Sortland og Øksnes.\n\n## Mål\n\nAlle kommunene skal tilby digitalt tilsyn innen 2027.\n`;
    const doc = await parse(text, 'vesteralen-plan.md');
    expect(doc.metadata.organisation).toBe('Vesterålen');
    expect(doc.metadata.municipalities).toContain('Bø (Nordland)');
    expect(doc.metadata.municipalities).not.toContain('Bø');
  });
});
