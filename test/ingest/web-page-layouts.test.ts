import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * A municipality's web page saved as markdown, in English and Norwegian: a skip link, a language switch
 * beside the site's name, a main menu, a breadcrumb, the page's `#` title, an adoption sentence, sections
 * folded into HTML accordions (`<details><summary>`) under "Expand all · Collapse all" and an instruction to
 * click, and a footer of a rule, a contact block, "Was this page helpful?", policy links and a copyright line.
 * Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const headings = (doc: Awaited<ReturnType<typeof parse>>) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.title]);

const ENGLISH_PAGE = `[Skip to main content](#content)

Lyngen kommune · [Norsk](/no) | **English**

[Services](/en/services) · [Politics](/en/politics) · [About Lyngen](/en/about) · [Contact us](/en/contact) · [Search](/en/search)

Home › About Lyngen › Plans › Digital plan

# Digital Lyngen 2026–2029

*A short English version of Lyngen Municipality's plan for digitalisation.*

The municipal council (kommunestyret) adopted the plan on 11 March 2026 in case 021/26.

Published 20 March 2026 · Last updated 2 April 2026

## Background

Lyngen has small villages along two fjords, and many residents travel far to reach the municipal offices.

## Our goals

Click on a goal below to read what it means and what the municipality will do.

[Expand all](#) · [Collapse all](#)

<details>
<summary>Goal 1: Forms that work on a phone</summary>

By 2028, every application form of the municipality shall work on a mobile phone.

[Read more about digital forms (in Norwegian)](/skjema)

</details>

<details>
<summary>Goal 2: Fibre to every village</summary>

By 2029, every village in Lyngen shall be offered fibre broadband.

</details>

## Follow-up

The plan is reported on once a year in the annual report.

---

**Contact**
E-mail: postmottak@lyngen.kommune.no

Was this page helpful? [Yes](#) [No](#)

[Privacy statement](/en/privacy) · [Accessibility statement](/en/a11y) · [Cookies](/en/cookies)

© Lyngen kommune
`;

const NORWEGIAN_PAGE = `[Hopp til hovedinnhold](#innhold)

Vinje kommune · **Bokmål** | [English](/en)

[Tjenester](/tjenester) · [Politikk](/politikk) · [Om Vinje](/om) · [Kontakt oss](/kontakt) · [Søk](/sok)

Forside › Politikk › Planer › Digitalisering

# Digitalt Vinje 2026–2029

Planen gjelder for Vinje kommune. Kommunestyret (KST) vedtok planen 12.03.2026 i sak 019/26.

## Mål for perioden

Klikk på et mål nedenfor for å lese mer om hva målet betyr og hvilke tiltak kommunen skal gjennomføre i perioden.

[Vis alle](#) · [Skjul alle](#)

<details>
<summary>Mål 1: Selvbetjening døgnet rundt</summary>

Innen 2028 skal 80 prosent av søknadene til kommunen komme inn digitalt.

</details>

<details>
<summary>Mål 2: Digital kompetanse for alle ansatte</summary>

Innen 2027 skal alle ansatte ha fullført grunnkurs i digitale verktøy.

</details>

## Oppfølging

Kommunedirektøren rapporterer på målene i årsmeldingen.

Var denne siden nyttig? [Ja](#) [Nei](#)

[Personvernerklæring](/personvern) · [Informasjonskapsler](/cookies)

© Vinje kommune
`;

describe('a municipal web page in English', () => {
  it('drops the skip link, the language switch beside the site name, the menu and the breadcrumb, and takes the # heading as the title', async () => {
    const doc = await parse(ENGLISH_PAGE, 'lyngen-digital-plan.md');
    expect(doc.metadata.title).toBe('Digital Lyngen 2026–2029');
    expect(doc.text).not.toContain('Skip to main content');
    expect(doc.text).not.toContain('Contact us');
  });

  it('reads "The municipal council (kommunestyret) adopted the plan on …" as the adoption', async () => {
    const doc = await parse(ENGLISH_PAGE, 'lyngen-digital-plan.md');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ municipality: 'Lyngen', date: '2026-03-11', caseNumber: '021/26' })]);
  });

  it('puts each accordion one level under the heading before it, with the title no section', async () => {
    const doc = await parse(ENGLISH_PAGE, 'lyngen-digital-plan.md');
    expect(headings(doc)).toEqual([
      [1, 'Background'],
      [1, 'Our goals'],
      [2, 'Goal 1: Forms that work on a phone'],
      [2, 'Goal 2: Fibre to every village'],
      [1, 'Follow-up'],
    ]);
  });

  it('takes no instruction to click for a goal, and keeps the goals', async () => {
    const doc = await parse(ENGLISH_PAGE, 'lyngen-digital-plan.md');
    const texts = doc.goals.map((g) => g.text);
    expect(texts.some((text) => /^Click on/.test(text))).toBe(false);
    expect(texts).toEqual(expect.arrayContaining(['By 2028, every application form of the municipality shall work on a mobile phone.', 'By 2029, every village in Lyngen shall be offered fibre broadband.']));
    expect(doc.text).not.toContain('Expand all');
  });

  it('drops the footer: the rule, the contact block, "Was this page helpful?", the policy links and the copyright line', async () => {
    const doc = await parse(ENGLISH_PAGE, 'lyngen-digital-plan.md');
    expect(doc.text.trimEnd().endsWith('The plan is reported on once a year in the annual report.')).toBe(true);
  });
});

