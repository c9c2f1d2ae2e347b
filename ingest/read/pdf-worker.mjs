// Runs the PDF extraction in a worker thread, so the caller can bound its time and memory and terminate it.
// Plain JavaScript on purpose: a worker gets no TypeScript loader from tsx or vitest.
import { parentPort, workerData } from 'node:worker_threads';
import { extractPdf } from './pdf-extract.mjs';

try {
  parentPort.postMessage({ ok: true, ...(await extractPdf(workerData.bytes)) });
} catch (error) {
  parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
}
