/**
 * npm run bench: search and answer latency (p50/p95) and memory, on the sample corpus and on a
 * generated corpus of ~100 000 passages (the sample documents repeated under other organisation
 * names). Usage: npm run bench [-- --passages 100000 --queries 200]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParsedDocument } from '../ingest/model.ts';
import { createAnswerer } from '../src/answer/index.ts';
import { createHashingEmbedder } from '../src/embed/hashing.ts';
import { EMBED_BATCH, ensureVectors } from '../src/load.ts';
import { createSearcher, type SearchMode } from '../src/search/search.ts';
import { loadThesaurus } from '../src/search/thesaurus.ts';
import { countRows, openDatabase, passageHeader, saveDocument, type Db } from '../src/store/index.ts';
import { CORPUS, parseSample } from '../test/helpers/corpus.ts';
import { loadGolden } from './evaluate.ts';

const { values } = parseArgs({ options: { passages: { type: 'string', default: '100000' }, queries: { type: 'string', default: '200' } } });
const targetPassages = Number(values.passages);
const queryCount = Number(values.queries);

const thesaurus = loadThesaurus();
const embedder = createHashingEmbedder({ thesaurus });
const questions = loadGolden().map((q) => q.question);
const samples = await Promise.all(Object.values(CORPUS).map(parseSample));
const vectorsFor = new Map<ParsedDocument, Float32Array[]>();
for (const doc of samples) {
  const vectors: Float32Array[] = [];
  for (let i = 0; i < doc.passages.length; i += EMBED_BATCH) {
    vectors.push(...(await embedder.embedPassages(doc.passages.slice(i, i + EMBED_BATCH).map((p) => `${passageHeader(doc.metadata, doc.sections[p.section]?.number ?? null, doc.sections[p.section]?.title ?? '')}\n${p.text}`))));
  }
  vectorsFor.set(doc, vectors);
}

/** Loads the sample documents `copies` times, each copy under another organisation name. */
async function build(db: Db, copies: number): Promise<number> {
  await ensureVectors(db, embedder);
  const started = performance.now();
  for (let copy = 0; copy < copies; copy++) {
    for (const doc of samples) {
      const name = copy === 0 ? doc.metadata.organisation : `Testkommune ${copy}`;
      saveDocument(db, { ...doc, sourceName: copy === 0 ? doc.sourceName : `copy-${copy}-${doc.sourceName}`, contentHash: `${doc.contentHash}-${copy}`, metadata: { ...doc.metadata, organisation: name, aliases: copy === 0 ? doc.metadata.aliases : [] } }, vectorsFor.get(doc)!);
    }
  }
  return performance.now() - started;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time(label: string, fn: (q: string) => Promise<unknown>, count = queryCount): Promise<string> {
  for (const q of questions.slice(0, 5)) await fn(q); // warm-up
  const samplesMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = questions[i % questions.length]!;
    const started = performance.now();
    await fn(q);
    samplesMs.push(performance.now() - started);
  }
  return `| ${label} (${count} runs) | ${percentile(samplesMs, 50).toFixed(1)} | ${percentile(samplesMs, 95).toFixed(1)} |`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const passagesPerCopy = samples.reduce((sum, doc) => sum + doc.passages.length, 0);
const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-bench-'));
console.log(`Search benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${queryCount} queries from the golden set, offline embedder\n`);
for (const [name, copies] of [['sample corpus', 1], [`generated (~${targetPassages} passages)`, Math.max(1, Math.round(targetPassages / passagesPerCopy))]] as const) {
  const path = join(folder, `${copies}.db`);
  const db = openDatabase(path);
  const buildMs = await build(db, copies);
  const rows = countRows(db);
  const searcher = createSearcher({ db, embedder, thesaurus });
  const answerer = createAnswerer({ db, searcher, thesaurus });
  console.log(`### ${name}: ${rows.documents} documents, ${rows.passages} passages; built in ${(buildMs / 1000).toFixed(1)} s; database ${mb(statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0))}\n`);
  console.log('| operation | p50 ms | p95 ms |\n|---|---|---|');
  for (const mode of ['lexical', 'vector', 'hybrid'] as SearchMode[]) console.log(await time(`search (${mode}, k=10)`, (q) => searcher.search({ q, k: 10, mode })));
  console.log(await time('search filtered by municipality', (q) => searcher.search({ q, k: 10, municipality: 'Sørum' })));
  console.log(await time('ask (full answer)', (q) => answerer.ask(q), Math.min(queryCount, 60)));
  const memory = process.memoryUsage();
  console.log(`\nMemory after the run: RSS ${mb(memory.rss)}, JS heap ${mb(memory.heapUsed)}\n`);
  db.close();
}
rmSync(folder, { recursive: true, force: true });
