/**
 * npm start: the one place that wires everything. Reads the configuration, opens and checks the
 * database, picks the embedder, builds the sample corpus when there was no database file, and serves
 * the API and the web UI. Any failure at start-up is one clear line and exit code 1, never a stack.
 */
import { existsSync, statSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createAnswerer } from './answer/index.ts';
import { loadConfig } from './config.ts';
import { createEmbedder } from './embed/index.ts';
import { isCodedError } from './errors.ts';
import { ensureVectors, ingestPaths } from './load.ts';
import { createSearcher } from './search/search.ts';
import { loadThesaurus } from './search/thesaurus.ts';
import { createApp } from './server/app.ts';
import { createIngestRunner } from './server/ingest-runner.ts';
import { createQueryPool } from './server/query-pool.ts';
import { countRows, isDatabaseDamage, openDatabase, quickCheck, RESTORE_ADVICE, type Db } from './store/index.ts';
import { printSummary } from './cli/summary.ts';

/** Start-up failures the operator must act on, said in one line. */
class StartupError extends Error {}

let db: Db | undefined;
try {
  await start();
} catch (error) {
  console.error(startupLine(error));
  db?.close();
  process.exit(1);
}

async function start(): Promise<void> {
  const config = loadConfig();
  const onDisk = config.databasePath !== ':memory:';
  const existed = onDisk && existsSync(config.databasePath);
  if (existed && statSync(config.databasePath).size === 0) {
    throw new StartupError(`DATABASE_DAMAGED: ${config.databasePath} is an empty file (0 bytes), not a database; restore the last backup there (\`npm run backup\` writes one), or remove the file to start over with the sample corpus`);
  }
  db = openDatabase(config.databasePath);
  if (existed) {
    const check = quickCheck(db);
    if (check !== 'ok') throw new StartupError(`DATABASE_DAMAGED: ${config.databasePath} failed its integrity check (${check.replace(/\s*\n\s*/g, '; ').slice(0, 200)}); ${RESTORE_ADVICE}`);
  }
  const thesaurus = loadThesaurus();
  const embedder = await createEmbedder(config, thesaurus);
  await ensureVectors(db, embedder);

  // The sample corpus is loaded only into a database that did not exist: an existing, emptied one stays empty.
  if (!existed && countRows(db).documents === 0) {
    console.log(`New database: loading the sample corpus from ${config.sampleCorpusDir} …`);
    printSummary(await ingestPaths({ db, embedder }, [config.sampleCorpusDir], { maxFileBytes: config.maxFileBytes, pdfLimits: config.pdfLimits }));
  }

  const searcher = createSearcher({ db, embedder, thesaurus });
  const llm = config.llmBaseUrl ? { baseUrl: config.llmBaseUrl, model: config.llmModel } : undefined;
  const answerer = createAnswerer({ db, searcher, thesaurus, llm });
  const queries =
    config.queryWorkers > 0 && onDisk
      ? await createQueryPool(config.queryWorkers, { databasePath: config.databasePath, embedderId: embedder.id, modelsDir: config.modelsDir, ...(llm ? { llm } : {}) }, { queueMax: config.queryQueueMax })
      : undefined;
  const ingest = onDisk ? createIngestRunner({ databasePath: config.databasePath, embedderId: embedder.id, modelsDir: config.modelsDir }, { startNow: Boolean(config.adminToken) }) : undefined;
  const app = createApp({ db, embedder, searcher, answerer, thesaurus, config, ...(queries ? { queries } : {}), ...(ingest ? { ingest } : {}) });
  const open = db;

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const counts = countRows(open);
    console.log(`Strategiarkiv: ${counts.documents} documents, ${counts.passages} passages, ${embedder.description}, ${queries ? `${config.queryWorkers} query workers (queue ${config.queryQueueMax})` : 'queries in the server thread'}`);
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
        await ingest?.close();
        open.close();
        console.log('Database closed. Bye.');
        process.exit(0);
      });
    });
  }
}

/** One line for any start-up failure: coded and known errors by their message, never a stack trace. */
function startupLine(error: unknown): string {
  if (error instanceof StartupError) return `Start-up failed: ${error.message}`;
  if (isDatabaseDamage(error)) return `Start-up failed: DATABASE_DAMAGED: the database file cannot be read (${(error as Error).message}); ${RESTORE_ADVICE}`;
  if (isCodedError(error)) return `Start-up failed: ${error.code}: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `Start-up failed: ${message.replace(/\s*\n\s*/g, '; ')}`;
}
