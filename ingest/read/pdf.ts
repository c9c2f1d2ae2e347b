import { PDFParse } from 'pdf-parse';
import { createError } from '../../src/errors.ts';
import type { RawDocument, RawTable } from '../model.ts';

/** Runs `fn` with a parser that is always destroyed afterwards. */
async function withParser<T>(bytes: Uint8Array, fn: (parser: PDFParse) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    return await fn(parser);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function classifyPdfError(error: unknown, fileName: string): Error {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password|encrypt/i.test(message)) {
    return createError('PDF_ENCRYPTED', `${fileName}: the PDF is encrypted; save an unencrypted copy and load that`, { file: fileName }, error);
  }
  return createError('PDF_UNREADABLE', `${fileName}: the PDF could not be read (${message})`, { file: fileName }, error);
}

/**
 * Reads a PDF into text per page and the ruled tables pdf-parse finds (`getTable()`).
 * Throws PDF_ENCRYPTED, PDF_UNREADABLE or PDF_NO_TEXT_LAYER.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<RawDocument> {
  try {
    return await withParser(bytes, async (parser) => {
      const text = await parser.getText();
      const pages = text.pages.map((page) => ({ number: page.num, text: page.text }));
      const letters = pages.reduce((sum, page) => sum + (page.text.match(/\p{L}/gu)?.length ?? 0), 0);
      if (pages.length === 0 || letters < 20) {
        throw createError(
          'PDF_NO_TEXT_LAYER',
          `${fileName}: the PDF has ${pages.length} page(s) but no text layer; it is probably scanned. Run OCR (e.g. ocrmypdf) and load the result`,
          { file: fileName, pages: pages.length },
        );
      }
      const tableResult = await parser.getTable();
      const tables: RawTable[] = tableResult.pages.flatMap((page) =>
        page.tables.map((rows) => ({ page: page.num, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) })),
      );
      return { format: 'pdf' as const, pages, tables, hasRealPages: true };
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'PDF_NO_TEXT_LAYER') throw error;
    throw classifyPdfError(error, fileName);
  }
}
