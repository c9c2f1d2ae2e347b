/**
 * A query worker: its own read-only connection to the database (WAL lets it read beside the
 * writer), its own searcher and answerer; answers QueryRequest messages one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnswerer } from '../answer/index.ts';
import { embedderFromId } from '../embed/index.ts';
import { isCodedError } from '../errors.ts';
import { createSearcher } from '../search/search.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { openDatabase } from '../store/index.ts';
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
    const coded = isCodedError(error);
    parentPort?.postMessage({ id: message.id, ok: false, code: coded ? error.code : 'INTERNAL', message: coded ? error.message : String((error as Error)?.message ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
