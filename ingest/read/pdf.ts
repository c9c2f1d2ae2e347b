import { Worker } from 'node:worker_threads';
import { createError } from '../../src/errors.ts';
import type { OutlineEntry, RawDocument, RawTable, StyledLine } from '../model.ts';

/** Bounds on reading one PDF: a file that needs more is refused, never allowed to hang the process. */
export interface PdfLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 120_000, maxMemoryMb: 1024 };

type WorkerReply =
  | { ok: true; pages: Array<{ number: number; text: string }>; tables: RawTable[]; letters: number; lines: StyledLine[]; outline: OutlineEntry[]; pdfTitle: string | null }
  | { ok: false; name: string; message: string };

/**
 * Reads a PDF into text per page and the ruled tables pdf-parse finds (`getTable()`), in a worker
 * thread with a time and memory limit. Throws PDF_ENCRYPTED, PDF_UNREADABLE, PDF_NO_TEXT_LAYER,
 * PDF_TIMEOUT or PDF_TOO_COMPLEX, each naming the file.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<RawDocument> {
  const reply = await runWorker(bytes, fileName, limits);
  if (!reply.ok) throw classifyPdfError(reply, fileName);
  if (reply.pages.length === 0 || reply.letters < 20) {
    throw createError(
      'PDF_NO_TEXT_LAYER',
      `${fileName}: the PDF has ${reply.pages.length} page(s) but no text layer; it is probably scanned. Run OCR (e.g. ocrmypdf) and load the result`,
      { file: fileName, pages: reply.pages.length },
    );
  }
  return { format: 'pdf', pages: reply.pages, tables: reply.tables, hasRealPages: true, lines: reply.lines, outline: reply.outline, pdfTitle: reply.pdfTitle };
}

function runWorker(bytes: Uint8Array, fileName: string, limits: PdfLimits): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-worker.mjs', import.meta.url), {
      workerData: { bytes: new Uint8Array(bytes) },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(createError('PDF_TIMEOUT', `${fileName}: reading the PDF took longer than ${(limits.timeoutMs / 1000).toFixed(limits.timeoutMs < 10_000 ? 1 : 0)} s (PDF_TIMEOUT_MS); it was stopped`, { file: fileName }))),
      limits.timeoutMs,
    );
    worker.once('message', (reply: WorkerReply) => finish(() => resolve(reply)));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? createError('PDF_TOO_COMPLEX', `${fileName}: reading the PDF needed more than ${limits.maxMemoryMb} MB of memory; it was stopped`, { file: fileName })
            : createError('PDF_UNREADABLE', `${fileName}: the PDF could not be read (${error.message})`, { file: fileName }, error),
        ),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(createError('PDF_UNREADABLE', `${fileName}: the PDF reader stopped (exit ${code})`, { file: fileName }))));
  });
}

function classifyPdfError(reply: { name: string; message: string }, fileName: string): Error {
  if (reply.name === 'PasswordException' || /password|encrypt/i.test(reply.message)) {
    return createError('PDF_ENCRYPTED', `${fileName}: the PDF is encrypted; save an unencrypted copy and load that`, { file: fileName });
  }
  return createError('PDF_UNREADABLE', `${fileName}: the PDF could not be read (${reply.message})`, { file: fileName });
}
