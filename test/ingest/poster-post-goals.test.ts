import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Goals in two layouts without ordinary headings and lists: the PDF-to-text of a strategy map printed as a poster
 * (boxes under headings in capitals, each with "Mål" and "Vi gjør" labels over its lines and "•" items), and a
 * municipality's social-media post (an emoji before "Our vision:", goals after keycap digits, measures after ✅, a
 * quote and a comment thread); and a benefits table whose goal column is headed "Gevinstmål". Every text here is
 * written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
type Doc = Awaited<ReturnType<typeof parse>>;
const headings = (doc: Doc) => doc.sections.filter((s) => s.level > 0).map((s) => [s.level, s.title]);
const goalsOf = (doc: Doc) => doc.goals.map((g) => [g.kind, g.text]);

const POSTER = [
  'LUNDVIK KOMMUNE                                              STRATEGIKART',
  '',
  '                 STRATEGI FOR DIGITAL UTVIKLING 2027–2030',
  '',
  '',
  'VISJON',
  'Lundvik – en kommune der det er lett å være i kontakt',
  'med oss, hele døgnet.',
  '',
  'HOVEDMÅL',
  'Innen 2030 skal de fleste tjenestene kunne brukes digitalt fra',
  'start til slutt.',
  '',
  'TJENESTER',
  'Mål',
  'Alle søknader til kommunen skal kunne sendes digitalt innen 2028.',
  'Vi gjør',
  '• Felles søknadsportal for alle enheter',
  '• Chat med servicekontoret på hverdager',
  '',
  'ANSATTE',
  'Mål',
  'Ledere skal følge opp digital kompetanse i',
  'medarbeidersamtalen hvert år.',
  'Vi gjør',
  '• Kursrekke i nye fagsystemer',
  '• Superbrukere i hver avdeling som hjelper',
  '  kollegene sine',
  '',
  'DATA OG SIKKERHET',
  'Mål',
  'Kommunen skal ha oversikt over alle systemer som behandler personopplysninger.',
  'Vi gjør',
  '• Systemoversikt med ansvarlig for hvert system',
  '• Opplæring i informasjonssikkerhet for nyansatte',
  '',
  '                                                                  Side 1 av 1',
  '',
].join('\n');

describe('a strategy map printed as a poster', () => {
  it('reads its boxes under the headings in capitals; the "Mål" and "Vi gjør" labels and the wrapped lines are no headings', async () => {
    const doc = await parse(POSTER, 'lundvik-strategikart-2027-2030.txt');
    expect(headings(doc)).toEqual([
      [1, 'VISJON'],
      [1, 'HOVEDMÅL'],
      [1, 'TJENESTER'],
      [1, 'ANSATTE'],
      [1, 'DATA OG SIKKERHET'],
    ]);
  });

  it('reads the vision whole, the main goal, the lines under "Mål" as goals and the items under "Vi gjør" as measures', async () => {
    const doc = await parse(POSTER, 'lundvik-strategikart-2027-2030.txt');
    expect(goalsOf(doc)).toEqual([
      ['vision', 'Lundvik – en kommune der det er lett å være i kontakt med oss, hele døgnet.'],
      ['goal', 'Innen 2030 skal de fleste tjenestene kunne brukes digitalt fra start til slutt.'],
      ['goal', 'Alle søknader til kommunen skal kunne sendes digitalt innen 2028.'],
      ['measure', 'Felles søknadsportal for alle enheter'],
      ['measure', 'Chat med servicekontoret på hverdager'],
      ['goal', 'Ledere skal følge opp digital kompetanse i medarbeidersamtalen hvert år.'],
      ['measure', 'Kursrekke i nye fagsystemer'],
      ['measure', 'Superbrukere i hver avdeling som hjelper kollegene sine'],
      ['goal', 'Kommunen skal ha oversikt over alle systemer som behandler personopplysninger.'],
      ['measure', 'Systemoversikt med ansvarlig for hvert system'],
      ['measure', 'Opplæring i informasjonssikkerhet for nyansatte'],
    ]);
  });
});

