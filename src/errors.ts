/**
 * The one catalogue of error codes. Code anywhere below the server throws `createError(code, …)`;
 * only the server maps codes to HTTP statuses (src/server/errors.ts).
 */
export const ERROR_CODES = {
  UNSUPPORTED_FILE: 'The file type is not supported (use .pdf, .txt or .md)',
  EMPTY_FILE: 'The file is empty',
  FILE_NOT_FOUND: 'No such file',
  FILE_TOO_LARGE: 'The file is larger than the configured limit',
  PDF_UNREADABLE: 'The PDF could not be read',
  PDF_ENCRYPTED: 'The PDF is encrypted',
  PDF_NO_TEXT_LAYER: 'The PDF has no text layer (scanned?); run OCR on it first',
  PDF_TIMEOUT: 'Reading the PDF took too long',
  PDF_TOO_COMPLEX: 'Reading the PDF needed more memory than allowed',
  TEXT_NOT_DECODABLE: 'The text file is not readable text',
  NO_CONTENT: 'No document text was found',
  DOCUMENT_NOT_FOUND: 'No document with that id',
  PASSAGE_NOT_FOUND: 'No passage with that id',
  INVALID_INPUT: 'The request is not valid',
  UNAUTHORIZED: 'A valid bearer token is required',
  UPLOADS_DISABLED: 'Uploads are disabled (set ADMIN_TOKEN to enable them)',
  BODY_TOO_LARGE: 'The request body is too large',
  QUESTION_TOO_LONG: 'The question is longer than allowed',
  TOO_MANY_ATTEMPTS: 'Too many failed attempts; wait and try again',
  OVERLOADED: 'The server is busy; try again shortly',
  DATABASE_DAMAGED: 'The database is damaged; the operator must restore it from a backup',
  EMBEDDING_DIMENSION_MISMATCH: 'The database was built with another embedder',
  EMBEDDER_UNAVAILABLE: 'The embedding model could not be loaded',
  NOT_FOUND: 'No such route',
  INTERNAL: 'Internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable code, a human message and optional details (e.g. the file name). */
export class StrategiarkivError extends Error {
  override readonly name = 'StrategiarkivError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Creates a coded error; the message defaults to the catalogue text. */
export function createError(
  code: ErrorCode,
  message: string = ERROR_CODES[code],
  details: Record<string, unknown> = {},
  cause?: unknown,
): StrategiarkivError {
  return new StrategiarkivError(code, message, details, { cause });
}

export function isCodedError(error: unknown): error is StrategiarkivError {
  return error instanceof StrategiarkivError;
}
