import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import type { ParsedDocument } from '../../ingest/model.ts';

const body = (topic: string) => `Kommunen arbeider med ${topic} i alle tjenesteområder. Arbeidet følges opp i økonomiplanen hvert år.`;
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const tree = (doc: ParsedDocument) => doc.sections.filter((s) => s.level > 0).map((s) => [s.number, s.title, s.level, s.parent === null ? null : (doc.sections[s.parent]?.title ?? null)]);

describe('markdown headings', () => {
  it('keeps # levels as the section tree; the lone # title stays the preamble', async () => {
    const md = ['# Digitaliseringsstrategi for Fjellvik kommune 2024–2027', '', body('digitalisering'), '', '## Innledning', '', body('innledningen'), '', '## Satsingsområder', '', '### Digitale tjenester', '', body('tjenester'), '', '### Informasjonssikkerhet', '', body('sikkerhet'), '', '## Oppfølging', '', body('oppfølging')].join('\n');
    const doc = await parse(md, 'fjellvik.md');
    expect(tree(doc)).toEqual([
      [null, 'Innledning', 1, null],
      [null, 'Satsingsområder', 1, null],
      [null, 'Digitale tjenester', 2, 'Satsingsområder'],
      [null, 'Informasjonssikkerhet', 2, 'Satsingsområder'],
      [null, 'Oppfølging', 1, null],
    ]);
    expect(doc.text).not.toContain('#');
    expect(doc.text.slice(doc.sections[1]!.start)).toMatch(/^Innledning\n/);
    expect(doc.metadata.title).toBe('Digitaliseringsstrategi for Fjellvik kommune 2024–2027');
  });

  it('reads setext underlines and numbered markdown headings; list items and table rows are no headings', async () => {
    const md = ['Strategi for Fjellvik', '====================', '', body('strategien'), '', 'Mål', '-----', '', '- Alle tjenester skal være digitale innen 2026', '- Kommunen skal ha oversikt over data', '', '| Tiltak | Frist |', '|---|---|', '| Ny portal | 2025 |', '', 'Tiltak', '--------', '', body('tiltakene'), '', '## 3.1 Oppfølging', '', body('oppfølgingen')].join('\n');
    const doc = await parse(md, 'setext.md');
    expect(tree(doc)).toEqual([
      [null, 'Mål', 1, null],
      [null, 'Tiltak', 1, null],
      ['3.1', 'Oppfølging', 1, null],
    ]);
  });
});

describe('plain-text headings', () => {
  it('finds short title-like lines followed by paragraphs, with or without a blank line after', async () => {
    const text = ['Fjellvik kommune', 'IKT-strategi 2020–2023', '', 'Bakgrunn', body('bakgrunnen'), '', 'Mål for perioden', '', '- Kommunen skal ha stabile tjenester', '- Alle ansatte skal ha opplæring', '', 'Organisering', body('organiseringen')].join('\n');
    const doc = await parse(text, 'fjellvik.txt');
    expect(tree(doc)).toEqual([
      [null, 'Bakgrunn', 1, null],
      [null, 'Mål for perioden', 1, null],
      [null, 'Organisering', 1, null],
    ]);
  });

  it('never takes sentences, list items, lines ending in a colon or lines followed by other short lines', async () => {
    const text = ['Fjellvik kommune', '', 'Innledning', '', body('innledningen'), '', 'Kommunen har disse målene:', '', '- Stabil drift', '- Gode tjenester', '', 'Dette er en setning.', '', body('drift'), '', 'Ansvar', 'Frist', 'Kostnad', '', 'Økonomi', '', body('økonomien')].join('\n');
    const doc = await parse(text, 'fjellvik.txt');
    expect(tree(doc).map((s) => s[1])).toEqual(['Innledning', 'Økonomi']);
  });

  it('ranks ALL-CAPS headings above mixed-case ones', async () => {
    const text = ['Strategi', '', 'SATSINGSOMRÅDER', '', body('satsingene'), '', 'Digitale tjenester', '', body('tjenestene'), '', 'Informasjonssikkerhet', '', body('sikkerheten'), '', 'OPPFØLGING', '', body('oppfølgingen')].join('\n');
    const doc = await parse(text, 'caps.txt');
    expect(tree(doc)).toEqual([
      [null, 'SATSINGSOMRÅDER', 1, null],
      [null, 'Digitale tjenester', 2, 'SATSINGSOMRÅDER'],
      [null, 'Informasjonssikkerhet', 2, 'SATSINGSOMRÅDER'],
      [null, 'OPPFØLGING', 1, null],
    ]);
  });

  it('keeps numbered headings when there are some, and takes a chapter extract that starts at 6', async () => {
    const text = ['Helseplan for Fjellvik', '', '6 Velferdsteknologi', '', body('velferdsteknologi'), '', '6.1 Status', '', body('status'), '', 'Kort linje uten punktum', '', body('annet'), '', '6.2 Mål', '', body('målene')].join('\n');
    const doc = await parse(text, 'kapittel.txt');
    expect(tree(doc)).toEqual([
      ['6', 'Velferdsteknologi', 1, null],
      ['6.1', 'Status', 2, 'Velferdsteknologi'],
      ['6.2', 'Mål', 2, 'Velferdsteknologi'],
    ]);
  });
});

describe('front-page owner lines', () => {
  it('does not make a section of a line that only names the organisation ("City of Harstad", "Harstad kommune")', async () => {
    for (const owner of ['City of Harstad', 'Harstad kommune']) {
      const text = ['Digital Agenda 2024–2027', '', owner, '', body('the agenda'), '', 'Background', '', body('the background'), '', 'Goals', '', body('the goals')].join('\n');
      const doc = await parse(text, 'harstad.txt');
      expect(tree(doc).map((row) => row[1])).toEqual(['Background', 'Goals']);
      expect(doc.metadata.organisation).toBe('Harstad kommune');
    }
  });
});
