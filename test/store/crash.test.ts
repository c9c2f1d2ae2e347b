/** kill -9 during ingest (a short version of `npm run stress`): nothing half-written, ever. */
import { describe, expect, it } from 'vitest';
import { stress } from '../../bench/stress-kill.ts';

describe('crash safety', () => {
  it('after kill -9 at random moments the database is intact, every document whole or absent, and a rerun completes', async () => {
    const result = await stress(3, 3);
    expect(result.killedMidWrite).toBeGreaterThan(0);
    expect(result.readerChecks).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
    expect(result.finalDocuments).toBe(result.expectedDocuments);
  }, 180_000);
});
