import { beforeAll, describe, expect, it } from 'vitest';
import { givesNameAsked } from '../../src/answer/lookup-sentences.ts';
import { storeWithTexts, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A question for what something is called ("Hva heter …", "Kva heiter …", "what is … called") is
 * answered by a sentence that names it, and is not found where the text only mentions the role. An
 * invented strategy of a real municipality, written for this test.
 */
const STRATEGY = `# Digitaliseringsstrategi 2026–2029 for Vik kommune

Vedtatt av kommunestyret 3. mars 2026, sak 12/26.

## Organisering

Den daglige driften ledes av IKT-sjefen, som rapporterer til kommunedirektøren. IKT-sjefen skal også lede arbeidet med informasjonssikkerhet.
Kommunen samarbeider med nabokommunene i det regionale nettverket «DigiSogn», som koordinerer felles anskaffelser.
`;

describe('a name asked', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await storeWithTexts([['vik-digitaliseringsstrategi-2026-2029.md', STRATEGY]]);
  }, 120_000);

  it('quotes the sentence that names it, in bokmål and nynorsk', async () => {
    for (const question of ['Hva heter det regionale nettverket Vik samarbeider i?', 'Kva heiter det regionale nettverket til Vik?']) {
      const answer = await store.answerer.ask(question);
      expect(answer.answer).toContain('DigiSogn');
    }
  });

  it('does not answer with a sentence that names no one', async () => {
    const answer = await store.answerer.ask('Hva heter IKT-sjefen i Vik?');
    expect(answer.citations).toEqual([]);
    expect(answer.answer).not.toContain('rapporterer');
  });
});

describe('givesNameAsked', () => {
  it('needs a name beyond the question\'s own words when one is asked', () => {
    expect(givesNameAsked('Hva heter IKT-sjefen i ROR-IKT?', 'Den daglige driften ledes av IKT-sjefen, som rapporterer til styret.')).toBe(false);
    expect(givesNameAsked('Kva heiter nettverket?', 'Kommunen er med i nettverket «DigiSogn».')).toBe(true);
  });
  it('lets a role answer "hvem", and any text answer a question for no name', () => {
    expect(givesNameAsked('Hvem leder arbeidet?', 'Arbeidet ledes av rådmannen.')).toBe(true);
    expect(givesNameAsked('Hva gjør Vik med skyen?', 'Vik skal flytte e-post til skyen.')).toBe(true);
  });
});
