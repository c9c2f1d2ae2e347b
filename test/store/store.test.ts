import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import type { Embedder } from '../../src/embed/index.ts';
import { ensureVectors, ingestBytes, ingestPaths } from '../../src/load.ts';
import { countRows, getDocument, getPassages, listBudgets, listDocuments, listGoals, openDatabase, saveDocument, slugFor, storedEmbedder } from '../../src/store/index.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const SORUM = `${CORPUS_DIR}/sorum-e-strategi-2015-2018.txt`;
const embedder = createHashingEmbedder();

async function freshDb(with_: Embedder = embedder) {
  const db = openDatabase(':memory:');
  await ensureVectors(db, with_);
  return db;
}
const count = (db: ReturnType<typeof openDatabase>, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const tables = ['documents', 'sections', 'passages', 'goals', 'budget_items', 'passages_fts', 'passage_vectors'];

describe('store', () => {
  it('writes a whole document: sections, goals, budget rows, passages, index rows and vectors', async () => {
    const db = await freshDb();
    const result = await ingestBytes({ db, embedder }, readFileSync(SORUM), 'sorum-e-strategi-2015-2018.txt');
    expect(result.status).toBe('added');
    const doc = getDocument(db, 'sorum-e-strategi-2015-2018')!;
    expect(doc.counts).toMatchObject({ budgetItems: 9 });
    expect(count(db, 'passages_fts')).toBe(doc.counts.passages);
    expect(count(db, 'passage_vectors')).toBe(doc.counts.passages);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('reads passages by more ids than SQLite binds in one statement', async () => {
    const db = await freshDb();
    await ingestBytes({ db, embedder }, readFileSync(SORUM), 'sorum.txt');
    const ids = db.prepare('SELECT id FROM passages ORDER BY id').pluck().all() as number[];
    // Past SQLite's 32 766 parameters: every id many times over, plus ids that do not exist.
    const many = Array.from({ length: 70_000 }, (_, i) => (i % 2 === 0 ? ids[i % ids.length]! : 1_000_000 + i));
    const passages = getPassages(db, many);
    expect([...passages.keys()].sort((a, b) => a - b)).toEqual(ids);
    expect(passages.get(ids[0]!)?.text.length).toBeGreaterThan(0);
  });

  it('treats the same bytes again as a no-op', async () => {
    const db = await freshDb();
    const bytes = readFileSync(SORUM);
    await ingestBytes({ db, embedder }, bytes, 'sorum.txt');
    const before = tables.map((t) => count(db, t));
    const again = await ingestBytes({ db, embedder }, bytes, 'sorum.txt');
    expect(again.status).toBe('unchanged');
    expect(tables.map((t) => count(db, t))).toEqual(before);
  });

  it('replaces a revised version with the same source name, keeping its id and leaving nothing of the old', async () => {
    const db = await freshDb();
    const original = readFileSync(SORUM, 'utf8');
    await ingestBytes({ db, embedder }, Buffer.from(original), 'sorum.txt');
    const revised = original.replace('Oppnå økonomisk balanse', 'Oppnå økonomisk balanse og bærekraft');
    const result = await ingestBytes({ db, embedder }, Buffer.from(revised), 'sorum.txt');
    expect(result.status).toBe('replaced');
    expect(listDocuments(db).map((d) => d.id)).toEqual(['sorum']);
    expect(count(db, 'passages_fts')).toBe(count(db, 'passages'));
    expect(count(db, 'passage_vectors')).toBe(count(db, 'passages'));
    const goals = db.prepare("SELECT count(*) AS n FROM goals WHERE text LIKE 'Oppnå økonomisk balanse%'").get() as { n: number };
    expect(goals.n).toBe(1);
  });

  it('finds goals and budget lines by text fragments through the trigram index, in step with replacements', async () => {
    const db = await freshDb();
    const original = readFileSync(SORUM, 'utf8');
    await ingestBytes({ db, embedder }, Buffer.from(original), 'sorum.txt');
    const texts = (fragments: string[]) => listGoals(db, null, fragments).map((goal) => goal.text);
    expect(texts(['økonomisk balanse'])).toEqual([expect.stringMatching(/^Oppnå økonomisk balanse/)]);
    expect(texts(['OPPNÅ ØKONOMISK'.toLowerCase(), 'no such words'])).toHaveLength(1);
    expect(listBudgets(db, null, undefined, ['utdanning', 'arkivsystem']).map((row) => row.label)).toEqual(['IKT Utdanning', 'Dokumentforvaltning (oppgradere sak- og arkivsystem, avleveringer)']);
    // A two-letter fragment cannot use the trigram index; the row scan still answers it.
    expect(texts(['ik']).length).toBeGreaterThan(0);
    await ingestBytes({ db, embedder }, Buffer.from(original.replace('Oppnå økonomisk balanse', 'Oppnå økonomisk likevekt')), 'sorum.txt');
    expect(texts(['økonomisk balanse'])).toEqual([]);
    expect(texts(['økonomisk likevekt'])).toHaveLength(1);
    expect(count(db, 'goal_text')).toBe(count(db, 'goals'));
    expect(count(db, 'budget_text')).toBe(count(db, 'budget_items'));
  });

  it('leaves nothing behind when a write fails halfway', async () => {
    const db = await freshDb();
    const doc = await parseDocument(readFileSync(SORUM), 'sorum.txt');
    const vectors = doc.passages.map(() => new Float32Array(embedder.dimension).fill(0.1));
    vectors[vectors.length - 1] = new Float32Array(3); // wrong dimension: fails on the last passage
    expect(() => saveDocument(db, doc, vectors)).toThrow(/dimension/);
    expect(tables.map((t) => count(db, t))).toEqual(tables.map(() => 0));
  });

  it('keeps going past bad files, naming each with a code', async () => {
    const db = await freshDb();
    const results = await ingestPaths({ db, embedder }, [SORUM, '/no/such/file.pdf', `${CORPUS_DIR}/../themes.json`], { maxFileBytes: 10_000_000 });
    expect(results.map((r) => r.status)).toEqual(['added', 'failed', 'failed']);
    expect(results.filter((r) => r.status === 'failed').map((r) => (r.status === 'failed' ? r.error.code : ''))).toEqual(['FILE_NOT_FOUND', 'UNSUPPORTED_FILE']);
    expect(countRows(db).documents).toBe(1);
  });

  it('refuses files over the size limit', async () => {
    const db = await freshDb();
    const [result] = await ingestPaths({ db, embedder }, [SORUM], { maxFileBytes: 1000 });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'FILE_TOO_LARGE' } });
  });

  it('records the embedder, and re-embeds instead of mixing when it changes', async () => {
    const db = await freshDb();
    await ingestBytes({ db, embedder }, readFileSync(SORUM), 'sorum.txt');
    expect(storedEmbedder(db)).toEqual({ id: 'hashing-v1:512', dimension: 512 });
    const other = createHashingEmbedder({ dimension: 128 });
    const messages: string[] = [];
    await ensureVectors(db, other, (m) => messages.push(m));
    expect(storedEmbedder(db)).toEqual({ id: 'hashing-v1:128', dimension: 128 });
    expect(messages[0]).toMatch(/re-embedding \d+ passages/);
    const dimensions = db.prepare('SELECT DISTINCT vec_length(embedding) AS d FROM passage_vectors').all() as Array<{ d: number }>;
    expect(dimensions).toEqual([{ d: 128 }]);
    expect(count(db, 'passage_vectors')).toBe(count(db, 'passages'));
  });

  it('makes URL-safe ids from file names', () => {
    expect(slugFor('Sørum e-strategi 2015–2018.PDF')).toBe('sorum-e-strategi-2015-2018');
    expect(slugFor('../../etc/passwd')).toBe('passwd');
    expect(slugFor('ØRU IKT.md')).toBe('oru-ikt');
  });
});

