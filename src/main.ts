/**
 * npm start: the one place that wires everything. Reads the configuration, opens the database,
 * picks the embedder, builds the sample corpus on first start, and serves the API and the web UI.
 */
import { serve } from '@hono/node-server';
import { createAnswerer } from './answer/index.ts';
import { loadConfig } from './config.ts';
import { createEmbedder } from './embed/index.ts';
import { ensureVectors, ingestPaths } from './load.ts';
import { createSearcher } from './search/search.ts';
import { loadThesaurus } from './search/thesaurus.ts';
import { createApp } from './server/app.ts';
import { createQueryPool } from './server/query-pool.ts';
import { countRows, openDatabase } from './store/index.ts';
import { printSummary } from './cli/summary.ts';

const config = loadConfig();
const db = openDatabase(config.databasePath);
const thesaurus = loadThesaurus();
const embedder = await createEmbedder(config, thesaurus);
await ensureVectors(db, embedder);

if (countRows(db).documents === 0) {
  console.log(`Empty database: loading the sample corpus from ${config.sampleCorpusDir} …`);
  printSummary(await ingestPaths({ db, embedder }, [config.sampleCorpusDir], { maxFileBytes: config.maxFileBytes, pdfLimits: config.pdfLimits }));
}

const searcher = createSearcher({ db, embedder, thesaurus });
const answerer = createAnswerer({ db, searcher, thesaurus, llm: config.llmBaseUrl ? { baseUrl: config.llmBaseUrl, model: config.llmModel } : undefined });
const llm = config.llmBaseUrl ? { baseUrl: config.llmBaseUrl, model: config.llmModel } : undefined;
const queries =
  config.queryWorkers > 0 && config.databasePath !== ':memory:'
    ? await createQueryPool(config.queryWorkers, { databasePath: config.databasePath, embedderId: embedder.id, modelsDir: config.modelsDir, ...(llm ? { llm } : {}) })
    : undefined;
const app = createApp({ db, embedder, searcher, answerer, thesaurus, config, ...(queries ? { queries } : {}) });

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const counts = countRows(db);
  console.log(`Strategiarkiv: ${counts.documents} documents, ${counts.passages} passages, ${embedder.description}, ${queries ? `${config.queryWorkers} query workers` : 'queries in the server thread'}`);
  console.log(`Serving http://${config.host}:${info.port}${config.adminToken ? ' (uploads enabled)' : ''}`);
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests …`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await queries?.close();
      db.close();
      console.log('Database closed. Bye.');
      process.exit(0);
    });
  });
}
