/**
 * Budget tables in the shapes of test/fixtures/fresh4 (written blind to the code), on small texts written
 * here: a tab-separated table with group rows ("Drift", "Investering") and subtotals; an English
 * space-aligned table in "NOK 1,000" whose amounts group thousands with commas; a pandoc grid table
 * (+---+ borders, cells that wrap over lines) in mill. kr.
 */
import { describe, expect, it } from 'vitest';
import { gridTablesAsPipes } from '../../ingest/clean/grid-tables.ts';
import { spaceTablesAsPipes, tabTablesAsPipes } from '../../ingest/clean/index.ts';
import type { ParsedDocument } from '../../ingest/model.ts';
import { parseDocument } from '../../ingest/parse.ts';
import { statedUnits } from '../../ingest/structure/budget-words.ts';

const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const rows = (doc: ParsedDocument) => doc.budgets.map((b) => [b.label, b.year ?? (b.period ? `${b.period.from}–${b.period.to}` : null), b.amount, b.isSum]);

const GROUPED = [
  'Plan for digitale skoler 2025–2026',
  '',
  'Økonomi',
  '',
  'Beløpene er i tusen kroner.',
  '',
  'Post\t2025\t2026',
  'Drift',
  'Lisenser\t420\t440',
  'Sum drift\t420\t440',
  'Investering',
  'Elevmaskiner\t1 100\t0',
  'Sum investering\t1 100\t0',
  'Totalt\t1 520\t440',
  '',
  'Planen evalueres i 2026.',
].join('\n');

