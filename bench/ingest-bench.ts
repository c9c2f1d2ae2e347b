/**
 * Ingest benchmark: clean + structure time for generated strategy texts of growing size (numbered
 * chapters, and the same with unnumbered heading lines only), so linear growth can be read off.
 * Run with `npm run bench:ingest [-- 1 4 10]` (sizes in MB).
 */
import { structureDocument } from '../ingest/parse.ts';
import { bigStrategyText } from '../test/helpers/big-text.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const megabytes = sizes.length > 0 ? sizes : [1, 4, 10];

console.log('ingest (clean + structure), generated text');
console.log('headings    size MB   seconds   s/MB   sections  passages  goals');
for (const numbered of [true, false]) {
  for (const mb of megabytes) {
    const text = bigStrategyText(mb * 1_000_000, 7, numbered);
    const start = performance.now();
    const doc = structureDocument({ format: 'text', pages: [{ number: 1, text }], tables: [], hasRealPages: false }, { sourceName: 'bench.txt', contentHash: 'bench' });
    const seconds = (performance.now() - start) / 1000;
    const row = [numbered ? 'numbered' : 'unnumbered', (text.length / 1e6).toFixed(1), seconds.toFixed(2), (seconds / (text.length / 1e6)).toFixed(2), doc.sections.length, doc.passages.length, doc.goals.length];
    console.log(row.map((cell, i) => String(cell).padStart(i === 0 ? 10 : 9)).join(' '));
  }
}
