// What a PDF says: text per page and the ruled tables pdf-parse finds. Runs inside the PDF reader's
// isolated process (pdf-worker.mjs); plain JavaScript because that process gets no TypeScript loader.
import { PDFParse } from 'pdf-parse';

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<{ pages: Array<{ number: number, text: string }>, tables: Array<{ page: number, rows: string[][] }>, letters: number }>}
 */
export async function extractPdf(bytes) {
  const parser = new PDFParse({ data: bytes, verbosity: 0 });
  try {
    const text = await parser.getText();
    const pages = text.pages.map((page) => ({ number: page.num, text: page.text }));
    const letters = pages.reduce((sum, page) => sum + (page.text.match(/\p{L}/gu)?.length ?? 0), 0);
    let tables = [];
    if (letters >= 20) {
      const result = await parser.getTable();
      tables = result.pages.flatMap((page) => page.tables.map((rows) => ({ page: page.num, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) })));
    }
    return { pages, tables, letters };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
