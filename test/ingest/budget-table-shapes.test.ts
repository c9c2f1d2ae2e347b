/**
 * Budget tables in real-world shapes (test/fixtures/fresh3, written blind to the code): the unit stated
 * for a table ("(i 1 000 kroner)", "(mill. kr)", "NOK million") scales every amount; a numbering column
 * ("Nr") does not name the rows; a Total column beside year columns covers their years; a space-aligned
 * plain-text table is read as a table; a table with years as rows and areas as columns is read transposed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spaceTablesAsPipes } from '../../ingest/clean/index.ts';
import type { ParsedDocument } from '../../ingest/model.ts';
import { parseDocument } from '../../ingest/parse.ts';
import { isNoAmount, statedUnits } from '../../ingest/structure/budget-words.ts';
import { ROOT } from '../helpers/corpus.ts';

const FRESH3 = `${ROOT}test/fixtures/fresh3`;
const parseFixture = (file: string) => parseDocument(readFileSync(`${FRESH3}/${file}`), file);
const rows = (doc: ParsedDocument) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum]);
const periods = (doc: ParsedDocument) => doc.budgets.filter((b) => b.year === null).map((b) => [b.label, b.period?.from, b.period?.to]);

describe('budget tables in real-world shapes', () => {
  it('reads a table numbered "Nr | Tiltak | Ansvar | 2025 …" in thousands: labels from Tiltak, the Sum row with an empty Nr cell, 0 as an amount, "–"/"Innenfor ramme"/"Ikke avklart" as no row', async () => {
    const doc = await parseFixture('levanger-digitaliseringsstrategi-2024-2028.md');
    expect(rows(doc)).toEqual([
      ['Felles plattform for innbyggerdialog', 2025, 1_200_000, false],
      ['Felles plattform for innbyggerdialog', 2026, 800_000, false],
      ['Velferdsteknologi i hjemmetjenesten', 2025, 2_000_000, false],
      ['Velferdsteknologi i hjemmetjenesten', 2026, 2_500_000, false],
      ['Velferdsteknologi i hjemmetjenesten', 2027, 2_500_000, false],
      ['Dataplattform og datadeling', 2025, 0, false],
      ['Dataplattform og datadeling', 2026, 600_000, false],
      ['Informasjonssikkerhet og ROS-analyser', 2025, 350_000, false],
      ['Informasjonssikkerhet og ROS-analyser', 2026, 350_000, false],
      ['Informasjonssikkerhet og ROS-analyser', 2027, 350_000, false],
      ['Sum', 2025, 3_550_000, true],
      ['Sum', 2026, 4_250_000, true],
      ['Sum', 2027, 2_850_000, true],
    ]);
    expect(new Set(doc.budgets.map((b) => b.table))).toEqual(new Set(['Tiltak og kostnader']));
    // The Tiltak column of a table with Ansvar lists measures, also behind a numbering column.
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toContain('Digitale læremidler i grunnskolen');
  });

  it('reads an English table in NOK million with decimal points, a Total column over its years and a Total row', async () => {
    const doc = await parseFixture('narvik-digital-action-plan-2024-2025.md');
    expect(rows(doc).slice(0, 3)).toEqual([
      ['Digital front door for residents', 2024, 2_750_000, false],
      ['Digital front door for residents', 2025, 1_500_000, false],
      ['Digital front door for residents', null, 4_250_000, true],
    ]);
    expect(rows(doc).slice(-3)).toEqual([
      ['Total', 2024, 6_950_000, true],
      ['Total', 2025, 5_850_000, true],
      ['Total', null, 12_800_000, true],
    ]);
    expect(periods(doc).every(([, from, to]) => from === 2024 && to === 2025)).toBe(true);
    expect(doc.budgets[0]?.table).toBe('Budget');
  });

  it('reads a plain-text table aligned with spaces, in millions with decimal commas, and its "I alt" row', async () => {
    const doc = await parseFixture('vefsn-ikt-strategi-2025-2028.txt');
    expect(doc.budgets).toHaveLength(16);
    expect(rows(doc).slice(0, 4)).toEqual([
      ['Nettverk og infrastruktur', 2025, 2_400_000, false],
      ['Nettverk og infrastruktur', 2026, 1_800_000, false],
      ['Nettverk og infrastruktur', 2027, 1_500_000, false],
      ['Nettverk og infrastruktur', 2028, 1_500_000, false],
    ]);
    expect(rows(doc).slice(-4)).toEqual([
      ['I alt', 2025, 4_100_000, true],
      ['I alt', 2026, 3_700_000, true],
      ['I alt', 2027, 3_800_000, true],
      ['I alt', 2028, 3_700_000, true],
    ]);
  });

  it('reads a transposed table (years as rows, areas as columns): each cell a row named by its area, the Sum column per year, the Sum row per area over the period', async () => {
    const doc = await parseFixture('ulstein-digitaliseringsplan-2025-2027.md');
    expect(rows(doc).slice(0, 4)).toEqual([
      ['Oppvekst', 2025, 400_000, false],
      ['Helse og omsorg', 2025, 650_000, false],
      ['Fellestenester', 2025, 300_000, false],
      ['Sum', 2025, 1_350_000, true],
    ]);
    expect(rows(doc).slice(-4)).toEqual([
      ['Oppvekst', null, 1_350_000, true],
      ['Helse og omsorg', null, 1_850_000, true],
      ['Fellestenester', null, 800_000, true],
      ['Sum', null, 4_000_000, true],
    ]);
    expect(periods(doc).every(([, from, to]) => from === 2025 && to === 2027)).toBe(true);
  });

  it('writes space-aligned tables as pipe tables, but not aligned lines of dates and case numbers', () => {
    expect(spaceTablesAsPipes('Område      2025   2026\nNettverk    2,4    1,8\nI alt       4,1    3,7\nEtter.')).toBe('| Område | 2025 | 2026 |\n| Nettverk | 2,4 | 1,8 |\n| I alt | 4,1 | 3,7 |\nEtter.');
    // A row with an empty cell places its cells under the header by position.
    expect(spaceTablesAsPipes('Tiltak     Ansvar    2025\nNett       IT        500\nTotalt               500')).toBe('| Tiltak | Ansvar | 2025 |\n| Nett | IT | 500 |\n| Totalt |  | 500 |');
    const adoption = '  Indre Fosen kommunestyre   15.02.2024   sak 14/24\n  Ørland kommunestyre        22.02.2024   sak 9/24\n  Osen kommunestyre          07.03.2024   sak 6/24';
    expect(spaceTablesAsPipes(adoption)).toBe(adoption);
  });

  it('reads cells with no amount in flattened text as cells: they hold their column and are no part of the next label', async () => {
    const text = 'Handlingsplan for digitalisering 2025–2027\n\nØkonomi\n\nTabellen viser kostnadene. Budsjett 2025 Budsjett 2026 Budsjett 2027 Felles plattform 1 200 000 800 000 – Velferdsteknologi – trygghetsalarmer 2 000 000 2 500 000 2 500 000 Digitale læremidler Innenfor ramme Innenfor ramme Innenfor ramme Informasjonssikkerhet 350 000 350 000 350 000 Sum 3 550 000 3 650 000 2 850 000\n\nOppfølging skjer årlig.';
    const doc = await parseDocument(new TextEncoder().encode(text), 'plan.txt');
    expect(doc.budgets.map((b) => [b.label, b.year, b.amount, b.confidence])).toEqual([
      ['Felles plattform', 2025, 1_200_000, 'exact'],
      ['Felles plattform', 2026, 800_000, 'exact'],
      ['Velferdsteknologi – trygghetsalarmer', 2025, 2_000_000, 'exact'],
      ['Velferdsteknologi – trygghetsalarmer', 2026, 2_500_000, 'exact'],
      ['Velferdsteknologi – trygghetsalarmer', 2027, 2_500_000, 'exact'],
      ['Informasjonssikkerhet', 2025, 350_000, 'exact'],
      ['Informasjonssikkerhet', 2026, 350_000, 'exact'],
      ['Informasjonssikkerhet', 2027, 350_000, 'exact'],
      ['Sum', 2025, 3_550_000, 'exact'],
      ['Sum', 2026, 3_650_000, 'exact'],
      ['Sum', 2027, 2_850_000, 'exact'],
    ]);
  });

  it('knows a unit stated for a table from an amount with its unit, and cells with no amount', () => {
    expect(statedUnits('Tall i 1000 kr.').map((u) => u.scale)).toEqual([1000]);
    expect(statedUnits('Beløp er oppgitt (i 1 000 kroner).').map((u) => u.scale)).toEqual([1000]);
    expect(statedUnits('The table shows the costs in NOK million.').map((u) => u.scale)).toEqual([1_000_000]);
    expect(statedUnits('Investeringene er fordelt slik (mill. kr):').map((u) => u.scale)).toEqual([1_000_000]);
    expect(statedUnits('Prosjektet har fått 2,5 mill. kr i år.').filter((u) => u.scale > 1)).toEqual([]);
    expect(['Innenfor ramme', 'Ikke avklart', '–', 'Innanfor ramma'].every(isNoAmount)).toBe(true);
    expect(isNoAmount('1 200')).toBe(false);
  });
});
