import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCorpusStore, type CorpusStore } from './corpus.ts';

/** A store over strategies a test writes itself. */
export interface WrittenCorpus {
  store: CorpusStore;
}

/**
 * Strategies written for a test (file name → text) in a temporary folder, in one store built in a
 * `beforeAll` of the calling test file and removed after its tests; read `store` inside the tests.
 */
export function useWrittenCorpus(files: Record<string, string>): WrittenCorpus {
  const built = {} as WrittenCorpus;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'written-corpus-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    built.store = await buildCorpusStore([dir]);
  });
  afterAll(() => {
    built.store?.db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return built;
}
