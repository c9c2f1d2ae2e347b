/**
 * Goals in the forms real strategies use, on texts written for this test imitating their layouts:
 * a nynorsk county plan, a web-page export with areas under "Satsingsområder og hovedmål", an action
 * plan with a pipe table, labelled sub-goals, an English summary. Kinds and measurability included.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../ingest/model.ts';
import { parseDocument, structureDocument } from '../../ingest/parse.ts';
import { isMeasurable, kindsNamed } from '../../ingest/structure/goal-vocabulary.ts';

const parse = (text: string, name = 'strategi.md') => parseDocument(new TextEncoder().encode(text), name);
const kinds = (doc: ParsedDocument) => doc.goals.map((g) => [g.kind, g.text]);

describe('goal blocks', () => {
  it('reads a nynorsk county plan: vision, "Hovudmålet er at …", "X skal …" and "Delmål:" lists', async () => {
    const doc = await parse(
      'Regional plan for digitalisering 2022–2029\n\nInnleiing\n\nFylket har store avstandar. Kommunane skal få hjelp.\n\nVisjon\n\nAgder – ein region der alle kan ta del.\n\nHovudmål\n\nHovudmålet er at Agder skal vere ein leiande region innan 2029.\n\nSatsingsområde 1. Digital infrastruktur\n\nAgder skal ha breiband til alle husstandar innan 2027.\n\nDelmål:\n– Alle skular skal ha fiberbasert samband.\n– Hovudvegane skal ha mobildekning.\n\nGjennomføring\n\nPlanen vert følgd opp årleg. Fylket skal rapportere.\n',
      'agder.txt',
    );
    expect(kinds(doc)).toEqual([
      ['vision', 'Agder – ein region der alle kan ta del.'],
      ['goal', 'Hovudmålet er at Agder skal vere ein leiande region innan 2029.'],
      ['goal', 'Agder skal ha breiband til alle husstandar innan 2027.'],
      ['sub-goal', 'Alle skular skal ha fiberbasert samband.'],
      ['sub-goal', 'Hovudvegane skal ha mobildekning.'],
    ]);
    expect(doc.goals.map((g) => g.measurable)).toEqual([false, true, true, false, false]);
  });

  it('reads goals under area headings that follow "Satsingsområder og hovedmål", and lists of focus areas', async () => {
    const doc = await parse(
      '# Digitaliseringsstrategi for Hole kommune 2022–2025\n\n## Satsingsområder og hovedmål\n\nUnder hvert satsingsområde står hovedmålene.\n\n### Innbyggeren i sentrum\n\n- Innbyggerne skal kunne søke digitalt på alle tjenester.\n- Minst 80 prosent av søknadene skal komme digitalt innen 2024.\n\n### Trygg digitalisering\n\n- Kommunen skal ha et styringssystem for informasjonssikkerhet.\n- Alle ansatte skal ha opplæring i personvern.\n\n## Prioriteringer\n\n- Selvbetjening og digitale skjemaer\n- Deling av data\n\n## Kontakt\n\n- Servicetorget\n- Sentralbordet\n',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Innbyggerne skal kunne søke digitalt på alle tjenester.'],
      ['goal', 'Minst 80 prosent av søknadene skal komme digitalt innen 2024.'],
      ['goal', 'Kommunen skal ha et styringssystem for informasjonssikkerhet.'],
      ['goal', 'Alle ansatte skal ha opplæring i personvern.'],
      ['focus-area', 'Selvbetjening og digitale skjemaer'],
      ['focus-area', 'Deling av data'],
    ]);
  });

  it('reads a tiltak table written with pipes, one measure per row', async () => {
    const doc = await parse(
      'Handlingsplan for digitalisering 2024\n\nTiltak\n\n| Tiltak | Ansvar | Frist | Kostnad |\n|---|---|---|---|\n| Innføre digital post til innbyggerne | IKT | 2024 | 200 000 |\n| Ta i bruk felles integrasjonsplattform | Økonomi | 2025 | 500 000 |\n\nOppfølging\n\nRådmannen rapporterer.\n',
    );
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Innføre digital post til innbyggerne', 'Ta i bruk felles integrasjonsplattform']);
  });

  it('reads a tiltak table pasted without outer pipes or rule, but not a line of prose with pipes', async () => {
    const doc = await parse(
      'Handlingsplan for velferdsteknologi 2025\n\nTiltak\n\nTiltak | Ansvar | Frist | Kostnad\nAnskaffe responssenter | Kommunalsjef | 2025 | 450 000\nPilot med digital hjemmeoppfølging | Prosjektleder | 2026 | 350 000\n\nOppfølging\n\nKontakt: IKT | Helse | Oppvekst er med i styringsgruppen.\n',
    );
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Anskaffe responssenter', 'Pilot med digital hjemmeoppfølging']);
  });

  it('reads a PDF tiltak table (rows from the reader), one measure per row', () => {
    const page = 'Handlingsplan for digitalisering 2024–2026\nTiltak\nTiltak Ansvar Frist\nInnføre digital post til innbyggerne IKT-sjef 2024\nBygge ut trådløst nett i alle skoler Eiendom 2025\nRådmannen rapporterer hvert år.';
    const tables = [{ page: 1, rows: [['Tiltak', 'Ansvar', 'Frist'], ['Innføre digital post til innbyggerne', 'IKT-sjef', '2024'], ['Bygge ut trådløst nett i alle skoler', 'Eiendom', '2025']] }];
    const doc = structureDocument({ format: 'pdf', pages: [{ number: 1, text: page }], tables, hasRealPages: true }, { sourceName: 'plan.pdf', contentHash: 'x' });
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => [g.text, g.page])).toEqual([['Innføre digital post til innbyggerne', 1], ['Bygge ut trådløst nett i alle skoler', 1]]);
  });

  it('reads labelled sub-goals, "Hovedmålet er …" and list kinds named by their introduction', async () => {
    const doc = await parse(
      'Strategi for digitalisering i oppvekst 2021–2025\n\nHovedmål\n\nHovedmålet er å gi alle elever et likeverdig digitalt læringsmiljø.\n\nDelmål\n\nDelmål 1: Alle elever skal ha et eget læringsverktøy innen skolestart 2022.\nDelmål 2: Alle ansatte skal ha digital kompetanse.\n\nMålbilde 2025\n\nVi måler framdriften med disse indikatorene:\n\n- 100 % av brevene sendes digitalt innen 2025.\n- Alle nye fagsystemer er integrert med arkivet.\n',
      'oppvekst.txt',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Hovedmålet er å gi alle elever et likeverdig digitalt læringsmiljø.'],
      ['sub-goal', 'Alle elever skal ha et eget læringsverktøy innen skolestart 2022.'],
      ['sub-goal', 'Alle ansatte skal ha digital kompetanse.'],
      ['indicator', '100 % av brevene sendes digitalt innen 2025.'],
      ['indicator', 'Alle nye fagsystemer er integrert med arkivet.'],
    ]);
    expect(doc.goals.map((g) => g.label)).toEqual([null, '1', '2', null, null]);
  });

  it('reads an English summary: vision, main goals, key measures', async () => {
    const doc = await parse('Digital Strategy 2023–2026\n\nOur vision\n\nA digital city for everyone.\n\nMain goals\n\n- Residents shall be able to complete all common services online by 2026.\n- All employees shall have the digital skills their work requires.\n\nKey measures\n\n- Publish at least 50 new open data sets.\n- Introduce a single digital front door.\n', 'summary.txt');
    expect(kinds(doc).map(([kind]) => kind)).toEqual(['vision', 'goal', 'goal', 'measure', 'measure']);
    expect(doc.goals.filter((g) => g.measurable).map((g) => g.kind)).toEqual(['goal', 'measure']);
  });

  it('takes no goals from lists under headings that do not name goals', async () => {
    const doc = await parse('Strategi 2020\n\nBakgrunn\n\nSom utgangspunkt skal følgende drivere legges til grunn:\n\n- Stabil drift\n- Tjenesteutvikling og innovasjon\n\nOrganisering\n\n- Rådmannen leder arbeidet.\n- IKT-rådet prioriterer.\n', 'x.txt');
    expect(doc.goals).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('names kinds in headings in bokmål, nynorsk and English', () => {
    expect(kindsNamed('Satsingsområder og hovedmål')).toEqual(['focus-area', 'goal']);
    expect(kindsNamed('Måla våre')).toEqual(['goal']);
    expect(kindsNamed('Målsetjingar')).toEqual(['goal']);
    expect(kindsNamed('Formål')).toEqual([]);
    expect(kindsNamed('Key measures')).toEqual(['measure']);
  });
  it('marks goals measurable by a number, a percentage or a deadline, not by numbers in names', () => {
    expect(isMeasurable('Innbyggjarane skal søkje digitalt innan utgangen av 2023.')).toBe(true);
    expect(isMeasurable('100 % av søknadene skal komme digitalt.')).toBe(true);
    expect(isMeasurable('Minst 600 brukere har digitalt tilsyn.')).toBe(true);
    expect(isMeasurable('Publisere 50 nye datasett.')).toBe(true);
    expect(isMeasurable('Kommunen skal følge ISO 27001.')).toBe(false);
    expect(isMeasurable('Innføre Microsoft 365 for alle tilsette.')).toBe(false);
    expect(isMeasurable('Alle elever fra 1. til 10. trinn skal ha verktøy.')).toBe(false);
    expect(isMeasurable('Strategien bygger på kommuneplanen 2020.')).toBe(false);
  });
});
