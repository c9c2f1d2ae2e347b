import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument, normalizeInline } from '../../ingest/clean/index.ts';
import { removeScrapedChrome } from '../../ingest/clean/chrome.ts';
import { pageAt, splitTextPages } from '../../ingest/clean/pages.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const read = (name: string) => readFileSync(`${CORPUS_DIR}/${name}.txt`, 'utf8');
const clean = (name: string) => cleanDocument({ format: 'text', pages: [{ number: 1, text: read(name) }], tables: [], hasRealPages: false });

describe('scraped page chrome', () => {
  it('drops the "Like dokumenter" list before "Transkript:" (tiltaksplan)', () => {
    const result = clean('kongsbergregionen-tiltaksplan-2016-2018');
    expect(result.text.startsWith('Regional digitaliseringsstrategi 2015-2018 Tiltaksplan')).toBe(true);
    for (const other of ['Like dokumenter', 'Blueskommunen', 'NOTODDEN KOMMUNE', 'Birkenes kommune', 'Overhalla']) expect(result.text).not.toContain(other);
    expect(result.chromeTitle).toBe('Tiltaksplan 2016 2018');
  });
  it('drops the trailing list of other documents, each ending in "Detaljer" (Sørum)', () => {
    const result = clean('sorum-e-strategi-2015-2018');
    for (const other of ['Detaljer', 'Bærum', 'Randaberg', 'Lyngdal', 'Froland', 'Strategisk IKT-plan for Sørum kommune 2011-2014', 'Download', 'Størrelse']) expect(result.text).not.toContain(other);
    expect(result.text).toContain('Kartdata er lagt ut som åpne data for innbyggere.');
  });
  it('leaves a document without chrome alone', () => {
    const text = 'Strategi\n\nDetaljert tekst om Detaljer.\n';
    expect(removeScrapedChrome(text).text).toBe(text);
  });
});

describe('page markers in text', () => {
  it('reads "Side N av M" footers (ØRU): the text after "side 6 av 13" is page 7', () => {
    const result = clean('ovre-romerike-ikt-strategi-2020');
    expect(result.text).not.toMatch(/[Ss]ide \d+ av 13/);
    expect(pageAt(result.pageStarts, result.text.indexOf('Helhetlig og overordnet styring'))).toBe(7);
    expect(pageAt(result.pageStarts, result.text.lastIndexOf('3.7 Innsatsområde 3'))).toBe(10);
  });
  it('reads running headers "Felles 3-1 IKT-strategi 2010-2013 Side N" (3-1)', () => {
    const result = clean('3-1-felles-ikt-strategi-2010-2013');
    expect(result.text).not.toContain('IKT-strategi 2010-2013 Side');
    expect(pageAt(result.pageStarts, result.text.lastIndexOf('2.6 Informasjonssikkerhet'))).toBe(6);
  });
  it('reads paragraphs that open and close with their page number (Sørum)', () => {
    const result = clean('sorum-e-strategi-2015-2018');
    const at = result.text.indexOf('5.6 Helse, omsorg og velferd');
    expect(pageAt(result.pageStarts, at)).toBe(8);
    expect(result.text).not.toMatch(/\n\n\d+ \d+ /);
  });
  it('does not take numbered headings for page numbers', () => {
    const input = '1 Innledning\n\nTekst.\n\n2 Bakgrunn\n\nMer tekst.\n\n3 Mål\n\nMål her.';
    expect(splitTextPages(input).paged).toBe(false);
  });
});

describe('inline clean-up', () => {
  it('removes markdown link syntax and escapes', () => {
    expect(normalizeInline('etablerte [«SuksIT»](#) og [St.meld. \\(2006\\)](http://x) <http://beta.data.norge.no>')).toBe('etablerte «SuksIT» og St.meld. (2006) http://beta.data.norge.no');
  });
  it('joins words hyphenated across lines but keeps suspended hyphens', () => {
    expect(normalizeInline('informasjons-\nsikkerhet og risiko- og sårbarhet, e- strategien')).toBe('informasjonssikkerhet og risiko- og sårbarhet, e-strategien');
  });
});
