import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { isChromeLine, removeWebChrome } from '../../ingest/clean/web-chrome.ts';

/**
 * Plain-text and web layouts met when loading strategies nobody wrote rules for: a saved municipal web
 * page with its navigation and footer, underlined headings in a text file, "2.1 Visjon" over its
 * paragraph, "Tiltak:" lists under ordinary headings, a department line above the title and councils
 * of two-word municipalities. Every text here is written for this test.
 */
const parse = (text: string, name = 'strategi.txt') => parseDocument(new TextEncoder().encode(text), name);

const WEB_PAGE = `Hopp til hovedinnhold
Ringsaker kommune
Meny
Søk
Tjenester A–Å
Forsiden
Politikk og planer
Digitaliseringsstrategi 2024–2027

Digitaliseringsstrategi 2024–2027

Strategien ble vedtatt av kommunestyret 29. mai 2024, sak 45/24.

Våre mål
Ringsaker kommune skal:
- gi innbyggerne en enkel digital inngang til alle tjenester innen 2026
- ta i bruk velferdsteknologi i alle hjemmetjenestesoner

Satsingsområder
Digitale innbyggertjenester
Kommunen vil tilby selvbetjening for byggesøknader og barnehageopptak.

Ringsaker kommune
Postadresse: Postboks 13, 2381 Brumunddal
Org.nr. 970 169 717
Personvernerklæring
Følg oss på Facebook
`;

describe('a saved web page', () => {
  it('loses its navigation and footer as whole blocks, with a warning, and keeps its own text', async () => {
    const doc = await parse(WEB_PAGE, 'ringsaker-digitaliseringsstrategi.txt');
    expect(doc.metadata.title).toBe('Digitaliseringsstrategi 2024–2027');
    expect(doc.metadata.period).toEqual({ from: 2024, to: 2027 });
    expect(doc.text).not.toMatch(/Hopp til hovedinnhold|Tjenester A–Å|Postadresse|Personvernerklæring/);
    expect(doc.text).toContain('Kommunen vil tilby selvbetjening');
    expect(doc.warnings.join(' ')).toMatch(/navigation.*footer/);
  });

  it('reads two heading lines over a paragraph as a heading and its subheading', async () => {
    const doc = await parse(WEB_PAGE, 'ringsaker-digitaliseringsstrategi.txt');
    const area = doc.sections.find((s) => s.title === 'Digitale innbyggertjenester');
    expect(area?.level).toBe(2);
    expect(doc.sections[area!.parent!]?.title).toBe('Satsingsområder');
    expect(doc.goals.map((g) => [g.kind, g.text])).toContainEqual(['commitment', 'Kommunen vil tilby selvbetjening for byggesøknader og barnehageopptak.']);
  });

  it('keeps one furniture word, or a strategy without any, untouched', () => {
    const plain = 'Digital strategi\n\nSøk\n\nVi skal gjøre det enkelt å søke om barnehageplass.\n\nKontakt\nTelefon 12 34 56 78\n';
    expect(removeWebChrome(plain).text).toBe(plain);
    expect(isChromeLine('Postadresse: Postboks 13')).toBe(true);
    expect(isChromeLine('Personvern og informasjonssikkerhet')).toBe(false);
  });

  it('drops a breadcrumb line above the page title', async () => {
    const doc = await parse('[Hjem](/) › [Politikk](/p) › [Planer](/p/pl) › Strategi\n\n# Digitaliseringsstrategi for Gran kommune 2024–2027\n\n## Bakgrunn\n\nTekst om bakgrunnen.\n\n## Mål\n\n- Alle skjema skal være digitale innen 2026.\n', 'gran.md');
    expect(doc.metadata.title).toBe('Digitaliseringsstrategi for Gran kommune 2024–2027');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.title])).toEqual([[1, 'Bakgrunn'], [1, 'Mål']]);
  });

  it('drops a nynorsk skip link with a breadcrumb under it, and takes the markdown heading as the title', async () => {
    const doc = await parse('Hopp til hovudinnhald\nKvam herad › Politikk › Planar › Digitalisering\n\n# Digitaliseringsplan for Kvam herad 2026–2029\n\nSist oppdatert 14.03.2026\n\n## Bakgrunn\n\nTekst om bakgrunnen.\n\n## Mål\n\n- Alle skjema skal vere digitale innan 2027.\n', 'kvam.md');
    expect(doc.metadata.title).toBe('Digitaliseringsplan for Kvam herad 2026–2029');
    expect(doc.sections.map((s) => s.title)).not.toContain('Kvam herad › Politikk › Planar › Digitalisering');
  });

  it('a markdown heading under a site line is the title, not the site line', async () => {
    const doc = await parse('Nettstaden til Kvam herad\n\n# Digital agenda for Kvam herad 2026–2028\n\n## Mål\n\n- Alle tilsette skal ha gjennomført kurs innan 2027.\n', 'kvam-sikkerheit.md');
    expect(doc.metadata.title).toBe('Digital agenda for Kvam herad 2026–2028');
  });
});

