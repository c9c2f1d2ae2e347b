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
import { isAmountHeading, isCommitment, isIntroductionHeading, isMeasurable, namesNoGoals } from '../../ingest/structure/goal-vocabulary.ts';
import { findBulletRuns } from '../../ingest/structure/lists.ts';
import { findDecimalRuns, findLineNumberedRuns } from '../../ingest/structure/numbered-items.ts';
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

describe('action-plan tables with a cost column', () => {
  const page = [
    'Handlingsplan for digitalisering 2025–2026',
    'Tiltak og kostnader',
    'Tiltak Ansvar Frist Kostnad (kr)',
    'Digital byggesøknad med innsyn for søker Plan og byggesak 2025 650 000',
    'Chatbot og ny søkefunksjon på nettsiden Kommunikasjon 2025 280 000',
    'Kurs i digital samhandling for ledere HR 2026 Innenfor ramme',
    'Sum 930 000',
    'Oppfølging',
    'Enheten rapporterer i tertialrapportene.',
  ].join('\n');
  const rows = [['Tiltak', 'Ansvar', 'Frist', 'Kostnad (kr)'], ['Digital byggesøknad med innsyn for søker', 'Plan og byggesak', '2025', '650 000'], ['Chatbot og ny søkefunksjon på nettsiden', 'Kommunikasjon', '2025', '280 000'], ['Kurs i digital samhandling for ledere', 'HR', '2026', 'Innenfor ramme'], ['Sum', '', '', '930 000']];
  const structure = (tableRows: string[][], text: string) => structureDocument({ format: 'pdf', pages: [{ number: 1, text }], tables: [{ page: 1, rows: tableRows }], hasRealPages: true }, { sourceName: 'plan.pdf', contentHash: 'x' });

  it('gives one measure per Tiltak cell and a budget row per amount, the sum row apart', () => {
    const doc = structure(rows, page);
    expect(kinds(doc)).toEqual([
      ['measure', 'Digital byggesøknad med innsyn for søker'],
      ['measure', 'Chatbot og ny søkefunksjon på nettsiden'],
      ['measure', 'Kurs i digital samhandling for ledere'],
    ]);
    expect(doc.budgets.map((b) => [b.amount, b.isSum])).toEqual([[650000, false], [280000, false], [930000, true]]);
  });

  it('leaves the labels of a pure budget table (Tiltak | 2025 | 2026) to the budget', () => {
    const text = 'Budsjett\nTiltak 2025 2026\nDigitalt tilsyn i hjemmetjenesten 850 000 600 000\nSum 850 000 600 000\nFinansiering\nInnenfor rammen.';
    const doc = structure([['Tiltak', '2025', '2026'], ['Digitalt tilsyn i hjemmetjenesten', '850 000', '600 000'], ['Sum', '850 000', '600 000']], text);
    expect(doc.goals).toEqual([]);
    expect(doc.budgets.length).toBe(4);
    expect([isAmountHeading('Kostnad (kr)'), isAmountHeading('2025'), isAmountHeading('Beløp'), isAmountHeading('Ansvar'), isAmountHeading('Frist')]).toEqual([true, true, true, false, false]);
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
    for (const no of ['Vi vil i dette kapitlet beskrive status.', 'Kommunen vil trolig få flere eldre innbyggere.', 'Prisene vil øke i hele perioden.', 'Kommunen vil:', 'Vil kommunen klare dette?', 'Bergen vil få flere eldre innbyggere i perioden.']) {
      expect(isCommitment(no, isKnownPlace), no).toBe(false);
    }
    expect([isIntroductionHeading('Innledning'), isIntroductionHeading('1 Bakgrunn'), isIntroductionHeading('Introduction'), isIntroductionHeading('Mål for perioden')]).toEqual([true, true, true, false]);
  });

  it('are commitments in a text without headings, where there is no introduction to tell apart', async () => {
    const doc = await parse('Tiltaksplan for digitalisering i Vinje 2024\n\nKommunen har få tilsette på kvart fagområde. Vi vil prioritere tenester som mange brukar, som byggjesak og barnehageopptak.\n', 'vinje-kort.txt');
    expect(kinds(doc)).toEqual([['commitment', 'Vi vil prioritere tenester som mange brukar, som byggjesak og barnehageopptak.']]);
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

describe('goal blocks in more shapes', () => {
  it('reads "1) …" lists of lower-case clauses under a goal heading, and only there', async () => {
    const text = 'Mål for handlingsplanen\n\nTiltakene skal bidra til at:\n1) saksbehandlingstiden går ned, og søkerne kan følge saken sin\ndigitalt fra søknad til ferdigattest\n2) færre innbyggere må møte opp på servicetorget\n\nOrganisering\n\nArbeidet er delt i to:\n1) planlegging av tiltakene\n2) gjennomføring i enhetene\n';
    expect(findLineNumberedRuns(text, 0, text.length, [], true).map((run) => run.map((item) => text.slice(item.start, item.end)))).toEqual([
      ['saksbehandlingstiden går ned, og søkerne kan følge saken sin\ndigitalt fra søknad til ferdigattest', 'færre innbyggere må møte opp på servicetorget'],
      ['planlegging av tiltakene', 'gjennomføring i enhetene'],
    ]);
    const doc = await parse(`Sarpsborg kommune\n\nHandlingsplan 2025–2026\n\n${text}`, 'plan.txt');
    expect(kinds(doc)).toEqual([
      ['goal', 'saksbehandlingstiden går ned, og søkerne kan følge saken sin digitalt fra søknad til ferdigattest'],
      ['goal', 'færre innbyggere må møte opp på servicetorget'],
    ]);
  });

  it('reads "Mål:" paragraphs and skips the "Strategiar:" lists beside them', async () => {
    const doc = await parse(
      'Møre og Romsdal fylkeskommune\n\nRegional delplan for digitalisering 2024–2028\n\nInnsatsområde 1: Infrastruktur\n\nMål: Alle husstandar i fylket skal ha breiband med minst 100 Mbit/s innan 2028.\n\nStrategiar:\n– Søkje statlege midlar saman med kommunane.\n– Krevje trekkrøyr for fiber når vegar vert bygde om.\n\nHandlingsprogram\n\nPlanen vert følgd opp årleg.\n',
      'mr.txt',
    );
    expect(kinds(doc)).toEqual([['goal', 'Alle husstandar i fylket skal ha breiband med minst 100 Mbit/s innan 2028.']]);
    expect([namesNoGoals('Strategiar:'), namesNoGoals('Prinsipper:'), namesNoGoals('Mål og strategier:'), namesNoGoals('')]).toEqual([true, true, false, false]);
  });

  it('reads bold paragraph headings of a web page ("**Dette vil vi oppnå**", "**Dette skal vi gjøre**"), lists of one included', async () => {
    const doc = await parse(
      '# Digitaliseringsstrategi for Notodden kommune 2023–2027\n\n## Fokusområder\n\nTre områder.\n\n### Velferdsteknologi\n\nFlere eldre vil bo hjemme.\n\n**Dette vil vi oppnå**\n\n- Alle som får hjemmetjenester, får vurdert velferdsteknologi.\n\n**Dette skal vi gjøre**\n\n- Ta i bruk digitalt tilsyn om natten.\n- Gi de ansatte opplæring i medisindispensere.\n\n## Oppfølging\n\nStrategien rulleres i 2025.\n',
      'notodden.md',
    );
    expect(kinds(doc)).toEqual([
      ['goal', 'Alle som får hjemmetjenester, får vurdert velferdsteknologi.'],
      ['measure', 'Ta i bruk digitalt tilsyn om natten.'],
      ['measure', 'Gi de ansatte opplæring i medisindispensere.'],
    ]);
  });

  it('does not take a dash inside a vision sentence for a list of one', async () => {
    const doc = await parse('Sandnes kommune\n\nDigitaliseringsstrategi 2021–2025\n\nVisjon\n\nSandnes – digital og nær.\n\nInnledning\n\nStrategien gjelder for fire år.\n', 'sandnes.txt');
    expect(kinds(doc)).toEqual([['vision', 'Sandnes – digital og nær.']]);
  });
});

describe('a goal heading over one paragraph', () => {
  it('takes the paragraph under "Hovedmål" as the goal (subject after the verb), but not the introduction under a container heading', async () => {
    const doc = await parse(['Handlingsplan for velferdsteknologi', 'Steinkjer kommune', '', 'Innledning', '', 'Planen bygger på helse- og omsorgsplanen og gjelder fra 2025.', '', 'Hovedmål', '', 'Innen 2027 skal 80 % av nye brukere i hjemmetjenesten få vurdert behovet for velferdsteknologi.', '', 'Satsingsområder og hovedmål', '', 'Planen har to satsingsområder. Under hvert står målene for perioden.', '', 'Trygghet hjemme', '', '- Alle trygghetsalarmer er digitale innen 2025.', '- Digitalt tilsyn tilbys i alle sykehjem.', '', 'Oppfølging', '', 'Planen rulleres hvert år i økonomiplanen.'].join('\n'));
    expect(kinds(doc)).toContainEqual(['goal', 'Innen 2027 skal 80 % av nye brukere i hjemmetjenesten få vurdert behovet for velferdsteknologi.']);
    expect(doc.goals.find((g) => g.text.startsWith('Innen 2027'))?.measurable).toBe(true);
    expect(doc.goals.some((g) => g.text.startsWith('Planen har to satsingsområder'))).toBe(false);
  });
});

describe('measurable and title details', () => {
  it('counts a number word after a deadline word or quantifier as a quantity, not an article', () => {
    expect(isMeasurable('Kommunen skal svare på alle henvendelser innen to virkedager.')).toBe(true);
    expect(isMeasurable('Biblioteket tilbyr veiledning minst tre dager i uka.')).toBe(true);
    expect(isMeasurable('Arbeidet skal skje over en lengre periode.')).toBe(false);
    expect(isMeasurable('Alle ansatte skal ha opplæring i to fag.')).toBe(false);
  });
  it('counts a single year after "i"/"in" and a share ("9 av 10", "nine out of ten"), not a period or "to av dem"', () => {
    expect(isMeasurable('The municipality will replace its case management system in 2026.')).toBe(true);
    expect(isMeasurable('Nytt sak- og arkivsystem tas i bruk i 2026.')).toBe(true);
    expect(isMeasurable('Nine out of ten users are satisfied with the digital services.')).toBe(true);
    expect(isMeasurable('9 av 10 søknader kommer digitalt.')).toBe(true);
    expect(isMeasurable('Tiltakene gjennomføres i 2024–2027 etter plan.')).toBe(false);
    expect(isMeasurable('Vi samarbeider med nabokommunene, og to av dem deler driften med oss.')).toBe(false);
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
