/**
 * Budget rows from tables written with pipes in text (markdown tables, and tables pasted without outer
 * pipes): a cost column or yearly columns give budget rows with exact years, a Sum/Totalt row is the
 * table's sum, a cell without an amount is no row, indicator columns with years are no amounts; and
 * "Vedtatt av kommunestyret …" in a municipality's strategy is that municipality's council; a budget table
 * stays in one passage with the sentence that introduces it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../ingest/model.ts';
import { parseDocument } from '../../ingest/parse.ts';
import { CORPUS, parseSample, ROOT } from '../helpers/corpus.ts';

const LAYOUTS = `${ROOT}test/fixtures/strategies/layouts`;
const parse = (text: string, name = 'plan.md') => parseDocument(new TextEncoder().encode(text), name);
const parseFixture = (file: string) => parseDocument(readFileSync(`${LAYOUTS}/${file}`), file);
const rows = (doc: ParsedDocument) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum]);

describe('budget rows from pipe tables', () => {
  it('reads a markdown Tiltak | Ansvar | Frist | Kostnad (kr) table: one row per amount, the bold Sum row as the sum, no row for "Innenfor ramme"', async () => {
    const doc = await parseFixture('lier-handlingsplan-digitalisering-2025-2027.md');
    expect(rows(doc)).toEqual([
      ['Digitale søknadsskjema for alle tjenester', null, 900_000, false],
      ['Mobil journal i hjemmetjenesten', null, 1_250_000, false],
      ['Opplæring i digital samhandling', null, 300_000, false],
      ['Sum', null, 2_450_000, true],
    ]);
    // A cost column without years covers the plan's period; the table is named by its section.
    expect(doc.budgets.every((b) => b.period?.from === 2025 && b.period?.to === 2027 && b.table === 'Tiltak og kostnader' && b.confidence === 'exact')).toBe(true);
    // The quoted amount is the cell's text, at the cell's place in the text.
    for (const b of doc.budgets) expect(doc.text.slice(b.start, b.end)).toBe(b.raw);
    // The same table still lists its measures (the sum row is none).
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Digitale søknadsskjema for alle tjenester', 'Mobil journal i hjemmetjenesten', 'Behandlingsprotokoll for alle fagsystemer', 'Opplæring i digital samhandling']);
  });

  it('reads a yearly table pasted without outer pipes (Tiltak | 2024 | 2025 | 2026) with a Totalt row; its labels are budget rows, not measures', async () => {
    const doc = await parseFixture('stord-tiltaksplan-digitalisering-2024-2026.txt');
    expect(rows(doc).filter((row) => row[0] === 'Felles avvikssystem' || row[3] === true)).toEqual([
      ['Felles avvikssystem', 2024, 450_000, false],
      ['Felles avvikssystem', 2025, 300_000, false],
      ['Felles avvikssystem', 2026, 100_000, false],
      ['Totalt', 2024, 1_450_000, true],
      ['Totalt', 2025, 1_050_000, true],
      ['Totalt', 2026, 850_000, true],
    ]);
    expect(doc.budgets).toHaveLength(12);
    expect(doc.goals.filter((g) => g.kind === 'measure')).toEqual([]);
  });

  it('reads the unit in a column heading ("Kostnad (1000 kr)", "Budsjett 2025 (mill. kr)")', async () => {
    const doc = await parse('# Plan 2025\n\n## Tiltak\n\n| Tiltak | Ansvar | Kostnad (1000 kr) |\n|---|---|---|\n| Ny nettside | Kommunikasjon | 450 |\n| Skyplattform | IKT | 1 200 |\n\n## Budsjett\n\n| Post | Budsjett 2025 (mill. kr) | Budsjett 2026 (mill. kr) |\n|---|---|---|\n| Velferdsteknologi | 1,5 | 2 |\n');
    expect(rows(doc)).toEqual([
      ['Ny nettside', null, 450_000, false],
      ['Skyplattform', null, 1_200_000, false],
      ['Velferdsteknologi', 2025, 1_500_000, false],
      ['Velferdsteknologi', 2026, 2_000_000, false],
    ]);
  });

  it('takes no amounts from columns that are not amounts: indicator values with a year, deadlines, responsibilities', async () => {
    const doc = await parse('# Plan 2023–2026\n\n## Indikatorer\n\n| Indikator | Status 2022 | Målverdi 2026 |\n|---|---|---|\n| Digitale søknader | 45 | 90 |\n| Brukere med digitalt tilsyn | 120 | 400 |\n\n## Tiltak\n\n| Tiltak | Ansvar | Frist |\n|---|---|---|\n| Ny nettside | Kommunikasjon | 2025 |\n');
    expect(doc.budgets).toEqual([]);
  });
});

describe('adoption by a council that the line does not name', () => {
  it('gives "Vedtatt av kommunestyret …" the municipality of a municipality\'s strategy, but not a county council or a collaboration\'s board', async () => {
    const lier = await parseFixture('lier-handlingsplan-digitalisering-2025-2027.md');
    expect(lier.metadata.adopted).toEqual([{ body: 'kommunestyret', municipality: 'Lier', date: '2025-02-13', caseNumber: '14/25' }]);
    const stord = await parseFixture('stord-tiltaksplan-digitalisering-2024-2026.txt');
    expect(stord.metadata.adopted.map((a) => a.municipality)).toEqual(['Stord']);
    const county = await parse('Vestland fylkeskommune\n\nRegional plan for digitalisering 2022–2029\n\nVedteken i fylkestinget 14. juni 2022, sak 45/2022\n\nInnleiing\n\nPlanen gjeld for heile fylket.\n', 'vestland.txt');
    expect(county.metadata.adopted.map((a) => [a.body, a.municipality])).toEqual([['fylkestinget', null]]);
  });
});

describe('budget tables in passages', () => {
  it('keeps a flattened overview table in one passage with the sentence that introduces it, so its unlabelled sum row stands beside "Samlet budsjett"', async () => {
    const doc = await parseSample(CORPUS.tiltaksplan);
    const sums = doc.budgets.filter((b) => b.table === 'Satsningsområder og tiltak' && b.isSum);
    expect(sums.map((b) => b.amount)).toEqual([10_880_300, 11_530_300, 5_688_000]);
    const holding = doc.passages.filter((p) => sums.some((b) => b.start >= p.start && b.end <= p.end));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.text.startsWith('Samlet budsjett for alle satsningsområdene/tiltak i perioden: Satsningsområder og tiltak 2016 2017 2018')).toBe(true);
  });
});
