import { describe, expect, it } from 'vitest';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

/**
 * "Når skal … være på plass?" asks for a time. An annual plan written for this test gives each delivery
 * its sentence and, on a line of its own after it, when it is done: the answer quotes that line too.
 */
const PLAN = `# Årsplan 2026 for IKT-samarbeidet

Hallingdal IKT. Vedtatt av styret 10. desember 2025.

## Leveranser 2026

### 1 Felles telefoniløsning

Alle kommunene flyttes over på én skybasert telefoniløsning med felles sentralbord.
Ansvar: driftsleder. Ferdig: 2. kvartal 2026.

### 2 Nytt sak- og arkivsystem

Kommunene tar i bruk et felles sak- og arkivsystem med automatisk journalføring.
Ansvar: arkivleder. Ferdig: desember 2026.
`;

const corpus = useWrittenCorpus({ 'hallingdal-ikt-arsplan-2026.md': PLAN });

describe('a look-up asking when', () => {
  it('quotes the line after the sentence that says when', async () => {
    const answer = await corpus.store.answerer.ask('Når skal den felles telefoniløsningen være på plass i Hallingdal?');
    expect(answer.answer).toMatch(/2\. kvartal 2026/);
    expect(answer.citations[0]?.quote).toMatch(/Ferdig: 2\. kvartal 2026/);
  });

  it('quotes the sentence alone where no time is asked', async () => {
    const answer = await corpus.store.answerer.ask('Hva sier Hallingdal IKT om telefoniløsningen?');
    expect(answer.citations.some((citation) => /skybasert telefoniløsning/.test(citation.quote))).toBe(true);
    expect(answer.citations.some((citation) => /Ferdig/.test(citation.quote))).toBe(false);
  });
});
