/**
 * Metadata from front pages written the way real strategies are (texts written for this test):
 * organisations from the gazetteer, titles over several lines or from the PDF layout, periods and
 * adoption lines in bokmål, nynorsk and English.
 */
import { describe, expect, it } from 'vitest';
import { detectAdoptions, detectMetadata, detectPeriod, isoDate } from '../../ingest/structure/metadata.ts';
import { cleanLayoutTitle, detectTitle } from '../../ingest/structure/title.ts';

const meta = (text: string, hints: { pdfTitle?: string; layoutTitle?: string } = {}) => detectMetadata(text, { chromeTitle: null, sourceName: 'dokument.txt', ...hints });

describe('organisations', () => {
  it('reads a nynorsk county plan: "Vedteken av fylkestinget", "Vestland skal …"', () => {
    const m = meta('Regional plan for digitalisering\n2022–2029\nVedteken av fylkestinget 14. juni 2022, sak 45/2022\n\nInnleiing\nVestland skal vere ein leiande region. Kommunane i fylket er viktige.');
    expect(m).toMatchObject({ title: 'Regional plan for digitalisering 2022–2029', organisation: 'Vestland fylkeskommune', organisationKind: 'county', period: { from: 2022, to: 2029 } });
    expect(m.adopted).toEqual([{ body: 'fylkestinget', municipality: null, date: '2022-06-14', caseNumber: '45/2022' }]);
  });
  it('reads "Framtidens X … vedtatt av bystyret i februar 2023" as the municipality', () => {
    const m = meta('# Framtidens Sarpsborg – digitaliseringsstrategi 2023–2027\n\nStrategien ble vedtatt av bystyret i februar 2023.\n\n## Forord\n\nByen vokser.');
    expect(m).toMatchObject({ organisation: 'Sarpsborg kommune', organisationKind: 'municipality', municipalities: ['Sarpsborg'], period: { from: 2023, to: 2027 } });
    expect(m.adopted[0]).toMatchObject({ body: 'bystyret', date: '2023-02' });
  });
  it('takes a collaboration and its members from "Kommunene i X-samarbeidet er …"', () => {
    const m = meta('IKT-strategi 2021–2024\n\nFelles strategi for digitalisering\n\nKommunene i ROR-IKT-samarbeidet er Aukra, Gjemnes, Hustadvika, Molde, Rauma og Vestnes. Vertskommune er Molde kommune.');
    expect(m).toMatchObject({ organisation: 'ROR-IKT', organisationKind: 'collaboration', municipalities: ['Aukra', 'Gjemnes', 'Hustadvika', 'Molde', 'Rauma', 'Vestnes'] });
  });
  it('gives a region the members the gazetteer knows, so Flesberg is covered', () => {
    const m = meta('Handlingsplan digitalisering 2019\n\nKommunene i Kongsbergregionen skal samarbeide om felles løsninger. Kongsberg kommune er vertskommune.');
    expect(m.organisation).toBe('Kongsbergregionen');
    expect(m.municipalities).toContain('Flesberg');
    expect(m.municipalities).toContain('Sauherad'); // still a member in 2019
  });
  it('knows multi-word and upper-case municipality names', () => {
    expect(meta('# Digitaliseringsstrategi for Nore og Uvdal kommune 2022-2029\n\nTekst.').organisation).toBe('Nore og Uvdal kommune');
    expect(meta('NOTODDEN KOMMUNE\nIKT-strategi 2020–2023\n\nTekst her.')).toMatchObject({ organisation: 'Notodden kommune', title: 'IKT-strategi 2020–2023' });
  });
  it('prefers the owner on the front page to municipalities named further down', () => {
    const body = 'Vi samarbeider med Lillestrøm kommune, Lørenskog kommune og Nittedal kommune om drift. '.repeat(5);
    expect(meta(`Strategi for velferdsteknologi\nRælingen kommune\n\n${body}`).organisation).toBe('Rælingen kommune');
  });
});

