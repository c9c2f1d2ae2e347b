/** kill -9 during ingest (a short version of `npm run stress`): nothing half-written, ever. */
import { describe, expect, it } from 'vitest';
import { stress } from '../../bench/stress-kill.ts';

describe('crash safety', () => {
  it('after kill -9 at random moments the database is intact, every document whole or absent, and a rerun completes', async () => {
    // 50 files take several seconds to ingest, longer than the longest kill delay (2 s): every kill lands mid-run.
    const result = await stress(3, 10, () => {}, 2000);
    expect(result.killedMidWrite).toBe(3);
    expect(result.readerChecks).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
    expect(result.finalDocuments).toBe(result.expectedDocuments);
  }, 180_000);
});
