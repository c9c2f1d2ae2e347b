import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../ingest/parse.ts';
import { bigStrategyText } from '../helpers/big-text.ts';

const structure = (text: string) => structureDocument({ format: 'text', pages: [{ number: 1, text }], tables: [], hasRealPages: false }, { sourceName: 'stor.txt', contentHash: 'x' });

/** Best of three runs, in ms. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    structure(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('cleaning and structure are linear in the input', () => {
  it('structures a 10 MB text (the numbers are in `npm run bench:ingest`)', () => {
    const text = bigStrategyText(10_000_000);
    const doc = structure(text);
    expect(doc.text.length).toBeGreaterThan(9_000_000);
    expect(doc.sections.length).toBeGreaterThan(100);
    expect(doc.pageStarts.length).toBeGreaterThan(3000);
    expect(doc.passages.at(-1)?.end).toBeGreaterThan(doc.text.length - 5000);
  }, 180_000);

  it('four times the input takes well under sixteen times the time', () => {
    const small = bigStrategyText(250_000);
    const large = bigStrategyText(1_000_000);
    timeOf(small); // warm-up
    const ratio = timeOf(large) / timeOf(small);
    expect(ratio).toBeLessThan(8);
  }, 180_000);
});