describe('a municipal web page in Norwegian', () => {
  it('drops "Hopp til hovedinnhold", the language switch and the menu, and reads the title and the adoption', async () => {
    const doc = await parse(NORWEGIAN_PAGE, 'vinje-digitalt.md');
    expect(doc.metadata.title).toBe('Digitalt Vinje 2026–2029');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ municipality: 'Vinje', date: '2026-03-12', caseNumber: '019/26' })]);
  });

  it('reads the accordions as subsections and the instruction "Klikk på …" as no goal', async () => {
    const doc = await parse(NORWEGIAN_PAGE, 'vinje-digitalt.md');
    expect(headings(doc)).toEqual([
      [1, 'Mål for perioden'],
      [2, 'Mål 1: Selvbetjening døgnet rundt'],
      [2, 'Mål 2: Digital kompetanse for alle ansatte'],
      [1, 'Oppfølging'],
    ]);
    expect(doc.goals.map((g) => g.text)).toEqual(['Innen 2028 skal 80 prosent av søknadene til kommunen komme inn digitalt.', 'Innen 2027 skal alle ansatte ha fullført grunnkurs i digitale verktøy.']);
  });

  it('drops the footer that "Var denne siden nyttig?" opens, block by block', async () => {
    const doc = await parse(NORWEGIAN_PAGE, 'vinje-digitalt.md');
    expect(doc.text).not.toContain('Var denne siden nyttig');
    expect(doc.text).not.toContain('© Vinje kommune');
  });

  it('takes a menu word opening the title as no menu label: "Tjenester på nett" stays the title', async () => {
    const page = 'Hopp til hovedinnhold\n\nMeny · Søk\n\nTjenester på nett 2026–2028\n\nBakgrunn\n\nKommunen skal flytte flere tjenester til nett.\n\nMål\n\nInnen 2028 skal alle skjema være digitale.\n';
    const doc = await parse(page, 'tjenester-pa-nett.txt');
    expect(doc.metadata.title).toBe('Tjenester på nett 2026–2028');
  });

  it('keeps a line of labels with only one furniture word among them', async () => {
    const page = 'Hopp til hovedinnhold\n\nHelse · Oppvekst · Kultur · Søk\n\n# Plan for digitale tjenester 2026–2028\n\n## Bakgrunn\n\nTekst om bakgrunnen.\n\n## Mål\n\nInnen 2028 skal alle skjema være digitale.\n';
    const doc = await parse(page, 'labels.md');
    expect(doc.text).toContain('Helse · Oppvekst · Kultur · Søk');
  });
});

describe('accordions written as HTML', () => {
  it('reads a summary with markup over several lines, a nested accordion one level deeper, and the next accordion as a sibling again', async () => {
    const page = `# Handlingsplan for digitalisering 2026–2027

## Tiltak

<details open>
<summary>
  <strong>Tiltak 1: Nytt arkiv</strong>
</summary>

Arkivet skal flyttes til skyen.

<details><summary>Kostnader</summary>

Kostnadene dekkes innenfor rammen.

</details>

</details>

<details>
<summary>Tiltak 2: Nye skjema</summary>

Skjemaene skal fornyes.

</details>

## Oppfølging

Planen følges opp hvert år.
`;
    const doc = await parse(page, 'handlingsplan.md');
    expect(headings(doc)).toEqual([
      [1, 'Tiltak'],
      [2, 'Tiltak 1: Nytt arkiv'],
      [3, 'Kostnader'],
      [2, 'Tiltak 2: Nye skjema'],
      [1, 'Oppfølging'],
    ]);
  });
});
