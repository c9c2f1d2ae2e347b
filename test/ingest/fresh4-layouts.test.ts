import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { removeWebChrome } from '../../ingest/clean/web-chrome.ts';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';
import { isOrganisationOnly } from '../../ingest/structure/title.ts';

/**
 * Layouts first met in test/fixtures/fresh4: a web page exported with its navigation on lines of their own,
 * a Saksgang table, lettered headings with goals labelled M1 and measures T1, an English county summary
 * ("Target:", "We will:", dot leaders), a "Nr" column numbered 1.1, a "Type" column of Drift / Investering.
 * Every text here is written for this test.
 */
const parse = (text: string, name = 'strategi.txt') => parseDocument(new TextEncoder().encode(text), name);

describe('a web page exported with its navigation and share lines on lines of their own', () => {
  const PAGE = `[Hopp til hovedinnhold](#innhold)

Meny · Søk · English · Min side

Du er her: [Forside](/) › [Politikk](/p) › [Planer](/p/pl) › Strategi for skytjenester

# Strategi for skytjenester 2026–2028

**Gran kommune**

Publisert 02.02.2026 · Sist oppdatert 10.03.2026

[Del på Facebook](#) · [Del på LinkedIn](#) · [Skriv ut](#)

## Bakgrunn

Kommunen bruker flere skytjenester enn før.

[Les mer om digitaliseringsstrategien](#)

## Personvernombud

Vi skal vurdere personvernet før vi tar i bruk en ny skytjeneste.

[Les mer: Retningslinjer for skytjenester](#) · [Les mer: Personvern](#)

---

**Kontakt**
IKT-avdelingen, Gran kommune
E-post: postmottak (at) kommunen

Fant du det du lette etter? [Ja](#) [Nei](#)

[Personvern og informasjonskapsler](#) · [Tilgjengelighetserklæring](#) · [Nettstedskart](#)
`;

  it('loses navigation, share and date lines, "Les mer" links and the footer; keeps its title, headings and text', async () => {
    const doc = await parse(PAGE, 'gran-skytjenester.md');
    expect(doc.metadata.title).toBe('Strategi for skytjenester 2026–2028');
    expect(doc.text).toBe('Strategi for skytjenester 2026–2028\n\nGran kommune\n\nBakgrunn\n\nKommunen bruker flere skytjenester enn før.\n\nPersonvernombud\n\nVi skal vurdere personvernet før vi tar i bruk en ny skytjeneste.');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.title])).toEqual([[1, 'Bakgrunn'], [1, 'Personvernombud']]);
  });

  it('leaves share lines and a lone "Les mer" line alone on a page without navigation or footer', () => {
    const text = 'Strategi\n\nPublisert 02.02.2026 · Sist oppdatert 10.03.2026\n\nLes mer om strategien\n\nVi skal bruke skytjenester.\n';
    expect(removeWebChrome(text).text).toBe(text);
  });
});

describe('front-page lines', () => {
  it('takes an organisation named in two languages as the owner line, not the title', async () => {
    expect(isOrganisationOnly('Akershus County Municipality (Akershus fylkeskommune)')).toBe(true);
    expect(isOrganisationOnly('Data Strategy (summary)')).toBe(false);
    const doc = await parse('Akershus County Municipality (Akershus fylkeskommune)\n\nOPEN DATA STRATEGY 2026–2029\nSummary in English\n\nWHY A STRATEGY?\n\nThe county council holds much data that is rarely shared with others today.\n', 'akershus-open-data.txt');
    expect(doc.metadata.title).toBe('OPEN DATA STRATEGY 2026–2029');
  });

  it('skips a sector line above a title that opens with a plan word ("Oppvekst" over "Plan for …")', async () => {
    const doc = await parse('Gran kommune\nOppvekst\n\nPlan for digitalisering i barnehagen 2026–2029\n\nInnledning\n\nPlanen gjelder alle barnehagene i kommunen fra høsten 2026.\n', 'gran-barnehage.txt');
    expect(doc.metadata.title).toBe('Plan for digitalisering i barnehagen 2026–2029');
  });
});

describe('adoption records', () => {
  it('takes the council from a Saksgang table, not the committees that handled the case first', () => {
    const text = 'Saksgang\n| Utvalg | Møtedato | Saksnr. |\n| Administrasjonsutvalget | 27.05.2026 | 014/26 |\n| Formannskapet | 04.06.2026 | 058/26 |\n| Kommunestyret | 16.06.2026 | 071/26 |\n';
    expect(detectAdoptions(text)).toEqual([{ body: 'Kommunestyret', municipality: null, date: '2026-06-16', caseNumber: '071/26' }]);
  });

  it('reads a case number in brackets after the council and drops the committee that handled it', () => {
    expect(detectAdoptions('Behandlet i hovedutvalg for oppvekst 27.05.2026 (sak 19/26) og vedtatt av Gran kommunestyre 12.06.2026 (sak 48/26).')).toEqual([{ body: 'Gran kommunestyre', municipality: 'Gran', date: '2026-06-12', caseNumber: '48/26' }]);
    expect(detectAdoptions('Handsama i formannskapet 6. mars 2026, sak 021/26.\nVedteken av Stryn kommunestyre 27. mars 2026, sak 030/26.')).toEqual([{ body: 'Stryn kommunestyre', municipality: 'Stryn', date: '2026-03-27', caseNumber: '030/26' }]);
  });

  it('reads an English body with its Norwegian name in brackets', () => {
    expect(detectAdoptions('Adopted by the County Council (fylkestinget) on 18 June 2026, case 64/26.')).toEqual([{ body: 'County Council', municipality: null, date: '2026-06-18', caseNumber: '64/26' }]);
  });
});

