/** The PDF layouts in test/fixtures/pdf give the same structure as their text versions, and every ruled-table row exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import type { ParsedDocument } from '../../ingest/model.ts';
import { CORPUS, parseSample, parseSamplePdf, ROOT } from '../helpers/corpus.ts';

const norm = (text: string) => text.replace(/[–-]/g, '-').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
const rows = (doc: ParsedDocument, table: RegExp) => doc.budgets.filter((b) => table.test(b.table)).map((b) => [b.label, b.year, b.amount]);

describe.each([CORPUS.tiltaksplan, CORPUS.sorum])('%s.pdf against its text version', async (name) => {
  const [pdf, text] = await Promise.all([parseSamplePdf(name), parseSample(name)]);
  it('has the same goals', () => {
    expect(pdf.goals.map((g) => [g.kind, g.label, norm(g.text)])).toEqual(text.goals.map((g) => [g.kind, g.label, norm(g.text)]));
  });
  it('has the same metadata', () => {
    for (const key of ['organisation', 'organisationKind', 'municipalities', 'period', 'adopted'] as const) expect(pdf.metadata[key]).toEqual(text.metadata[key]);
  });
  it('has the same numbered sections', () => {
    const numbered = (doc: ParsedDocument) => doc.sections.filter((s) => s.number).map((s) => s.number);
    expect(numbered(pdf)).toEqual(expect.arrayContaining(numbered(text)));
  });
  it('takes pages from the PDF and drops running headers', () => {
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(pdf.passages.some((p) => /Kongsbergregionen – Regional digitaliseringsstrategi 2015–2018 – Tiltaksplan|e-strategi for Sørum kommune 2015-2018\n/.test(p.text))).toBe(false);
  });
});

describe('ruled tables, row by row', async () => {
  const kongsberg = await parseSamplePdf(CORPUS.tiltaksplan);
  const sorum = await parseSamplePdf(CORPUS.sorum);
  it('reads every row of Kongsbergregionen’s tables exactly, with the year of its column', () => {
    expect(kongsberg.budgets.every((b) => b.confidence === 'exact')).toBe(true);
    expect(rows(kongsberg, /^1\. Digital dialog/)).toEqual([
      ['Prosjektledelse og prosesskostnader', 2016, 200_000], ['Prosjektledelse og prosesskostnader', 2017, 200_000],
      ['Kjøpte tjenester', 2016, 50_000], ['Kjøpte tjenester', 2017, 50_000],
      ['Implementere regional varslingsløsning til mer enn beredskapsvarsling', 2016, 50_000],
      ['KomSam fase 2 Investering og implementering av samarbeidsfunksjonalitet', 2017, 1_000_000],
      ['KomSam fase 2 Investering og implementering av samarbeidsfunksjonalitet', 2018, 2_000_000],
      ['Sum', 2016, 300_000], ['Sum', 2017, 1_250_000], ['Sum', 2018, 2_000_000],
    ]);
    expect(rows(kongsberg, /^3\. Kompetanse/)).toEqual([
      ['Prosjektledelse og prosesskostnader', 2016, 300_000], ['Prosjektledelse og prosesskostnader', 2017, 300_000],
      ['Kjøpte tjenester', 2016, 50_000], ['Kjøpte tjenester', 2017, 50_000],
      ['Lage opplæringsplan for digital kompetanse', 2016, 100_000], ['Implementere KS læring for alle ansatte', 2016, 200_000],
      ['Gjennomføring av kurs/kompetansetiltak', 2017, 200_000], ['Gjennomføring av kurs/kompetansetiltak', 2018, 200_000],
      ['Sum', 2016, 650_000], ['Sum', 2017, 550_000], ['Sum', 2018, 200_000],
    ]);
    expect(rows(kongsberg, /^4\. Dokumenthåndtering/)).toEqual([
      ['Investering anskaffelse lisenser, konvertering og opplæring', 2016, 3_300_000], ['Investering anskaffelse lisenser, konvertering og opplæring', 2017, 2_450_000],
      ['Økning driftskostnader', 2016, 500_000], ['Økning driftskostnader', 2017, 1_000_000], ['Økning driftskostnader', 2018, 1_000_000],
      ['Prosjektledelse og prosesskostnader', 2016, 1_000_000], ['Prosjektledelse og prosesskostnader', 2017, 500_000],
      ['Frikjøp interne IT-ressurser', 2016, 500_000], ['Frikjøp interne IT-ressurser', 2017, 300_000],
      ['Utredning digitale arkiver for fagsystemer i sikker sone (Familia, Profil mm)', 2016, 50_000],
      ['Etablering Noark 5 sikker sone investering og implementering', 2017, 700_000],
      ['Noark-5 sikker sone årlig vedlikehold', 2018, 200_000],
      ['Sum', 2016, 5_350_000], ['Sum', 2017, 4_950_000], ['Sum', 2018, 1_200_000],
    ]);
    expect(rows(kongsberg, /^6\. Arkitektur/)).toEqual([
      ['Prosjektledelse og prosesskostnader', 2016, 200_000], ['Prosjektledelse og prosesskostnader', 2017, 200_000], ['Prosjektledelse og prosesskostnader', 2018, 200_000],
      ['Kjøpte tjenester', 2016, 100_000], ['Kjøpte tjenester', 2017, 100_000], ['Delprosjekt: Digital infrastruktur', 2018, 100_000],
      ['Sum', 2016, 300_000], ['Sum', 2017, 300_000], ['Sum', 2018, 300_000],
    ]);
    expect(rows(kongsberg, /^7\. Helse/)).toEqual([
      ['Program Velferdsteknologi 2015–2018', 2016, 3_630_300], ['Program Velferdsteknologi 2015–2018', 2017, 2_830_300], ['Program Velferdsteknologi 2015–2018', 2018, 1_328_000],
      ['Sum', 2016, 3_630_300], ['Sum', 2017, 2_830_300], ['Sum', 2018, 1_328_000],
    ]);
    expect(rows(kongsberg, /^8\. Oppvekst/)).toEqual([
      ['Verktøy for Individuelle Opplæringsplaner (IOP og IUP)', 2016, 350_000], ['Verktøy for Individuelle Opplæringsplaner (IOP og IUP)', 2017, 250_000], ['Verktøy for Individuelle Opplæringsplaner (IOP og IUP)', 2018, 260_000],
      ['Bytte ut dagens skole- og barnehageadm. løsning', 2017, 1_000_000],
      ['Sum', 2016, 350_000], ['Sum', 2017, 1_250_000], ['Sum', 2018, 260_000],
    ]);
    // Table 9 starts on page 8 and continues on page 9 without a header.
    expect(rows(kongsberg, /^9\. Plan/)).toEqual([
      ['Prosjektledelse og prosesskostnader', 2016, 300_000], ['Prosjektledelse og prosesskostnader', 2017, 300_000], ['Prosjektledelse og prosesskostnader', 2018, 300_000],
      ['Kjøpte tjenester', 2017, 100_000], ['Kjøpte tjenester', 2018, 100_000],
      ['Sum', 2016, 300_000], ['Sum', 2017, 400_000], ['Sum', 2018, 400_000],
    ]);
    const summary = rows(kongsberg, /^Satsningsområder og tiltak/);
    expect(summary).toHaveLength(24);
    expect(summary.slice(-3)).toEqual([['Sum', 2016, 10_880_300], ['Sum', 2017, 11_530_300], ['Sum', 2018, 5_688_000]]);
    expect(summary).toContainEqual(['7. Helse og velferd – Program Velferdsteknologi', 2017, 2_830_300]);
  });
  it('reads Sørum’s two frame tables exactly', () => {
    expect(rows(sorum, /8\.1 Investeringstiltak/)).toEqual([['IKT Utdanning', null, 2_500_000], ['Velferdsteknologi', null, 3_000_000], ['Sum', null, 5_500_000]]);
    expect(rows(sorum, /8\.2 Driftstiltak/)).toEqual([
      ['Infrastrukturelle tiltak (integrasjoner, backup, automatisering)', 2015, 500_000], ['Dokumentforvaltning (oppgradere sak- og arkivsystem, avleveringer)', 2015, 300_000],
      ['Informasjonssikkerhetstiltak (ISO 27001, brannvegger)', 2015, 100_000], ['Fagsystemer generelt (oppgraderinger)', 2015, 150_000],
      ['Prosjektmedarbeider (første halvdel 2015)', 2015, 250_000], ['Sum', 2015, 1_300_000],
    ]);
    expect(sorum.budgets.filter((b) => /8\.1/.test(b.table)).every((b) => b.kind === 'investment' && b.page === 11)).toBe(true);
  });
});

describe('a ruled table read by its columns (layouts/nittedal-…pdf: Nr | Tiltak | 2025 | 2026 | 2027 | Sum, "Tall i 1000 kr.")', async () => {
  const file = 'nittedal-handlingsplan-ikt-2025-2027.pdf';
  const doc = await parseDocument(readFileSync(`${ROOT}test/fixtures/strategies/layouts/${file}`), file);
  it('names rows by the Tiltak column, not the number column, and scales the amounts by the unit stated before the table', () => {
    expect(rows(doc, /Tiltak og økonomi/).filter((row) => row[1] === 2025)).toEqual([['Nytt nettverk i skolene', 2025, 1_200_000], ['Digitale trygghetsalarmer', 2025, 650_000], ['Sikkerhetsovervåking av kommunens systemer', 2025, 300_000], ['Sum', 2025, 2_150_000]]);
  });
  it('reads the Sum column beside the years as each row\'s total over their period (a sum), and a "–" cell as no amount', () => {
    const totals = doc.budgets.filter((b) => b.year === null).map((b) => [b.label, b.period, b.amount, b.isSum]);
    expect(totals).toEqual([
      ['Nytt nettverk i skolene', { from: 2025, to: 2027 }, 2_400_000, true], ['Digitale trygghetsalarmer', { from: 2025, to: 2027 }, 1_300_000, true],
      ['Sikkerhetsovervåking av kommunens systemer', { from: 2025, to: 2027 }, 900_000, true], ['Sum', { from: 2025, to: 2027 }, 4_600_000, true],
    ]);
    expect(doc.budgets.some((b) => b.label === 'Digitale trygghetsalarmer' && b.year === 2027)).toBe(false);
  });
});
