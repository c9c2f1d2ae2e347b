import { describe, expect, it } from 'vitest';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * Budget questions the blind set fresh8 (spent on 2026-12-05, sixth session) found answered with the whole
 * budget or not as a budget question: a theme ("green IT") one of whose words is in the strategy's title
 * («Smart and Green …»), a question with a word of the document ("eierkommunene") asking an amount, and
 * amounts stated per year asked for the whole period. Two strategies written for this test.
 */
const SUMMARY = `# Smart and Green Hurdal: Digital Strategy 2026–2030

Hurdal Municipality (Hurdal kommune). Adopted by the Municipal Council on 3 February 2026 (case 4/26).

## Funding

All amounts in NOK.

| Workstream | 2026 | 2027 | Total |
|---|---:|---:|---:|
| Open data platform | 400,000 | 300,000 | 700,000 |
| Green IT and device reuse | 250,000 | 200,000 | 450,000 |
| Total | 650,000 | 500,000 | 1,150,000 |
`;

const COLLABORATION = `# Felles digitaliseringsstrategi for IKT Nordhordland 2026–2029

IKT Nordhordland er samarbeidet mellom kommunene Alver, Austrheim og Fedje.

Strategien ble vedtatt av representantskapet 12.12.2025, sak 6/25.

## Økonomi

Strategien gjennomføres innenfor det ordinære driftsbudsjettet, som for 2026 er 30 millioner kroner. Satsingene finansieres i tillegg gjennom et felles utviklingsfond, der eierkommunene har satt av 2 millioner kroner i 2026 og 2,5 millioner kroner i hvert av årene 2027, 2028 og 2029.
`;

const corpus = useWrittenCorpus({
  'hurdal-digital-strategy-summary-2026-2030.md': SUMMARY,
  'ikt-nordhordland-digitaliseringsstrategi-2026-2029.md': COLLABORATION,
});

describe('budget answers', () => {
  it('answers for a theme one of whose words is in the title, not with the whole budget', async () => {
    const answer = await corpus.store.answerer.ask('And how much is set aside for that in 2027?', [{ role: 'user', content: "What are Hurdal's goals for green IT?" }]);
    expect(answer.answer).toMatch(/200,000/);
    expect(answer.answer).not.toMatch(/500,000/);
  });

  it('reads an amount asked with a word of the document as a budget question, and adds up the years of the whole period', async () => {
    const answer = await corpus.store.answerer.ask('Hvor mye har eierkommunene i IKT Nordhordland satt av til utviklingsfondet i hele strategiperioden?', []);
    expect(answer.answer).toMatch(/9[\s\u00a0]500[\s\u00a0]000/);
  });
});
