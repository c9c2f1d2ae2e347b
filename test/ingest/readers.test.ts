import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { readDocument } from '../../ingest/read/index.ts';
import { decodeText } from '../../ingest/read/text.ts';
import { makePdf } from '../helpers/make-pdf.ts';

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('PDF reader', () => {
  const pdf = makePdf([
    ['Strategi for Testvik kommune 2020-2023', 'Vedtatt av kommunestyret'],
    ['Testvik IKT-strategi', '1 Innledning', 'Strategien gjelder for hele kommunen.', '2 Mål for velferdsteknologi', 'Vedtatte mål for perioden:', '1. Kommunen har tatt i bruk digitale trygghetsalarmer', '2. Kommunen har en plan for velferdsteknologi', '3. Kommunen måler gevinster av velferdsteknologi'],
    ['Testvik IKT-strategi', '3 Informasjonssikkerhet', 'Kommunen skal ha en strategi for informasjonssikkerhet.'],
  ]);
  it('reads a generated PDF into pages, sections, goals and metadata', async () => {
    const doc = await parseDocument(pdf, 'testvik.pdf');
    expect(doc.pageCount).toBe(3);
    expect(doc.metadata).toMatchObject({ organisation: 'Testvik kommune', period: { from: 2020, to: 2023 } });
    expect(doc.sections.filter((s) => s.number).map((s) => [s.number, s.title, s.pageFrom])).toEqual([['1', 'Innledning', 2], ['2', 'Mål for velferdsteknologi', 2], ['3', 'Informasjonssikkerhet', 3]]);
    expect(doc.goals.map((g) => [g.label, g.text, g.page])).toEqual([
      ['1', 'Kommunen har tatt i bruk digitale trygghetsalarmer', 2],
      ['2', 'Kommunen har en plan for velferdsteknologi', 2],
      ['3', 'Kommunen måler gevinster av velferdsteknologi', 2],
    ]);
    expect(doc.text).not.toContain('Testvik IKT-strategi'); // running header
  });
  it('refuses a corrupt PDF with PDF_UNREADABLE', async () => {
    expect(await codeOf(readDocument(pdf.slice(0, 200), 'broken.pdf'))).toBe('PDF_UNREADABLE');
    expect(await codeOf(readDocument(new TextEncoder().encode('not a pdf at all'), 'fake.pdf'))).toBe('PDF_UNREADABLE');
  });
  it('says a PDF without text needs OCR (PDF_NO_TEXT_LAYER)', async () => {
    const error = await readDocument(makePdf([[], []]), 'scan.pdf').catch((e: unknown) => e as Error & { code: string });
    expect((error as { code: string }).code).toBe('PDF_NO_TEXT_LAYER');
    expect((error as Error).message).toMatch(/scan\.pdf.*OCR/);
  });
});

describe('text reader', () => {
  it('refuses an empty file', async () => expect(await codeOf(readDocument(new Uint8Array(), 'tom.txt'))).toBe('EMPTY_FILE'));
  it('refuses binary data named .txt', async () => expect(await codeOf(readDocument(new Uint8Array(4096).map((_, i) => i % 7), 'bilde.txt'))).toBe('TEXT_NOT_DECODABLE'));
  it('refuses unsupported types, naming the file', async () => {
    const error = await readDocument(new Uint8Array([1]), 'notat.docx').catch((e: unknown) => e as Error & { code: string });
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect((error as Error).message).toContain('notat.docx');
  });
  it('decodes Windows-1252 (non-UTF-8) Norwegian text', () => {
    const bytes = new Uint8Array([0x53, 0xf8, 0x72, 0x75, 0x6d, 0x20, 0xe6, 0xe5]); // "Sørum æå"
    expect(decodeText(bytes, 'x.txt')).toEqual({ text: 'Sørum æå', encoding: 'windows-1252' });
  });
  it('decodes UTF-16 with a byte order mark', () => {
    const body = Buffer.from('Velferdsteknologi i Øyer', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]), 'x.txt').text).toBe('Velferdsteknologi i Øyer');
  });
  it('reads markdown: headings and links become plain text', async () => {
    const md = new TextEncoder().encode('# Digital strategi for Testvik kommune 2021-2024\n\n## 1 Mål\n\nVi vil ta i bruk [skytjenester](https://example.org) der det lønner seg.\n');
    const doc = await parseDocument(md, 'testvik.md');
    expect(doc.text).toContain('Vi vil ta i bruk skytjenester der det lønner seg.');
    expect(doc.sections.map((s) => s.title)).toContain('Mål');
    expect(doc.format).toBe('markdown');
  });
  it('refuses a file with no words in it (NO_CONTENT)', async () => expect(await codeOf(parseDocument(new TextEncoder().encode('12 34\n\n56'), 'tall.txt'))).toBe('NO_CONTENT'));
});