describe('budget tables with group rows, English thousands and grid borders', () => {
  it('writes a group row between the rows of a tab-separated table as a row with empty cells', () => {
    expect(tabTablesAsPipes('Post\t2025\t2026\nDrift\nLisenser\t420\t440\nSum\t420\t440\nEtter.')).toBe(
      '| Post | 2025 | 2026 |\n| Drift |  |  |\n| Lisenser | 420 | 440 |\n| Sum | 420 | 440 |\nEtter.',
    );
    // A sentence is no group row, and nor is a line after the table.
    expect(tabTablesAsPipes('Post\t2025\t2026\nLisenser\t420\t440\nSum\t420\t440\nDrift')).toBe('| Post | 2025 | 2026 |\n| Lisenser | 420 | 440 |\n| Sum | 420 | 440 |\nDrift');
    expect(tabTablesAsPipes('Post\t2025\t2026\nDette er en setning.\nLisenser\t420\t440\nSum\t420\t440')).toBe('Post\t2025\t2026\nDette er en setning.\n| Lisenser | 420 | 440 |\n| Sum | 420 | 440 |');
  });

  it('writes a group row of a space-aligned table as a row with empty cells', () => {
    expect(spaceTablesAsPipes('Post        2025    2026\nDrift\nLisenser     420     440\nSum          420     440\nEtter.')).toBe(
      '| Post | 2025 | 2026 |\n| Drift |  |  |\n| Lisenser | 420 | 440 |\n| Sum | 420 | 440 |\nEtter.',
    );
  });

  it('reads a tab-separated table in thousands with group rows, subtotals, 0 cells and a Totalt row; group rows give no row but their kind', async () => {
    const doc = await parse(GROUPED, 'plan.txt');
    expect(rows(doc)).toEqual([
      ['Lisenser', 2025, 420_000, false],
      ['Lisenser', 2026, 440_000, false],
      ['Sum drift', 2025, 420_000, true],
      ['Sum drift', 2026, 440_000, true],
      ['Elevmaskiner', 2025, 1_100_000, false],
      ['Elevmaskiner', 2026, 0, false],
      ['Sum investering', 2025, 1_100_000, true],
      ['Sum investering', 2026, 0, true],
      ['Totalt', 2025, 1_520_000, true],
      ['Totalt', 2026, 440_000, true],
    ]);
    expect(doc.budgets.map((b) => b.kind)).toEqual(['operating', 'operating', 'operating', 'operating', 'investment', 'investment', 'investment', 'investment', null, null]);
  });

  it('reads an English space-aligned table in "NOK 1,000": commas group thousands, the unit heading names no table, a Total column covers the years', async () => {
    const text = [
      'DIGITAL STRATEGY 2025-2027',
      '',
      'FUNDING',
      '',
      'The council has set aside the following amounts.',
      '',
      '  NOK 1,000                 2025      2026      Total',
      '  Data platform            3,500     4,000      7,500',
      '  Green ICT                  800     1,200      2,000',
      '  Total                    4,300     5,200      9,500',
      '',
      'The strategy is reviewed in 2027.',
    ].join('\n');
    const doc = await parse(text, 'summary.txt');
    expect(rows(doc)).toEqual([
      ['Data platform', 2025, 3_500_000, false],
      ['Data platform', 2026, 4_000_000, false],
      ['Data platform', '2025–2026', 7_500_000, true],
      ['Green ICT', 2025, 800_000, false],
      ['Green ICT', 2026, 1_200_000, false],
      ['Green ICT', '2025–2026', 2_000_000, true],
      ['Total', 2025, 4_300_000, true],
      ['Total', 2026, 5_200_000, true],
      ['Total', '2025–2026', 9_500_000, true],
    ]);
    // "NOK 1,000" only states the unit: the table is named by its section, not by it.
    expect(doc.budgets[0]?.table).not.toMatch(/NOK/);
  });

  it('keeps a decimal comma where nothing says the table groups thousands with commas', async () => {
    const doc = await parse('Plan 2025\n\nØkonomi\n\nBeløp i mill. kr.\n\n| Tiltak | 2025 | 2026 |\n|---|---|---|\n| Nett | 1,200 | 0,800 |\n', 'plan.md');
    expect(rows(doc)).toEqual([
      ['Nett', 2025, 1_200_000, false],
      ['Nett', 2026, 800_000, false],
    ]);
  });

  it('reads commas as thousands in a table of whole kroner ("650,000") and where a cell has two groups', async () => {
    const doc = await parse('Plan 2025\n\nBudget\n\n| Measure | 2025 | 2026 |\n|---|---|---|\n| Portal | 650,000 | 1,250,000 |\n', 'plan.md');
    expect(rows(doc)).toEqual([
      ['Portal', 2025, 650_000, false],
      ['Portal', 2026, 1_250_000, false],
    ]);
  });

  it('knows "NOK 1,000" as a unit, but not inside an amount ("NOK 1,000,000")', () => {
    expect(statedUnits('Amounts in NOK 1,000.').map((unit) => unit.scale)).toEqual([1000]);
    expect(statedUnits('The project costs NOK 1,000,000.').map((unit) => unit.scale)).toEqual([1]);
  });

  it('writes a pandoc grid table as a pipe table, joining a cell that wraps over lines', () => {
    const grid = [
      'Før.',
      '+------------------+--------+--------+',
      '| Tiltak           | 2025   | 2026   |',
      '+==================+========+========+',
      '| Medfinansiering  | 18,0   | 20,0   |',
      '| av utbygging     |        |        |',
      '+------------------+--------+--------+',
      '| Sum              | 18,0   | 20,0   |',
      '+------------------+--------+--------+',
      'Etter.',
    ].join('\n');
    expect(gridTablesAsPipes(grid)).toBe('Før.\n| Tiltak | 2025 | 2026 |\n|---|---|---|\n| Medfinansiering av utbygging | 18,0 | 20,0 |\n| Sum | 18,0 | 20,0 |\nEtter.');
    // A border with no rows after it is no table.
    expect(gridTablesAsPipes('+-----+\ntekst')).toBe('+-----+\ntekst');
  });

  it('reads a grid table in mill. kr with a "–" cell and a Sum row', async () => {
    const text = [
      '# Handlingsprogram 2025–2026',
      '',
      '## Økonomi',
      '',
      'Beløp i mill. kr.',
      '',
      '+------------------------+--------+--------+',
      '| Tiltak                 | 2025   | 2026   |',
      '+========================+========+========+',
      '| Mobildekning langs     | 4,5    | 6,0    |',
      '| fylkesveier            |        |        |',
      '+------------------------+--------+--------+',
      '| Digital beredskap      | 2,0    | –      |',
      '+------------------------+--------+--------+',
      '| Sum                    | 6,5    | 6,0    |',
      '+------------------------+--------+--------+',
      '',
    ].join('\n');
    const doc = await parse(text, 'program.md');
    expect(rows(doc)).toEqual([
      ['Mobildekning langs fylkesveier', 2025, 4_500_000, false],
      ['Mobildekning langs fylkesveier', 2026, 6_000_000, false],
      ['Digital beredskap', 2025, 2_000_000, false],
      ['Sum', 2025, 6_500_000, true],
      ['Sum', 2026, 6_000_000, true],
    ]);
  });
});
