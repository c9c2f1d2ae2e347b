import { describe, expect, it } from 'vitest';
import { yearAmountsTotal } from '../../src/answer/budget-prose.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * Budget questions the blind sets fresh5 and fresh6 (spent on 2026-12-05, fifth session) found unanswered:
 * a cost-sharing table whose rows are the members, several years asked at once, the line with the most
 * money, a topic of generic words, amounts stated per year in prose. Two strategies written for this test.
 */
const COLLABORATION = `# Felles IKT-strategi for Midt-Buskerud 2026–2029

IKT-samarbeidet Midt-Buskerud omfattar kommunane Modum, Sigdal og Krødsherad.

Strategien er vedteken av representantskapet i Midt-Buskerud 10.12.2025, sak 8/25.

## Økonomi

Utviklingsbudsjettet blir fordelt mellom kommunane etter folketal. Tal i
1000 kr.

| Kommune | Andel | 2026 | 2027 |
|---|---|---|---|
| Modum | 40 % | 800 | 840 |
| Sigdal | 35 % | 700 | 735 |
| Krødsherad | 25 % | 500 | 525 |
| Sum | 100 % | 2 000 | 2 100 |

## Tiltak og kostnader

Beløp i 1000 kr.

| Tiltak | Ansvar | 2026 | 2027 |
|---|---|---|---|
| Felles arkivsystem | IKT | 600 | – |
| Chatbot på nettsidene | Servicetorget | – | 150 |
| Sikkerheitssenter | IKT | 400 | 450 |
`;

const PROSE = `Digitaliseringsstrategi for Vik kommune 2026–2029

Vedteke i Vik kommunestyre 5. februar 2026, sak 9/26.

Økonomi

Kommunestyret har sett av 200 000 kroner til strategien i 2026 og 300 000 kroner kvart år i 2027, 2028 og 2029.
`;

const PROGRAMME = `# Programplan for e-helse 2026–2028

Programmet er vedtatt av styret i IKT Grenland 3. mars 2026, sak 5/26.

## Budsjett

Beløp i 1000 kr.

| Kostnadspost | 2026 | 2027 | Sum |
|---|---|---|---|
| Responssenter | 1 000 | 1 200 | 2 200 |
| Meldingsutveksling | 400 | 300 | 700 |
| **Sum** | **1 400** | **1 500** | **2 900** |
`;

const corpus = useWrittenCorpus({
  'midt-buskerud-ikt-strategi-2026-2029.md': COLLABORATION,
  'vik-digitaliseringsstrategi-2026-2029.txt': PROSE,
  'ikt-grenland-programplan-ehelse-2026-2028.md': PROGRAMME,
});
const ask = (question: string) => corpus.store.answerer.ask(question, []);

describe('budget answers', () => {
  it('answers what a member pays from the row the question names', async () => {
    const answer = await ask('Kor mykje skal Sigdal betale inn til det felles utviklingsbudsjettet i 2027?');
    expect(answer.answer).toMatch(/735[\s\u00a0]000/);
    expect(answer.answer).not.toMatch(/840[\s\u00a0]000/);
  });

  it('answers each year asked, and says which has no line', async () => {
    const answer = await ask('Hva koster chatboten på nettsidene i Midt-Buskerud i 2026 og i 2027?');
    expect(answer.answer).toMatch(/150[\s\u00a0]000/);
    expect(answer.answer).toMatch(/2026/);
  });

  it('names the line with the most money in a year', async () => {
    const answer = await ask('Hvilket tiltak i Midt-Buskerud får mest penger i 2026?');
    expect(answer.answer).toMatch(/«Felles arkivsystem»/);
  });

  it('adds up amounts the text gives per year when a total is asked', async () => {
    const answer = await ask('Kor mykje har Vik sett av til strategien i heile perioden 2026–2029?');
    expect(answer.answer).toMatch(/1[\s\u00a0]100[\s\u00a0]000/);
    expect(yearAmountsTotal('Det er sett av 1,5 millionar kroner til tiltaka.')).toBeNull();
  });

  it('reads a topic naming the programme a plan is of ("e-helseprogrammet" of «Programplan for e-helse») as its whole budget', async () => {
    const answer = await ask('Hva er samlet beløp for e-helseprogrammet til IKT Grenland i 2027?');
    expect(answer.answer).toMatch(/1[\s\u00a0]500[\s\u00a0]000/);
  });
});
