/**
 * Golden facts about each sample strategy, written from reading the documents (not from the
 * program's output). See test/fixtures/README.md for where the documents come from.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../ingest/model.ts';
import { CORPUS, parseSample } from '../helpers/corpus.ts';

const goalsOf = (doc: ParsedDocument, kind = 'goal') => doc.goals.filter((goal) => goal.kind === kind);
const section = (doc: ParsedDocument, number: string) => doc.sections.find((s) => s.number === number);
const budget = (doc: ParsedDocument, label: RegExp, year: number | null, table?: RegExp) =>
  doc.budgets.filter((b) => label.test(b.label) && b.year === year && (!table || table.test(b.table))).map((b) => b.amount);

describe('Kongsbergregionen, tiltaksplan 2016–2018', async () => {
  const doc = await parseSample(CORPUS.tiltaksplan);
  it('has the 9 satsningsområder as sections', () => {
    expect(doc.sections.filter((s) => s.level === 1).map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Digital dialog', '2 Strategisk ledelse og IKT', '3 Kompetanse', '4 Arkiv og dokumenthåndtering', '5 Personvern, taushetsplikt og informasjonssikkerhet',
      '6 Arkitektur og standardisering', '7 Helse og velferd', '8 Oppvekst og utdanning', '9 Plan, bygg og geodata',
    ]);
  });
  it('has 51 goals, numbered from 1 in each area', () => {
    const goals = goalsOf(doc);
    expect(goals).toHaveLength(51);
    const perSection = doc.sections.filter((s) => s.level === 1).map((_, i) => goals.filter((g) => doc.sections[g.section]?.number === String(i + 1)).length);
    expect(perSection).toEqual([6, 6, 5, 6, 5, 6, 7, 6, 4]);
    const seventh = goals.find((g) => doc.sections[g.section]?.number === '7' && g.label === '7');
    expect(seventh?.text).toBe('Kommunene har valgt løsninger for velferdsteknologi som baseres på standarder og som understøtter de gjeldende IKT-arkitekturprinsippene');
    expect(goals.find((g) => doc.sections[g.section]?.number === '1' && g.label === '6')?.text).toBe('Kommunene har etablert løsning for mottak og forsendelse av digital post fra/til innbyggere og næringsliv');
  });
  it('reads Program Velferdsteknologi 3 630 300 / 2 830 300 / 1 328 000', () => {
    expect(budget(doc, /^Program Velferdsteknologi/, 2016, /Helse og Velferd/)).toEqual([3_630_300]);
    expect(budget(doc, /^Program Velferdsteknologi/, 2017, /Helse og Velferd/)).toEqual([2_830_300]);
    expect(budget(doc, /^Program Velferdsteknologi/, 2018, /Helse og Velferd/)).toEqual([1_328_000]);
  });
  it('reads the totals 10 880 300 / 11 530 300 / 5 688 000 as the summary table’s sum row', () => {
    const sums = doc.budgets.filter((b) => b.isSum && /Satsningsområder/.test(b.table));
    expect(sums.map((b) => [b.year, b.amount])).toEqual([[2016, 10_880_300], [2017, 11_530_300], [2018, 5_688_000]]);
  });
  it('uses the sum rows to place amounts whose cells are empty, and says so where it cannot', () => {
    // 9. Plan, bygg og geodata: "Kjøpte tjenester 100 000 100 000" can only be 2017 and 2018.
    expect(doc.budgets.filter((b) => /Plan, bygg/.test(b.table) && b.label === 'Kjøpte tjenester').map((b) => [b.year, b.confidence])).toEqual([[2017, 'derived'], [2018, 'derived']]);
    // In the summary table, the two rows 7 and 8 are interleaved; the sums separate them.
    expect(budget(doc, /Oppvekst og utdanning/, 2017, /Satsningsområder/)).toEqual([1_250_000]);
    // 6. Arkitektur og standardisering: three placements add up; the years are not guessed.
    const uncertain = doc.budgets.filter((b) => /Arkitektur/.test(b.table) && b.confidence === 'uncertain');
    expect(uncertain.map((b) => [b.label, b.year])).toEqual([['Kjøpte tjenester', null], ['Kjøpte tjenester', null], ['Delprosjekt: Digital infrastruktur', null]]);
    expect(doc.warnings.join(' ')).toMatch(/uncertain/);
  });
  it('knows who and when', () => {
    expect(doc.metadata.organisation).toBe('Kongsbergregionen');
    expect(doc.metadata.period).toEqual({ from: 2016, to: 2018 });
  });
});

describe('Kongsbergregionen, eStrategi 2011–2014', async () => {
  const doc = await parseSample(CORPUS.estrategi);
  it('has 16 goals: a)–l) and four competence goals', () => {
    const goals = goalsOf(doc);
    expect(goals).toHaveLength(16);
    expect(goals.slice(0, 12).map((g) => g.label)).toEqual('abcdefghijkl'.split(''));
    expect(goals.slice(12).map((g) => doc.sections[g.section]?.title)).toEqual(Array(4).fill('Mål for «Digital kompetanse»'));
    expect(goals[0]?.text).toBe('Øke antall digitale tjenester rettet mot innbyggere, næringsliv og folkevalgte');
    expect(goals[11]?.text).toBe('Etablere mal for planlegging av integrasjon mellom relevante IKT-løsninger som f.eks. integrasjon mellom sak/arkiv og fagsystemer');
  });
  it('takes sections and pages from the table of contents, and not the contents as sections', () => {
    expect(section(doc, '3.1.2')).toMatchObject({ title: 'Mål for «Digital samhandling»', pageFrom: 7 });
    expect(section(doc, '2.4')?.pageFrom).toBe(5);
    expect(doc.sections.filter((s) => s.number === '1')).toHaveLength(1);
  });
  it('strips markdown links', () => {
    expect(doc.text).not.toContain('](');
    expect(doc.text).toContain('samarbeidsorgan for felles IKT-utvikling «SuksIT»');
  });
  it('knows who and when', () => {
    expect(doc.metadata).toMatchObject({ organisation: 'Kongsbergregionen', period: { from: 2011, to: 2014 } });
  });
});

describe('Øvre Romerike (ØRU), IKT-strategi fram mot 2020', async () => {
  const doc = await parseSample(CORPUS.oru);
  it('covers the six municipalities, with their adoptions', () => {
    expect(doc.metadata.municipalities).toEqual(['Eidsvoll', 'Gjerdrum', 'Hurdal', 'Nannestad', 'Nes', 'Ullensaker']);
    expect(doc.metadata.adopted[0]).toEqual({ body: 'Eidsvoll kommunestyre', municipality: 'Eidsvoll', date: '2011-02-15', caseNumber: '2/11' });
    expect(doc.metadata.adopted.map((a) => a.caseNumber)).toEqual(['2/11', '3/11', '11/11', '2/11', '16/11', '29/11']);
    expect(doc.metadata.aliases).toContain('ØRU');
    expect(doc.metadata.period).toEqual({ from: 2011, to: 2020 });
  });
  it('finds sections at three levels with their pages', () => {
    expect(section(doc, '3.5.2')).toMatchObject({ title: 'Gjenbruk av data', pageFrom: 7 });
    expect(section(doc, '3.7')).toMatchObject({ title: 'Innsatsområde 3: Velferdsteknologi', pageFrom: 10 });
    expect(section(doc, '3.6.4')?.parent).toBe(doc.sections.findIndex((s) => s.number === '3.6'));
  });
  it('finds the commitments "ØRU kommunene vil …"', () => {
    const commitments = goalsOf(doc, 'commitment').map((g) => g.text);
    expect(commitments).toContain('ØRU kommunene vil forsere arbeidet med å ta i bruk elektronisk informasjonsutveksling mellom nivåer, sektorer og aktører i helseog omsorgstjenesten.');
    expect(commitments.every((text) => /vil/.test(text))).toBe(true);
  });
});

describe('3-1, felles IKT-strategi 2010–2013', async () => {
  const doc = await parseSample(CORPUS.threeOne);
  it('covers Gausdal, Lillehammer and Øyer', () => {
    expect(doc.metadata.municipalities).toEqual(['Gausdal', 'Lillehammer', 'Øyer']);
    expect(doc.metadata.aliases).toContain('3-1');
    expect(doc.metadata.period).toEqual({ from: 2010, to: 2013 });
  });
  it('does not take "3-1" or the running header for a section number', () => {
    expect(doc.sections.map((s) => s.number).filter(Boolean)).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '4']);
    expect(section(doc, '2.6')).toMatchObject({ title: 'Informasjonssikkerhet', pageFrom: 6 });
  });
});

describe('Sørum, e-strategi 2015–2018', async () => {
  const doc = await parseSample(CORPUS.sorum);
  it('puts section 5.6 on page 8', () => expect(section(doc, '5.6')).toMatchObject({ title: 'Helse, omsorg og velferd', pageFrom: 8 }));
  it('reads the investment table: IKT Utdanning 2 500 000, Velferdsteknologi 3 000 000', () => {
    const investments = doc.budgets.filter((b) => b.kind === 'investment');
    expect(investments.map((b) => [b.label, b.amount, b.isSum])).toEqual([['IKT Utdanning', 2_500_000, false], ['Velferdsteknologi', 3_000_000, false], ['Sum', 5_500_000, true]]);
    expect(investments[0]).toMatchObject({ year: null, period: { from: 2015, to: 2018 }, table: '8.1 Investeringstiltak', page: 11 });
  });
  it('reads the operating table for 2015', () => {
    const operating = doc.budgets.filter((b) => b.kind === 'operating' && !b.isSum);
    expect(operating.map((b) => b.amount)).toEqual([500_000, 300_000, 100_000, 150_000, 250_000]);
    expect(operating.every((b) => b.year === 2015)).toBe(true);
  });
  it('has the five strategic goals and the result indicators', () => {
    expect(goalsOf(doc).slice(0, 4).map((g) => g.text)).toEqual(['Oppnå økonomisk balanse', 'Styrke den helhetlige samfunnsbyggingen med fokus på folkehelse og gode oppvekstvilkår', 'Styrke nærings- og tettstedsutviklingen', 'Ha en ressurseffektiv tjenesteproduksjon']);
    const indicators = goalsOf(doc, 'indicator').map((g) => g.text);
    expect(indicators).toContain('Kommuner har strategi for informasjonssikkerhet.');
    expect(indicators).toContain('Kommunen har valgt løsninger for velferdsteknologi som baseres på standarder og som understøtter de gjeldende IKTarkitekturprinsippene.');
  });
  it('is Sørum kommune’s, for 2015–2018', () => {
    expect(doc.metadata).toMatchObject({ organisation: 'Sørum kommune', organisationKind: 'municipality', municipalities: ['Sørum'], period: { from: 2015, to: 2018 } });
  });
});

describe('every sample document', async () => {
  const docs = await Promise.all(Object.values(CORPUS).map(parseSample));
  it('indexes no text from the scraped pages’ lists of other documents', () => {
    for (const doc of docs) {
      for (const passage of doc.passages) expect(passage.text).not.toMatch(/Bærum|Randaberg|Blueskommunen|Like dokumenter|Detaljer\b|Transkript/);
    }
  });
  it('makes passages that never span two sections or two pages, with exact offsets', () => {
    for (const doc of docs) {
      for (const passage of doc.passages) {
        const owner = doc.sections[passage.section]!;
        expect(passage.start).toBeGreaterThanOrEqual(owner.start);
        expect(passage.end).toBeLessThanOrEqual(owner.end);
        expect(passage.pageFrom).toBe(passage.pageTo);
        expect(doc.text.slice(passage.start, passage.end)).toBe(passage.text);
        expect(passage.text.length).toBeLessThanOrEqual(1000);
      }
    }
  });
  it('gives every goal and budget row a page within the document', () => {
    for (const doc of docs) for (const item of [...doc.goals, ...doc.budgets]) expect(item.page).toBeGreaterThanOrEqual(1), expect(item.page).toBeLessThanOrEqual(doc.pageCount);
  });
});