describe('lettered headings with goals M1 … and measures T1 …', () => {
  const TEXT = `STRYN KOMMUNE

Strategi for arkiv 2026–2029

A. Innleiing

Kommunen har plikt til å ta vare på dokumentasjonen så lenge lova krev det.

B. Mål

Måla gjeld for heile perioden.

M1  All dokumentasjon skal journalførast innan 14 dagar.
M2  Tilsette skal vite kva som skal arkiverast.

C. Tiltak

T1  Opplæring i journalføring for alle leiarar (M1, M2)
T2  Plan for uttrekk frå dei ni fagsystema som manglar det (M1)
T3  Sjekkliste med arkivkrav ved anskaffing (M2)

D. Oppfølging

Arkivleiaren rapporterer kvart år.
`;

  it('numbers the sections by their letters and reads the labelled items with their heading’s kind', async () => {
    const doc = await parse(TEXT, 'stryn-arkiv.txt');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => [s.number, s.title, s.level])).toEqual([['A', 'Innleiing', 1], ['B', 'Mål', 1], ['C', 'Tiltak', 1], ['D', 'Oppfølging', 1]]);
    expect(doc.goals.map((g) => [g.kind, g.label, g.text])).toEqual([
      ['goal', 'M1', 'All dokumentasjon skal journalførast innan 14 dagar.'],
      ['goal', 'M2', 'Tilsette skal vite kva som skal arkiverast.'],
      ['measure', 'T1', 'Opplæring i journalføring for alle leiarar (M1, M2)'],
      ['measure', 'T2', 'Plan for uttrekk frå dei ni fagsystema som manglar det (M1)'],
      ['measure', 'T3', 'Sjekkliste med arkivkrav ved anskaffing (M2)'],
    ]);
  });
});

describe('an English county summary', () => {
  const TEXT = `Akershus County Municipality (Akershus fylkeskommune)

OPEN DATA 2026–2030

AT A GLANCE

  Period ......................... 2026–2030
  Funding ........................ NOK 5 million

AMBITION

Akershus shall be the county where public data flows freely between services.

OBJECTIVE 1 – DATA THAT IS SHARED

Data is collected once and reused across services.

Target: By 2028, at least 60 per cent of the datasets shall be published as open data.

We will:
  - build a regional data platform together with the municipalities;
  - appoint a data owner for each important dataset.

FOLLOW-UP

The County Director reports on the targets in the annual report.
`;

  it('reads the fact box as a section, the ambition and "Target:" as goals and "We will:" items as commitments', async () => {
    const doc = await parse(TEXT, 'akershus-open-data.txt');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => s.title)).toEqual(['AT A GLANCE', 'AMBITION', 'OBJECTIVE 1 – DATA THAT IS SHARED', 'FOLLOW-UP']);
    expect(doc.goals.map((g) => [g.kind, g.text])).toEqual([
      ['goal', 'Akershus shall be the county where public data flows freely between services.'],
      ['goal', 'By 2028, at least 60 per cent of the datasets shall be published as open data.'],
      ['commitment', 'build a regional data platform together with the municipalities'],
      ['commitment', 'appoint a data owner for each important dataset.'],
    ]);
  });
});

describe('tables and unbulleted goal lines', () => {
  it('reads measures from the Tiltak column after a "Nr" column numbered 1.1, 1.2', async () => {
    const doc = await parse('# Kommunedelplan for digitalisering 2026–2030\n\n## Handlingsdel\n\n| Nr | Tiltak | Ansvar | Tidsrom |\n|----|--------|--------|---------|\n| 1.1 | Ny innbyggjarportal | Servicetorget | 2026 |\n| 2.1 | Breibandsutbygging til Fortun | Plan og utvikling | 2027 |\n\n## Oppfølging\n\nPlanen blir rullert kvart år.\n', 'luster.md');
    expect(doc.goals.map((g) => [g.kind, g.text])).toEqual([['measure', 'Ny innbyggjarportal'], ['measure', 'Breibandsutbygging til Fortun']]);
  });

  it('gives no measures from a budget table whose only other column says Drift or Investering', async () => {
    const doc = await parse('Strategi for informasjonssikkerhet 2026–2029\n\n1 Innledning\n\nStrategien gjelder hele kommunen.\n\n2 Økonomi\n\nTabellen viser kostnader i hele kroner.\n\nTiltak\tType\t2026\t2027\nOpplæring og phishing-øvelser\tDrift\t120 000\t150 000\nSikker sone for sensitive data\tInvestering\t650 000\t300 000\n', 'horten.txt');
    expect(doc.goals.filter((g) => g.kind === 'measure')).toEqual([]);
    expect(doc.budgets.length).toBeGreaterThan(0);
  });

  it('reads unbulleted lines under "Resultatmål" as goals, a share of a group as the subject too', async () => {
    const doc = await parse('Plan for digitalisering i skolen 2026–2029\n\nInnledning\n\nPlanen gjelder alle skolene i kommunen fra høsten 2026.\n\nResultatmål\n\nInnen høsten 2028 skal hver elev ha sin egen digitale enhet.\nMinst 90 prosent av lærerne skal ha fullført kompetansepakken innen 2028.\n\nOppfølging\n\nKommunalsjefen rapporterer hvert år på målene.\n', 'skole.txt');
    expect(doc.goals.map((g) => [g.kind, g.text])).toEqual([
      ['goal', 'Innen høsten 2028 skal hver elev ha sin egen digitale enhet.'],
      ['goal', 'Minst 90 prosent av lærerne skal ha fullført kompetansepakken innen 2028.'],
    ]);
  });
});
