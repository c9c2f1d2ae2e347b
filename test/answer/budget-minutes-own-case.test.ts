import { beforeAll, describe, expect, it } from 'vitest';
import { storeWithTexts } from '../helpers/corpus.ts';
import type { CorpusStore } from '../helpers/corpus.ts';

/**
 * The minutes of a council meeting hold several cases; only the strategy's own case states its budget.
 * An unrelated case's amount ("… økes med 3,5 mill. kr til ny brannbil") is no answer to what the
 * strategy costs, and a year the strategy's case does not fund is no year it funds. Invented minutes of
 * a real municipality; all names, numbers and cases are made up.
 */
const MINUTES = `MØTEPROTOKOLL

Kommunestyret

Møtested:      Kommunestyresalen
Møtedato:      10.02.2026


SAKSLISTE

Saksnr.    Tittel
PS 4/26    Ny brannbil – tilleggsbevilgning
PS 5/26    Digitaliseringsstrategi for Vefsn kommune 2026–2029
PS 6/26    Referatsaker


PS 4/26 Ny brannbil – tilleggsbevilgning

Vedtak: Investeringsbudsjettet for 2026 økes med 3,5 mill. kr til ny brannbil. Økningen finansieres
med bruk av lån.
Enstemmig vedtatt.


PS 5/26 Digitaliseringsstrategi for Vefsn kommune 2026–2029

Forslag til vedtak:
1. Vefsn kommunestyre vedtar Digitaliseringsstrategi for Vefsn kommune 2026–2029.
2. Til gjennomføring av strategien settes det av 0,8 mill. kr i 2026 og 1,0 mill. kr årlig i 2027–2029.
3. Strategien evalueres i 2028.

Votering:

Innstillingen ble enstemmig vedtatt.

KS-5/26 Vedtak:

1. Vefsn kommunestyre vedtar Digitaliseringsstrategi for Vefsn kommune 2026–2029.
2. Til gjennomføring av strategien settes det av 0,8 mill. kr i 2026 og 1,0 mill. kr årlig i 2027–2029.
3. Strategien evalueres i 2028.


PS 6/26 Referatsaker

Referatsakene ble tatt til orientering.
`;

let store: CorpusStore;
beforeAll(async () => {
  store = await storeWithTexts([['vefsn-moteprotokoll-kommunestyret-2026-02-10.txt', MINUTES]]);
});
const ask = (question: string) => store.answerer.ask(question);

describe('budget stated in the minutes of a meeting', () => {
  it("quotes the strategy's own case, not another case's amount, and adds up its years", async () => {
    const answer = await ask('Hvor mye skal Vefsn bruke på digitaliseringsstrategien i hele perioden?');
    const text = answer.answer.replace(/\u00a0/g, ' ');
    expect(text).not.toContain('brannbil');
    expect(text).toContain('0,8 mill');
    expect(text).toContain('3 800 000');
  });

  it('cites nothing for a year the strategy funds nothing in', async () => {
    const answer = await ask('Hvor mye har Vefsn satt av til digitaliseringsstrategien i 2031?');
    expect(answer.citations).toHaveLength(0);
  });
});
