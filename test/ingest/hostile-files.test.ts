/** Hostile and broken inputs: each gets a coded error naming the file; good files still go in. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../ingest/read/pdf.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { ensureVectors, ingestPaths } from '../../src/load.ts';
import { countRows, openDatabase } from '../../src/store/index.ts';
import { makePdf } from '../helpers/make-pdf.ts';

const TEXT = [['Strategi for Testvik kommune 2020-2023, med nok tekst til å ha et tekstlag.']];
const failure = (promise: Promise<unknown>) => promise.then(() => ({ code: 'none', message: '' }), (error: { code: string; message: string }) => error);

describe('hostile PDFs', () => {
  it('refuses an encrypted PDF with PDF_ENCRYPTED', async () => {
    const error = await failure(readPdf(makePdf(TEXT, { encrypted: true }), 'hemmelig.pdf'));
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.message).toMatch(/^hemmelig\.pdf: /);
  });
  it('stops a PDF that takes too long (PDF_TIMEOUT) without blocking the caller', async () => {
    const started = performance.now();
    const error = await failure(readPdf(makePdf(TEXT), 'treg.pdf', { timeoutMs: 5, maxMemoryMb: 256 }));
    expect(error.code).toBe('PDF_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('refuses a decompression bomb (1 GB inflated) with PDF_TOO_COMPLEX, the reader and the caller staying under the bound', async () => {
    const bomb = await deflateStreaming(1024); // 1 GB of spaces in ~5 MB, never held whole
    const pdf = makePdf(TEXT, { rawContent: { dictionary: '/Filter /FlateDecode', bytes: bomb } });
    const before = process.memoryUsage().rss;
    let parentPeak = before;
    const watch = setInterval(() => (parentPeak = Math.max(parentPeak, process.memoryUsage().rss)), 10);
    const error = (await failure(readPdf(pdf, 'bombe.pdf', { timeoutMs: 60_000, maxMemoryMb: 256 }))) as { code: string; message: string; details?: { peakRssMb: number } };
    clearInterval(watch);
    expect(error.code).toBe('PDF_TOO_COMPLEX');
    expect(error.message).toMatch(/^bombe\.pdf: .*256 MB/);
    // The reader's peak resident memory (from /proc and its own maxRSS), and the caller's growth.
    expect(error.details?.peakRssMb).toBeGreaterThan(0);
    expect(error.details?.peakRssMb).toBeLessThan(256);
    expect((parentPeak - before) / 2 ** 20).toBeLessThan(64);
  }, 120_000);
  it('reads a deeply nested object without crashing', async () => {
    const doc = await readPdf(makePdf(TEXT, { extra: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }), 'nested.pdf');
    expect(doc.pages).toHaveLength(1);
  });
  it('reads a 1 000-page PDF', async () => {
    const pages = Array.from({ length: 1000 }, (_, i) => [`Side ${i + 1}: kommunen skal satse på velferdsteknologi og digitale tjenester.`]);
    const doc = await readPdf(makePdf(pages), 'tykk.pdf');
    expect(doc.pages).toHaveLength(1000);
    expect(doc.pages[999]?.text).toContain('Side 1000');
  });
  it('refuses a zero-page PDF', async () => expect((await failure(readPdf(makePdf([]), 'tom.pdf'))).code).toMatch(/PDF_NO_TEXT_LAYER|PDF_UNREADABLE/));
});

describe('a folder of 1 000 files, some bad', () => {
  it('loads the good ones, names every bad one with its code', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-many-'));
    for (let i = 0; i < 1000; i++) {
      const name = `strategi-${String(i).padStart(4, '0')}`;
      if (i % 100 === 7) writeFileSync(join(folder, `${name}.txt`), '');
      else if (i % 100 === 13) writeFileSync(join(folder, `${name}.pdf`), 'not a pdf');
      else if (i % 100 === 21) writeFileSync(join(folder, `${name}.docx`), 'x');
      else if (i % 100 === 42) writeFileSync(join(folder, `${name}.txt`), Buffer.from(Array.from({ length: 2048 }, (_, b) => b % 9)));
      else writeFileSync(join(folder, `${name}.txt`), `Digital strategi for Kommune${i} kommune 2020-2023\n\n1 Mål\n\nKommunen vil satse på velferdsteknologi nr ${i}.\n`);
    }
    const db = openDatabase(':memory:');
    const embedder = createHashingEmbedder();
    await ensureVectors(db, embedder);
    const results = await ingestPaths({ db, embedder }, [folder], { maxFileBytes: 1_000_000 });
    expect(results).toHaveLength(1000);
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(40);
    const codes = new Map<string, number>();
    for (const r of failed) if (r.status === 'failed') codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
    expect(Object.fromEntries(codes)).toEqual({ EMPTY_FILE: 10, PDF_UNREADABLE: 10, UNSUPPORTED_FILE: 10, TEXT_NOT_DECODABLE: 10 });
    for (const r of failed) if (r.status === 'failed') expect(r.error.message).toContain(r.file);
    expect(countRows(db).documents).toBe(960);
  });
});

/** Deflates `mb` MB of spaces chunk by chunk, so the test itself never holds the inflated size. */
async function deflateStreaming(mb: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let i = 0; i < mb; i++) if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  deflate.end();
  await new Promise((resolve) => deflate.once('end', resolve));
  return Buffer.concat(chunks);
}
