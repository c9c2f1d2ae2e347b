import PDFDocument from 'pdfkit';

/**
 * Writes a PDF with pdfkit (real fonts, sizes, an outline, a Title), so layout tests can check what
 * the reader makes of typography. Each block is drawn where and how it says.
 */
export type Block =
  | { kind: 'heading'; text: string; size: number; bold?: boolean; outline?: number }
  | { kind: 'text'; text: string; size?: number; bold?: boolean }
  | { kind: 'columns'; left: string[]; right: string[]; size?: number }
  | { kind: 'page' };

export async function makeStyledPdf(blocks: Block[], info: { Title?: string } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const parents: PDFKit.PDFOutline[] = [doc.outline];
  for (const block of blocks) {
    if (block.kind === 'page') doc.addPage();
    else if (block.kind === 'heading') {
      doc.moveDown(0.5).font(block.bold === false ? 'Helvetica' : 'Helvetica-Bold').fontSize(block.size).text(block.text);
      if (block.outline) {
        const parent = parents[block.outline - 1] ?? doc.outline;
        parents[block.outline] = parent.addItem(block.text);
        parents.length = block.outline + 1;
      }
      doc.moveDown(0.3);
    } else if (block.kind === 'text') {
      doc.font(block.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(block.size ?? 11).text(block.text, { width: 480 });
    } else {
      // Rows drawn across both columns, left then right on each baseline: the content stream interleaves them.
      doc.font('Helvetica').fontSize(block.size ?? 10);
      const top = doc.y;
      const rows = Math.max(block.left.length, block.right.length);
      for (let i = 0; i < rows; i++) {
        const y = top + i * 14;
        if (block.left[i]) doc.text(block.left[i]!, 56, y, { width: 220, lineBreak: false });
        if (block.right[i]) doc.text(block.right[i]!, 310, y, { width: 220, lineBreak: false });
      }
      doc.x = 56;
      doc.y = top + rows * 14 + 10;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