describe('ingest options', () => {
  it('lets a sidecar <file>.meta.json override detected metadata, and refuses an invalid one', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-sidecar-'));
    copyFileSync(`${CORPUS_DIR}/kongsbergregionen-estrategi-2011-2014.txt`, join(folder, 'estrategi.txt'));
    writeFileSync(join(folder, 'estrategi.txt.meta.json'), JSON.stringify({ municipalities: ['Kongsberg', 'Flesberg', 'Rollag'], period: { from: 2011, to: 2014 } }));
    copyFileSync(`${CORPUS_DIR}/sorum-e-strategi-2015-2018.txt`, join(folder, 'sorum.txt'));
    writeFileSync(join(folder, 'sorum.txt.meta.json'), JSON.stringify({ organisation: 42 }));
    const db = await freshDb();
    const results = await ingestPaths({ db, embedder }, [folder], { maxFileBytes: 10_000_000 });
    expect(results.map((r) => r.status)).toEqual(['added', 'failed']);
    expect(results[1]).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT' } });
    expect(getDocument(db, 'estrategi')).toMatchObject({ organisation: 'Kongsbergregionen', municipalities: ['Kongsberg', 'Flesberg', 'Rollag'] });
  });
  it('refuses a 200 MB file by its size, without reading it', async () => {
    const { mkdtempSync, openSync, ftruncateSync, closeSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'strategiarkiv-big-')), 'stor.pdf');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB by size, nothing on disk
    closeSync(fd);
    const db = await freshDb();
    const started = performance.now();
    const [result] = await ingestPaths({ db, embedder }, [path], { maxFileBytes: 50 * 1024 * 1024 });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'FILE_TOO_LARGE' } });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
