import { describe, expect, it } from 'vitest';
import { asksProgress, goalState, stateAsked, statusAfter } from '../../src/answer/goal-status.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * Status reports (the spent blind set fresh9 had a nynorsk one) put the state of each goal on lines under
 * it. Asked how far a goal has come, the answer quotes the goal with those lines. A status report written
 * for this test, in bokmål, and one in English.
 */
const REPORT = `Lunner kommune

Årsrapport 2025 for digitaliseringsstrategien 2024–2027

Behandlet i kommunestyret 12. mars 2026, sak 14/26.

1 Mål og måloppnåelse

Mål 1: Innen 2027 skal 200 hjemmeboende ha digitalt tilsyn.
    Status: Delvis nådd
    Resultat 2025: 130 brukere (70 i 2024)
    Kommentar: Utrullingen i nord ble utsatt til våren fordi
    leverandøren byttet plattform.

Mål 2: Alle skoler skal ha trådløst nett som dekker alle klasserom.
    Status: Nådd
    Resultat 2025: 100 prosent av skolene

2 Tiltak i 2025

- Anskaffelse av nye sensorer for hjemmetjenesten
`;

const SUMMARY = `# Annual Report 2025: Digital Strategy 2024–2027

Gran Municipality (Gran kommune). Considered by the Municipal Council on 5 March 2026 (case 9/26).

## Goals and progress

Goal 1: By 2027 every resident can book a doctor's appointment online.
Progress: On track
Result 2025: 64 percent of appointments booked online

Goal 2: All case handling is paperless by 2026.
Progress: Delayed
Result 2025: 71 percent of cases handled without paper
`;

/** A nynorsk follow-up report whose measures sit in a table with a status column. */
const TABLE = `# Oppfølging av handlingsplan for digitalisering 2025–2027

Os kommune (Innlandet). Lagt fram for formannskapet 3. februar 2026.

## Tiltak og status

| Nr | Tiltak | Ansvar | Frist | Status | 2026 |
|---|---|---|---|---|---|
| 1 | Elektronisk signering av alle arbeidsavtalar | Personal | 2025 | Fullført | 0 |
| 2 | Ny kartløysing for byggjesak | Plan og bygg | 2026 | Pågår | 350 000 |
| 3 | Sensorar for fallvarsling i omsorgsbustadene | Helse | 2026 | Utsett | 200 000 |
| 4 | Opplæring i informasjonstryggleik for alle tilsette | IKT | 2026 | Ikkje starta | 60 000 |
`;

const corpus = useWrittenCorpus({ 'lunner-arsrapport-digitalisering-2025.txt': REPORT, 'gran-annual-report-digital-strategy-2025.md': SUMMARY, 'os-oppfolging-handlingsplan-digitalisering-2026.md': TABLE });

describe('how far a goal has come', () => {
  it('reads the status lines under a goal, a wrapped comment with them', () => {
    const status = statusAfter(REPORT, 'Innen 2027 skal 200 hjemmeboende ha digitalt tilsyn.');
    expect(status?.lines).toEqual(['Status: Delvis nådd', 'Resultat 2025: 130 brukere (70 i 2024)', 'Kommentar: Utrullingen i nord ble utsatt til våren fordi leverandøren byttet plattform.']);
    // A goal with nothing under it has no status.
    expect(statusAfter('Mål 3: Alle skal ha e-post.\n\nMål 4: …', 'Alle skal ha e-post.')).toBeNull();
  });

  it('knows a question asking for progress', () => {
    expect(asksProgress('Og hvor langt har de kommet?')).toBe(true);
    expect(asksProgress('Is that goal on track?')).toBe(true);
    expect(asksProgress('Has Gran reached its booking goal?')).toBe(true);
    expect(asksProgress('Hva er målet for digitalt tilsyn?')).toBe(false);
  });

  it('answers a follow-up asking how far a goal has come with its status and result, citing them', async () => {
    const answer = await corpus.store.answerer.ask('Og hvor langt har de kommet?', [{ role: 'user', content: 'Hvilket mål har Lunner for digitalt tilsyn?' }]);
    expect(answer.answer).toMatch(/Delvis nådd/);
    expect(answer.answer).toMatch(/130 brukere/);
    expect(answer.citations.some((citation) => citation.quote.includes('Resultat 2025: 130 brukere'))).toBe(true);
  });

  it('answers in English too', async () => {
    const answer = await corpus.store.answerer.ask("What is the status of Gran's goal on booking appointments online?");
    expect(answer.answer).toMatch(/On track/);
    expect(answer.answer).toMatch(/64 percent/);
  });
});

describe('which goals are in a state', () => {
  it('reads the state asked only where it is said of the goals', () => {
    expect(stateAsked('Kva tiltak er fullførte?')).toBe('done');
    expect(stateAsked('Which measures are delayed?')).toBe('late');
    expect(stateAsked('Hvilke tiltak har ikke startet ennå?')).toBe('notStarted');
    expect(stateAsked('Who has goals on green IT?')).toBeNull();
    expect(stateAsked('Residents shall complete all services online by 2026')).toBeNull();
  });

  it('reads a goal’s state from its status line or from a cell of its table row', () => {
    expect(goalState(REPORT, 'Alle skoler skal ha trådløst nett som dekker alle klasserom.')).toBeNull();
    expect(goalState(SUMMARY, 'All case handling is paperless by 2026.')).toBe('late');
    expect(goalState(TABLE, 'Sensorar for fallvarsling i omsorgsbustadene')).toBe('late');
    expect(goalState(TABLE, 'Ny kartløysing for byggjesak')).toBe('ongoing');
  });

  it('lists the measures in the state asked, quoting their rows', async () => {
    const done = await corpus.store.answerer.ask('Kva tiltak i handlingsplanen til Os er fullførte?');
    expect(done.answer).toMatch(/Elektronisk signering/);
    expect(done.answer).not.toMatch(/kartløysing|Sensorar|Opplæring/);
    expect(done.citations[0]?.quote).toMatch(/Fullført/);
    const waiting = await corpus.store.answerer.ask('Which of the measures in Os have not started?');
    expect(waiting.answer).toMatch(/Opplæring i informasjonstryggleik/);
    expect(waiting.answer).not.toMatch(/Elektronisk signering/);
  });

  it('answers a follow-up asking the status of the measure before with its state cell', async () => {
    const answer = await corpus.store.answerer.ask('Og hva er status for det tiltaket?', [{ role: 'user', content: 'Hvor mye koster den nye kartløysinga for byggjesak i Os i 2026?' }]);
    expect(answer.intent).toBe('goals');
    expect(answer.answer).toMatch(/kartløysing for byggjesak.*— Pågår/);
  });
});

