/**
 * The upload ingest worker: its own writing connection to the database, its own embedder; reads,
 * the multipart body, cleans, structures (CPU-heavy), embeds and saves one uploaded file at a time, so the server's
 * event loop stays free. PDFs are read in their own memory-bounded process as on the CLI path.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { embedderFromId } from '../embed/index.ts';
import { ERROR_CODES, isCodedError } from '../errors.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { openDatabase } from '../store/index.ts';
import { ingestUpload, type UploadOptions } from './ingest-runner.ts';

interface WorkerSetup {
  databasePath: string;
  embedderId: string;
  modelsDir: string;
}

const setup = workerData as WorkerSetup;
const db = openDatabase(setup.databasePath);
const embedder = await embedderFromId(setup.embedderId, setup.modelsDir, loadThesaurus());

const bodies = new Map<number, Uint8Array[]>();

parentPort?.on('message', async (message: { id: number; chunk?: Uint8Array; end?: boolean; contentType: string; options: UploadOptions }) => {
  if (message.chunk) {
    const chunks = bodies.get(message.id) ?? [];
    chunks.push(message.chunk);
    bodies.set(message.id, chunks);
    return;
  }
  const body = Buffer.concat(bodies.get(message.id) ?? []);
  bodies.delete(message.id);
  try {
    // Ingest failures come back inside the result ({ status: 'failed' }); errors here are the form's.
    const outcome = await ingestUpload({ db, embedder }, body, message.contentType, message.options);
    parentPort?.postMessage({ id: message.id, outcome }, [outcome.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    if (!isCodedError(error)) console.error('[ingest worker] internal error:', error);
    parentPort?.postMessage({ id: message.id, error: isCodedError(error) ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: ERROR_CODES.INTERNAL } });
  }
});
parentPort?.postMessage({ ready: true });
