import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { boxTablesAsGrid } from '../../ingest/clean/grid-tables.ts';
import { spaceTablesAsPipes, wrappedTablesAsPipes, yearTablesAsPipes } from '../../ingest/clean/index.ts';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';

/**
 * Layouts first met in the blind sets test/fixtures/fresh5, fresh6 and fresh7 (spent on 2026-12-05, fifth session):
 * an adoption only in a footer, in a key-value table or a "Vedteken i:" field; a cookie banner above a web
 * page's title; tables printed by pdftotext with single spaces, typed with rules (reStructuredText),
 * wrapping onto the lines below, drawn with box characters; rows numbered "1.1" and "P1"; savings with a
 * minus; thousands grouped by commas beside three-digit cells; a wrapped line that is no heading; goals
 * under a container heading that names them. Every text here is written for this test.
 */
const parse = (text: string, name = 'strategi.txt') => parseDocument(new TextEncoder().encode(text), name);
const rows = (doc: Awaited<ReturnType<typeof parse>>) => doc.budgets.map((row) => [row.label, row.year, row.amount, row.isSum]);

describe('adoption', () => {
  it('reads an adoption printed only in a footer at the end of a long text', async () => {
    const body = Array.from({ length: 60 }, (_, i) => `Avsnitt ${i + 1} handlar om korleis kommunen skal arbeide med digitale tenester i åra som kjem.`).join('\n\n');
    const doc = await parse(`Digitaliseringsstrategi for Luster kommune 2026–2029\n\n${body}\n\n____\n\nVedteke i Luster kommunestyre 4. mars 2026, sak 12/26.\n`);
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ municipality: 'Luster', date: '2026-03-04', caseNumber: '12/26' })]);
  });

  it('reads a key-value table, a "Vedteken i:" field with a capital body, "in case", and one record for a header printed on every page', () => {
    expect(detectAdoptions('| Vedtatt av | Fylkestinget |\n| Vedtaksdato | 3. mai 2026 |\n| Saksnummer | 41/26 |')).toEqual([expect.objectContaining({ date: '2026-05-03', caseNumber: '41/26' })]);
    expect(detectAdoptions('Vedteken i:\tKommunestyret 10.02.2026, sak 7/26')).toEqual([expect.objectContaining({ date: '2026-02-10', caseNumber: '7/26' })]);
    expect(detectAdoptions('It was adopted by the municipal council on 2 April 2026 in case 033/26, after a hearing.')[0]?.caseNumber).toBe('033/26');
    const header = 'Vik kommune  ·  Handlingsplan 2026–2027  ·  Vedtatt av kommunestyret 12.12.2025, sak 99/25';
    expect(detectAdoptions(`${header}\n\nTekst.\n\n${header}\n\nMer tekst.`)).toHaveLength(1);
  });
});

describe('titles', () => {
  it('takes the top heading naming the document and its period over a cookie banner and a site line', async () => {
    const doc = await parse(
      'Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. [Godta alle](#) · [Bare nødvendige](#)\n\n**IKT Vestvika** – et samarbeid mellom tre kommuner med en lang og felles historie på nett\n\n# Felles IKT-strategi 2026–2029\n\n## Mål\n\nKommunene skal velge felles løsninger.\n',
      'strategi.md',
    );
    expect(doc.metadata.title).toBe('Felles IKT-strategi 2026–2029');
  });

  it('takes the part of a running header that names the document', async () => {
    const doc = await parse('Vik kommune  ·  Handlingsprogram 2026–2029  ·  Vedtatt av kommunestyret 12.12.2025, sak 99/25\n\nKapittel 5  Digitalisering\n\nKommunen skal bruke digitale verktøy.\n');
    expect(doc.metadata.title).toBe('Handlingsprogram 2026–2029');
  });
});

