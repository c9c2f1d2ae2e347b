import { describe, expect, it } from 'vitest';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Layout families first met in the set test/fixtures/fresh12: a Google Docs export to markdown (heading
 * identifiers "{#…}", a numbered list of deliverables each with a bold lead-in over its explanation); a web
 * chapter of a kommuneplan whose "##" headings carry chapters and sub-chapters alike; a printed e-mail that
 * forwards a case and pastes the plan below it, with a long-format budget table (one row per year and measure);
 * a plan whose money stands only on measure cards of "Label: value" fields. Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
type Doc = Awaited<ReturnType<typeof parse>>;
const headings = (doc: Doc) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);
const goalsOf = (doc: Doc) => doc.goals.map((g) => [g.kind, g.text]);
const budgetsOf = (doc: Doc) => doc.budgets.map((b) => [b.label, b.year, b.period ? `${b.period.from}–${b.period.to}` : null, b.amount, b.isSum]);

const GOOGLE_DOCS = [
  '# **Årsplan 2027** {#årsplan-2027}',
  '',
  '**IKT Nordfjord**',
  '',
  '# **Innledning** {#innledning}',
  '',
  'Årsplanen viser hva samarbeidet skal levere i 2027.',
  '',
  '# **Leveranser 2027** {#leveranser-2027}',
  '',
  'Leveransene er nummerert etter prioritet.',
  '',
  '1. **Ny intranettløsning for alle kommunene**  ',
  '   Felles mal og felles søk. Ansvar: prosjektleder. Ferdig: 2\\. kvartal 2027\\.  ',
  '2. **Felles sikkerhetsopplæring**  ',
  '   Kurs for alle ansatte. Ansvar: sikkerhetsleder. Ferdig: 3\\. kvartal 2027\\.  ',
  '3. **Arkivuttrekk**  ',
  '   Uttrekk fra de gamle sakssystemene. Ansvar: arkivleder. Ferdig: løpende.',
  '',
  '# **Styring** {#styring}',
  '',
  'Styret følger opp planen i hvert møte.',
  '',
].join('\n');

describe('a Google Docs export to markdown', () => {
  it('drops the identifiers after its headings, in the title and the sections', async () => {
    const doc = await parse(GOOGLE_DOCS, 'nordfjord-arsplan-2027.md');
    expect(doc.metadata.title).toBe('Årsplan 2027');
    expect(headings(doc)).toEqual([
      [1, null, 'Innledning'],
      [1, null, 'Leveranser 2027'],
      [1, null, 'Styring'],
    ]);
  });

  it('reads numbered deliverables as measures, each its bold lead-in without the explanation below it', async () => {
    const doc = await parse(GOOGLE_DOCS, 'nordfjord-arsplan-2027.md');
    expect(goalsOf(doc)).toEqual([
      ['measure', 'Ny intranettløsning for alle kommunene'],
      ['measure', 'Felles sikkerhetsopplæring'],
      ['measure', 'Arkivuttrekk'],
    ]);
  });
});

const WEB_CHAPTER = [
  '[Hopp til hovedinnhold](#main)',
  '',
  'Vefsn kommune – Planer',
  '',
  '# Kommuneplanens samfunnsdel 2027–2039',
  '',
  '*Kapittel 2 av 4*',
  '',
  '## 2 Satsingsområder',
  '',
  'Kommunestyret har valgt to satsingsområder.',
  '',
  '## 2.1 Oppvekst',
  '',
  '### Hit vil vi',
  '',
  '- Alle barn i Vefsn skal ha en trygg skolevei.',
  '',
  '## 2.2 Digital kommune',
  '',
  '### Hit vil vi',
  '',
  '- Alle husstander skal ha tilbud om fiber innen 2030.',
  '',
].join('\n');

describe("a kommuneplan chapter on the web whose '##' headings carry chapters and sub-chapters alike", () => {
  it('takes the title from the genitive plan name, and the levels from the numbers', async () => {
    const doc = await parse(WEB_CHAPTER, 'vefsn-kommuneplan-samfunnsdel-kap2.md');
    expect(doc.metadata.title).toBe('Kommuneplanens samfunnsdel 2027–2039');
    expect(doc.metadata.period).toEqual({ from: 2027, to: 2039 });
    expect(headings(doc)).toEqual([
      [1, '2', 'Satsingsområder'],
      [2, '2.1', 'Oppvekst'],
      [3, null, 'Hit vil vi'],
      [2, '2.2', 'Digital kommune'],
      [3, null, 'Hit vil vi'],
    ]);
  });

  it("reads the bullets under 'Hit vil vi' as goals", async () => {
    const doc = await parse(WEB_CHAPTER, 'vefsn-kommuneplan-samfunnsdel-kap2.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Alle barn i Vefsn skal ha en trygg skolevei.'],
      ['goal', 'Alle husstander skal ha tilbud om fiber innen 2030.'],
    ]);
  });
});

