import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Targets in the running text of focus areas ("Andelen … skal øke fra 45 % til 80 % innen 2030." under
 * "3.1 Digitale innbyggertjenester" of "3 Innsatsområder") are goals whoever their subject, when they
 * carry a date or a figure; a sentence that only describes ("Tjenesten skal være enkel å bruke.") is not.
 * An invented Word-exported strategy of a real municipality, written for this test.
 */
const TEXT = `Nesodden kommune

DIGITALISERINGSSTRATEGI 2026–2030

Vedtatt i kommunestyret 19.03.2026, sak 25/26

1   Innledning

Strategien gjelder for perioden 2026–2030 og erstatter IKT-strategien fra 2019.

2   Innsatsområder

2.1 Digitale innbyggertjenester
Innen 2027 skal alle søknader om plass i barnehage og SFO kunne sendes digitalt.
Tjenesten skal være enkel å bruke. Andelen digitale henvendelser skal øke fra 45 % til
80 % innen 2030.

2.2 Velferdsteknologi
Kommunen skal tilby digitalt tilsyn til hjemmeboende som trenger det. Alle nye
sykehjemsplasser skal ha sensorbasert tilsyn fra 2028.
`;

describe('targets in the running text of focus areas', () => {
  it('are goals when they carry a date or a figure', async () => {
    const parsed = await parseDocument(new TextEncoder().encode(TEXT), 'nesodden-digitaliseringsstrategi-2026-2030.txt');
    const goals = parsed.goals.map((goal) => goal.text.replace(/\s+/g, ' '));
    expect(goals).toEqual(expect.arrayContaining([
      'Innen 2027 skal alle søknader om plass i barnehage og SFO kunne sendes digitalt.',
      'Andelen digitale henvendelser skal øke fra 45 % til 80 % innen 2030.',
      'Alle nye sykehjemsplasser skal ha sensorbasert tilsyn fra 2028.',
    ]));
    expect(goals).not.toContain('Tjenesten skal være enkel å bruke.');
  });
});
