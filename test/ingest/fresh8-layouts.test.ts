import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';
import { yearAmountsTotal } from '../../src/answer/budget-prose.ts';

/**
 * Layouts first met in the blind set test/fixtures/fresh8 (spent on 2026-12-05, sixth session): a plan
 * register's page with a data table above the plan's own heading; goal tables with a goal column and a
 * measure column, or an indicator column beside baseline and target years; rows grouped under lettered
 * group rows; "Objective:" paragraphs; amounts given "kvart år i perioden 2026–2028". Every text here is
 * written for this test.
 */
const parse = (text: string, name = 'plan.md') => parseDocument(new TextEncoder().encode(text), name);

const REGISTER = `Hole kommune · Planregister

[Planregister](#) › [Temaplaner](#) › Plan for digital samhandling

| Plandata | |
|---|---|
| Plannavn | Plan for digital samhandling 2026–2029 |
| Plan-ID | 3038-TP-2025-11 |
| Planperiode | 2026–2029 |
| Vedtatt av | Kommunestyret |
| Vedtaksdato | 04.12.2025 |
| Politisk saksnr. | PS 77/25 |
| Arkivsak | 25/1180 |
| Ansvarlig enhet | Stab |
| Sist endret | 09.12.2025 |

Vedlegg: [Saksframlegg (PDF)](#) · [Protokoll (PDF)](#)

---

# Plan for digital samhandling 2026–2029

*Kommunestyret i Hole vedtok planen 04.12.2025. Fram mot 2040 vil behovet for samhandling vokse.*

## 1 Bakgrunn

Tjenestene skal henge bedre sammen for innbyggerne.

## 2 Mål

Kommunen skal sende alle meldinger elektronisk innen 2027.
`;

describe('a plan register page', () => {
  it('takes the title and period from the plan heading below the register data, and the case from "Politisk saksnr."', async () => {
    const doc = await parse(REGISTER);
    expect(doc.metadata.title).toBe('Plan for digital samhandling 2026–2029');
    expect(doc.metadata.period).toEqual({ from: 2026, to: 2029 });
    expect(doc.metadata.adopted[0]).toEqual(expect.objectContaining({ date: '2025-12-04', caseNumber: '77/25' }));
    expect(doc.sections.find((section) => section.title === 'Bakgrunn')?.level).toBe(1);
  });

  it('reads a case number after a field name of two words and a letter prefix, not an archive number', () => {
    expect(detectAdoptions('| Vedtatt av | Bystyret |\n| Vedtaksdato | 1.3.2026 |\n| Politisk saksnr. | KS 12/26 |\n| Arkivsak | 26/400 |')[0]?.caseNumber).toBe('12/26');
  });
});

describe('goal tables', () => {
  it('reads the measures of a "Mål | Tiltak | Ansvar | Tid" table as well as its goals', async () => {
    const doc = await parse(`# Digitaliseringsplan for skulen 2026–2029\n\n## Kompetanse\n\n| Mål | Tiltak | Ansvar | Tid |\n|---|---|---|---|\n| Alle lærarar brukar digitale verktøy trygt i undervisninga | Kurs i digital vurdering for alle lærarar | Rektor | 2026 |\n| | Rettleiar for digital praksis på kvar skule | Kommunalsjef | 2027 |\n`);
    const kinds = doc.goals.map((goal) => [goal.kind, goal.text]);
    expect(kinds).toContainEqual(['goal', 'Alle lærarar brukar digitale verktøy trygt i undervisninga']);
    expect(kinds).toContainEqual(['measure', 'Kurs i digital vurdering for alle lærarar']);
    expect(kinds).toContainEqual(['measure', 'Rettleiar for digital praksis på kvar skule']);
  });

  it('reads an indicator column beside baseline and target years, and an "Objective:" paragraph as a goal', async () => {
    const doc = await parse(`# Digital Strategy 2026–2030 – Summary\n\n## 1. Open data\n\n**Objective:** The municipality publishes its main datasets as open data.\n\n## Results\n\n| Objective | Indicator | Baseline 2025 | Target 2030 |\n|---|---|---|---|\n| 1 | Open datasets on the portal | 3 | 60 |\n| 1 | Data-sharing agreements | 0 | 8 |\n`);
    const kinds = doc.goals.map((goal) => [goal.kind, goal.text]);
    expect(kinds).toContainEqual(['goal', 'The municipality publishes its main datasets as open data.']);
    expect(kinds).toContainEqual(['indicator', 'Open datasets on the portal']);
    expect(kinds).toContainEqual(['indicator', 'Data-sharing agreements']);
  });

  it('takes a column of codes for numbering, and a row of nothing but a letter and a name for a group heading', async () => {
    const doc = await parse(`# Handlingsplan 2026\n\n## Tiltak\n\nTal i 1 000 kr.\n\n| Nr | Tiltak | Ansvar | 2026 | 2027 |\n|---|---|---|---:|---:|\n| **A** | **Innbyggjarar** | | | |\n| A1 | Digihjelp på servicetorget | Kultur | 90 | 90 |\n| **B** | **Helse** | | | |\n| B1 | Digitalt tilsyn | Helse | 300 | 250 |\n| | **Sum** | | **390** | **340** |\n`);
    expect(doc.goals.filter((goal) => goal.kind === 'measure').map((goal) => goal.text)).toEqual(['Digihjelp på servicetorget', 'Digitalt tilsyn']);
    expect(doc.budgets.map((row) => [row.label, row.year, row.amount])).toContainEqual(['Digitalt tilsyn', 2026, 300_000]);
  });

  it('leaves a column naming the focus area each measure belongs to as no goal of its own', async () => {
    const doc = await parse(`# Handlingsplan 2026\n\n## Tiltak\n\n| Nr | Tiltak | Innsatsområde | Ansvarlig |\n|---|---|---|---|\n| 1 | Innføre KI-assistent i saksbehandlinga | KI og automatisering | Stab |\n| 2 | Rydde fellesområda i arkivet | Arkiv | Arkiv |\n`);
    expect(doc.goals.map((goal) => goal.text)).toEqual(['Innføre KI-assistent i saksbehandlinga', 'Rydde fellesområda i arkivet']);
  });
});

describe('amounts in prose', () => {
  it('counts every year of a span an amount is given for each year of', () => {
    expect(yearAmountsTotal('Kommunen har sett av 500 000 kroner i 2026 og 250 000 kroner kvart år i perioden 2027–2029.')).toEqual({ total: 1_250_000, from: 2026, to: 2029 });
  });
});