const EMAIL = [
  'Frå:            Kari Nordvik <kari.nordvik@sande.kommune.no>',
  'Sendt:          måndag 5. januar 2026 09:12',
  'Til:            Leiargruppa',
  'Emne:           VS: Tiltaksplan for digitalisering 2026–2027 – vedteken',
  'Vedlegg:        Tiltaksplan digitalisering 2026-2027.docx',
  '',
  'Hei alle,',
  '',
  'Kommunestyret vedtok planen i møtet 17. desember. Saka og planen ligg under.',
  '',
  'Helsing Kari',
  '',
  '-----Opphavleg melding-----',
  'Frå: Kari Nordvik',
  'Emne: Saksutgreiing',
  '',
  'SAKSUTGREIING',
  '',
  'Sak:              Tiltaksplan for digitalisering 2026–2027',
  '',
  'Samandrag',
  '',
  'Planen har tre tiltak og kostar 900 000 kr.',
  '',
  'Vurdering',
  '',
  'Kommunedirektøren meiner tiltaka er realistiske.',
  '',
  '----------------------------------------',
  '',
  'Tiltaksplan for digitalisering 2026–2027',
  '',
  '1  Innleiing',
  '',
  'Planen gjeld for 2026 og 2027.',
  '',
  '2  Økonomi',
  '',
  'År\tTiltak\tFinansiering\tBeløp (kr)',
  '2026\tNy nettstad\tInvestering\t400 000',
  '2026\tSum 2026\t\t400 000',
  '2027\tDigitalt tilsyn\tInvestering\t300 000',
  '2027\tOpplæring\tDrift\t200 000',
  '2027\tSum 2027\t\t500 000',
  '\tSum 2026–2027\t\t900 000',
  '',
].join('\n');

describe('a printed e-mail that forwards a case and pastes the plan below it', () => {
  it("takes the forwarded plan's title, not the sender or an attachment's file name", async () => {
    const doc = await parse(EMAIL, 'sande-epost-tiltaksplan-2026-2027.txt');
    expect(doc.metadata.title).toBe('Tiltaksplan for digitalisering 2026–2027');
  });

  it("reads the forwarded case's parts as headings beside the plan's chapters, not its kind in capitals", async () => {
    const doc = await parse(EMAIL, 'sande-epost-tiltaksplan-2026-2027.txt');
    expect(headings(doc)).toEqual([
      [1, null, 'Samandrag'],
      [1, null, 'Vurdering'],
      [1, '1', 'Innleiing'],
      [1, '2', 'Økonomi'],
    ]);
  });

  it('reads a long-format table: the year from its column, the name from the measure column, no measures from it', async () => {
    const doc = await parse(EMAIL, 'sande-epost-tiltaksplan-2026-2027.txt');
    expect(budgetsOf(doc)).toEqual([
      ['Ny nettstad', 2026, null, 400000, false],
      ['Sum 2026', 2026, null, 400000, true],
      ['Digitalt tilsyn', 2027, null, 300000, false],
      ['Opplæring', 2027, null, 200000, false],
      ['Sum 2027', 2027, null, 500000, true],
      ['Sum 2026–2027', null, '2026–2027', 900000, true],
    ]);
    expect(doc.goals.filter((goal) => goal.kind === 'measure')).toEqual([]);
  });
});

const CARDS = [
  'Tiltaksplan for digital samhandling 2026–2028',
  '',
  '1  Innleiing',
  '',
  'Kvart tiltak har sitt eige kort med ansvar og kostnad.',
  '',
  '2  Tiltakskort',
  '',
  'KORT 1',
  'Tiltak:             Elektroniske meldingar til fastlegane',
  'Ansvarleg:          Helsesjef',
  'Skildring:          Meldingane går over helsenettet og',
  '                    erstattar papir og faks.',
  'Kostnad 2026:       kr 200 000',
  'Kostnad 2027:       Innanfor ramma',
  'Kostnad 2028:       kr 0 (dekt av tilskot frå',
  '                    Helsedirektoratet)',
  '',
  'KORT 2',
  'Tiltak:             Felles journal i heimetenesta',
  'Ansvarleg:          Einingsleiar',
  'Kostnad 2026:       –',
  'Kostnad 2027:       kr 150 000',
  '',
].join('\n');

describe('measure cards of "Label: value" fields, with no table and no totals', () => {
  it("gives each dated cost field a row named by the card's measure; no amount, no row; a printed 0 is a row", async () => {
    const doc = await parse(CARDS, 'vik-tiltaksplan-samhandling-2026-2028.txt');
    expect(budgetsOf(doc)).toEqual([
      ['Elektroniske meldingar til fastlegane', 2026, null, 200000, false],
      ['Elektroniske meldingar til fastlegane', 2028, null, 0, false],
      ['Felles journal i heimetenesta', 2027, null, 150000, false],
    ]);
  });
});

describe('an English adoption line with a bold label', () => {
  it('reads the body, the day and the case, and drops the same adoption told again by month', () => {
    const text = `**Plan adopted:** by the Municipal Council (kommunestyret) on 5 June 2025, case 44/25\n\nThe plan was adopted by the Municipal Council in June 2025 and runs to 2028.`;
    expect(detectAdoptions(text)).toEqual([{ body: 'Municipal Council', municipality: null, date: '2025-06-05', caseNumber: '44/25' }]);
  });
});
