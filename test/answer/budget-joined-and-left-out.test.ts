import { beforeAll, describe, expect, it } from 'vitest';
import { storeWithTexts } from '../helpers/corpus.ts';
import type { CorpusStore } from '../helpers/corpus.ts';

/**
 * Budget totals of lines a question joins ("X og Y til sammen") or leaves out ("utenom X"), and sum rows answered with the
 * table's own writing beside the figure. An invented handlingsplan of a real municipality.
 */
const PLAN = `# Handlingsplan for digitalisering 2026 – Stad kommune

Vedtatt av kommunestyret 12.02.2026, sak 14/26.

## Driftstiltak 2026

| Tiltak | Ansvar | Ramme |
|---|---|---|
| Infrastrukturelle tiltak (backup, integrasjoner) | IKT | 0,40 mill |
| Informasjonssikkerhetstiltak (brannmur, ISO 27001) | IKT | 0,15 mill |
| Opplæring i nye fagsystem | HR | 0,20 mill |
| Sum | | 0,75 mill |
`;

let store: CorpusStore;
beforeAll(async () => {
  store = await storeWithTexts([['stad-handlingsplan-digitalisering-2026.md', PLAN]]);
});
/** The answer's text with the non-breaking spaces of its amounts as spaces. */
const ask = async (question: string) => (await store.answerer.ask(question)).answer.replace(/\u00a0/g, ' ');

describe('budget lines joined by "og" / "and"', () => {
  it('adds the lines a question joins, each cited', async () => {
    const answer = await ask('Hvor mye setter Stad av til infrastrukturelle tiltak og informasjonssikkerhetstiltak til sammen?');
    expect(answer).toContain('400 000');
    expect(answer).toContain('150 000');
    expect(answer).toContain('550 000');
    expect(answer).not.toContain('750 000');
  });

  it('reads the joined lines in nynorsk compounds and English too', async () => {
    const nn = await ask('Kor mykje set Stad av til infrastrukturtiltak og informasjonstryggleikstiltak til saman?');
    expect(nn).toContain('550 000');
    const en = await ask("What do Stad's infrastructure measures and information security measures cost together?");
    expect(en).toMatch(/550,000|550 000/);
  });

  it('gives a sum row with the table\'s own writing beside the figure', async () => {
    const answer = await ask('Hva er den samlede rammen for driftstiltak i Stads handlingsplan for 2026?');
    expect(answer).toContain('750 000');
    expect(answer).toContain('(0,75 mill)');
  });
});

describe('a total with lines left out ("utenom", "ser bort frå", "leaving out")', () => {
  it.each([
    ['Hva er samlet ramme for driftstiltak i Stad, utenom opplæringen?', '550 000'],
    ['Kor mykje kostar driftstiltaka til Stad når ein ser bort frå opplæringa i nye fagsystem?', '550 000'],
    ["Leaving out the training, what do Stad's other operating measures add up to?", '550,000'],
    ['Hvor mye koster driftstiltakene i Stad bortsett fra informasjonssikkerhetstiltakene?', '600 000'],
    // The lines left out between the words that leave them out (blind set e12, spent).
    ['Hva blir samlet ramme for driftstiltakene i Stad hvis vi holder opplæringen utenfor?', '550 000'],
    ["What would Stad's operating measures cost in total if we keep the training out of it?", '550,000'],
  ])('%s', async (question, amount) => {
    const answer = await ask(question);
    expect(answer).toContain(amount);
    // The whole and the line left out are both shown and cited.
    expect(answer).toMatch(/750[ ,]000/);
    expect(answer).toMatch(/\[\d+\].*\[\d+\]/s);
  });

  it('says so when no line is what the question leaves out', async () => {
    const answer = await ask('Hva koster driftstiltakene i Stad utenom velferdsteknologien?');
    expect(answer).toMatch(/ingen budsjettpost gjelder «velferdsteknologien»/);
  });
});
