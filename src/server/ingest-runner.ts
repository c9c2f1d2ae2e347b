import { Worker } from 'node:worker_threads';
import type { PdfLimits } from '../../ingest/read/index.ts';
import type { Embedder } from '../embed/index.ts';
import { createError } from '../errors.ts';
import { ingestBytes, type IngestResult } from '../load.ts';
import type { Db } from '../store/index.ts';

/** Ingests uploaded files, one at a time. */
export interface IngestRunner {
  ingest(bytes: Uint8Array, name: string, pdfLimits?: PdfLimits): Promise<IngestResult>;
  close(): Promise<void>;
}

/** Ingests in the calling thread (tests with an in-memory database). */
export function inProcessIngest(deps: { db: Db; embedder: Embedder }): IngestRunner {
  return { ingest: (bytes, name, pdfLimits) => ingestBytes(deps, bytes, name, { pdfLimits }), close: async () => undefined };
}

/**
 * Ingests uploads in one worker thread (ingest-worker.ts) with its own connection: parsing, embedding
 * and the write never run on the server's event loop. Jobs run one after another (SQLite has one
 * writer anyway); the worker starts at the first upload and is replaced if it dies.
 */
export function createIngestRunner(setup: { databasePath: string; embedderId: string; modelsDir: string }): IngestRunner {
  let worker: Promise<Worker> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const thread = new Worker(new URL('./ingest-worker-entry.mjs', import.meta.url), { workerData: setup });
      thread.once('message', (message: { ready?: boolean }) => (message.ready ? resolve(thread) : undefined));
      thread.once('error', (error) => reject(error));
      thread.once('exit', () => (worker = undefined));
    });

  const run = async (bytes: Uint8Array, name: string, pdfLimits?: PdfLimits): Promise<IngestResult> => {
    worker ??= start();
    const thread = await worker.catch((error: Error) => {
      worker = undefined;
      throw createError('INTERNAL', `The ingest worker could not start (${error.message})`);
    });
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id?: number; result?: IngestResult }) => {
        if (message.id !== id || !message.result) return;
        cleanup();
        resolve(message.result);
      };
      const onExit = () => {
        cleanup();
        reject(createError('INTERNAL', `${name}: the ingest worker stopped`));
      };
      const cleanup = () => {
        thread.off('message', onMessage);
        thread.off('exit', onExit);
      };
      thread.on('message', onMessage);
      thread.on('exit', onExit);
      const copy = new Uint8Array(bytes);
      thread.postMessage({ id, bytes: copy, name, pdfLimits }, [copy.buffer]);
    });
  };

  return {
    ingest(bytes, name, pdfLimits) {
      const job = queue.then(() => run(bytes, name, pdfLimits));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current) await (await current.catch(() => undefined))?.terminate();
    },
  };
}
