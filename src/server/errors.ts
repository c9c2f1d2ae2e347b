import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_CODES, isCodedError, type ErrorCode } from '../errors.ts';

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
  PAYLOAD_TOO_LARGE: 413,
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

/** The app's error handler: coded errors keep their code; anything else is a logged 500 with no details. */
export function handleError(error: Error, c: Context): Response {
  if (isCodedError(error)) return c.json(errorBody(error.code, error.message), statusFor(error.code));
  if (error instanceof HTTPException) {
    const code: ErrorCode = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : error.status === 401 ? 'UNAUTHORIZED' : error.status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
    return c.json(errorBody(code, error.message || ERROR_CODES[code]), error.status as ContentfulStatusCode);
  }
  console.error(`[error] ${c.req.method} ${c.req.path}:`, error);
  return c.json(errorBody('INTERNAL'), 500);
}
