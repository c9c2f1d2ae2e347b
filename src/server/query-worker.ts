/**
 * A query worker: its own read-only connection to the database (WAL lets it read beside the
 * writer), its own searcher and answerer; answers QueryRequest messages one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnswerer } from '../answer/index.ts';
import { embedderFromId } from '../embed/index.ts';
import { ERROR_CODES, isCodedError, type ErrorCode } from '../errors.ts';
import { createSearcher } from '../search/search.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { isDatabaseDamage, openDatabase } from '../store/index.ts';
import { runQuery, type QueryRequest } from './queries.ts';

interface WorkerSetup {
  databasePath: string;
  embedderId: string;
  modelsDir: string;
  llm?: { baseUrl: string; model: string };
}

const setup = workerData as WorkerSetup;
const db = openDatabase(setup.databasePath, { readonly: true });
const thesaurus = loadThesaurus();
const embedder = await embedderFromId(setup.embedderId, setup.modelsDir, thesaurus);
const searcher = createSearcher({ db, embedder, thesaurus });
const context = { db, searcher, thesaurus, answerer: createAnswerer({ db, searcher, thesaurus, llm: setup.llm }) };

parentPort?.on('message', async (message: { id: number; request: QueryRequest }) => {
  try {
    parentPort?.postMessage({ id: message.id, ok: true, result: await runQuery(context, message.request) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, ...toReply(error) });
  }
});

/**
 * What crosses the worker boundary: a catalogue code and a message fit for clients. A damaged
 * database becomes DATABASE_DAMAGED (the raw SQLite message only as `detail`, for the log); any other
 * uncoded error is INTERNAL, logged here with its stack and never forwarded.
 */
function toReply(error: unknown): { code: ErrorCode; message: string; detail?: string } {
  if (isCodedError(error)) return { code: error.code, message: error.message };
  if (isDatabaseDamage(error)) return { code: 'DATABASE_DAMAGED', message: ERROR_CODES.DATABASE_DAMAGED, detail: String((error as Error).message) };
  console.error('[query worker] internal error:', error);
  return { code: 'INTERNAL', message: ERROR_CODES.INTERNAL };
}
parentPort?.postMessage({ ready: true });
