/**
 * The goal layouts of the layouts/ corpus as unit tests, on short texts written for this test: a
 * Mål | Strategi | Tiltak table, "Vi vil …" under a goal heading and elsewhere, goals numbered 1.1/1.2
 * under chapters, Word's bullet glyphs (also as private-use code points), lists opening with a count,
 * "Mål N:" lead-ins followed by their explanation, number words as quantities, and prose that merely
 * contains "skal" or "vil".
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../ingest/model.ts';
import { parseDocument, structureDocument } from '../../ingest/parse.ts';
import { isCommitment, isIntroductionHeading, isMeasurable } from '../../ingest/structure/goal-vocabulary.ts';
import { findBulletRuns, findDecimalRuns } from '../../ingest/structure/lists.ts';
import { detectTitle, isOrganisationOnly } from '../../ingest/structure/title.ts';
import { isKnownPlace } from '../../ingest/gazetteer.ts';

const parse = (text: string, name = 'strategi.txt') => parseDocument(new TextEncoder().encode(text), name);
const kinds = (doc: ParsedDocument) => doc.goals.map((g) => [g.kind, g.text]);

describe('tables whose columns name kinds', () => {
  it('reads every column whose header names a kind: Mål cells are goals, Tiltak cells measures, Strategi cells nothing', () => {
    const page = [
      'Digitaliseringsstrategi 2023–2026',
      'Mål, strategier og tiltak',
      'Mål Strategi Tiltak',
      'Innbyggerne skal kunne løse de',
      'fleste henvendelser digitalt.',
      'Utvikle selvbetjening sammen',
      'med brukerne.',
      'Ta i bruk en felles plattform for',
      'digitale skjema.',
      'Ansatte skal ha den digitale kompetansen de trenger.',
      'Bygge kompetanse i arbeidstiden.',
      'Etablere et nettverk av digitale veiledere.',
      'Gjennomføring',
      'Rådmannen rapporterer hvert år.',
    ].join('\n');
    const tables = [{ page: 1, rows: [['Mål', 'Strategi', 'Tiltak'], ['Innbyggerne skal kunne løse de fleste henvendelser digitalt.', 'Utvikle selvbetjening sammen med brukerne.', 'Ta i bruk en felles plattform for digitale skjema.'], ['Ansatte skal ha den digitale kompetansen de trenger.', 'Bygge kompetanse i arbeidstiden.', 'Etablere et nettverk av digitale veiledere.']] }];
    const doc = structureDocument({ format: 'pdf', pages: [{ number: 1, text: page }], tables, hasRealPages: true }, { sourceName: 'plan.pdf', contentHash: 'x' });
    expect(kinds(doc)).toEqual([
      ['goal', 'Innbyggerne skal kunne løse de fleste henvendelser digitalt.'],
      ['measure', 'Ta i bruk en felles plattform for digitale skjema.'],
      ['goal', 'Ansatte skal ha den digitale kompetansen de trenger.'],
      ['measure', 'Etablere et nettverk av digitale veiledere.'],
    ]);
  });
});

describe('"vil" statements', () => {
  it('are the goals of a section headed as goals, commitments elsewhere, and nothing in the introduction', async () => {
    const doc = await parse(
      'Vinje kommune\n\nDigitaliseringsplan 2024–2027\n\nInnleiing\n\nVi vil i denne planen vise korleis kommunen arbeider. Kommunen vil bruke digitalisering til betre tenester for alle.\n\nMål for perioden\n\nVi vil at innbyggjarane skal kunne bruke tenestene digitalt når det passar dei. Vi vil ha breiband med minst 100 Mbit/s til alle innan 2027.\n\nArbeidsmåte\n\nKommunen har få tilsette. Vi vil prioritere tenester som mange brukar. Kommunen vil òg samarbeide med nabokommunane om innkjøp. Prisane vil truleg auke i perioden.\n',
      'vinje.txt',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Vi vil at innbyggjarane skal kunne bruke tenestene digitalt når det passar dei.'],
      ['goal', 'Vi vil ha breiband med minst 100 Mbit/s til alle innan 2027.'],
      ['commitment', 'Vi vil prioritere tenester som mange brukar.'],
      ['commitment', 'Kommunen vil òg samarbeide med nabokommunane om innkjøp.'],
    ]);
    expect(doc.goals.map((g) => g.measurable)).toEqual([false, true, false, false]);
  });

  it('knows the organisation as subject in bokmål, nynorsk and English, and not hedges, pointers or other subjects', () => {
    for (const yes of ['Vi vil dele løsninger med nabokommunene.', 'Kommunen vil òg samarbeide med frivillige lag.', 'The county council will cooperate with the Sami Parliament.', 'We will share solutions with the municipalities.', 'ROR-IKT-kommunene vil ha felles arkivløsning.', 'Alta kommune vil tilby veiledning på samisk.']) {
      expect(isCommitment(yes, isKnownPlace), yes).toBe(true);
    }
    for (const no of ['Vi vil i dette kapitlet beskrive status.', 'Kommunen vil trolig få flere eldre innbyggere.', 'Prisene vil øke i hele perioden.', 'Kommunen vil:', 'Vil kommunen klare dette?']) {
      expect(isCommitment(no, isKnownPlace), no).toBe(false);
    }
    expect([isIntroductionHeading('Innledning'), isIntroductionHeading('1 Bakgrunn'), isIntroductionHeading('Introduction'), isIntroductionHeading('Mål for perioden')]).toEqual([true, true, true, false]);
  });

  it('leaves prose that merely contains "skal" outside a goal context alone', async () => {
    const doc = await parse(
      'Ålesund kommune\n\nDigitaliseringsstrategi 2024–2027\n\nInnledning\n\nStrategien skal følges opp gjennom årlige handlingsplaner.\n\nInnsatsområde 1: Brukervennlige tjenester\n\nMange må ringe for å få svar. Vi skal tilby digitale tjenester som er enkle å bruke. Språket i brevene skal være klart.\n\nOppfølging\n\nVi skal evaluere strategien i 2026, og resultatet legges fram for formannskapet.\n',
      'alesund.txt',
    );
    expect(kinds(doc)).toEqual([['goal', 'Vi skal tilby digitale tjenester som er enkle å bruke.']]);
  });
});

describe('goals numbered under chapters (1.1, 1.2 …)', () => {
  it('finds runs of sentences numbered within one chapter, wrapped lines included, and no headings', () => {
    const text = '1 Innbyggertjenester\n\n1.1 Alle søknader skal kunne sendes digitalt innen 2026.\n1.2 Innbyggerne skal kunne følge saken sin\ndigitalt fra søknad til vedtak.\n\n2 Status\n\n2.1 Dagens situasjon\n2.2 Utfordringer\n';
    const runs = findDecimalRuns(text, []);
    expect(runs.map((run) => run.map((item) => [item.label, text.slice(item.start, item.end)]))).toEqual([
      [
        ['1.1', 'Alle søknader skal kunne sendes digitalt innen 2026.'],
        ['1.2', 'Innbyggerne skal kunne følge saken sin\ndigitalt fra søknad til vedtak.'],
      ],
    ]);
  });

  it('makes them goals after a "Målene … er:" introduction', async () => {
    const doc = await parse(
      '# Digitaliseringsstrategi for Moss kommune 2024–2030\n\n## 1 Innbyggertjenester\n\nMålene for innbyggertjenestene er:\n\n1.1 Alle søknader til kommunen skal kunne sendes digitalt innen 2026.\n1.2 Kommunen skal tilby digital veiledning minst to dager i uka.\n\n## 2 Status\n\nDet meste skjer på papir.\n',
      'moss.md',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Alle søknader til kommunen skal kunne sendes digitalt innen 2026.'],
      ['goal', 'Kommunen skal tilby digital veiledning minst to dager i uka.'],
    ]);
    expect(doc.goals.map((g) => g.measurable)).toEqual([true, true]);
  });
});

describe('list shapes', () => {
  it('reads Word bullets of any glyph, the private-use code points of Symbol/Wingdings bullets included', () => {
    for (const glyph of ['▪', '■', '●', '➢', '\uF0B7', '\uF0A7']) {
      const text = `Mål\n${glyph} Alle skjema skal være digitale.\n${glyph} Alle ansatte skal ha opplæring.\n`;
      const runs = findBulletRuns(text, 0, text.length, [], true);
      expect(runs.map((run) => run.map((item) => text.slice(item.start, item.end))), JSON.stringify(glyph)).toEqual([['Alle skjema skal være digitale.', 'Alle ansatte skal ha opplæring.']]);
    }
  });

  it('reads lower-case items after "Kommunen skal:" wrapping onto continuation lines, and items opening with a count', async () => {
    const doc = await parse(
      'Porsgrunn kommune\n\nIKT-strategi 2022–2025\n\nMål\n\nKommunen skal:\n• tilby digitale tjenester som er enkle å finne og enkle å bruke, også for\ninnbyggere som har lite erfaring med digitale verktøy\n• redusere antallet fagsystemer med minst 20 prosent innen 2025\n\nMålbilde 2030\n\nI 2030 er Porsgrunn en kommune der:\n\n- 9 av 10 henvendelser løses uten at innbyggeren må ringe\n- beslutninger bygger på oppdaterte data\n',
      'porsgrunn.txt',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'tilby digitale tjenester som er enkle å finne og enkle å bruke, også for innbyggere som har lite erfaring med digitale verktøy'],
      ['goal', 'redusere antallet fagsystemer med minst 20 prosent innen 2025'],
      ['indicator', '9 av 10 henvendelser løses uten at innbyggeren må ringe'],
      ['indicator', 'beslutninger bygger på oppdaterte data'],
    ]);
  });

  it('ends a bold "Mål N:" lead-in at its sentence when its explanation follows on the same line', async () => {
    const doc = await parse(
      'Alta kommune\n\nDigitaliseringsstrategi 2022–2025\n\nVåre mål\n\nMål 1: Innbyggerne skal møte en enkel og samordnet digital kommune. Det betyr at de logger inn ett sted.\nMål 2: Alle skoler skal ha trådløst nett innen 2023. Utbyggingen starter i bygdene.\n',
      'alta.txt',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Innbyggerne skal møte en enkel og samordnet digital kommune.'],
      ['goal', 'Alle skoler skal ha trådløst nett innen 2023.'],
    ]);
  });
});

describe('measurable and title details', () => {
  it('counts a number word after a deadline word or quantifier as a quantity, not an article', () => {
    expect(isMeasurable('Kommunen skal svare på alle henvendelser innen to virkedager.')).toBe(true);
    expect(isMeasurable('Biblioteket tilbyr veiledning minst tre dager i uka.')).toBe(true);
    expect(isMeasurable('Arbeidet skal skje over en lengre periode.')).toBe(false);
    expect(isMeasurable('Alle ansatte skal ha opplæring i to fag.')).toBe(false);
  });

  it('skips an organisation line in two languages before the title, and does not repeat the title as a heading', async () => {
    expect(isOrganisationOnly('Finnmark fylkeskommune – Finnmark County Council')).toBe(true);
    expect(isOrganisationOnly('Digital Finnmark – strategi')).toBe(false);
    const text = 'Finnmark fylkeskommune – Finnmark County Council\n\nDigital Finnmark 2024–2028\n\nSummary in English of the county council strategy, adopted in June 2024.\n\nIntroduction\n\nFinnmark is the largest county in Norway.\n\nOur goals\n\n- Every household has broadband of at least 100 Mbit/s by 2028.\n- Every student has the same digital resources.\n';
    expect(detectTitle(text)).toBe('Digital Finnmark 2024–2028');
    const doc = await parse(text, 'finnmark.txt');
    expect(doc.sections.filter((s) => s.level > 0).map((s) => s.title)).toEqual(['Introduction', 'Our goals']);
  });
});
