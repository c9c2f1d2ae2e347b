/**
 * Writes a minimal, valid PDF (Helvetica, one text line per row) without any library, so tests can
 * make PDFs with known content: pages of lines, optionally with a running header on each page.
 */
export interface PdfOptions {
  /** Adds a standard-security /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
  /** Extra objects written as they are (for hostile structures), referenced from the first page's /Extra key. */
  extra?: string;
  /** A page content stream written verbatim (with its own /Filter), replacing the text of the first page. */
  rawContent?: { dictionary: string; bytes: Buffer };
}

export function makePdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // 1-based object numbers
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  const extra = options.extra ? add(options.extra) : null;
  pages.forEach((lines, index) => {
    const stream = ['BT', '/F1 11 Tf', '14 TL', '50 800 Td', ...lines.map((line) => `(${escapePdf(line)}) Tj T*`), 'ET'].join('\n');
    const raw = index === 0 ? options.rawContent : undefined;
    const content = raw
      ? add(`<< ${raw.dictionary} /Length ${raw.bytes.length} >>\nstream\n${raw.bytes.toString('latin1')}\nendstream`)
      : add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const extraKey = index === 0 && extra ? ` /Extra ${extra} 0 R` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >>${extraKey} >>`));
  });
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`) : null;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const security = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'11'.repeat(16)}> <${'11'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${security} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function escapePdf(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
}
