/**
 * npm run bench: search and answer latency at ~100 000 passages, measured in ONE interleaved run
 * beside plain baselines over the same data (FTS5 bm25, sqlite-vec KNN, a JS brute-force scan),
 * with ratios; ingest throughput (generated corpus, one large generated PDF); vector recall@10
 * against exact search; memory and server RSS.
 * Usage: npm run bench [-- --passages 100000 --rounds 100 --asks 30 --pdf-pages 150 --json [path|-] --no-server]
 * (--pdf-pages 0 skips the large PDF; --json alone writes bench/results/search.json, --json - stdout)
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAnswerer } from '../src/answer/index.ts';
import { createHashingEmbedder } from '../src/embed/hashing.ts';
import { ensureVectors, ingestBytes } from '../src/load.ts';
import { createTopicMatcher } from '../src/search/match.ts';
import { createSearcher, type SearchRequest } from '../src/search/search.ts';
import { loadThesaurus } from '../src/search/thesaurus.ts';
import { vectorIndex } from '../src/search/vector-index.ts';
import { countRows, listBudgets, listGoals, openDatabase } from '../src/store/index.ts';
import { loadGolden } from './evaluate.ts';
import { buildCorpus, FILTER_MUNICIPALITY, loadSamples } from './generated-corpus.ts';
import { bruteForceScan, ftsBaseline, loadMatrix, vecKnn } from './baselines.ts';
import { makeLargePdf } from './large-pdf.ts';
import { measureServerRss } from './server-rss.ts';
import { percentile, type Stat } from './stats.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] && !argv[at + 1]!.startsWith('--') ? argv[at + 1]! : fallback;
};
const targetPassages = Number(option('passages', '100000'));
const rounds = Number(option('rounds', '100'));
const askRounds = Number(option('asks', '20'));
const pdfPages = Number(option('pdf-pages', '150'));
const jsonTarget = argv.includes('--json') ? option('json', 'bench/results/search.json') : null;
const log = (line = '') => (jsonTarget === '-' ? console.error(line) : console.log(line));

const thesaurus = loadThesaurus();
const embedder = createHashingEmbedder({ thesaurus });
const golden = loadGolden();
const questions = golden.map((q) => q.question);
const byCategory = (category: string) => golden.filter((q) => q.category === category).map((q) => q.question);

// ---- ingest throughput ------------------------------------------------------------------------
console.error('building the generated corpus …');
let started = performance.now();
const samples = await loadSamples(embedder);
const pipelineMs = performance.now() - started;
const copies = Math.max(1, Math.round(targetPassages / samples.passagesPerCopy));
const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-bench-'));
const path = join(folder, 'generated.db');
const writer = openDatabase(path);
const buildMs = await buildCorpus(writer, embedder, samples, copies);
writer.pragma('wal_checkpoint(TRUNCATE)');
const rows = countRows(writer);
const databaseBytes = statSync(path).size;
let largePdf: { pages: number; bytes: number; passages: number; status: string; error?: unknown; ms: number; pagesPerSecond: number; passagesPerSecond: number } | null = null;
if (pdfPages > 0) {
  const pdf = await makeLargePdf(pdfPages);
  const pdfDb = openDatabase(join(folder, 'pdf.db'));
  await ensureVectors(pdfDb, embedder);
  started = performance.now();
  const pdfResult = await ingestBytes({ db: pdfDb, embedder }, pdf.bytes, 'stor-strategi.pdf');
  const pdfMs = performance.now() - started;
  pdfDb.close();
  const pdfPassages = pdfResult.status === 'added' ? pdfResult.summary.passages : 0;
  largePdf = { pages: pdf.pages, bytes: pdf.bytes.length, passages: pdfPassages, status: pdfResult.status, ...(pdfResult.status === 'failed' ? { error: pdfResult.error } : {}), ms: pdfMs, pagesPerSecond: pdf.pages / (pdfMs / 1000), passagesPerSecond: pdfPassages / (pdfMs / 1000) };
}
const ingest = {
  samplesParseAndEmbed: { pages: samples.pagesPerCopy, passages: samples.passagesPerCopy, ms: pipelineMs, pagesPerSecond: samples.pagesPerCopy / (pipelineMs / 1000), passagesPerSecond: samples.passagesPerCopy / (pipelineMs / 1000) },
  generatedStore: { documents: rows.documents, pages: samples.pagesPerCopy * copies, passages: rows.passages, ms: buildMs, pagesPerSecond: (samples.pagesPerCopy * copies) / (buildMs / 1000), passagesPerSecond: rows.passages / (buildMs / 1000) },
  ...(largePdf ? { largePdf } : {}),
};
writer.close();

// ---- search: a read-only connection, like a query worker ---------------------------------------
const db = openDatabase(path, { readonly: true });
const searcher = createSearcher({ db, embedder, thesaurus });
const answerer = createAnswerer({ db, searcher, thesaurus });
const rssBefore = process.memoryUsage().rss;
started = performance.now();
const index = vectorIndex(db)!;
const indexLoadMs = performance.now() - started;
const indexRss = process.memoryUsage().rss - rssBefore;
const indexBytes = index.codes.byteLength + index.factors.byteLength + index.ids.byteLength + index.documents.byteLength;
const matrix = loadMatrix(db, embedder.dimension);
const queryVectors = new Map<string, Float32Array>();
for (const q of questions) queryVectors.set(q, await embedder.embedQuery(q));

// Recall@10 of the project's vector search against exact search (sqlite-vec KNN). The generated
// corpus repeats every passage, so equal scores are common: a hit counts when its exact distance is
// within the exact 10th-best distance (any of the tied passages is a right answer).
let recallSum = 0;
const distanceOf = db.prepare('SELECT vec_distance_cosine(embedding, ?) FROM passage_vectors WHERE rowid = ?').pluck();
for (const q of questions) {
  const vector = queryVectors.get(q)!;
  const exact = vecKnn(db, vector, 10);
  const cut = (exact.at(-1)?.distance ?? 0) + 1e-6;
  const found = (await searcher.search({ q, k: 10, mode: 'vector' })).map((hit) => hit.passageId);
  const blob = Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
  recallSum += Math.min(exact.length, found.filter((id) => (distanceOf.get(blob, BigInt(id)) as number) <= cut).length) / Math.max(1, exact.length);
}
const vectorRecallAt10 = recallSum / questions.length;

const search = (request: Omit<SearchRequest, 'q'>) => (q: string) => searcher.search({ q, k: 10, ...request });
const topicLookup = (kind: 'goals' | 'budgets') => (q: string) => {
  const matcher = createTopicMatcher(q, thesaurus);
  return kind === 'goals' ? listGoals(db, null, matcher.fragments).filter((goal) => matcher.score(goal.text) > 0) : listBudgets(db, null, undefined, matcher.fragments).filter((row) => matcher.matches(`${row.label} ${row.table}`));
};
type Operation = { name: string; pool: string[]; runs: number; run: (q: string) => unknown };
const operations: Operation[] = [
  { name: 'baseline: FTS5 bm25 (stop words dropped)', pool: questions, runs: rounds, run: (q) => ftsBaseline(db, q, 10) },
  { name: 'baseline: sqlite-vec f32 KNN (k=10)', pool: questions, runs: rounds, run: (q) => vecKnn(db, queryVectors.get(q)!, 10) },
  { name: 'baseline: JS brute-force scan (k=10)', pool: questions, runs: rounds, run: (q) => bruteForceScan(matrix, queryVectors.get(q)!, 10) },
  { name: 'search lexical', pool: questions, runs: rounds, run: search({ mode: 'lexical' }) },
  { name: 'search vector', pool: questions, runs: rounds, run: search({ mode: 'vector' }) },
  { name: 'search hybrid', pool: questions, runs: rounds, run: search({ mode: 'hybrid' }) },
  { name: `search hybrid, municipality filter (${Math.round(copies / 5)} of ${copies} copies)`, pool: questions, runs: rounds, run: search({ municipality: FILTER_MUNICIPALITY }) },
  { name: 'search hybrid, one document', pool: questions, runs: rounds, run: search({ documentId: 'sorum-e-strategi-2015-2018' }) },
  { name: 'goals (topic look-up, all documents)', pool: byCategory('goals'), runs: askRounds, run: topicLookup('goals') },
  { name: 'budgets (topic look-up, all documents)', pool: byCategory('budgets'), runs: askRounds, run: topicLookup('budgets') },
  { name: 'ask: goals question', pool: byCategory('goals'), runs: askRounds, run: (q) => answerer.ask(q) },
  { name: 'ask: budget question', pool: byCategory('budgets'), runs: askRounds, run: (q) => answerer.ask(q) },
  { name: 'ask: coverage question', pool: byCategory('coverage'), runs: askRounds, run: (q) => answerer.ask(q) },
];

// Warm-up, then rounds: every operation once per round, the order rotating, so that the machine's
// load falls on all of them alike.
for (const op of operations) for (const q of op.pool.slice(0, 2)) await op.run(q);
const timings = new Map<string, number[]>(operations.map((op) => [op.name, []]));
for (let round = 0; round < rounds; round++) {
  if (round % 10 === 0) console.error(`round ${round}/${rounds} …`);
  for (let j = 0; j < operations.length; j++) {
    const op = operations[(round + j) % operations.length]!;
    if (round >= op.runs || op.pool.length === 0) continue;
    const q = op.pool[round % op.pool.length]!;
    const t0 = performance.now();
    await op.run(q);
    timings.get(op.name)!.push(performance.now() - t0);
  }
}
const stats: Stat[] = operations.map((op) => {
  const samplesMs = timings.get(op.name)!;
  return { name: op.name, runs: samplesMs.length, p50: percentile(samplesMs, 50), p95: percentile(samplesMs, 95) };
});
const p95 = (prefix: string) => stats.find((s) => s.name.startsWith(prefix))?.p95 ?? NaN;
const scan = p95('baseline: JS brute-force');
const ratios = {
  'hybrid p95 / JS scan p95 (goal ≤ 1.5)': p95('search hybrid') / scan,
  'municipality-filtered p95 / hybrid p95 (goal ≤ 1)': p95('search hybrid, municipality') / p95('search hybrid'),
  'document-filtered p95 / hybrid p95 (goal ≤ 1)': p95('search hybrid, one document') / p95('search hybrid'),
  'coverage ask p95 / JS scan p95 (goal ≤ 3)': p95('ask: coverage') / scan,
  'vector p95 / JS scan p95': p95('search vector') / scan,
  'vector p95 / sqlite-vec KNN p95': p95('search vector') / p95('baseline: sqlite-vec'),
  'lexical p95 / FTS5 bm25 p95': p95('search lexical') / p95('baseline: FTS5'),
};
const memory = process.memoryUsage();
db.close();
const server = argv.includes('--no-server') ? null : await measureServerRss(path, questions.slice(0, 20));
rmSync(folder, { recursive: true, force: true });

// ---- report ------------------------------------------------------------------------------------
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const result = {
  date: new Date().toISOString(), node: process.version, embedder: embedder.id,
  corpus: { documents: rows.documents, passages: rows.passages, copies, databaseBytes },
  ingest, vectorIndex: { loadMs: indexLoadMs, bytes: indexBytes, rssGrowthBytes: indexRss }, vectorRecallAt10, operations: stats, ratios,
  memory: { rss: memory.rss, heapUsed: memory.heapUsed, note: 'bench process, includes the baselines\' float32 matrix' }, server,
};
log(`Search benchmark — ${result.date}, Node ${process.version}, offline embedder ${embedder.id}`);
log(`Corpus: ${rows.documents} documents, ${rows.passages} passages (${copies} copies of the ${samples.documents.length} samples)\n`);
log('| ingest | pages | passages | seconds | pages/s | passages/s |\n|---|---|---|---|---|---|');
for (const [name, item] of Object.entries(ingest)) log(`| ${name}${'error' in item ? ` (failed: ${JSON.stringify(item.error)})` : ''} | ${item.pages} | ${item.passages} | ${fmt(item.ms / 1000)} | ${fmt(item.pagesPerSecond)} | ${fmt(item.passagesPerSecond)} |`);
log(`\nVector index (per connection): ${mb(indexBytes)} of arrays, loaded in ${fmt(indexLoadMs, 0)} ms (RSS grew ${mb(indexRss)}, mostly database pages read through mmap and load garbage); recall@10 against exact sqlite-vec KNN: ${fmt(vectorRecallAt10, 3)}\n`);
log(`| operation (interleaved, ${rounds} rounds) | runs | p50 ms | p95 ms |\n|---|---|---|---|`);
for (const s of stats) log(`| ${s.name} | ${s.runs} | ${fmt(s.p50)} | ${fmt(s.p95)} |`);
log('\n| ratio | value |\n|---|---|');
for (const [name, value] of Object.entries(ratios)) log(`| ${name} | ${fmt(value, 2)} |`);
log(`\nBench process: RSS ${mb(memory.rss)}, JS heap ${mb(memory.heapUsed)} (includes the baselines' float32 matrix)`);
if (server) log(`Server (${server.workers} query workers, after ${server.requests} searches): RSS ${mb(server.rss)} = ${mb(server.rssAnon)} anonymous (heaps, indexes) + ${mb(server.rssFile)} file pages (mmap of the database, code)`);
if (jsonTarget === '-') console.log(JSON.stringify(result, null, 2));
else if (jsonTarget) {
  mkdirSync(dirname(jsonTarget), { recursive: true });
  writeFileSync(jsonTarget, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nJSON written to ${jsonTarget}`);
}