describe('plain text from a word processor', () => {
  it('takes underlined lines as headings, and a list after "Tiltak:" as measures under any heading', async () => {
    const doc = await parse(`Handlingsplan for digitalisering 2025–2026\n\nInnledning\n----------\n\nPlanen gjelder hele kommunen.\n\nDigitale skoler\n---------------\n\nSkolene har ulikt utstyr i dag.\n\nTiltak:\n• Gi alle elever på 5.–10. trinn egen PC.\n• Innføre felles læringsplattform.\n`, 'gran-handlingsplan.txt');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => s.title)).toEqual(['Innledning', 'Digitale skoler']);
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Gi alle elever på 5.–10. trinn egen PC.', 'Innføre felles læringsplattform.']);
  });

  it('reads "2.1 Visjon" over its paragraph as a subheading, not as a numbered goal', async () => {
    const doc = await parse(`Regional plan for Agder 2025–2030\n\n1 Innleiing\n\nPlanen gjeld heile fylket.\n\n2 Visjon og hovudmål\n\n2.1 Visjon\nAgder – digitalt for alle.\n\n2.2 Hovudmål\nHovudmålet er at alle innbyggjarar skal ha breiband innan 2028.\n\n3 Oppfølging\n\nPlanen vert rullert kvart år.\n`, 'agder.txt');
    expect(doc.sections.map((s) => s.number)).toEqual(expect.arrayContaining(['2.1', '2.2']));
    expect(doc.goals.map((g) => [g.kind, g.text])).toEqual(expect.arrayContaining([['vision', 'Agder – digitalt for alle.'], ['goal', 'Hovudmålet er at alle innbyggjarar skal ha breiband innan 2028.']]));
  });

  it('takes the title below a department line, and councils of two-word municipalities', async () => {
    const doc = await parse(`NORE OG UVDAL KOMMUNE\nHelse og mestring\n\nHandlingsplan for velferdsteknologi 2024–2027\n\nNore og Uvdal kommunestyre 14.03.2024 sak 24/19\n\nInnledning\n\nPlanen gjelder hjemmetjenesten.\n`, 'nore.txt');
    expect(doc.metadata.title).toBe('Handlingsplan for velferdsteknologi 2024–2027');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ body: 'Nore og Uvdal kommunestyre', municipality: 'Nore og Uvdal', caseNumber: '24/19' })]);
  });
});

describe('a table saved as text with tabs between cells', () => {
  it('is written as a pipe table; a line with one tab, or rows of other widths, are left alone', async () => {
    const { tabTablesAsPipes } = await import('../../ingest/clean/index.ts');
    expect(tabTablesAsPipes('Tiltak\tAnsvar\t2025\nBredbånd\tSamferdsel\t4 000 000\nSum\t\t4 000 000\nEtter tabellen.')).toBe('| Tiltak | Ansvar | 2025 |\n| Bredbånd | Samferdsel | 4 000 000 |\n| Sum |  | 4 000 000 |\nEtter tabellen.');
    expect(tabTablesAsPipes('Navn:\tOla\nAdresse:\tGata 1')).toBe('Navn:\tOla\nAdresse:\tGata 1');
    expect(tabTablesAsPipes('a\tb\tc\nd\te')).toBe('a\tb\tc\nd\te');
  });

  it('lists its Tiltak column as measures', async () => {
    const doc = await parse('Handlingsprogram 2025–2026\n\nTiltak\n\nTiltak\tAnsvar\t2025\t2026\nBredbåndsutbygging i distriktene\tSamferdsel\t4 000 000\t6 000 000\nPortal for åpne data\tDigitalisering\t350 000\t150 000\n', 'innlandet.txt');
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Bredbåndsutbygging i distriktene', 'Portal for åpne data']);
  });
});

describe('a web page that is all furniture', () => {
  it('keeps its one block of text between navigation and footer', () => {
    const page = 'Hopp til hovedinnhold\nMeny\nSøk\n\nVi skal gjøre tjenestene digitale.\n\nPostadresse: Postboks 1\nPersonvernerklæring\n';
    expect(removeWebChrome(page).text).toBe('Vi skal gjøre tjenestene digitale.\n');
    expect(removeWebChrome('Hopp til hovedinnhold\nMeny\n\nPostadresse: Postboks 1\nPersonvernerklæring\n\nFølg oss på Facebook\nSøk\n').text).not.toBe('\n');
  });
});
