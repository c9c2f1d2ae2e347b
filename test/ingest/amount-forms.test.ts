/**
 * Amounts and budget tables in the forms Norwegian økonomiplaner, handlingsplaner, tiltaksplaner and board
 * reports write them, each read through `parseDocument` in a markdown and a plain-text layout: a unit inside
 * the cell ("kr 1,2 mill.", "NOK 650k", "450'"), a scale in the table's heading or the line before it,
 * savings in parentheses or after a minus ("(1 200)", "−1 200"), a spreadsheet exported with semicolons or
 * quoted tab-separated cells, and cells that say there is no amount ("–", "Innanfor ramma"). Own short texts.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

const rows = async (text: string, name: string) =>
  (await parseDocument(new TextEncoder().encode(text), name)).budgets.map((b) => [b.label, b.year, b.amount, b.isSum]);

describe('a unit inside a cell is read with its amount', () => {
  const cells: Array<[string, string, number]> = [
    ['Ny innbyggerportal', 'kr 1,2 mill.', 1_200_000],
    ['Sensorer i skolebygg', '1,5 mill. kr', 1_500_000],
    ['Skyplattform', 'NOK 1.2 million', 1_200_000],
    ['Opplæring', 'NOK 650k', 650_000],
    ['Chatbot', 'NOK 1.1m', 1_100_000],
    ['Fiberutbygging', '1,5 mrd.', 1_500_000_000],
    ['Lisenser', 'kr 450 000,-', 450_000],
    ['Skjermer', "450'", 450_000],
  ];
  const expected = cells.map(([label, , amount]) => [label, 2026, amount, false]);

  it('in a markdown table', async () => {
    const md = `# Tiltaksplan 2026\n\n## Kostnader 2026\n\n| Tiltak | Ansvar | Kostnad |\n|---|---|---|\n${cells.map(([label, cell]) => `| ${label} | IKT | ${cell} |`).join('\n')}\n`;
    expect(await rows(md, 'plan.md')).toEqual(expected);
  });

  it('in a tab-separated table saved as text', async () => {
    const txt = `Tiltaksplan 2026\n\nKostnader\n\nTiltak\tAnsvar\tKostnad\n${cells.map(([label, cell]) => `${label}\tIKT\t${cell}`).join('\n')}\n`;
    expect(await rows(txt, 'plan.txt')).toEqual(expected);
  });
});

describe("a table's scale stated in its heading or the line before it scales the cells without a unit", () => {
  it("'(i tusen kroner)' in the label heading, a cell with its own unit kept (markdown)", async () => {
    const md = `# Handlingsplan 2026–2027\n\n## Kostnader\n\n| Tiltak (i tusen kroner) | 2026 | 2027 |\n|---|---|---|\n| Ny portal | 1 250 | 800 |\n| Sensorer | 300 | 1,2 mill. |\n`;
    expect(await rows(md, 'plan.md')).toEqual([
      ['Ny portal', 2026, 1_250_000, false],
      ['Ny portal', 2027, 800_000, false],
      ['Sensorer', 2026, 300_000, false],
      ['Sensorer', 2027, 1_200_000, false],
    ]);
  });

  it("'Tall i hele 1000' on the line before a tab-separated table (text)", async () => {
    const txt = `Handlingsplan 2026–2027\n\nKostnader\n\nTall i hele 1000.\n\nTiltak\t2026\t2027\nNy portal\t1 250\t800\nSensorer\t300\t400\n`;
    expect(await rows(txt, 'plan.txt')).toEqual([
      ['Ny portal', 2026, 1_250_000, false],
      ['Ny portal', 2027, 800_000, false],
      ['Sensorer', 2026, 300_000, false],
      ['Sensorer', 2027, 400_000, false],
    ]);
  });
});

describe('savings in parentheses or after a minus are negative', () => {
  it('in a markdown table in thousands, with its sum row', async () => {
    const md = `# Økonomiplan 2026–2028\n\n## Gevinster\n\nTall i 1000 kr.\n\n| Tiltak | 2026 | 2027 | 2028 |\n|---|---|---|---|\n| Ny saksbehandling | 1 200 | 800 | 400 |\n| Gevinst papirløs post | (1 200) | −1 200 | -1 200 |\n| Sum | 0 | -400 | -800 |\n`;
    expect(await rows(md, 'plan.md')).toEqual([
      ['Ny saksbehandling', 2026, 1_200_000, false],
      ['Ny saksbehandling', 2027, 800_000, false],
      ['Ny saksbehandling', 2028, 400_000, false],
      ['Gevinst papirløs post', 2026, -1_200_000, false],
      ['Gevinst papirløs post', 2027, -1_200_000, false],
      ['Gevinst papirløs post', 2028, -1_200_000, false],
      ['Sum', 2026, 0, true],
      ['Sum', 2027, -400_000, true],
      ['Sum', 2028, -800_000, true],
    ]);
  });

  it('in a table flattened to running text, a saving with a missing cell placed by the sum row', async () => {
    const txt = `Økonomiplan 2026–2027\n\nGevinster\n\nTiltak 2026 2027 Ny saksbehandling 1 200 000 800 000 Gevinst papirløs post (1 200 000) -1 200 000 Gevinst skanning -300 000 Sum 0 -700 000\n`;
    // The saving with one amount gets its year from the sum row: savings take a column's sum down.
    expect(await rows(txt, 'plan.txt')).toEqual([
      ['Ny saksbehandling', 2026, 1_200_000, false],
      ['Ny saksbehandling', 2027, 800_000, false],
      ['Gevinst papirløs post', 2026, -1_200_000, false],
      ['Gevinst papirløs post', 2027, -1_200_000, false],
      ['Gevinst skanning', 2027, -300_000, false],
      ['Sum', 2026, 0, true],
      ['Sum', 2027, -700_000, true],
    ]);
  });
});

describe('a spreadsheet exported as delimited text is read as a table', () => {
  const expected = [
    ['Ny portal; fase 1', 2026, 1_250_000, false],
    ['Ny portal; fase 1', 2027, 800_000, false],
    ['Ny portal; fase 1', null, 2_050_000, true],
    ['Velferdsteknologi', 2026, 1_500_000, false],
    ['Velferdsteknologi', null, 1_500_000, true],
    ['Gevinst skanning', 2026, -300_000, false],
    ['Gevinst skanning', 2027, -300_000, false],
    ['Gevinst skanning', null, -600_000, true],
    ['Sum', 2026, 2_450_000, true],
    ['Sum', 2027, 500_000, true],
    ['Sum', null, 2_950_000, true],
  ];

  it('separated by semicolons, cells quoted or not (text)', async () => {
    const txt = `Tiltaksplan 2026–2027\n\nKostnader\n\nTiltak;Ansvar;2026;2027;Sum\n"Ny portal; fase 1";IKT;1250000;800000;2050000\nVelferdsteknologi;Helse;"1 500 000";–;1500000\nGevinst skanning;Arkiv;-300000;-300000;-600000\nSum;;2450000;500000;2950000\n\nTiltakene følges opp i årsrapporten.\n`;
    expect(await rows(txt, 'plan.txt')).toEqual(expected);
  });

  it('separated by tabs with quoted cells (markdown)', async () => {
    const quoted = (cells: string[]) => cells.map((cell) => `"${cell}"`).join('\t');
    const md = [
      '# Tiltaksplan 2026–2027', '', '## Kostnader', '',
      quoted(['Tiltak', 'Ansvar', '2026', '2027', 'Sum']),
      quoted(['Ny portal; fase 1', 'IKT', '1250000', '800000', '2050000']),
      quoted(['Velferdsteknologi', 'Helse', '1 500 000', '–', '1500000']),
      quoted(['Gevinst skanning', 'Arkiv', '-300000', '-300000', '-600000']),
      quoted(['Sum', '', '2450000', '500000', '2950000']),
      '',
    ].join('\n');
    expect(await rows(md, 'plan.md')).toEqual(expected);
  });
});

describe('cells that say there is no amount give no row and keep their column', () => {
  it("'–', '-', 'Innanfor ramma' and 'within budget' in a markdown table; '0' is an amount of nothing", async () => {
    const md = `# Digitaliseringsplan 2026–2027\n\n## Tiltak og kostnader\n\n| Tiltak | 2026 | 2027 |\n|---|---|---|\n| Nytt arkivsystem | 1 200 000 | 0 |\n| Opplæring av tilsette | Innanfor ramma | 300 000 |\n| Skjermar i klasserom | – | 450 000 |\n| Digital post | - | within budget |\n| Sum | 1 200 000 | 750 000 |\n`;
    expect(await rows(md, 'plan.md')).toEqual([
      ['Nytt arkivsystem', 2026, 1_200_000, false],
      ['Nytt arkivsystem', 2027, 0, false],
      ['Opplæring av tilsette', 2027, 300_000, false],
      ['Skjermar i klasserom', 2027, 450_000, false],
      ['Sum', 2026, 1_200_000, true],
      ['Sum', 2027, 750_000, true],
    ]);
  });

  it("'0', 'Innanfor ramma' and '–' in a table flattened to running text, a currency beside an amount no label", async () => {
    const txt = `Digitaliseringsplan 2026–2027\n\nTiltak og kostnader\n\nTiltak 2026 2027 Nytt arkivsystem 1 200 000 0 Opplæring av tilsette Innanfor ramma 300 000 kr Skjermar i klasserom – kr 450 000 Sum 1 200 000 750 000\n`;
    expect(await rows(txt, 'plan.txt')).toEqual([
      ['Nytt arkivsystem', 2026, 1_200_000, false],
      ['Nytt arkivsystem', 2027, 0, false],
      ['Opplæring av tilsette', 2027, 300_000, false],
      ['Skjermar i klasserom', 2027, 450_000, false],
      ['Sum', 2026, 1_200_000, true],
      ['Sum', 2027, 750_000, true],
    ]);
  });
});