describe('titles', () => {
  it('joins a title set over several short front-page lines', () => {
    expect(detectTitle('Strategi for\nvelferdsteknologi\n2015\nRælingen kommune\nVedtatt i kommunestyret 17.06.2015, sak 52/15\n\nBakgrunn')).toBe('Strategi for velferdsteknologi 2015');
  });
  it('uses the largest text on page 1 over a cut first line, and ignores junk PDF titles', () => {
    expect(meta('Strategi for\n\nTekst som følger.', { layoutTitle: 'Strategi for velferdsteknologi 2015' }).title).toBe('Strategi for velferdsteknologi 2015');
    expect(cleanLayoutTitle('Microsoft Word - strategi_v3.docx')).toBeNull();
    expect(cleanLayoutTitle('strategi_endelig_2021.pdf')).toBeNull();
    expect(cleanLayoutTitle('Lillestrøm kommune')).toBeNull();
    expect(cleanLayoutTitle('Lillestrøm kommune – Lillestrøm kommune – Handlingsplan for digitalisering')).toBe('Handlingsplan for digitalisering');
    expect(meta('Handlingsplan for digitalisering 2024–2027\n\nTekst.', { pdfTitle: 'Microsoft Word - Document1' }).title).toBe('Handlingsplan for digitalisering 2024–2027');
  });
});

describe('periods and adoption', () => {
  it('reads ranges with spaces, "fram mot", period phrases and target years', () => {
    expect(detectPeriod('IKT-strategi 2020 - 2023', '', 'x.txt', [])).toEqual({ from: 2020, to: 2023 });
    expect(detectPeriod('Digitaliseringsstrategi', 'Planen gjeld for perioden 2022–2029.', 'x.txt', [])).toEqual({ from: 2022, to: 2029 });
    expect(detectPeriod('Digitaliseringsstrategi 2030', '', 'x.txt', [{ body: 'b', municipality: null, date: '2021-06-01', caseNumber: null }])).toEqual({ from: 2021, to: 2030 });
    expect(detectPeriod('Strategi for velferdsteknologi 2015', '', 'x.txt', [])).toEqual({ from: 2015, to: 2015 });
  });
  it('reads adoption lines with dates in words and case numbers in several forms', () => {
    expect(detectAdoptions('Vedtatt i kommunestyret 17.06.2015, sak 45/15')).toEqual([{ body: 'kommunestyret', municipality: null, date: '2015-06-17', caseNumber: '45/15' }]);
    expect(detectAdoptions('Planen vart vedteken av kommunestyret 10. juni 2021 (sak 047/21) og gjeld')[0]).toMatchObject({ date: '2021-06-10', caseNumber: '047/21' });
    expect(detectAdoptions('Vedtatt av bystyret i Sarpsborg 12.03.2023, PS 12/2023')[0]).toEqual({ body: 'bystyret i Sarpsborg', municipality: 'Sarpsborg', date: '2023-03-12', caseNumber: '12/2023' });
    expect(detectAdoptions('The strategy was adopted by the City Council on 22 March 2023 (case 67/23).')[0]).toMatchObject({ body: 'City Council', date: '2023-03-22', caseNumber: '67/23' });
    expect(isoDate('februar 2023')).toBe('2023-02');
  });
});

describe('adoption lines as strategies print them (test/fixtures/fresh3 layouts)', () => {
  const cases: Array<[string, { body: string; municipality: string; date: string; caseNumber: string }]> = [
    ['Strategien ble vedtatt av Levanger kommunestyre 19. juni 2024 i sak 45/24.', { body: 'Levanger kommunestyre', municipality: 'Levanger', date: '2024-06-19', caseNumber: '45/24' }],
    ['This plan was adopted by the Narvik Municipal Council on 14 December 2023 (case 131/23).', { body: 'Narvik Municipal Council', municipality: 'Narvik', date: '2023-12-14', caseNumber: '131/23' }],
    ['Kommunestyret i Kvinnherad vedtok tiltaksplanen 20. februar 2025 (sak 012/25).', { body: 'Kommunestyret i Kvinnherad', municipality: 'Kvinnherad', date: '2025-02-20', caseNumber: '012/25' }],
    ['Vedtatt: Ringsaker kommunestyre\nDato: 11.12.2024\nSaksnummer: 112/24', { body: 'Ringsaker kommunestyre', municipality: 'Ringsaker', date: '2024-12-11', caseNumber: '112/24' }],
    ['Strategien ble behandlet og vedtatt av Vefsn kommunestyre i møte 23.10.2024, sak 78/24.', { body: 'Vefsn kommunestyre', municipality: 'Vefsn', date: '2024-10-23', caseNumber: '78/24' }],
    ['Handsama og vedteken av Volda kommunestyre 27. mars 2025, sak 024/25.', { body: 'Volda kommunestyre', municipality: 'Volda', date: '2025-03-27', caseNumber: '024/25' }],
  ];
  for (const [line, expected] of cases) {
    it(line.split('\n')[0]!, () => {
      expect(detectAdoptions(line)).toEqual([expected]);
    });
  }
});
