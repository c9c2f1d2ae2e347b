/** A damaged database is said plainly: DATABASE_DAMAGED (503) at query time, one line and exit 1 at start. */
import { copyFileSync, mkdtempSync, openSync, closeSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnswerer } from '../../src/answer/index.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { ensureVectors, ingestPaths } from '../../src/load.ts';
import { createSearcher } from '../../src/search/search.ts';
import { loadThesaurus } from '../../src/search/thesaurus.ts';
import { createApp } from '../../src/server/app.ts';
import { createQueryPool } from '../../src/server/query-pool.ts';
import { openDatabase, quickCheck } from '../../src/store/index.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { startServerProcess } from '../helpers/server-process.ts';

const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-damage-'));
const healthy = join(folder, 'healthy.db');

beforeAll(async () => {
  const db = openDatabase(healthy);
  const embedder = createHashingEmbedder();
  await ensureVectors(db, embedder);
  await ingestPaths({ db, embedder }, [CORPUS_DIR], { maxFileBytes: 10_000_000 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}, 120_000);

/** A copy of the healthy database with the bytes from `from` to `to` (fractions of its size) overwritten. */
function damaged(name: string, from: number, to: number): string {
  const path = join(folder, name);
  copyFileSync(healthy, path);
  const size = statSync(path).size;
  const start = Math.floor(size * from);
  const garbage = Buffer.alloc(Math.floor(size * to) - start, 0xa5);
  const fd = openSync(path, 'r+');
  writeSync(fd, garbage, 0, garbage.length, start);
  closeSync(fd);
  return path;
}

describe('damage found at query time', () => {
  const path = () => damaged('middle.db', 0.4, 0.6);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterAll(() => errors.mockRestore());

  it('the server thread answers 503 DATABASE_DAMAGED without the raw message, logs the restore advice, and health says ok:false', async () => {
    const db = openDatabase(path());
    expect(quickCheck(db)).not.toBe('ok');
    const thesaurus = loadThesaurus();
    const embedder = createHashingEmbedder();
    const searcher = createSearcher({ db, embedder, thesaurus });
    const app = createApp({ db, embedder, searcher, thesaurus, answerer: createAnswerer({ db, searcher, thesaurus }), config: { adminToken: undefined, maxFileBytes: 1_000_000, uploadDir: folder, logRequests: false } });
    const response = await app.request('/api/search?q=velferdsteknologi');
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text).error.code).toBe('DATABASE_DAMAGED');
    expect(text).not.toMatch(/blob|malformed|sqlite|at .*\.ts/i);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/DATABASE_DAMAGED .*restore the last backup .*npm run backup/);
    expect((await (await app.request('/api/health')).json()).ok).toBe(false);
    db.close();
  });

  it('a query worker maps the failure to DATABASE_DAMAGED across the worker boundary', async () => {
    const pool = await createQueryPool(1, { databasePath: path(), embedderId: 'hashing-v1:512', modelsDir: 'models' });
    try {
      const error = await pool.run({ op: 'search', request: { q: 'velferdsteknologi', k: 10, mode: 'hybrid' } }).then(() => null, (e: { code: string; message: string }) => e);
      expect(error?.code).toBe('DATABASE_DAMAGED');
      expect(error?.message).not.toMatch(/blob|malformed|sqlite/i);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('damage found at start-up', () => {
  const start = async (databasePath: string) => {
    const failure = await startServerProcess({ DATABASE_PATH: databasePath }).then(
      ({ child }) => {
        child.kill('SIGKILL');
        return 'started';
      },
      (error: Error) => error.message,
    );
    return failure;
  };
  const expectOneLine = (output: string, pattern: RegExp) => {
    expect(output).toMatch(/server exited \(1\)/);
    const lines = output.split('\n').slice(1).filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(output).not.toMatch(/^\s+at /m);
  };

  it('a bad header: one clear line, exit 1', async () => {
    const path = damaged('header.db', 0, 0.01);
    expectOneLine(await start(path), /^Start-up failed: DATABASE_DAMAGED: .*restore the last backup/);
  }, 120_000);
  it('damage in the middle of the file (quick_check): one clear line, exit 1', async () => {
    const path = damaged('middle-start.db', 0.4, 0.6);
    expectOneLine(await start(path), /^Start-up failed: DATABASE_DAMAGED: .*integrity check.*restore the last backup/);
  }, 120_000);
  it('a 0-byte database file is reported, not re-seeded with the sample corpus', async () => {
    const path = join(folder, 'empty.db');
    writeFileSync(path, '');
    expectOneLine(await start(path), /^Start-up failed: DATABASE_DAMAGED: .*empty file \(0 bytes\)/);
    expect(statSync(path).size).toBe(0);
  }, 120_000);
});
