import { Worker } from 'node:worker_threads';
import type { PdfLimits } from '../../ingest/read/index.ts';
import type { Embedder } from '../embed/index.ts';
import { createError, type ErrorCode } from '../errors.ts';
import { ingestBytes, type IngestResult } from '../load.ts';
import type { Db } from '../store/index.ts';
import { readUploadForm } from './upload-form.ts';

export interface UploadOptions {
  maxFileBytes: number;
  pdfLimits?: PdfLimits | undefined;
}

/** An ingested upload: the file's safe name and bytes (to keep the original) and the ingest result. */
export interface UploadOutcome {
  name: string;
  bytes: Uint8Array;
  result: IngestResult;
}

/** Ingests uploaded files (multipart bodies), one at a time. */
export interface IngestRunner {
  /** `body`: the raw multipart body in the chunks it arrived in (never joined on the server's thread). */
  ingestUpload(body: Uint8Array[], contentType: string, options: UploadOptions): Promise<UploadOutcome>;
  close(): Promise<void>;
}

/** Reads one multipart upload and ingests its file; throws the form's coded errors. */
export async function ingestUpload(deps: { db: Db; embedder: Embedder }, body: Uint8Array, contentType: string, options: UploadOptions): Promise<UploadOutcome> {
  const { name, bytes } = await readUploadForm(body, contentType, options.maxFileBytes);
  return { name, bytes, result: await ingestBytes(deps, bytes, name, { pdfLimits: options.pdfLimits }) };
}

/** Ingests in the calling thread (tests with an in-memory database). */
export function inProcessIngest(deps: { db: Db; embedder: Embedder }): IngestRunner {
  return { ingestUpload: (body, contentType, options) => ingestUpload(deps, Buffer.concat(body), contentType, options), close: async () => undefined };
}

/**
 * Ingests uploads in one worker thread (ingest-worker.ts) with its own connection: multipart parsing,
 * reading, structuring, embedding and the write never run on the server's event loop. Jobs run one after another (SQLite has one
 * writer anyway); the worker starts now (`startNow`, so loading it never competes with an upload) or at
 * the first upload, and is replaced if it dies.
 */
export function createIngestRunner(setup: { databasePath: string; embedderId: string; modelsDir: string }, options: { startNow?: boolean } = {}): IngestRunner {
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

  if (options.startNow) {
    worker = start();
    worker.catch(() => (worker = undefined));
  }

  const run = async (body: Uint8Array[], contentType: string, options: UploadOptions): Promise<UploadOutcome> => {
    worker ??= start();
    const thread = await worker.catch((error: Error) => {
      worker = undefined;
      throw createError('INTERNAL', `The ingest worker could not start (${error.message})`);
    });
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id?: number; outcome?: UploadOutcome; error?: { code: ErrorCode; message: string } }) => {
        if (message.id !== id) return;
        cleanup();
        if (message.outcome) resolve(message.outcome);
        else reject(createError(message.error?.code ?? 'INTERNAL', message.error?.message));
      };
      const onExit = () => {
        cleanup();
        reject(createError('INTERNAL', 'The ingest worker stopped'));
      };
      const cleanup = () => {
        thread.off('message', onMessage);
        thread.off('exit', onExit);
      };
      thread.on('message', onMessage);
      thread.on('exit', onExit);
      // Chunk by chunk, yielding now and then, so a large body never stalls the event loop.
      void (async () => {
        for (const [index, chunk] of body.entries()) {
          thread.postMessage({ id, chunk });
          if (index % 16 === 15) await new Promise((next) => setImmediate(next));
        }
        thread.postMessage({ id, end: true, contentType, options });
      })();
    });
  };

  return {
    ingestUpload(body, contentType, options) {
      const job = queue.then(() => run(body, contentType, options));
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
