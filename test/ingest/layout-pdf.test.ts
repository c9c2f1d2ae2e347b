import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { readDocument } from '../../ingest/read/index.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { makeStyledPdf, type Block } from '../helpers/styled-pdf.ts';

const para = (topic: string) =>
  `Kommunen arbeider systematisk med ${topic} i hele organisasjonen. Arbeidet følges opp i årlige planer, og resultatene rapporteres til politisk nivå hvert år.`;

describe('PDF layout: headings from fonts, outline and title', () => {
  const blocks: Block[] = [
    { kind: 'heading', text: 'Digitaliseringsstrategi', size: 26 },
    { kind: 'heading', text: 'for Fjellvik kommune', size: 26 },
    { kind: 'text', text: 'Vedtatt av kommunestyret 14.03.2022' },
    { kind: 'page' },
    { kind: 'heading', text: 'Innledning', size: 18 },
    { kind: 'text', text: para('digitalisering') },
    { kind: 'heading', text: 'Bakgrunn og status', size: 14 },
    { kind: 'text', text: para('status og behov') },
    { kind: 'text', text: 'Dette avsnittet er viktig.', bold: true },
    { kind: 'text', text: para('oppfølging') },
    { kind: 'page' },
    { kind: 'heading', text: 'Satsingsområder', size: 18 },
    { kind: 'text', text: para('satsingsområdene') },
    { kind: 'heading', text: 'Informasjonssikkerhet', size: 14 },
    { kind: 'text', text: para('informasjonssikkerhet') },
  ];

  it('reads styled lines, the Title and the largest text on page 1', async () => {
    const raw = await readDocument(await makeStyledPdf(blocks, { Title: 'Digitaliseringsstrategi Fjellvik' }), 'fjellvik.pdf');
    expect(raw.pdfTitle).toBe('Digitaliseringsstrategi Fjellvik');
    const heading = raw.lines?.find((line) => line.text === 'Innledning');
    expect(heading).toMatchObject({ page: 2, bold: true });
    expect(heading?.fontSize).toBeCloseTo(18, 0);
    expect(raw.lines?.find((line) => line.text.startsWith('Kommunen arbeider'))).toMatchObject({ bold: false });
  });

  it('makes unnumbered sections at two levels from font sizes; the title and bold body text are no sections', async () => {
    const doc = await parseDocument(await makeStyledPdf(blocks), 'fjellvik.pdf');
    const tree = doc.sections.map((s) => [s.number, s.title, s.level, s.parent === null ? null : doc.sections[s.parent]?.title, s.pageFrom]);
    expect(tree).toEqual([
      [null, doc.metadata.title, 0, null, 1],
      [null, 'Innledning', 1, null, 2],
      [null, 'Bakgrunn og status', 2, 'Innledning', 2],
      [null, 'Satsingsområder', 1, null, 3],
      [null, 'Informasjonssikkerhet', 2, 'Satsingsområder', 3],
    ]);
  });

  it('uses the PDF outline where there is one', async () => {
    const outlined: Block[] = blocks.map((block) =>
      block.kind === 'heading' && block.size < 26 ? { ...block, size: 11, bold: false, outline: block.size === 18 ? 1 : 2 } : block,
    );
    const raw = await readDocument(await makeStyledPdf(outlined), 'outline.pdf');
    expect(raw.outline?.map((entry) => [entry.title, entry.page, entry.level])).toEqual([
      ['Innledning', 2, 1],
      ['Bakgrunn og status', 2, 2],
      ['Satsingsområder', 3, 1],
      ['Informasjonssikkerhet', 3, 2],
    ]);
    const doc = await parseDocument(await makeStyledPdf(outlined), 'outline.pdf');
    expect(doc.sections.slice(1).map((s) => [s.title, s.level, s.pageFrom])).toEqual([
      ['Innledning', 1, 2],
      ['Bakgrunn og status', 2, 2],
      ['Satsingsområder', 1, 3],
      ['Informasjonssikkerhet', 2, 3],
    ]);
  });

  it('reads a two-column page column by column', async () => {
    const left = ['Venstre spalte begynner her og', 'fortsetter på neste linje med', 'mer tekst om digitale tjenester', 'for innbyggerne i kommunen', 'og slutter med denne linjen.', 'Siste linje i venstre spalte.'];
    const right = ['Høyre spalte handler om drift', 'av nettverk og servere, og', 'om hvordan kommunen sikrer', 'stabile tjenester for alle', 'brukere hele døgnet.', 'Siste linje i høyre spalte.'];
    const pdf = await makeStyledPdf([{ kind: 'heading', text: 'To spalter', size: 18 }, { kind: 'columns', left, right }]);
    const raw = await readDocument(pdf, 'spalter.pdf');
    const text = raw.pages[0]?.text ?? '';
    const order = [...left, ...right].map((line) => text.indexOf(line));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps every line of a PDF with one line per page (no running header without body text)', async () => {
    const pages = Array.from({ length: 6 }, (_, i) => [`Kapittel ${i + 1} handler om digitalisering`]);
    const doc = await parseDocument(makePdf(pages), 'lysark.pdf');
    for (let i = 1; i <= 6; i++) expect(doc.text).toContain(`Kapittel ${i} handler om digitalisering`);
  });

  it('still drops a running header that sits above body text on most pages', async () => {
    const topics = ['tjenester', 'drift', 'arkiv', 'skole'];
    const pages = topics.map((topic, i) => ['Fjellvik kommune Digitaliseringsstrategi', `Kommunen beskriver arbeidet med ${topic} i dette kapitlet.`, `${i + 1}`]);
    const doc = await parseDocument(makePdf(pages), 'header.pdf');
    expect(doc.text).not.toContain('Fjellvik kommune Digitaliseringsstrategi');
    for (const topic of topics) expect(doc.text).toContain(`Kommunen beskriver arbeidet med ${topic} i dette kapitlet.`);
  });
});

describe('PDF layout: a table is no pair of columns', () => {
  it('keeps the rows of a two-column table in row order', async () => {
    const left = ['Ny innbyggerportal', 'Digitalt tilsyn', 'Opplæring', 'Skytjenester for skole', 'Felles arkiv', 'Trådløst nett'];
    const right = ['2025', '2024', 'Hvert år', '2026', '2025', '2024'];
    const raw = await readDocument(await makeStyledPdf([{ kind: 'heading', text: 'Tiltak', size: 18 }, { kind: 'columns', left, right }]), 'tabell.pdf');
    const text = raw.pages[0]?.text ?? '';
    expect(text.indexOf('Ny innbyggerportal')).toBeLessThan(text.indexOf('Digitalt tilsyn'));
    expect(text.indexOf('2025')).toBeLessThan(text.indexOf('Digitalt tilsyn')); // the row's second cell before the next row
  });
});
