/** Each structure step on small fixtures made for the purpose. */
import { describe, expect, it } from 'vitest';
import { pageAt } from '../../ingest/clean/pages.ts';
import { findLetteredRuns, findNumberedRuns } from '../../ingest/structure/lists.ts';
import { detectAdoptions, detectMetadata, detectMunicipalityList, detectOrganisation, detectPeriod } from '../../ingest/structure/metadata.ts';
import { chunkPassages } from '../../ingest/structure/passages.ts';
import { extractSections, inlineTitle, isSuccessor } from '../../ingest/structure/sections.ts';
import { parseToc } from '../../ingest/structure/toc.ts';
import { parseDocument } from '../../ingest/parse.ts';

describe('metadata', () => {
  it('finds a municipality strategy and its period', () => {
    const meta = detectMetadata('Digitaliseringsstrategi for Gjøvik kommune 2019-2022\nVedtatt av kommunestyret\n\nTekst.', { chromeTitle: null, sourceName: 'x.txt' });
    expect(meta).toMatchObject({ title: 'Digitaliseringsstrategi for Gjøvik kommune 2019–2022', organisation: 'Gjøvik kommune', organisationKind: 'municipality', municipalities: ['Gjøvik'], period: { from: 2019, to: 2022 } });
    // The council the line names is the municipality's own.
    expect(meta.adopted).toEqual([{ body: 'kommunestyret', municipality: 'Gjøvik', date: null, caseNumber: null }]);
  });
  it('reads adoption records with dates and case numbers', () => {
    expect(detectAdoptions('Vedtatt av: Hamar kommunestyre 3. 5.2018, sak 12/18 Løten kommunestyre 07.05.2018 sak 4/18')).toEqual([
      { body: 'Hamar kommunestyre', municipality: 'Hamar', date: '2018-05-03', caseNumber: '12/18' },
      { body: 'Løten kommunestyre', municipality: 'Løten', date: '2018-05-07', caseNumber: '4/18' },
    ]);
  });
  it('reads lists of municipalities, collaborations and regions', () => {
    expect(detectMunicipalityList('samarbeid mellom Os, Tolga og Tynset kommuner siden 2005')).toEqual(['Os', 'Tolga', 'Tynset']);
    expect(detectOrganisation('IKT-strategi for kommunene på Indre Østfold (IØ)', 'x')).toMatchObject({ name: 'Indre Østfold (IØ)', kind: 'collaboration', aliases: ['IØ', 'Indre Østfold', 'IØ-kommunene'] });
    expect(detectOrganisation('Tiltaksplan\nKommunene i Hallingdalregionen skal …', 'Tiltaksplan')).toMatchObject({ name: 'Hallingdalregionen', kind: 'region' });
  });
  it('reads the owner of an English summary: "City of X", "X Municipality", "X County Council"', () => {
    expect(detectOrganisation('Digital Strategy 2025–2028\nCity of Kristiansund\n\nA short English version.', 'Digital Strategy 2025–2028')).toMatchObject({ name: 'Kristiansund kommune', kind: 'municipality' });
    expect(detectOrganisation('Digital agenda\n\nHarstad Municipality\n\nEnglish summary.', 'Digital agenda')).toMatchObject({ name: 'Harstad kommune', municipalities: ['Harstad'] });
    expect(detectOrganisation('Digital strategy\n\nNordland County Council\n\nSummary.', 'Digital strategy')).toMatchObject({ name: 'Nordland fylkeskommune', kind: 'county' });
  });
  it('takes the period from "fram mot", then the file name', () => {
    expect(detectPeriod('IKT-strategi fram mot 2030', '', 'x.txt', [{ body: 'b', municipality: null, date: '2021-06-01', caseNumber: null }])).toEqual({ from: 2021, to: 2030 });
    expect(detectPeriod('e-strategi', '', 'e-strategi-2015-2018.txt', [])).toEqual({ from: 2015, to: 2018 });
  });
});

