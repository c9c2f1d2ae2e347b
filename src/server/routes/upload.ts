import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { createError } from '../../errors.ts';
import { getDocument } from '../../store/index.ts';
import type { RouteDeps } from '../app.ts';
import { clientAddress, createFailureLimiter, limitBody, UPLOAD_OVERHEAD_BYTES } from '../limits.ts';

/** Wrong upload tokens allowed per client address and minute. */
export const FAILED_TOKENS_PER_MINUTE = 10;

/** Compares tokens in constant time (hashing first makes the lengths equal). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export { safeFileName } from '../upload-form.ts';

/** POST /api/documents: multipart upload of one strategy (field "file"), bearer token required. */
export function uploadRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  const failures = createFailureLimiter(FAILED_TOKENS_PER_MINUTE, 60_000);
  app.post(
    '/documents',
    async (c, next) => {
      if (!deps.config.adminToken) throw createError('UPLOADS_DISABLED');
      // A client with too many wrong tokens is answered 429 before its token is even compared, so
      // guessing is slowed to FAILED_TOKENS_PER_MINUTE; right tokens are never counted.
      const client = clientAddress(c);
      const wait = failures.blockedFor(client);
      if (wait > 0) throw createError('TOO_MANY_ATTEMPTS', `Too many wrong tokens from this address; try again in ${wait} s`, { retryAfterSeconds: wait });
      const header = c.req.header('authorization') ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
      if (!token || !tokensMatch(token, deps.config.adminToken)) {
        failures.fail(client);
        c.header('WWW-Authenticate', 'Bearer realm="strategiarkiv"');
        throw createError('UNAUTHORIZED');
      }
      await next();
    },
    // Refuses an over-long body from its Content-Length, or while streaming, before reading it whole.
    limitBody(deps.config.maxFileBytes + UPLOAD_OVERHEAD_BYTES, `The upload is larger than ${deps.config.maxFileBytes} bytes`),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) throw createError('UNSUPPORTED_FILE', 'Send the file as multipart/form-data in the field "file"');
      // The raw body is collected here (asynchronously); the multipart parsing and all ingest work
      // happen in the ingest runner (a worker thread in production).
      const body = await bodyChunks(c);
      const { name, bytes, result } = await deps.ingest.ingestUpload(body, type, { maxFileBytes: deps.config.maxFileBytes, pdfLimits: deps.config.pdfLimits });
      if (result.status === 'failed') throw createError(result.error.code, result.error.message);
      if (result.status !== 'unchanged') await keepOriginal(deps.config.uploadDir, name, bytes);
      return c.json({ status: result.status, summary: result.summary, document: getDocument(deps.db, result.documentId) }, result.status === 'added' ? 201 : 200);
    },
  );
  return app;
}

/**
 * The request body in the chunks it arrived in: straight from Node's request stream where the server
 * provides it (no web-stream overhead, no joining on this thread), else read whole.
 */
async function bodyChunks(c: Context): Promise<Uint8Array[]> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.readableDidRead && typeof incoming[Symbol.asyncIterator] === 'function') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Uint8Array);
    return chunks;
  }
  return [new Uint8Array(await c.req.arrayBuffer())];
}

/** Stores the uploaded original under the upload folder (written to a temp name, then renamed). */
async function keepOriginal(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  const root = resolve(folder);
  const target = resolve(join(root, name));
  if (!target.startsWith(`${root}/`)) throw createError('INVALID_INPUT', 'Invalid file name');
  await mkdir(root, { recursive: true });
  const temp = `${target}.${randomUUID()}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, target);
}
