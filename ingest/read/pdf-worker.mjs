// The PDF reader's own process: started by pdf.ts under an OS memory limit (RLIMIT_DATA), it receives
// the PDF's bytes over IPC, runs the extraction and sends back its result (or error) with its peak RSS.
// Plain JavaScript on purpose: this process gets no TypeScript loader.
import { extractPdf } from './pdf-extract.mjs';

/** Errors that mean "the memory bound was reached", whatever layer (V8, pdf.js) reports them. */
const MEMORY_ERROR = /allocation failed|out of memory|invalid (typed )?array length|invalid string length|maximum call stack/i;

process.once('message', async (bytes) => {
  let reply;
  try {
    reply = { ok: true, ...(await extractPdf(new Uint8Array(bytes))) };
  } catch (error) {
    const message = String(error?.message ?? error);
    reply = { ok: false, name: error?.name ?? 'Error', message, memory: MEMORY_ERROR.test(message) };
  }
  reply.maxRssKb = process.resourceUsage().maxRSS;
  process.send(reply, () => process.disconnect());
});
