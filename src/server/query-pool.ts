import { Worker } from 'node:worker_threads';
import { createError, type ErrorCode } from '../errors.ts';
import type { QueryRequest, QueryRunner } from './queries.ts';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * A pool of query workers (query-worker.ts). better-sqlite3 is synchronous, so searches and answers
 * run there and the server's event loop stays free for other clients; each request goes to the
 * worker with the fewest in flight. A worker that dies fails its requests and is replaced. At most
 * `queueMax` queries wait beyond one per worker; the next is refused at once with OVERLOADED (503 and
 * Retry-After) instead of waiting without bound.
 */
export async function createQueryPool(
  size: number,
  setup: { databasePath: string; embedderId: string; modelsDir: string; llm?: { baseUrl: string; model: string } },
  options: { queueMax?: number } = {},
): Promise<QueryRunner> {
  const queueMax = options.queueMax ?? 64;
  let nextId = 1;
  let closing = false;
  const slots: Slot[] = [];

  const start = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./query-worker-entry.mjs', import.meta.url), { workerData: setup });
      const slot: Slot = { worker, pending: new Map() };
      worker.on('message', (message: { ready?: boolean; id?: number; ok?: boolean; result?: unknown; code?: ErrorCode; message?: string; detail?: string }) => {
        if (message.ready) return resolve(slot);
        const pending = message.id === undefined ? undefined : slot.pending.get(message.id);
        if (!pending || message.id === undefined) return;
        slot.pending.delete(message.id);
        if (message.ok) pending.resolve(message.result);
        else pending.reject(createError(message.code ?? 'INTERNAL', message.message, message.detail ? { detail: message.detail } : {}));
      });
      worker.once('error', (error) => {
        reject(error);
        for (const pending of slot.pending.values()) pending.reject(createError('INTERNAL', 'A query worker failed'));
        slot.pending.clear();
      });
      worker.once('exit', () => {
        const index = slots.indexOf(slot);
        if (index >= 0) slots.splice(index, 1);
        if (!closing) void start().then((fresh) => slots.push(fresh)).catch(() => undefined);
      });
    });

  slots.push(...(await Promise.all(Array.from({ length: size }, start))));
  return {
    run(request: QueryRequest) {
      const slot = slots.reduce<Slot | undefined>((best, candidate) => (!best || candidate.pending.size < best.pending.size ? candidate : best), undefined);
      if (!slot) return Promise.reject(createError('INTERNAL', 'No query worker is running'));
      const inFlight = slots.reduce((sum, candidate) => sum + candidate.pending.size, 0);
      if (inFlight >= slots.length + queueMax) {
        return Promise.reject(createError('OVERLOADED', `The server is busy (${inFlight} queries in progress); try again shortly`, { retryAfterSeconds: 1 + Math.floor(inFlight / (slots.length * 20)) }));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, request });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
