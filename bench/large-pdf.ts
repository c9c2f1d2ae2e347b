/**
 * A large, real-size strategy PDF for the ingest benchmark: the sample documents' text (ours, see
 * data/corpus) set in pdfkit with headings, body paragraphs and page numbers, until `pages` pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { CORPUS_DIR } from '../test/helpers/corpus.ts';

export async function makeLargePdf(pages: number): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, bufferPages: false, info: { Title: 'Digitaliseringsstrategi for Storbyen kommune 2024–2027' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const lines = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.txt')).sort().flatMap((file) => readFileSync(`${CORPUS_DIR}/${file}`, 'utf8').split('\n'));
  let count = 1;
  doc.on('pageAdded', () => (count += 1));
  doc.font('Helvetica-Bold').fontSize(20).text('Digitaliseringsstrategi for Storbyen kommune 2024–2027').moveDown();
  let chapter = 0;
  for (let i = 0; count < pages || i === 0; i = (i + 1) % lines.length) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    if (i === 0) {
      chapter += 1;
      doc.font('Helvetica-Bold').fontSize(14).text(`${chapter} Kapittel ${chapter}`).moveDown(0.3);
    }
    const heading = line.length < 60 && !/[.:,;]$/.test(line);
    doc.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 12 : 10.5).text(line, { align: 'left' }).moveDown(heading ? 0.2 : 0.4);
  }
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: count };
}
