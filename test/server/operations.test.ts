/** Operations: backup while serving, graceful shutdown of the real server process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/store/backup.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { ensureVectors, ingestPaths } from '../../src/load.ts';
import { openDatabase } from '../../src/store/index.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { startServerProcess } from '../helpers/server-process.ts';

describe('backup', () => {
  it('writes a consistent copy with VACUUM INTO while the database is open for writing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-backup-'));
    const db = openDatabase(join(folder, 'live.db'));
    const embedder = createHashingEmbedder();
    await ensureVectors(db, embedder);
    await ingestPaths({ db, embedder }, [CORPUS_DIR], { maxFileBytes: 10_000_000 });
    const target = join(folder, 'copy.db');
    backupDatabase(db, target);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(5);
    expect((copy.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n).toBe((db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n);
    copy.close();
    expect(() => backupDatabase(db, target)).toThrow(/exists already/);
    db.close();
  });
});

describe('graceful shutdown', () => {
  it('builds the sample corpus on first start, serves, and on SIGTERM finishes the request in flight and closes the database', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-start-'));
    const databasePath = join(folder, 'db.sqlite');
    const { child, port, output } = await startServerProcess({ DATABASE_PATH: databasePath });
    expect(output()).toContain('loading the sample corpus');
    expect(output()).toContain('5 added');
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json() as { ok: boolean; documents: number; eventLoopDelayMs: { p99: number } };
    expect(health).toMatchObject({ ok: true, documents: 5 });
    expect(health.eventLoopDelayMs.p99).toBeGreaterThanOrEqual(0);
    const inFlight = fetch(`http://127.0.0.1:${port}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Hvilke kommuner prioriterer velferdsteknologi?' }) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(output()).toContain('Database closed');
    const reopened = new Database(databasePath, { readonly: true });
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });
});
