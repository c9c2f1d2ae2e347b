/**
 * A budget table typed with its columns aligned by spaces whose header names only the years and leaves the label
 * column blank, as PDF-to-text prints a poster's or strategy map's "ØKONOMI" box: a unit line above it ("Tall i
 * 1 000 kr", "Beløp i tusen kroner", "NOK 1,000") scales its amounts, cells stand two or more spaces apart and a
 * single space inside a cell groups thousands ("1 520"). Own texts (test/fixtures/README.md: the convention of
 * fresh4, fresh7–9).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

const parse = (text: string, name = 'strategikart.txt') => parseDocument(new TextEncoder().encode(text), name);
const rows = (text: string, name?: string) => parse(text, name).then((doc) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum]));

const POSTER = `ØSTERDAL KOMMUNE                                              STRATEGIKART

                  STRATEGI FOR DIGITAL OMSTILLING 2027–2029
          Vedtatt av kommunestyret 4.11.2026, sak 88/26


MÅL
Alle skal kunne søke om kommunale tjenester digitalt innen 2029.

TILTAK
• Ny selvbetjeningsløsning for byggesak
• Opplæring av alle ledere


                                                                  Side 1 av 2
\fØSTERDAL KOMMUNE · STRATEGI FOR DIGITAL OMSTILLING                STRATEGIKART


BUDSJETT
Tall i 1 000 kr
                             2027        2028        2029
Selvbetjening                 1 250         800         400
Opplæring                       300         300         150
Sum                           1 550       1 100         550


Kartet oppsummerer strategien. Hele teksten finnes på nettsiden.
                                                                  Side 2 av 2
`;

describe('a space-aligned budget table with a blank label heading', () => {
  it('reads the rows under a header of years alone, scaled by the unit line above, with space-grouped thousands', async () => {
    expect(await rows(POSTER)).toEqual([
      ['Selvbetjening', 2027, 1_250_000, false],
      ['Selvbetjening', 2028, 800_000, false],
      ['Selvbetjening', 2029, 400_000, false],
      ['Opplæring', 2027, 300_000, false],
      ['Opplæring', 2028, 300_000, false],
      ['Opplæring', 2029, 150_000, false],
      ['Sum', 2027, 1_550_000, true],
      ['Sum', 2028, 1_100_000, true],
      ['Sum', 2029, 550_000, true],
    ]);
  });

  it('places a row with an empty cell by position and reads a group row over the rows ("Beløp i tusen kroner")', async () => {
    const text = `PLAN FOR VELFERDSTEKNOLOGI 2026–2027

KOSTNADER
Beløp i tusen kroner
                                   2026        2027
Investering
Trygghetsalarmer                    640
Medisindispensere                   210         180
Sum                                 850         180

Tallene blir rullert i budsjettet hvert år.
`;
    expect(await rows(text)).toEqual([
      ['Trygghetsalarmer', 2026, 640_000, false],
      ['Medisindispensere', 2026, 210_000, false],
      ['Medisindispensere', 2027, 180_000, false],
      ['Sum', 2026, 850_000, true],
      ['Sum', 2027, 180_000, true],
    ]);
  });

  it('reads "NOK 1,000" as thousands grouped by commas, and a table without a unit line in kroner', async () => {
    const english = `DIGITAL ROADMAP 2026–2028

COSTS
Amounts in NOK 1,000
                          2026        2027        2028
Cloud platform           1,200         900         900
Training                   250         250         100
`;
    expect(await rows(english)).toEqual([
      ['Cloud platform', 2026, 1_200_000, false],
      ['Cloud platform', 2027, 900_000, false],
      ['Cloud platform', 2028, 900_000, false],
      ['Training', 2026, 250_000, false],
      ['Training', 2027, 250_000, false],
      ['Training', 2028, 100_000, false],
    ]);
    const kroner = `HANDLINGSPLAN 2026–2027

ØKONOMI
                             2026          2027
Ny nettside               450 000       150 000
Lisenser                   80 000        80 000
`;
    expect(await rows(kroner)).toEqual([
      ['Ny nettside', 2026, 450_000, false],
      ['Ny nettside', 2027, 150_000, false],
      ['Lisenser', 2026, 80_000, false],
      ['Lisenser', 2027, 80_000, false],
    ]);
  });

  it('reads no table where the lines under a header of years hold words, not amounts', async () => {
    const text = `VEIKART 2026–2028

TIDSPLAN
                          2026          2027          2028
Portal                    Utredning     Anskaffelse   Innføring
Opplæring                 Ledere        Alle ansatte  Evaluering

Planen rulleres hvert år.
`;
    expect(await rows(text)).toEqual([]);
  });
});
