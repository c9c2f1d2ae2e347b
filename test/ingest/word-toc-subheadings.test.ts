import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { ROOT } from '../helpers/corpus.ts';

/** A Word export whose table of contents lists only the top level (test/fixtures/strategies/layouts/orkland-…). */
describe('a table of contents that lists only the top-level headings', async () => {
  const file = `${ROOT}test/fixtures/strategies/layouts/orkland-ikt-strategi-2024-2027.txt`;
  const parsed = await parseDocument(readFileSync(file), 'orkland-ikt-strategi-2024-2027.txt');

  it('still reads the numbered subheadings under its headings, at the second level', () => {
    expect(parsed.sections.map((s) => `${s.number ?? ''} ${s.title}`.trim())).toEqual([
      'IKT-strategi 2024–2027',
      '1 Innledning',
      '1.1 Bakgrunn',
      '1.2 Forankring',
      '2 Mål for perioden',
      '3 Satsingsområder',
      '3.1 Digitale innbyggertjenester',
      '3.2 Informasjonssikkerhet og personvern',
      '3.3 Skytjenester',
      '4 Gjennomføring og oppfølging',
    ]);
    expect(parsed.sections.find((s) => s.title === 'Skytjenester')?.level).toBe(2);
  });

  it('takes sentences stating what shall be, whatever their subject, as the goals under "Mål for perioden"', () => {
    expect(parsed.goals.filter((g) => g.kind === 'goal').map((g) => g.text)).toEqual([
      'Orkland kommune skal ha halvert antall fagsystemer innen utgangen av 2027.',
      'Alle innbyggere skal kunne logge inn på kommunens tjenester med ID-porten innen 2025.',
    ]);
  });
});
