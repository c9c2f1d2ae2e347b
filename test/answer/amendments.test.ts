import { describe, expect, it } from 'vitest';
import { amendmentsIn } from '../../src/answer/amendments.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * A strategy adopted with a change (the spent blind set fresh10 had a case document whose council moved a
 * goal's deadline): an answer quoting the goal says what the decision changed, and "what did the council
 * change?" is answered by the change. A case document written for this test.
 */
const CASE = `Hurum kommune

Saksframlegg

Digitaliseringsstrategi for Hurum kommune 2026–2029

Saksgang: Kommunestyret 10.02.2026, sak 7/26

Kommunestyrets behandling
Representanten Per Hansen (H) fremmet følgende tilleggsforslag:
«Fristen i mål 2 i strategien endres fra utgangen av 2029 til utgangen av 2027.»
Tilleggsforslaget ble vedtatt med 15 mot 10 stemmer.

Kommunestyrets vedtak
1. Kommunestyret vedtar Digitaliseringsstrategi for Hurum kommune 2026–2029.
2. Fristen i mål 2 i strategien endres fra utgangen av 2029 til utgangen av 2027.

Vedlegg 1: Digitaliseringsstrategi for Hurum kommune 2026–2029

Mål

1. Alle innbyggere skal kunne søke om kommunale tjenester digitalt innen 2027.
2. Alle ansatte i hjemmetjenesten skal bruke mobile fagsystemer innen utgangen av 2029.
3. Kommunen skal publisere minst 20 datasett som åpne data innen 2028.
`;

const corpus = useWrittenCorpus({ 'hurum-saksframlegg-digitaliseringsstrategi-2026-2029.txt': CASE });

describe('a strategy adopted with a change', () => {
  it('finds the change once, as the decision says it, with the goal it changes', () => {
    const changes = amendmentsIn([{ id: 1, documentId: 'x', text: CASE } as never]);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.goal).toBe('2');
    expect(changes[0]?.quote).toMatch(/^2\. Fristen i mål 2/);
  });

  it('says the change beside the goal a look-up quotes', async () => {
    const answer = await corpus.store.answerer.ask('Når skal alle ansatte i hjemmetjenesten i Hurum bruke mobile fagsystemer?');
    expect(answer.answer).toMatch(/utgangen av 2029/);
    expect(answer.answer).toMatch(/vedtaket endret dette: «.*til utgangen av 2027/);
    expect(answer.citations.some((citation) => citation.quote.includes('endres fra utgangen av 2029 til utgangen av 2027'))).toBe(true);
  });

  it('answers what the council changed with the change, in English too', async () => {
    expect((await corpus.store.answerer.ask('Hvilken endring gjorde kommunestyret i Hurums digitaliseringsstrategi?')).answer).toMatch(/Vedtaket endret strategien: «.*til utgangen av 2027/);
    expect((await corpus.store.answerer.ask('Which changes did the council make to the Hurum digitalisation strategy?')).answer).toMatch(/amended the strategy: ".*2027/);
  });
});

describe('goals of a strategy adopted with a change', () => {
  it('lists the changed goal with the change', async () => {
    const answer = await corpus.store.answerer.ask('Hva er målene i Hurums digitaliseringsstrategi?');
    const goal = answer.answer.split('\n').findIndex((line) => line.includes('mobile fagsystemer'));
    expect(goal).toBeGreaterThanOrEqual(0);
    expect(answer.answer.split('\n')[goal + 1]).toMatch(/vedtaket endret dette/);
  });
});
