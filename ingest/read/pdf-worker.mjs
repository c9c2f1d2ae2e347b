// Runs pdf-parse in a worker thread, so the caller can bound its time and memory and terminate it.
// Plain JavaScript on purpose: a worker gets no TypeScript loader from tsx or vitest.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: workerData.bytes, verbosity: 0 });
try {
  const text = await parser.getText();
  const pages = text.pages.map((page) => ({ number: page.num, text: page.text }));
  const letters = pages.reduce((sum, page) => sum + (page.text.match(/\p{L}/gu)?.length ?? 0), 0);
  let tables = [];
  if (letters >= 20) {
    const result = await parser.getTable();
    tables = result.pages.flatMap((page) => page.tables.map((rows) => ({ page: page.num, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) })));
  }
  parentPort.postMessage({ ok: true, pages, tables, letters });
} catch (error) {
  parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
} finally {
  await parser.destroy().catch(() => undefined);
}
