import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, writeFile, rename } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SUPPORTED_EXTENSIONS } from '../../../ingest/read/index.ts';
import { createError } from '../../errors.ts';
import { getDocument } from '../../store/index.ts';
import type { RouteDeps } from '../app.ts';
import { errorBody } from '../errors.ts';
import { clientAddress, createFailureLimiter, UPLOAD_OVERHEAD_BYTES } from '../limits.ts';

/** Wrong upload tokens allowed per client address and minute. */
export const FAILED_TOKENS_PER_MINUTE = 10;

/** Compares tokens in constant time (hashing first makes the lengths equal). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** A file name that cannot leave the upload folder: its last path part, with only safe characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).normalize('NFC');
  const extension = extname(base).toLowerCase();
  const stem = base.slice(0, base.length - extension.length).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '').slice(0, 100);
  return `${stem || 'dokument'}${extension}`;
}

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
    bodyLimit({ maxSize: deps.config.maxFileBytes + UPLOAD_OVERHEAD_BYTES, onError: (c) => c.json(errorBody('BODY_TOO_LARGE', `The upload is larger than ${deps.config.maxFileBytes} bytes`), 413) }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) throw createError('UNSUPPORTED_FILE', 'Send the file as multipart/form-data in the field "file"');
      const form = await c.req.formData().catch(() => {
        throw createError('INVALID_INPUT', 'The multipart body could not be read');
      });
      const file = form.get('file');
      if (!file || typeof file === 'string') throw createError('INVALID_INPUT', 'The form has no file in the field "file"');
      const name = safeFileName(file.name);
      if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name))) throw createError('UNSUPPORTED_FILE', `${name}: only .pdf, .txt and .md files can be loaded`);
      if (file.size > deps.config.maxFileBytes) throw createError('FILE_TOO_LARGE', `${name}: larger than ${deps.config.maxFileBytes} bytes`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await deps.ingest.ingest(bytes, name, deps.config.pdfLimits);
      if (result.status === 'failed') throw createError(result.error.code, result.error.message);
      if (result.status !== 'unchanged') await keepOriginal(deps.config.uploadDir, name, bytes);
      return c.json({ status: result.status, summary: result.summary, document: getDocument(deps.db, result.documentId) }, result.status === 'added' ? 201 : 200);
    },
  );
  return app;
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
