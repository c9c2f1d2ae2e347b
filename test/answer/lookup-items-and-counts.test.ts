import { beforeAll, describe, expect, it } from 'vitest';
import { storeWithTexts } from '../helpers/corpus.ts';
import type { CorpusStore } from '../helpers/corpus.ts';

/**
 * Look-ups answered by the unit that holds the answer: a task with the responsible person and deadline
 * nested under it (a Notion export's list), a count said as a word ("three public libraries"), a figure in
 * the short sentences of one indicator line, and a Norwegian question asked of an English text in words
 * English does not share ("havner" / "harbours", data/themes.json). Invented documents of real
 * municipalities; every name and figure is made up.
 */
const NOTION = `# Digitaliseringsplan 2026–2027

Organisasjon: Masfjorden kommune

## Satsingar og tiltak

- **Tenester til innbyggjarane**
    - Mål: Innbyggjarane skal finne svar på nettsida utan å ringje.
        - [ ]  Pilot med chatbot på heimesida for byggjesaker
            - Ansvar: @Kari Nordmann · Frist: 31.10.2026
        - [x]  Ny søkjefunksjon på nettsida
            - Ansvar: @Ola Vik · Frist: 01.03.2026
        - [ ]  Klarspråk i alle vedtaksbrev frå byggjesak og landbruk
            - Ansvar: @Siri Haugland · Frist: 15.12.2026
- **Informasjonstryggleik**
    - Mål: Alle tilsette skal ha gjennomført opplæring i informasjonstryggleik innan 2027.
        - [ ]  E-læringskurs i informasjonstryggleik for alle einingar
            - Ansvar: @Per Lid · Frist: 30.06.2026
        - [ ]  Beredskapsøving for dataangrep saman med nabokommunane
            - Ansvar: @Per Lid · Frist: 30.11.2026
- **Kunstig intelligens**
    - Mål: Kommunen skal ta i bruk minst to KI-løysingar som sparer tid i sakshandsaminga.
        - [ ]  Retningslinjer for bruk av KI, godkjende av personvernombodet
            - Ansvar: @Ola Vik · Frist: 30.04.2026
`;

const NEWSLETTER = `FLAKSTAD KOMMUNE – PARTNER NEWSLETTER

Dear partners,

On 12 March 2026 the municipal council (kommunestyret) of Flakstad adopted the Digital Strategy 2026–2029.

Our objectives

Objective 2 – Smarter libraries
By 2027, three public libraries shall offer self-service kiosks and longer opening hours for residents.

Objective 3 – Smart harbours
KPI: harbours with digital berth booking. Baseline 2025: 1. Target 2028: 5.
We will install a booking app in the main harbour first.
`;

let store: CorpusStore;
beforeAll(async () => {
  store = await storeWithTexts([
    ['masfjorden-digitaliseringsplan-2026-2027.md', NOTION],
    ['flakstad-partner-newsletter-digital-strategy-2026-2029.txt', NEWSLETTER],
  ]);
});
const ask = (question: string) => store.answerer.ask(question);

describe('look-ups answered by the whole unit', () => {
  it("quotes a task with the items nested under it (who is responsible, the deadline)", async () => {
    const answer = await ask('Kven er ansvarleg for chatbot-piloten i Masfjorden, og kva er fristen?');
    expect(answer.answer).toContain('Nordmann');
    expect(answer.answer).toContain('31.10.2026');
    // The task with its own nested line, not the area's other tasks.
    expect(answer.answer).not.toContain('Ola Vik');
  });

  it('reads a count said as a word as the number asked for', async () => {
    const answer = await ask('How many libraries in Flakstad will offer self-service kiosks?');
    expect(answer.answer).toContain('three public libraries');
  });

  it("quotes an indicator line's short sentences together, up to its target", async () => {
    const answer = await ask('How many harbours in Flakstad will have digital berth booking, and by when?');
    expect(answer.answer).toContain('Target 2028: 5');
  });

  it('finds an English text by the Norwegian words for harbours and berths', async () => {
    const answer = await ask('Hvor mange havner i Flakstad skal ha digital booking av båtplass?');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.answer).toContain('harbours');
  });
});
