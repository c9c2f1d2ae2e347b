/** kill -9 during ingest (a short version of `npm run stress`): nothing half-written, ever. */
import { describe, expect, it } from 'vitest';
import { stress } from '../../bench/stress-kill.ts';

describe('crash safety', () => {
  it('after kill -9 at random moments the database is intact, every document whole or absent, and a rerun completes', async () => {
    // Each kill is triggered by the ingest's own progress (a random file of the first 15 of 25), so it lands mid-run.
    const result = await stress(3, 5);
    expect(result.killedMidWrite).toBe(3);
    expect(result.readerChecks).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
    expect(result.finalDocuments).toBe(result.expectedDocuments);
  }, 180_000);
});