describe('tables', () => {
  it('reads a table pdftotext printed with single spaces between the cells of year columns', () => {
    const text = 'Tabell 2 Kostnader (mill. kr)\nOmråde 2026 2027 2028\nNy nettside 1,2 0,4 0,4\nOpplæring 0,5 0,5 0,3\nSum 1,7 0,9 0,7\n\nTeksten går videre.';
    expect(yearTablesAsPipes(text)).toContain('| Område | 2026 | 2027 | 2028 |\n| Ny nettside | 1,2 | 0,4 | 0,4 |');
    // Grouped thousands are never split into cells.
    expect(yearTablesAsPipes('Område 2026 2027\nNett 1 200 900\nSkole 2 000 1 100\n')).not.toContain('|');
  });

  it('reads a typed table framed by rules (reStructuredText) and amounts in NOK million', async () => {
    const doc = await parse('Budget\n------\n\nAll amounts are in NOK million.\n\n  ==========  ====  ====\n  Area        2026  2027\n  ==========  ====  ====\n  Portal       1.5   0.5\n  Training     0.3   0.2\n  ----------  ----  ----\n  Total        1.8   0.7\n  ==========  ====  ====\n');
    expect(rows(doc)).toContainEqual(['Portal', 2026, 1_500_000, false]);
    expect(rows(doc)).toContainEqual(['Total', 2027, 700_000, true]);
  });

  it('reads a space-aligned table whose cells wrap onto the lines below', () => {
    const text = [
      'Nr   Tiltak                        Ansvarlig          Kostnad',
      '-------------------------------------------------------------',
      '1    Digitalt tilsyn i alle        Sykehjemmet      1 200 000',
      '     avdelinger',
      '',
      '2    Opplæring                     Personal           300 000',
      '',
      '     Sum                                            1 500 000',
    ].join('\n');
    const pipes = wrappedTablesAsPipes(spaceTablesAsPipes(text));
    expect(pipes).toContain('| 1 | Digitalt tilsyn i alle avdelinger | Sykehjemmet | 1 200 000 |');
    expect(pipes).toContain('|  | Sum |  | 1 500 000 |');
  });

  it('reads a table drawn with box characters, its first rule marking the header', () => {
    const grid = boxTablesAsGrid('┌────┬──────────┬──────┐\n│ Nr │ Prosjekt │ 2026 │\n├────┼──────────┼──────┤\n│ P1 │ Arkiv    │  800 │\n└────┴──────────┴──────┘');
    expect(grid.split('\n')[2]).toMatch(/^\+=+\+=+\+=+\+$/);
  });

  it('names rows by the column after one numbering them "1.1" or "P1", and keeps savings and a bold sum', async () => {
    const doc = await parse(
      'Tabellen viser tiltakene. Beløp i tusen\nkroner.\n\n| Nr | Tiltak | 2026 | 2027 |\n|---|---|--:|--:|\n| | **1 Tenester** | | |\n| 1.1 | Ny portal | 300 | 100 |\n| 1.2 | Innsparing porto | -50 | -80 |\n| | **Sum** | **250** | **20** |\n',
      'plan.md',
    );
    expect(rows(doc)).toContainEqual(['Ny portal', 2026, 300_000, false]);
    expect(rows(doc)).toContainEqual(['Innsparing porto', 2027, -80_000, false]);
    expect(rows(doc)).toContainEqual(['Sum', 2026, 250_000, true]);
  });

  it('reads "1,100" beside "900" in one table as grouped thousands', async () => {
    const doc = await parse('Amounts are in NOK thousand.\n\n| Action | 2026 | 2027 |\n|---|---:|---:|\n| Data platform | 900 | 1,100 |\n| Broadband | 2,500 | 3,000 |\n', 'plan.md');
    expect(rows(doc)).toContainEqual(['Data platform', 2027, 1_100_000, false]);
  });
});

describe('headings and goals', () => {
  it('does not take the first line of a wrapped paragraph for a heading', async () => {
    const doc = await parse('Digitaliseringsstrategi for Vik kommune 2026–2029\n\nMåla våre\n\nKommunen skal tilby digitale tenester til alle innbyggjarane og\nverksemdene i kommunen.\n\nTryggleik\n\nKommunen skal ha eit styringssystem for informasjonstryggleik.\n');
    expect(doc.sections.map((section) => section.title)).not.toContain('Kommunen skal tilby digitale tenester til alle innbyggjarane og');
  });

  it('reads the goals under the headings of a container heading that names goals', async () => {
    const doc = await parse(
      '# Felles IKT-strategi 2026–2029\n\n## Fire strategiske mål\n\n### 1. Felles løsninger\n\nKommunene skal velge felles løsninger når de anskaffer nye fagsystemer.\n\n### 2. Skyen\n\nInnen 2028 skal minst 60 prosent av fagsystemene driftes som skytjenester.\nDette betyr at serverrommene kan legges ned.\n',
      'strategi.md',
    );
    const goals = doc.goals.filter((goal) => goal.kind === 'goal').map((goal) => goal.text);
    expect(goals).toContain('Kommunene skal velge felles løsninger når de anskaffer nye fagsystemer.');
    expect(goals).toContain('Innen 2028 skal minst 60 prosent av fagsystemene driftes som skytjenester.');
    expect(goals.some((goal) => goal.startsWith('Dette betyr'))).toBe(false);
  });

  it('reads "* " bullets under a "Measures" line, and a goal heading over its own sentence as a section', async () => {
    const doc = await parse('Digital Strategy 2026–2029\n\nGoal 1 – Simple services\n------------------------\n\nBy 2028, nine out of ten applications shall be submitted digitally.\n\nMeasures\n\n  * a new self-service portal with login through ID-porten;\n  * digital forms that reuse information the municipality holds.\n');
    const goals = doc.goals.map((goal) => [goal.kind, goal.text]);
    expect(goals).toContainEqual(['goal', 'By 2028, nine out of ten applications shall be submitted digitally.']);
    expect(goals).toContainEqual(['measure', 'a new self-service portal with login through ID-porten']);
    expect(goals.some(([, text]) => text === 'Simple services')).toBe(false);
  });

  it('keeps a heading that names a goal over its sub-goals as the goal', async () => {
    const doc = await parse('# Strategi 2026–2029\n\n## Mål\n\n### Hovedmål 1: Enkle tjenester for innbyggerne\n\nDelmål:\n\n- Innen 2027 skal alle skjema være digitale.\n- Svartiden skal være under to dager.\n', 'strategi.md');
    expect(doc.goals.map((goal) => goal.text)).toContain('Enkle tjenester for innbyggerne');
  });

  it('reads the lists under a container heading that names measures ("Korleis gjer vi det?") as measures, and codes as labels', async () => {
    const doc = await parse('# Strategi for Vik 2026–2029\n\n## Korleis gjer vi det?\n\nTiltaka under er dei viktigaste.\n\n### Inkludering\n\n- Opne digihjelp på biblioteket\n- Lage enkle rettleiingar på video\n\n## Delmål\n\n- A1 Innan 2028 skal alle grender ha breiband.\n- A2 Alle skular skal ha trådlaust nett.\n', 'strategi.md');
    const goals = doc.goals.map((goal) => [goal.kind, goal.label, goal.text]);
    expect(goals).toContainEqual(['measure', null, 'Opne digihjelp på biblioteket']);
    expect(goals).toContainEqual(['sub-goal', 'A1', 'Innan 2028 skal alle grender ha breiband.']);
  });

  it('reads a labelled goal wrapped over the lines below to its sentence\'s end', async () => {
    const doc = await parse('# Plan 2026–2029\n\n### Innsatsområde A\n\n**Mål:** Alle deler av fylket skal ha bredbånd og\nmobildekning som gjør det mulig å bo der.\n', 'plan.md');
    expect(doc.goals.map((goal) => goal.text)).toContain('Alle deler av fylket skal ha bredbånd og mobildekning som gjør det mulig å bo der.');
  });
});

