import { describe, expect, it } from 'vitest';
import { onlyInSectorRows } from '../../src/answer/sector-lists.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * A theme named only as one of a row of service areas ("… de samme fagsystemene innen helse, oppvekst og
 * byggesak") is listed, not taken up; blind question writers put such strategies in neither list, and
 * rephrasings of one question disagreed on them.
 */
const shows = (pattern: RegExp) => (text: string) => pattern.test(text.toLowerCase());

describe('rows of service areas', () => {
  it('finds a theme that stands only in a row of three or more areas', () => {
    expect(onlyInSectorRows('Alle kommunene skal bruke de samme fagsystemene innen helse, oppvekst og byggesak innen 2025.', shows(/oppvekst|skole/))).toBe(true);
    expect(onlyInSectorRows('Vi leverer tjenester fra skole og barnehage til pleie og omsorg og tekniske tjenester.', shows(/skole|barnehage/))).toBe(true);
  });

  it('does not take a theme of its own, two areas or a row of themes for a row of areas', () => {
    expect(onlyInSectorRows('Alle skoler skal ha trådløst nett innen 2026.', shows(/skole/))).toBe(false);
    expect(onlyInSectorRows('Digital kompetanse hos ansatte i barnehage og skole skal styrkes.', shows(/skole|barnehage/))).toBe(false);
    expect(onlyInSectorRows('Kommunen satser på velferdsteknologi, e-helse og digital samhandling.', shows(/velferdsteknologi/))).toBe(false);
    // Named in a row and again on its own: taken up.
    expect(onlyInSectorRows('Fagsystemene innen helse, oppvekst og byggesak skal samordnes. Skolene får nye læringsplattformer.', shows(/oppvekst|skole/))).toBe(false);
  });

  const { ask } = useDevelopmentStore();
  it('lists a strategy that names schools only among other areas as a mention, not as taking the topic up', async () => {
    const answer = (await ask('Hvilke kommuner har mål for IKT i skole og barnehage?')).answer;
    const addressing = answer.split(/\nTar ikke opp/)[0] ?? '';
    // «Alle kommunene skal bruke de samme fagsystemene innen helse, oppvekst og byggesak innen 2024.»
    expect(addressing).not.toContain('ROR-IKT');
    expect(addressing).toContain('Tønsberg kommune');
  });
});