describe('table of contents and sections', () => {
  const flattened = 'Innholdsfortegnelse 1 INNLEDNING... 3 1.1 Bakgrunn... 3 2 MÅL... 4\n\n1 Innledning 1.1 Bakgrunn Teksten starter. 2 Mål Kommunene vil noe.';
  it('parses a flattened contents list with dot leaders', () => {
    expect(parseToc(flattened)?.entries).toEqual([{ number: '1', title: 'INNLEDNING', page: 3 }, { number: '1.1', title: 'Bakgrunn', page: 3 }, { number: '2', title: 'MÅL', page: 4 }]);
  });
  it('parses a contents list with one entry per line and no leaders', () => {
    expect(parseToc('Innhold\n\n1 Innledning 3\n1.1 Bakgrunn 3\n2 Rammer 4\n\nTekst')?.entries.map((e) => e.number)).toEqual(['1', '1.1', '2']);
  });
  it('parses a tab-separated contents list that cleaning wrote as a pipe table, so its rows are no passage', async () => {
    const toc = parseToc('Innhold\n| 1 | Innledning | 3 |\n| 1.1 | Formål | 3 |\n| 3.1.3 | Personvernombudet | 6 |\n\n1 Innledning\nTekst.');
    expect(toc?.entries).toEqual([{ number: '1', title: 'Innledning', page: 3 }, { number: '1.1', title: 'Formål', page: 3 }, { number: '3.1.3', title: 'Personvernombudet', page: 6 }]);
    const doc = await parseDocument(new TextEncoder().encode('Strategi for personvern 2025–2028\n\nInnhold\n1\tInnledning\t3\n2\tPersonvernombudet\t4\n3\tOppfølging\t5\n\n\n1\tInnledning\n\nStrategien gjelder hele kommunen.\n\n2\tPersonvernombudet\n\nOmbudet gir råd om personvern.\n\n3\tOppfølging\n\nStrategien revideres i 2027.\n'), 'personvern.txt');
    expect(doc.passages.some((passage) => /Personvernombudet \| 4|\| 2 \|/.test(passage.text))).toBe(false);
  });
  it('finds contents-backed inline headings and not the contents itself', () => {
    const toc = parseToc(flattened);
    const sections = extractSections(flattened, [{ page: 1, offset: 0 }], toc, [], 'Tittel');
    expect(sections.map((s) => [s.number, s.title, s.level, s.parent])).toEqual([[null, 'Tittel', 0, null], ['1', 'Innledning', 1, null], ['1.1', 'Bakgrunn', 2, 1], ['2', 'Mål', 1, null]]);
  });
  it('ends a flattened title where the body starts', () => {
    expect(inlineTitle('Strategisk ledelse og IKT IKT er et verktøy', 0)).toBe('Strategisk ledelse og IKT');
    expect(inlineTitle('Plan, bygg og geodata Innbyggere og næringsliv', 0)).toBe('Plan, bygg og geodata');
  });
  it('accepts only numbers that continue the numbering', () => {
    expect(isSuccessor([2], [3])).toBe(true);
    expect(isSuccessor([2], [2, 1])).toBe(true);
    expect(isSuccessor([2, 3], [3])).toBe(true);
    expect(isSuccessor([2], [1])).toBe(false);
    expect(isSuccessor([3], [3, 1, 1])).toBe(false);
  });
});

describe('lists', () => {
  it('finds a numbered run and ends its last item at the next sentence', () => {
    const text = 'Vedtatte mål: 1. Kommunene har sikker pålogging 2. Kommunene har digital post 3. Kommunene har åpne data Kommunene har delvis nådd målene.';
    const [run] = findNumberedRuns(text, [], false);
    expect(run?.map((item) => text.slice(item.start, item.end))).toEqual(['Kommunene har sikker pålogging', 'Kommunene har digital post', 'Kommunene har åpne data']);
  });
  it('does not take section numbers far apart, or two items, for a list', () => {
    expect(findNumberedRuns(`1 Innledning ${'tekst '.repeat(200)} 2 Bakgrunn ${'tekst '.repeat(200)} 3 Mål tekst`, [], false)).toEqual([]);
    expect(findNumberedRuns('1. Første punkt her 2. Andre punkt her', [], false)).toEqual([]);
  });
  it('finds lettered items a)–c)', () => {
    const text = '- a) Øke tjenester\n- b) Bruke ID-porten\n- c) Samordne sikkerhet\n';
    expect(findLetteredRuns(text, [], true)[0]?.map((item) => [item.label, text.slice(item.start, item.end)])).toEqual([['a', 'Øke tjenester'], ['b', 'Bruke ID-porten'], ['c', 'Samordne sikkerhet']]);
  });
});

describe('passages', () => {
  it('cuts at sections and pages, keeps offsets exact and sizes bounded', () => {
    const sentence = 'Kommunen skal ta i bruk velferdsteknologi i alle tjenester. ';
    const text = `1 Første ${sentence.repeat(30)}\n\n2 Andre ${sentence.repeat(3)}`;
    const second = text.indexOf('2 Andre');
    const pageBreak = text.indexOf('Kommunen', 900);
    const pageStarts = [{ page: 1, offset: 0 }, { page: 2, offset: pageBreak }];
    const sections = [
      { number: '1', title: 'Første', level: 1, parent: null, start: 0, end: second, pageFrom: 1, pageTo: 2 },
      { number: '2', title: 'Andre', level: 1, parent: null, start: second, end: text.length, pageFrom: 2, pageTo: 2 },
    ];
    const passages = chunkPassages(text, sections, pageStarts, { targetChars: 400, maxChars: 600 });
    for (const p of passages) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text.length).toBeLessThanOrEqual(600);
      expect(p.pageFrom).toBe(p.pageTo);
      expect(p.pageFrom).toBe(pageAt(pageStarts, p.start));
      const owner = sections[p.section]!;
      expect(p.start >= owner.start && p.end <= owner.end).toBe(true);
    }
    expect(passages.some((p) => p.start === pageBreak)).toBe(true);
    expect(passages.filter((p) => p.section === 1)).toHaveLength(1);
  });
});