describe('layouts of fresh7', () => {
  it('reads a web page\'s accordions as headings, "Målet er at …" as a goal and "Dette vil vi:" over a blank line as commitments', async () => {
    const doc = await parse('# Digitaliseringsstrategi 2026–2029\n\n## Satsingsområder\n\n<details>\n<summary>Åpne data</summary>\n\nMålet er at minst 30 datasett skal være publisert innen 2028.\n\nDette vil vi:\n\n- publisere datasett i den nasjonale katalogen\n- utnevne en dataeier for hvert datasett\n\n</details>\n', 'strategi.md');
    expect(doc.sections.map((section) => [section.level, section.title])).toContainEqual([2, 'Åpne data']);
    const goals = doc.goals.map((goal) => [goal.kind, goal.text]);
    expect(goals).toContainEqual(['goal', 'Målet er at minst 30 datasett skal være publisert innen 2028.']);
    expect(goals).toContainEqual(['commitment', 'publisere datasett i den nasjonale katalogen']);
  });

  it('takes the adopted strategy for the title of a case document, and its adoption from a space-aligned case history', async () => {
    const doc = await parse('VIK KOMMUNE\n\nSAKSFRAMLEGG\n\nSakstittel:     DIGITALISERINGSSTRATEGI FOR VIK KOMMUNE 2026–2029 – SLUTTHANDSAMING\n\nUtval                          Møtedato        Utvalssak\nFormannskapet                  20.05.2026      041/26\nKommunestyret                  05.06.2026      052/26\n\nVedlegg:\n1. Digitaliseringsstrategi for Vik kommune 2026–2029\n\nKommunestyret vedtek strategien.\n');
    expect(doc.metadata.title).toBe('Digitaliseringsstrategi for Vik kommune 2026–2029');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ date: '2026-06-05', caseNumber: '052/26' })]);
  });

  it('keeps the adoption of each member council in a case history', () => {
    const records = detectAdoptions('| Utval | Møtedato | Sak |\n|---|---|---|\n| Modum kommunestyre | 15.02.2026 | 14/26 |\n| Sigdal kommunestyre | 22.02.2026 | 9/26 |');
    expect(records.map((record) => record.municipality)).toEqual(['Modum', 'Sigdal']);
  });

  it('reads the members of a collaboration listed after "for", over a line break', async () => {
    const doc = await parse('# Programplan for velferdsteknologi 2026–2028\n\n**Midt-Buskerud** · samarbeid om IKT for Modum, Sigdal\nog Krødsherad\n\n## Mål\n\nAlle brukere skal ha digitale trygghetsalarmer.\n', 'plan.md');
    expect(doc.metadata.municipalities).toEqual(expect.arrayContaining(['Modum', 'Sigdal', 'Krødsherad']));
  });

  it('reads columns of a plan\'s stages named with their years ("Phase 1 (2025)")', async () => {
    const doc = await parse('All figures are in NOK.\n\n| Workstream | Phase 1 (2026) | Phase 2 (2027–2028) | Total |\n|---|---:|---:|---:|\n| Cloud | 1,200,000 | 1,500,000 | 2,700,000 |\n| Skills | 350,000 | 600,000 | 950,000 |\n', 'plan.md');
    expect(rows(doc)).toContainEqual(['Cloud', 2026, 1_200_000, false]);
    expect(doc.budgets.find((row) => row.label === 'Cloud' && row.amount === 1_500_000)?.period).toEqual({ from: 2027, to: 2028 });
  });
});

