import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { introducedLists } from '../../ingest/structure/sections.ts';

/**
 * Layout families first met in the set test/fixtures/fresh15: a web page dumped by a text browser (lynx: numbered
 * links, a sidebar of shortcuts, accordion buttons, a fact box after a rule, the list of references); a
 * `pdftotext -layout` dump of a Word document (form feeds, mirrored running headers, page numbers on their own
 * lines, a contents list after a form feed, a budget table split over a page break whose second part repeats
 * its header); an English press release (a "PRESS RELEASE" label over the headline, the strategy's name quoted
 * in the lead, goals numbered with blank lines between them, numbered notes wrapped over lines). Every text
 * here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
type Doc = Awaited<ReturnType<typeof parse>>;
const headings = (doc: Doc) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.number, s.title]);
const budgetsOf = (doc: Doc) => doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum]);

const LYNX_DUMP = `   [1]Hopp til hovudinnhald

   [2][Lærdal kommune logo] TILSETTSIDER

   [3]Søk: [4]________________________ [5]Søk

   [6]Nytt | [7]HMS | [8]Planar og styring | [9]Kontakt

Snøgglenker

     * [10]Timeliste
     * [11]Feriesøknad
     * [12]Meld feil på utstyr

   Du er her: [13]Forside > [14]Planar og styring > IKT-plan

IKT-plan for tilsette 2027–2029

   Denne sida fortel kva IKT-planen betyr for deg som er tilsett.

   Innhald på sida
     * [15]Bakgrunn
     * [16]Tiltak

Bakgrunn

   Vi treng betre verktøy og tryggare rutinar for dei digitale systema.

   [17]Vis meir

   Planen gjeld alle einingar i kommunen.

   [18]Vis mindre

Tiltak [19][+] Vis meir

  Opplæring

     * Kurs i nye fagsystem for alle einingsleiarar

  Tryggleik

     * Årleg øving i handtering av dataangrep

   [20][–] Vis mindre

   ----------------------------------------------------------------------

Om planen

   Vedteken av: Kommunestyret
   Dato: 14.03.2027
   Sak: PS 22/27

Andre sider

     * [21]Personvern
     * [22]Informasjonstryggleik

References

   Visible links:
   1. https://tilsett.example/#innhald
   2. https://tilsett.example/
`;

describe('a web page dumped by a text browser', () => {
  it('takes the first heading after the navigation as the title and the others as its chapters, without link numbers, buttons or sidebars', async () => {
    const doc = await parse(LYNX_DUMP, 'laerdal-ikt-plan.txt');
    expect(doc.metadata.title).toBe('IKT-plan for tilsette 2027–2029');
    expect(doc.metadata.organisation).toBe('Lærdal kommune');
    expect(headings(doc)).toEqual([
      [1, null, 'Bakgrunn'],
      [1, null, 'Tiltak'],
      [2, null, 'Opplæring'],
      [2, null, 'Tryggleik'],
    ]);
    expect(doc.text).not.toMatch(/\[\d+\]|Vis meir|Vis mindre|Snøgglenker|Timeliste|Visible links/);
    // The fact box after the rule stays as text: it holds the adoption.
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ date: '2027-03-14', caseNumber: '22/27' })]);
  });
});

const FF = '\f';
const WORD_DUMP = [
  '',
  '                         Sauda kommune',
  '',
  '                      IKT-STRATEGI 2027–2030',
  '',
  `${FF}Innhold`,
  '',
  '1    Innledning ........................................................ 3',
  '2    Økonomi ........................................................... 4',
  '',
  `${FF}IKT-strategi 2027–2030                                   Sauda kommune`,
  '',
  '1      Innledning',
  '',
  'Strategien gjelder for alle tjenesteområder i kommunen og skal rulleres hvert',
  'fjerde år i forbindelse med kommuneplanen.',
  '',
  '                                                                          3',
  `${FF}Sauda kommune                                   IKT-strategi 2027–2030`,
  '',
  '2      Økonomi',
  '',
  'Tabellen viser ressursbehovet (1 000 kr).',
  '',
  'Område                                2027       2028        Sum',
  'Skole                                  400        300        700',
  'Kultur                                 100        100        200',
  '',
  '4',
  `${FF}IKT-strategi 2027–2030                                   Sauda kommune`,
  '',
  'Tabell 1 (forts.)',
  '',
  'Område                                2027       2028        Sum',
  'Helse                                  250        150        400',
  'Sum                                    750        550      1 300',
  '',
  'Behovet er størst det første året.',
  '',
  '5',
  `${FF}Sauda kommune                                   IKT-strategi 2027–2030`,
  '',
  'Vedlegg',
  '',
  'Ordliste over begreper som brukes i strategien og i handlingsdelen.',
  '',
  '6',
].join('\n');

describe('a pdftotext -layout dump of a Word document', () => {
  it('reads the pages at the form feeds without mirrored running headers and page numbers, and chapters not taken from the contents list', async () => {
    const doc = await parse(WORD_DUMP, 'sauda-ikt-strategi.txt');
    expect(headings(doc).filter((h) => h[1] !== null)).toEqual([
      [1, '1', 'Innledning'],
      [1, '2', 'Økonomi'],
    ]);
    expect(doc.text).not.toMatch(/IKT-strategi 2027–2030\s+Sauda kommune/);
    expect(doc.text).not.toMatch(/\n\s*[345]\s*\n/);
  });

  it('reads the part of a table after a page break in the unit the first part was introduced with', async () => {
    const doc = await parse(WORD_DUMP, 'sauda-ikt-strategi.txt');
    expect(budgetsOf(doc)).toEqual([
      ['Skole', 2027, 400_000, false],
      ['Skole', 2028, 300_000, false],
      ['Skole', null, 700_000, true],
      ['Kultur', 2027, 100_000, false],
      ['Kultur', 2028, 100_000, false],
      ['Kultur', null, 200_000, true],
      ['Helse', 2027, 250_000, false],
      ['Helse', 2028, 150_000, false],
      ['Helse', null, 400_000, true],
      ['Sum', 2027, 750_000, true],
      ['Sum', 2028, 550_000, true],
      ['Sum', null, 1_300_000, true],
    ]);
  });
});

const PRESS_RELEASE = `PRESS RELEASE

Fitjar Municipality (Fitjar kommune)

For immediate release
3 March 2027


ISLAND MUNICIPALITY GOES ALL IN ON
DIGITAL SERVICES FOR RESIDENTS


FITJAR, 3 March 2027 – Fitjar Municipality today launched its
"Digital Plan 2027–2030" at a meeting with local businesses.


OUR TARGETS

The municipality has set the following targets for the period:

  1. By 2030, every application to the municipality can be
     submitted online.

  2. Every school pupil will have a personal tablet by the end of
     2028.


NOTES TO EDITORS

  1. The Digital Plan 2027–2030 was adopted by the municipal council on
     14 February 2027 (case 12/27). It replaces the plan from 2020.

  2. Population figures are from the municipality's own statistics and
     refer to 1 January 2027.


MEDIA CONTACT

Communications adviser, phone 555 00 000
`;

describe('an English press release', () => {
  it('takes the quoted name in the lead as the title, not the genre label or the headline', async () => {
    const doc = await parse(PRESS_RELEASE, 'fitjar-press-release.txt');
    expect(doc.metadata.title).toBe('Digital Plan 2027–2030');
  });

  it('reads numbered notes wrapped over lines as no chapters, so that the heads in capitals are the sections', async () => {
    const doc = await parse(PRESS_RELEASE, 'fitjar-press-release.txt');
    expect(headings(doc).map((h) => h[2])).toEqual(expect.arrayContaining(['OUR TARGETS', 'NOTES TO EDITORS']));
    expect(doc.sections.filter((s) => s.number !== null)).toEqual([]);
  });

  it('keeps a list after a lead-in whole over the blank lines between its items, but ends a list without them at a blank line', () => {
    const loose = 'Targets:\n\n1. First target\n   goes on.\n\n2. Second target.\n\nNext paragraph.\n';
    const [span] = introducedLists(loose);
    expect(loose.slice(span!.start, span!.end)).toBe('1. First target\n   goes on.\n\n2. Second target.');
    const tight = 'Mål:\n1. Første mål.\n2. Andre mål.\n\n3 Tiltak\nTekst.\n';
    const [tightSpan] = introducedLists(tight);
    expect(tight.slice(tightSpan!.start, tightSpan!.end)).toBe('1. Første mål.\n2. Andre mål.');
  });
});
