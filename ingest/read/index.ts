import { extname } from 'node:path';
import { createError } from '../../src/errors.ts';
import type { RawDocument } from '../model.ts';
import { DEFAULT_PDF_LIMITS, readPdf, type PdfLimits } from './pdf.ts';

export { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf.ts';
import { readText } from './text.ts';

export const SUPPORTED_EXTENSIONS = ['.pdf', '.txt', '.md', '.markdown'] as const;

/** Picks the reader for a file by its name and checks its bytes; throws coded errors. */
export async function readDocument(bytes: Uint8Array, fileName: string, pdfLimits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<RawDocument> {
  const extension = extname(fileName).toLowerCase();
  if (bytes.length === 0) throw createError('EMPTY_FILE', `${fileName}: the file is empty`, { file: fileName });
  if (extension === '.pdf') {
    if (!isPdf(bytes)) throw createError('PDF_UNREADABLE', `${fileName}: not a PDF (no %PDF header)`, { file: fileName });
    return readPdf(bytes, fileName, pdfLimits);
  }
  if (extension === '.txt') return readText(bytes, fileName, 'text');
  if (extension === '.md' || extension === '.markdown') return readText(bytes, fileName, 'markdown');
  throw createError('UNSUPPORTED_FILE', `${fileName}: unsupported file type "${extension || '(none)'}"; use .pdf, .txt or .md`, { file: fileName });
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
