/**
 * Status reports and årsmeldinger print the budget and the accounts side by side ("Budsjett 2025 | Regnskap
 * 2025 | Avvik"): the budget columns give budget rows as before, the accounts' columns give rows marked
 * `basis: 'actual'` (data/budget-words.json `actualHeadings`), a deviation column ("Avvik", "Variance",
 * "Differanse": `deviationHeadings`) gives none. Own texts, in bokmål, nynorsk and English.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { extractPdfBudgets } from '../../ingest/structure/budgets-pdf.ts';

const parse = (text: string, name = 'rapport.md') => parseDocument(new TextEncoder().encode(text), name);
const rows = (text: string) => parse(text).then((doc) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum, b.basis ?? 'budget']));

const report = (header: string, body: string, lead = 'Tall i 1000 kr.') => `# Statusrapport digitalisering 2025

Eksempelvik kommune

## Økonomi

${lead}

${header}
${body}`;

describe('a column of the accounts beside the budget', () => {
  it("gives actual rows for 'Regnskap 2025', budget rows for 'Budsjett 2025', nothing for 'Avvik'", async () => {
    const text = report('| Tiltak | Budsjett 2025 | Regnskap 2025 | Avvik |\n|---|---|---|---|', '| Åpne data | 500 | 420 | 80 |\n| Ny nettside | 300 | 350 | -50 |\n| Sum | 800 | 770 | 30 |\n');
    expect(await rows(text)).toEqual([
      ['Åpne data', 2025, 500_000, false, 'budget'],
      ['Åpne data', 2025, 420_000, false, 'actual'],
      ['Ny nettside', 2025, 300_000, false, 'budget'],
      ['Ny nettside', 2025, 350_000, false, 'actual'],
      ['Sum', 2025, 800_000, true, 'budget'],
      ['Sum', 2025, 770_000, true, 'actual'],
    ]);
  });

  it("reads nynorsk 'Løyving 2025 | Rekneskap 2025 | Avvik' the same way", async () => {
    const text = report('| Tiltak | Løyving 2025 | Rekneskap 2025 | Avvik |\n|---|---|---|---|', '| Breiband | 400 | 380 | 20 |\n| Sum | 400 | 380 | 20 |\n', 'Tal i 1000 kr.');
    expect(await rows(text)).toEqual([
      ['Breiband', 2025, 400_000, false, 'budget'],
      ['Breiband', 2025, 380_000, false, 'actual'],
      ['Sum', 2025, 400_000, true, 'budget'],
      ['Sum', 2025, 380_000, true, 'actual'],
    ]);
  });

  it("reads English 'Budget 2025 | Actual 2025 | Variance' the same way", async () => {
    const text = report('| Measure | Budget 2025 | Actual 2025 | Variance |\n|---|---|---|---|', '| Cloud services | 600,000 | 540,000 | 60,000 |\n| Cyber security | 250,000 | 310,000 | -60,000 |\n', 'Amounts in NOK.');
    expect(await rows(text)).toEqual([
      ['Cloud services', 2025, 600_000, false, 'budget'],
      ['Cloud services', 2025, 540_000, false, 'actual'],
      ['Cyber security', 2025, 250_000, false, 'budget'],
      ['Cyber security', 2025, 310_000, false, 'actual'],
    ]);
  });

  it("keeps a revised budget as the budget and reads 'Forbruk' as the accounts; a share spent ('Forbruk i %') and 'Differanse' are no amounts", async () => {
    const text = report(
      '| Tiltak | Revidert budsjett 2025 | Forbruk 2025 | Differanse | Forbruk i % |\n|---|---|---|---|---|',
      '| Velferdsteknologi | 900 | 1 010 | -110 | 112 |\n| Skanning | 600 | 240 | 360 | 40 |\n',
    );
    expect(await rows(text)).toEqual([
      ['Velferdsteknologi', 2025, 900_000, false, 'budget'],
      ['Velferdsteknologi', 2025, 1_010_000, false, 'actual'],
      ['Skanning', 2025, 600_000, false, 'budget'],
      ['Skanning', 2025, 240_000, false, 'actual'],
    ]);
  });

  it("marks a last row that adds up the rows above as a sum in the budget and in the accounts apart", async () => {
    const text = report('| Tiltak | Regulert budsjett 2025 | Regnskap 2025 |\n|---|---|---|', '| Lisenser | 2 300 | 2 250 |\n| Nettverk | 900 | 950 |\n| Ramme digitalisering | 3 200 | 3 200 |\n');
    const doc = await parse(text);
    expect(doc.budgets.filter((b) => b.label === 'Ramme digitalisering').map((b) => [b.amount, b.isSum, b.basis ?? 'budget'])).toEqual([
      [3_200_000, true, 'budget'],
      [3_200_000, true, 'actual'],
    ]);
  });

  it('reads a table whose rows are years the same way: the accounts marked, the deviations left out', async () => {
    const text = report('| År | Budsjett | Regnskap | Avvik |\n|---|---|---|---|', '| 2024 | 500 | 450 | 50 |\n| 2025 | 600 | 640 | -40 |\n');
    expect(await rows(text)).toEqual([
      ['Budsjett', 2024, 500_000, false, 'budget'],
      ['Regnskap', 2024, 450_000, false, 'actual'],
      ['Budsjett', 2025, 600_000, false, 'budget'],
      ['Regnskap', 2025, 640_000, false, 'actual'],
    ]);
  });

  it('reads an accounts-only table as actual rows', async () => {
    const text = report('| Tiltak | Regnskap 2024 |\n|---|---|', '| Digihjelp | 60 |\n| Beredskapsøving | 45 |\n');
    expect(await rows(text)).toEqual([
      ['Digihjelp', 2024, 60_000, false, 'actual'],
      ['Beredskapsøving', 2024, 45_000, false, 'actual'],
    ]);
  });
});

describe('a ruled PDF table with the accounts and the deviation', () => {
  it("names each row by its label only: the accounts are amounts, the 'Avvik' cells no part of the name", () => {
    const text = 'Økonomi\nTiltak Budsjett 2025 Regnskap 2025 Avvik\nÅpne data 500 000 420 000 80 000\nNy nettside 300 000 350 000 -50 000\n';
    const context = { sectionTitleAt: () => 'Økonomi', sectionAt: () => 0, pageAt: () => 1, period: { from: 2025, to: 2025 } };
    const rows = [['Tiltak', 'Budsjett 2025', 'Regnskap 2025', 'Avvik'], ['Åpne data', '500 000', '420 000', '80 000'], ['Ny nettside', '300 000', '350 000', '-50 000']];
    const items = extractPdfBudgets([{ page: 1, rows }], text, () => 0, context);
    expect(items.map((b) => [b.label, b.amount, b.basis ?? 'budget'])).toEqual([
      ['Åpne data', 500_000, 'budget'],
      ['Åpne data', 420_000, 'actual'],
      ['Ny nettside', 300_000, 'budget'],
      ['Ny nettside', 350_000, 'actual'],
    ]);
  });
});
