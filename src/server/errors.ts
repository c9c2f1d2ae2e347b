import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createError, ERROR_CODES, isCodedError, type ErrorCode } from '../errors.ts';
import { isDatabaseDamage, RESTORE_ADVICE } from '../store/index.ts';

/** The only place that maps error codes to HTTP statuses. */
const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  UNSUPPORTED_FILE: 415,
  EMPTY_FILE: 422,
  FILE_NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  PDF_UNREADABLE: 422,
  PDF_ENCRYPTED: 422,
  PDF_NO_TEXT_LAYER: 422,
  PDF_TIMEOUT: 422,
  PDF_TOO_COMPLEX: 422,
  TEXT_NOT_DECODABLE: 422,
  NO_CONTENT: 422,
  DOCUMENT_NOT_FOUND: 404,
  PASSAGE_NOT_FOUND: 404,
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  UPLOADS_DISABLED: 403,
  BODY_TOO_LARGE: 413,
  QUESTION_TOO_LONG: 400,
  TOO_MANY_ATTEMPTS: 429,
  OVERLOADED: 503,
  DATABASE_DAMAGED: 503,
  EMBEDDING_DIMENSION_MISMATCH: 500,
  EMBEDDER_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

export function statusFor(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

export function errorBody(code: ErrorCode, message: string = ERROR_CODES[code]) {
  return { error: { code, message } };
}

/**
 * Turns a failure from a damaged database into DATABASE_DAMAGED (the raw SQLite message goes to the
 * log with the operator's instruction, at most once a minute, never to the client); other errors pass.
 */
export function asDamage(error: unknown): unknown {
  if (isCodedError(error) || !isDatabaseDamage(error)) return error;
  reportDamage(String((error as Error).message));
  return createError('DATABASE_DAMAGED');
}

let lastDamageLog = 0;
let damageFound = false;
/** True once a request has found the database damaged (reported by /api/health). */
export function databaseDamageFound(): boolean {
  return damageFound;
}

/** Logs one clear line for the operator when the database is found damaged. */
export function reportDamage(detail: string): void {
  damageFound = true;
  if (Date.now() - lastDamageLog < 60_000) return;
  lastDamageLog = Date.now();
  console.error(`[database] DATABASE_DAMAGED (${detail.slice(0, 200)}): ${RESTORE_ADVICE}`);
}

/**
 * The app's error handler: coded errors keep their code (with Retry-After where they say when to try
 * again); a damaged database is a 503 DATABASE_DAMAGED; anything else is a logged 500 with no details.
 */
export function handleError(input: Error, c: Context): Response {
  const error = asDamage(input) as Error;
  if (isCodedError(error)) {
    const retryAfter = error.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    if (error.code === 'DATABASE_DAMAGED') reportDamage(typeof error.details.detail === 'string' ? error.details.detail : error.message);
    return c.json(errorBody(error.code, error.message), statusFor(error.code));
  }
  if (error instanceof HTTPException) {
    const code: ErrorCode = error.status === 413 ? 'BODY_TOO_LARGE' : error.status === 401 ? 'UNAUTHORIZED' : error.status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
    return c.json(errorBody(code, error.message || ERROR_CODES[code]), error.status as ContentfulStatusCode);
  }
  console.error(`[error] ${c.req.method} ${c.req.path}:`, error);
  return c.json(errorBody('INTERNAL'), 500);
}