const POST = [
  'Lundvik kommune',
  '1,204 followers',
  '5d • 🌐',
  '',
  '🚀 We have a new plan for digital services!',
  '',
  'On Monday the Municipal Council adopted "Digital Lundvik 2027–2030". Here is the short version 👇',
  '',
  '🎯 Our vision: Services that are easy to find – wherever you are.',
  '',
  'What we aim for by 2030:',
  '1️⃣ 75 % of all applications will be sent digitally.',
  '2️⃣ Every pupil will have a safe school account from the first grade.',
  '3️⃣ Residents will get an answer from the service office within two working days.',
  '',
  '🛠️ What we will do first:',
  '✅ Launch one app for school and kindergarten messages',
  '✔️ Move the service office chat to the new website',
  '✅ Train every manager in privacy by the end of 2027',
  '',
  '💬 "A digital council is a council you can reach. The goal is that nobody has to queue at the town hall to get an answer," says Mayor Lene Berg.',
  '',
  '#DigitalLundvik #kommune',
  '',
  '👍 41 · 6 comments',
  '',
  'Like        Comment        Repost        Send',
  '',
  'Ola Nordmann · 4d',
  'Will the app work for after-school care too?',
  'Like · Reply',
  '',
  '    Lundvik kommune  Author',
  '    Good question! We will add after-school care in the next version of the app.',
  '    Like · Reply',
  '',
].join('\n');

describe('a social-media post announcing a strategy', () => {
  it('reads the vision after its emoji, the goals after keycap digits and the measures after ✅ and ✔️, and has no headings', async () => {
    const doc = await parse(POST, 'lundvik-post-digital-2027-2030.txt');
    expect(headings(doc)).toEqual([]);
    expect(goalsOf(doc)).toEqual([
      ['vision', 'Services that are easy to find – wherever you are.'],
      ['goal', '75 % of all applications will be sent digitally.'],
      ['goal', 'Every pupil will have a safe school account from the first grade.'],
      ['goal', 'Residents will get an answer from the service office within two working days.'],
      ['measure', 'Launch one app for school and kindergarten messages'],
      ['measure', 'Move the service office chat to the new website'],
      ['measure', 'Train every manager in privacy by the end of 2027'],
    ]);
  });

  it('takes no goal from the quoted mayor and no commitment from the reply in the comments', async () => {
    const doc = await parse(POST, 'lundvik-post-digital-2027-2030.txt');
    expect(doc.goals.map((g) => g.text).join('\n')).not.toMatch(/nobody has to queue|after-school care/);
  });
});

const BENEFITS = [
  '# Gevinstplan for digitale skjema 2027–2028',
  '',
  '## 1 Gevinstar',
  '',
  'Tabellen viser kva vi ventar å oppnå.',
  '',
  '| Nr | Gevinstmål | Indikator | Utgangspunkt 2026 | Mål 2028 | Ansvarleg |',
  '|---|---|---|---|---|---|',
  '| E1 | Kortare sakshandsaming for byggjesøknader | Dagar frå søknad til vedtak | 45 | under 30 | Leiar for byggjesak |',
  '| E2 | Færre søknader på papir | Del søknader på papir | 40 % | 10 % | Leiar for servicetorget |',
  '| E3 | Meir tid til rettleiing | Timar per veke til rettleiing | 5 | 12 | Leiar for servicetorget |',
  '',
  '## 2 Oppfølging',
  '',
  'Gevinstane vert rapporterte til formannskapet kvart år.',
  '',
].join('\n');

describe('a benefits table', () => {
  it('reads the cells of the column headed by a goal word as goals, the indicator column as indicators, and no goal from the target-year column', async () => {
    const doc = await parse(BENEFITS, 'gevinstplan-skjema-2027-2028.md');
    expect(goalsOf(doc)).toEqual([
      ['goal', 'Kortare sakshandsaming for byggjesøknader'],
      ['indicator', 'Dagar frå søknad til vedtak'],
      ['goal', 'Færre søknader på papir'],
      ['indicator', 'Del søknader på papir'],
      ['goal', 'Meir tid til rettleiing'],
      ['indicator', 'Timar per veke til rettleiing'],
    ]);
  });
});
