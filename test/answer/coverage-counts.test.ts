import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeWithTexts, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A coverage answer counts a strategy's evidence by goals, measures and budget lines: a line with amounts for three
 * years is one budget line, and the passage a goal stands in is not a measure besides (seen through the running
 * server with a strategy written for the purpose: "1 mål, 3 tiltak, 3 budsjettpostar" for one line). An invented strategy.
 */
const STRATEGY = `# Digitaliseringsstrategi for Ullensvang herad 2026–2029

Vedteken av heradsstyret 18.03.2026, sak 031/26.

## 2 Mål

### Innsatsområde 3: Trygg og berekraftig drift
- Heradet skal flytte fagsystema til skytenester der det er lønsamt.
- Heradet skal innføre chatbot på nettsida i 2026.

## 3 Tiltak og økonomi

| Tiltak | Ansvar | 2026 | 2027 | 2028 |
|---|---|---|---|---|
| Chatbot på nettsida | Kommunikasjon | 250 000 | 50 000 | 50 000 |
| Flytting til skytenester | IKT | 400 000 | 600 000 | 200 000 |
| Sum | | 650 000 | 650 000 | 250 000 |
`;

let store: CorpusStore;
beforeAll(async () => {
  store = await storeWithTexts([['ullensvang-digitaliseringsstrategi-2026-2029.md', STRATEGY]]);
}, 120_000);
afterAll(() => store?.db.close());

describe('evidence counted once per goal, measure and budget line', () => {
  it.each([
    ['Kven har planar om chatbot?', '(1 mål, 1 tiltak, 1 budsjettpost)'],
    ['Which councils plan to move to cloud services?', '(1 goal, 1 measure, 1 budget line)'],
  ])('%s', async (question, counts) => {
    const answer = await store.answerer.ask(question);
    expect(answer.answer).toContain(counts);
  });
});
