/**
 * A budget table's total column ("Sum 2026–2028", "Total", "Til sammen" beside the year columns) holds sums:
 * each cell adds up its row's year cells, so it is a budget row with `isSum: true`, no year and the period
 * of the years, as a sum row's cells are sums. A lone "Sum" column without dated columns beside it is a
 * row's only amount, no sum. Own texts (test/fixtures/README.md: the convention of fresh4, fresh7–9).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

const parse = (text: string, name = 'plan.md') => parseDocument(new TextEncoder().encode(text), name);
const rows = (text: string, name?: string) => parse(text, name).then((doc) => doc.budgets.map((b) => [b.label, b.year, b.period ? `${b.period.from}–${b.period.to}` : null, b.amount, b.isSum]));

const TABLE = `# Tiltaksplan for digitalisering 2026–2028

Vedtatt av kommunestyret i Eksempelvik 3. desember 2025, sak 77/25.

## Kostnader

Tall i 1000 kr.

| Tiltak | 2026 | 2027 | 2028 | Sum 2026–2028 |
|---|---|---|---|---|
| Ny kundeportal | 400 | 300 | 200 | 900 |
| Sensorer i skolebygg | 150 | – | 250 | 400 |
| **Sum** | **550** | **300** | **450** | **1 300** |
`;

describe('total columns are sums', () => {
  it("gives each cell of a 'Sum 2026–2028' column beside the years as a sum over the period, the year cells as lines", async () => {
    expect(await rows(TABLE)).toEqual([
      ['Ny kundeportal', 2026, null, 400_000, false],
      ['Ny kundeportal', 2027, null, 300_000, false],
      ['Ny kundeportal', 2028, null, 200_000, false],
      ['Ny kundeportal', null, '2026–2028', 900_000, true],
      ['Sensorer i skolebygg', 2026, null, 150_000, false],
      ['Sensorer i skolebygg', 2028, null, 250_000, false],
      ['Sensorer i skolebygg', null, '2026–2028', 400_000, true],
      ['Sum', 2026, null, 550_000, true],
      ['Sum', 2027, null, 300_000, true],
      ['Sum', 2028, null, 450_000, true],
      ['Sum', null, '2026–2028', 1_300_000, true],
    ]);
  });

  it("reads an English 'Total' column and a Norwegian 'Til sammen' column the same way", async () => {
    const english = `# Digital plan 2026–2027\n\n## Costs\n\nAmounts in NOK.\n\n| Measure | 2026 | 2027 | Total |\n|---|---|---|---|\n| Shared data platform | 500,000 | 700,000 | 1,200,000 |\n| Open data portal | 100,000 | 200,000 | 300,000 |\n`;
    expect((await rows(english)).filter((row) => row[1] === null)).toEqual([
      ['Shared data platform', null, '2026–2027', 1_200_000, true],
      ['Open data portal', null, '2026–2027', 300_000, true],
    ]);
    const together = `# Handlingsplan 2026–2027\n\n## Budsjett\n\n| Tiltak | 2026 | 2027 | Til sammen |\n|---|---|---|---|\n| Digital post | 120 000 | 80 000 | 200 000 |\n| Velferdsteknologi | 300 000 | 300 000 | 600 000 |\n`;
    expect((await rows(together)).filter((row) => row[1] === null)).toEqual([
      ['Digital post', null, '2026–2027', 200_000, true],
      ['Velferdsteknologi', null, '2026–2027', 600_000, true],
    ]);
  });

  it('keeps a lone Sum column without year columns beside it a line amount, not a sum', async () => {
    const lone = `# Handlingsplan 2026–2027\n\n## Budsjett\n\n| Tiltak | Ansvar | Sum |\n|---|---|---|\n| Digital post | IKT | 200 000 |\n| Velferdsteknologi | Helse | 600 000 |\n`;
    expect((await rows(lone)).map((row) => [row[0], row[4]])).toEqual([['Digital post', false], ['Velferdsteknologi', false]]);
  });
});
