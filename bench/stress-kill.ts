/**
 * npm run stress (part 1): kill -9 the ingest process at random moments (a random file of the run,
 * plus a random few milliseconds), again and again, then
 * open the database: integrity_check must be ok and every document complete or absent; a reader
 * polling during ingest must never see a half-written document; a last run must complete.
 * Usage: tsx bench/stress-kill.ts [--kills 50] [--copies 24]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { parseDocument } from '../ingest/parse.ts';
import { checkConsistency, checkOpen, type Expected } from './consistency.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface StressResult {
  kills: number;
  killedMidWrite: number;
  documentsSeen: number[];
  readerChecks: number;
  problems: string[];
  finalDocuments: number;
  expectedDocuments: number;
}

/** Copies the sample corpus `copies` times into a fresh folder and returns it with the expected counts. */
export async function prepareSources(copies: number): Promise<{ folder: string; expected: Map<string, Expected> }> {
  const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-stress-'));
  const sources = join(folder, 'sources');
  mkdirSync(sources);
  const expected = new Map<string, Expected>();
  for (const file of readdirSync(join(ROOT, 'data/corpus'))) {
    for (let copy = 0; copy < copies; copy++) {
      const name = `${copy}-${file}`;
      copyFileSync(join(ROOT, 'data/corpus', file), join(sources, name));
      if (copy === 0 || !expected.has(name)) {
        const doc = await parseDocument(readFileSync(join(sources, name)), name);
        expected.set(name, { sections: doc.sections.length, goals: doc.goals.length, budgetItems: doc.budgets.length, passages: doc.passages.length });
      }
    }
  }
  return { folder, expected };
}

/**
 * Runs the ingest CLI; with `killAtFile`, kills it (SIGKILL) a few random milliseconds after it
 * reports starting that file, so the kill lands mid-run however fast the machine is.
 */
function runIngest(database: string, sources: string, killAtFile: number | null, jitterMs: number, onTick: () => void): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', sources], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database, EMBEDDINGS: 'hashing' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const poll = setInterval(onTick, 100);
    let armed = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      // Progress lines: "[12/50] path/to/file.txt"
      const reached = Math.max(0, ...[...String(chunk).matchAll(/^\[(\d+)\/\d+\]/gm)].map((m) => Number(m[1])));
      if (killAtFile !== null && !armed && reached >= killAtFile) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), jitterMs);
      }
    });
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

export async function stress(kills: number, copies: number, log: (line: string) => void = () => {}): Promise<StressResult> {
  const { folder, expected } = await prepareSources(copies);
  const database = join(folder, 'stress.db');
  const problems: string[] = [];
  const documentsSeen: number[] = [];
  let readerChecks = 0;
  let killedMidWrite = 0;
  const readerCheck = () => {
    try {
      const db = new Database(database, { readonly: true, fileMustExist: true, timeout: 2000 });
      sqliteVec.load(db);
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'passage_vectors'").get() as { n: number };
      if (tables.n === 1) {
        readerChecks++;
        // Completeness only: integrity_check is slow and runs after every kill anyway.
        problems.push(...checkOpen(db, expected, { integrity: false }).problems.map((p) => `reader during ingest: ${p}`));
      }
      db.close();
    } catch {
      // the file may not exist yet, or be mid-creation: nothing to check
    }
  };
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const sources = join(folder, 'sources');
  const originals = new Map(readdirSync(sources).map((name) => [name, readFileSync(join(sources, name), 'utf8')]));
  for (let i = 0; i < kills; i++) {
    // A new revision of every file (trailing spaces only: same structure, new content hash), so
    // each run replaces every document and the kill lands while documents are being rewritten.
    for (const [name, text] of originals) writeFileSync(join(sources, name), `${text}${' '.repeat(i + 1)}\n`);
    // A random file, leaving at least ten files of work after it, so the kill cannot arrive after the end.
    const killAtFile = 1 + Math.floor(random() * Math.max(1, originals.size - 10));
    const jitterMs = Math.floor(random() * 20);
    const run = await runIngest(database, join(folder, 'sources'), killAtFile, jitterMs, readerCheck);
    if (run.killed) killedMidWrite++;
    const check = checkConsistency(database, expected);
    documentsSeen.push(check.documents);
    if (check.integrity !== 'ok') problems.push(`kill ${i + 1}: integrity ${check.integrity}`);
    problems.push(...check.problems.map((p) => `kill ${i + 1}: ${p}`));
    log(`kill ${i + 1}/${kills} at file ${killAtFile} + ${jitterMs} ms: ${check.documents} complete documents, integrity ${check.integrity}${check.problems.length ? `, ${check.problems.length} problems` : ''}`);
  }
  const last = await runIngest(database, join(folder, 'sources'), null, 0, readerCheck);
  if (last.code !== 0) problems.push(`final ingest exited ${last.code}`);
  const final = checkConsistency(database, expected);
  problems.push(...final.problems.map((p) => `final: ${p}`));
  return { kills, killedMidWrite, documentsSeen, readerChecks, problems, finalDocuments: final.documents, expectedDocuments: expected.size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { kills: { type: 'string', default: '50' }, copies: { type: 'string', default: '24' } } });
  const started = Date.now();
  const result = await stress(Number(values.kills), Number(values.copies), console.log);
  console.log(`\n${result.kills} kills (${result.killedMidWrite} while ingest was running), ${result.readerChecks} reader checks during ingest; documents complete after each kill: ${result.documentsSeen.join(', ')}`);
  console.log(`Final run: ${result.finalDocuments}/${result.expectedDocuments} documents. Problems: ${result.problems.length === 0 ? 'none' : `\n  ${result.problems.slice(0, 20).join('\n  ')}`}`);
  console.log(`Took ${((Date.now() - started) / 1000).toFixed(0)} s on ${new Date().toISOString().slice(0, 10)}`);
  process.exitCode = result.problems.length === 0 && result.finalDocuments === result.expectedDocuments ? 0 : 1;
}
