/**
 * The upload ingest worker: its own writing connection to the database, its own embedder; reads,
 * cleans, structures (CPU-heavy), embeds and saves one uploaded file at a time, so the server's
 * event loop stays free. PDFs are read in their own memory-bounded process as on the CLI path.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfLimits } from '../../ingest/read/index.ts';
import { embedderFromId } from '../embed/index.ts';
import { ingestBytes } from '../load.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { openDatabase } from '../store/index.ts';

interface WorkerSetup {
  databasePath: string;
  embedderId: string;
  modelsDir: string;
}

const setup = workerData as WorkerSetup;
const db = openDatabase(setup.databasePath);
const embedder = await embedderFromId(setup.embedderId, setup.modelsDir, loadThesaurus());

parentPort?.on('message', async (message: { id: number; bytes: Uint8Array; name: string; pdfLimits?: PdfLimits }) => {
  // ingestBytes never throws: failures come back as { status: 'failed', error: { code, message } }.
  const result = await ingestBytes({ db, embedder }, message.bytes, message.name, { pdfLimits: message.pdfLimits });
  parentPort?.postMessage({ id: message.id, result });
});
parentPort?.postMessage({ ready: true });
