import { describe, expect, it } from 'vitest';
import { raciAsked, rolesWith } from '../../src/answer/raci.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * Responsibility matrices (RACI): a plan written for this test in bokmål, whose goals stand in a table
 * with one column per role, long enough that the table runs on into a second passage.
 */
const FILLER = Array.from({ length: 12 }, (_, i) => `Kommunen har i dag ${i + 3} fagsystemer som deler data med sak- og arkivsystemet, og flere kommer til i løpet av perioden.`).join(' ');
const PLAN = `# Handlingsplan for personvern 2026–2027

Våler kommune. Vedtatt i kommunestyret 4. desember 2025 (sak 77/25).

## 1 Bakgrunn

${FILLER}

## 2 Mål og roller

| Nr | Mål | Rådmann | Personvernombud | Arkivleder | IKT-sjef |
|---|---|---|---|---|---|
| P1 | Alle behandlinger av personopplysninger skal stå i en oppdatert protokoll innen 2026. | A | R | C | I |
| P2 | Alle nye fagsystemer skal ha en vurdering av personvernkonsekvenser før de tas i bruk. | I | C | I | A/R |
| P3 | Tilgang til journaler skal kontrolleres stikkprøvevis hvert kvartal. | A | C | R | R |
`;

const corpus = useWrittenCorpus({ 'valer-handlingsplan-personvern-2026-2027.md': PLAN });

describe('a responsibility matrix', () => {
  it('reads which letter a question asks for', () => {
    expect(raciAsked('Hvem utfører arbeidet med protokollen?')).toBe('R');
    expect(raciAsked('And who is accountable for it?')).toBe('A');
    expect(raciAsked('Hvem skal konsulteres?')).toBe('C');
    expect(raciAsked('Hva er målet for protokollen?')).toBeNull();
  });

  it('names the roles whose cells hold the letter, "A/R" counting for both', () => {
    const header = '| Nr | Mål | Rådmann | Personvernombud | Arkivleder | IKT-sjef |';
    expect(rolesWith(header, '| P3 | Tilgang … | A | C | R | R |', 'R')).toEqual(['Arkivleder', 'IKT-sjef']);
    expect(rolesWith(header, '| P2 | Alle nye … | I | C | I | A/R |', 'A')).toEqual(['IKT-sjef']);
    // A table of other cells is no matrix.
    expect(rolesWith('| Tiltak | 2026 | 2027 |', '| Kurs | 100 | 200 |', 'R')).toBeNull();
  });

  it('answers who does the work on a goal with the roles of its row', async () => {
    const answer = await corpus.store.answerer.ask('Hvem utfører kontrollen av tilgang til journaler i Våler?');
    expect(answer.answer).toMatch(/utfører \(R\): Arkivleder og IKT-sjef/);
    const accountable = await corpus.store.answerer.ask('Hvem er ansvarlig for vurderingen av personvernkonsekvenser for nye fagsystemer i Våler?');
    expect(accountable.answer).toMatch(/ansvarlig \(A\): IKT-sjef/);
    const english = await corpus.store.answerer.ask('And who is accountable for it?', [{ role: 'user', content: 'Hva sier Våler om protokollen over behandlinger av personopplysninger?' }]);
    expect(english.answer).toMatch(/accountable \(A\): Rådmann/);
  });
});
