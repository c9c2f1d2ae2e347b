import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Answer, type HistoryTurn } from '../../src/answer/index.ts';
import { detectLanguage } from '../../src/answer/language.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { getPassage, listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, CORPUS, ROOT, SAMPLE_PDF_DIR, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded, kr } from '../helpers/answers.ts';

/** Issue 9, items 4–8 on the sample corpus: real answers, amounts, names, languages and verbatim quotes. */

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});



/** Asks a conversation: every turn but the last is history (with its real answer). */
async function converse(...turns: string[]): Promise<Answer> {
  const history: HistoryTurn[] = [];
  for (const turn of turns.slice(0, -1)) history.push({ role: 'user', content: turn }, { role: 'assistant', content: (await store.answerer.ask(turn, history)).answer });
  return store.answerer.ask(turns[turns.length - 1]!, history);
}

const cited = (answer: Answer) => new Set(answer.citations.map((c) => c.documentId));

describe('compare as a comparison', () => {
  it('says what was not found for a strategy without the topic, never that the document says nothing', async () => {
    const answer = await store.answerer.ask('Sammenlign 3-1 og Sørum på velferdsteknologi');
    expect(answer.answer).toMatch(/• 3-1 IKT-samarbeidet: fant ingen mål eller omtale av temaet\./);
    expect(answer.answer).not.toMatch(/sier ikke noe/);
  });
  it('"Hvordan skiller X og Y seg" is a comparison, with goals, budget and shared/only-in themes', async () => {
    const answer = await store.answerer.ask('Hvordan skiller Sørum og ØRU seg på informasjonssikkerhet?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toMatch(/• Sørum kommune: mål \(\d+\): .*Kommuner har strategi for informasjonssikkerhet\..*\[\d+\]/);
    expect(answer.answer).toMatch(/• Øvre Romerike \(ØRU\): .*\[\d+\]/);
    // The one budget line on the topic, named beside its amount.
    expect(answer.answer).toContain(`budsjett («Informasjonssikkerhetstiltak (ISO 27001, brannvegger)»): 2015: ${kr('100 000')}`);
    expect(answer.answer).toMatch(/^Felles: .+\.$/m);
    expect(answer.answer).toMatch(/^Bare hos Sørum kommune: .+\.$/m);
    expect(cited(answer)).toEqual(new Set([CORPUS.sorum, CORPUS.oru]));
  });
  it('gives /api/compare columns their totals and a summary of shared and own themes', async () => {
    const documents = listDocuments(store.db).filter((d) => d.id === CORPUS.tiltaksplan || d.id === CORPUS.sorum);
    const columns = await compareDocuments({ db: store.db, searcher: store.searcher, thesaurus: store.thesaurus, documents: listDocuments(store.db) }, documents, 'velferdsteknologi');
    const byId = new Map(columns.map((column) => [column.document.id, column]));
    expect(byId.get(CORPUS.tiltaksplan)!.totals.sum).toBe(3_630_300 + 2_830_300 + 1_328_000);
    expect(byId.get(CORPUS.tiltaksplan)!.totals.years.map((y) => y.year)).toEqual([2016, 2017, 2018]);
    expect(byId.get(CORPUS.sorum)!.totals.frames).toMatchObject([{ from: 2015, to: 2018, amount: 3_000_000 }]);
    expect(byId.get(CORPUS.sorum)!.totals.sum).toBe(12_000_000);
    for (const column of columns) {
      expect(column.goals.length).toBeGreaterThan(0);
      expect(Array.isArray(column.summary.shared) && Array.isArray(column.summary.onlyIn)).toBe(true);
      // What only one column has is never in another column's own list, nor shared.
      const other = columns.find((c) => c !== column)!;
      for (const theme of column.summary.onlyIn) expect([...other.summary.onlyIn, ...column.summary.shared]).not.toContain(theme);
    }
  });
  it.each(['Sammenlign Kongsbergregionens strategier', 'hva er nytt i Kongsbergregionens tiltaksplan 2016–2018 sammenlignet med eStrategien?'])('compares two versions of one organisation: %s', async (question) => {
    const answer = await store.answerer.ask(question);
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toMatch(/^Sammenligning av eStrategi 2011–2014 for Kongsbergregionen og Regional digitaliseringsstrategi 2015–2018 Tiltaksplan 2016–2018/);
    const section = (label: string) => answer.answer.split('\n').find((line) => line.startsWith(label)) ?? '';
    expect(section('Videreførte mål')).toContain('Kommunene har strategi for informasjonssikkerhet');
    expect(section('Nye mål')).toContain('Kommunene har en gjennomtenkt språkbruk i de digitale kanalene');
    expect(section('Mål som er falt bort')).toContain('Tilrettelegge for bruk av mobile løsninger i kommunal tjenesteproduksjon');
    // A dropped goal is cited to the older strategy, a new one to the newer.
    const quoteOf = (text: string) => answer.citations.find((c) => c.quote.startsWith(text));
    expect(quoteOf('Tilrettelegge for bruk av mobile løsninger')?.documentId).toBe(CORPUS.estrategi);
    expect(quoteOf('Kommunene har en gjennomtenkt språkbruk')?.documentId).toBe(CORPUS.tiltaksplan);
  });
  it('reads a period in the question as a strategy, not as the year asked about', () => {
    const q = interpretQuestion('hva er nytt i Kongsbergregionens tiltaksplan 2016–2018 sammenlignet med eStrategien?', listDocuments(store.db));
    expect(q).toMatchObject({ intent: 'compare', topic: '', year: null });
    expect(q.documents.map((d) => d.id).sort()).toEqual([CORPUS.estrategi, CORPUS.tiltaksplan]);
    expect(interpretQuestion('Hva sier Kongsbergregionens tiltaksplan om velferdsteknologi?', listDocuments(store.db)).documents.map((d) => d.id)).toEqual([CORPUS.tiltaksplan]);
  });
});

describe('budgets that add up', () => {
  it('gives the 2017 total from the overview table’s sum row, not the tables added together', async () => {
    const answer = await store.answerer.ask('Hva er totalbudsjettet til Kongsbergregionen i 2017?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(`2017: ${kr('11 530 300')}`);
    expect(answer.answer).toContain('eStrategi 2011–2014 for Kongsbergregionen (Kongsbergregionen) har ingen budsjettall.');
    expect(answer.citations[0]?.quote).toContain('11 530 300');
  });
  it('names the year with the largest total', async () => {
    const answer = await store.answerer.ask('Which year has the largest budget?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain('(Kongsbergregionen) has its largest total budget in 2017: NOK 11,530,300');
    // Sørum: 1.3 mill in operations for 2015 plus 5.5 mill of investments every year of the period.
    expect(answer.answer).toContain('(Sørum kommune) has its largest total budget in 2015: NOK 6,800,000');
  });
  it('adds a line up over the period', async () => {
    const answer = await store.answerer.ask('Hvor mye er budsjettert til velferdsteknologi til sammen i perioden?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(`Til sammen 2016–2018: ${kr('7 788 600')}.`);
    expect(answer.answer).toContain(`${kr('3 000 000')} (3,0 mill) per år 2015–2018, til sammen ${kr('12 000 000')} over perioden`);
  });
  it('adds the whole plan up over its period, and reads an annual frame as the budget asked for', async () => {
    expect((await store.answerer.ask('Hva koster hele tiltaksplanen 2016–2018 i Kongsbergregionen til sammen?')).answer).toContain(`Til sammen 2016–2018: ${kr('28 098 600')}.`);
    expect((await store.answerer.ask('Hvor stor er Sørums samlede årlige investeringsramme i e-strategien?')).answer).toContain(`${kr('5 500 000')} (5,5 mill) per år 2015–2018`);
  });
  it('says which of two lines is larger', async () => {
    const answer = await store.answerer.ask('Har Kongsbergregionen satt av mest til velferdsteknologi eller dokumenthåndtering?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(`«dokumenthåndtering» har mest: ${kr('11 500 000')}, mot ${kr('7 788 600')} til «velferdsteknologi»`);
  });
  it('answers "hva er totalen" as a follow-up with the topic, organisation and year kept', async () => {
    const answer = await converse('Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?', 'hva er totalen?');
    expect(answer.intent).toBe('budget');
    expect(answer.answer).toContain(`2017: ${kr('2 830 300')}`);
    expect(answer.answer).not.toContain('11\u00a0530\u00a0300');
  });
  it('says a strategy without budget rows has no budget figures', async () => {
    const answer = await store.answerer.ask('Hva er budsjettet til 3-1-samarbeidet?');
    expect(answer.answer).toBe('Felles 3-1 IKT-strategi 2010–2013 (3-1 IKT-samarbeidet) har ingen budsjettall.');
    expect(answer.citations).toEqual([]);
  });
});

describe('questions about the document itself', () => {
  it('who adopted Sørum’s e-strategy, cited to the adoption line', async () => {
    const answer = await store.answerer.ask('Hvem vedtok Sørums e-strategi?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('document');
    expect(answer.answer).toContain('ble vedtatt av rådmannens ledergruppe');
    expect(answer.citations.map((c) => c.quote)).toEqual(['Vedtatt av rådmannens ledergruppe']);
  });
  it('when the ØRU strategy was adopted in Eidsvoll, and only Eidsvoll', async () => {
    const answer = await store.answerer.ask('Når ble ØRU-strategien vedtatt i Eidsvoll?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain('Eidsvoll kommunestyre den 15. februar 2011, sak 2/11');
    expect(answer.answer).not.toContain('Gjerdrum');
    expect(answer.citations[0]?.quote).toContain('Eidsvoll kommunestyre 15. 02.2011, sak 2/11');
  });
  it('the member municipalities of the 3-1 collaboration', async () => {
    const answer = await store.answerer.ask('Hvilke kommuner er med i 3-1-samarbeidet?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toMatch(/^3-1 IKT-samarbeidet omfatter kommunene Gausdal, Lillehammer og Øyer \[1\]\.$/);
    expect(answer.citations[0]?.quote).toMatch(/Gausdal, Lillehammer og Øyer/);
  });
  it('the period, in English', async () => {
    const answer = await store.answerer.ask('What period does the Sørum strategy cover?');
    expect(answer).toMatchObject({ intent: 'document', language: 'en' });
    expect(answer.answer).toContain('covers 2015–2018');
  });
  it('version and owner as stated in the document', async () => {
    const answer = await store.answerer.ask('Hvilken versjon er 3-1-strategien, og hvem eier den?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain('«Versjon: 0.4»');
    expect(answer.answer).toContain('eies av 3-1 IKT-samarbeidet (Rådmannsgruppe 3-1)');
  });
  it('says so when the document does not state who adopted it', async () => {
    const answer = await store.answerer.ask('Hvem vedtok eStrategi for Kongsbergregionen?');
    expect(answer.answer).toContain('eStrategi 2011–2014 for Kongsbergregionen sier ikke hvem som har vedtatt den eller når.');
  });
});

describe('language of the answer', () => {
  it.each([
    ['Hvilke kommuner prioriterer velferdsteknologi?', 'nb'],
    ['Kva kommunar prioriterer velferdsteknologi?', 'nn'],
    ['Kven vedtok strategien til Øvre Romerike?', 'nn'],
    ['Korleis skil Sørum og ØRU seg på informasjonstryggleik?', 'nn'],
    ['Which municipalities prioritise welfare technology?', 'en'],
    ['Hvem vedtok Sørums e-strategi?', 'nb'],
  ] as const)('%s → %s', (question, language) => {
    expect(detectLanguage(question)).toBe(language);
  });
  it('answers nynorsk in nynorsk, with the same evidence as bokmål', async () => {
    const nn = await store.answerer.ask('Kva kommunar prioriterer velferdsteknologi?');
    const nb = await store.answerer.ask('Hvilke kommuner prioriterer velferdsteknologi?');
    expectGrounded(store.db, nn);
    expect(nn.answer).toMatch(/^Desse strategiane tek opp «velferdsteknologi» \(3 av 5\):/);
    expect(nn.answer).toContain('Fann ingen mål eller omtale av «velferdsteknologi» i:');
    expect(cited(nn)).toEqual(cited(nb));
    const adopted = await store.answerer.ask('Kven vedtok strategien til Øvre Romerike?');
    expect(adopted.answer).toContain('er vedteken av:');
    expect(adopted.answer).toContain('den 15. februar 2011, sak 2/11');
  });
  it('answers English in English, labels included', async () => {
    const answer = await store.answerer.ask('What does Sørum say about cloud services?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toMatch(/^This is what the strategies say:/);
    expect(answer.answer).toMatch(/\(p\. \d+\)/);
    expect(answer.answer).not.toMatch(/\(s\. \d+\)/);
  });
  it('names the section, not a made-up page, for a source without page numbers', async () => {
    const answer = await store.answerer.ask('Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?');
    expectGrounded(store.db, answer);
    const citation = answer.citations.find((c) => c.documentId === CORPUS.tiltaksplan)!;
    expect(citation.paged).toBe(false);
    expect(answer.answer).toContain('avsnitt «7 Helse og velferd»');
    expect(answer.answer).not.toMatch(/s\. 1\b/);
    const paged = await store.answerer.ask('Hvor mye har Sørum budsjettert til velferdsteknologi?');
    expect(paged.citations[0]?.paged).toBe(true);
    expect(paged.answer).toContain('s. 11');
  });
});

describe('follow-ups and rephrasings', () => {
  it('"hva med Øvre Romerike?" keeps the topic and intent and switches the organisation', async () => {
    const answer = await converse('Hvilke kommuner prioriterer velferdsteknologi?', 'hva med Øvre Romerike?');
    expectGrounded(store.db, answer);
    expect(answer).toMatchObject({ intent: 'coverage', topic: 'velferdsteknologi' });
    expect(cited(answer)).toEqual(new Set([CORPUS.oru]));
  });
  it('"what about ØRU?" after an English goals question', async () => {
    const answer = await converse("What are Sørum's goals for welfare technology?", 'what about ØRU?');
    expect(answer).toMatchObject({ intent: 'goals', language: 'en' });
    expect(cited(answer)).toEqual(new Set([CORPUS.oru]));
  });
  it('"og i 2018?" keeps topic and organisation and changes the year, also two follow-ups deep', async () => {
    const answer = await converse('Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?', 'og i 2018?');
    expect(answer.answer).toContain(`2018: ${kr('1 328 000')}`);
    expect(answer.answer).not.toContain(kr('2 830 300'));
    const deeper = await converse('Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?', 'hva med Sørum?', 'og i 2016?');
    expect(deeper).toMatchObject({ intent: 'budget', topic: 'velferdsteknologi' });
    expect(cited(deeper)).toEqual(new Set([CORPUS.sorum]));
    expect(deeper.answer).toContain(kr('3 000 000'));
  });
  it('rephrasings of one question name the same organisations', async () => {
    const groups = [
      ['Hvilke kommuner prioriterer velferdsteknologi?', 'Hvilke kommuner satser på velferdsteknologi?', 'Which municipalities prioritise welfare technology?', 'Kva kommunar prioriterer velferdsteknologi?'],
      ['Hvem vedtok ØRU-strategien?', 'Who adopted the ØRU strategy?', 'Kven vedtok strategien til Øvre Romerike?'],
    ];
    for (const group of groups) {
      const answers = await Promise.all(group.map((question) => store.answerer.ask(question)));
      for (const answer of answers.slice(1)) expect(cited(answer)).toEqual(cited(answers[0]!));
    }
  });
});

describe('paged sources', () => {
  it('a PDF is paged: its citations give pages, the text export of the same plan names sections', async () => {
    const pdfStore = await buildCorpusStore([`${SAMPLE_PDF_DIR}/kongsbergregionen-tiltaksplan-2016-2018.pdf`]);
    const [pdf] = listDocuments(pdfStore.db);
    expect(pdf?.paged).toBe(true);
    expect(listDocuments(store.db).find((d) => d.id === CORPUS.tiltaksplan)?.paged).toBe(false);
    const answer = await pdfStore.answerer.ask('Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?');
    expect(answer.answer).toContain(kr('2 830 300'));
    expect(answer.citations[0]?.paged).toBe(true);
    expect(answer.answer).toMatch(/s\. \d+\)/);
  }, 120_000);
});

describe('on the development corpus (tune half)', () => {
  let dev: CorpusStore;
  beforeAll(async () => {
    const dir = `${ROOT}test/fixtures/strategies`;
    dev = await buildCorpusStore(['asker-digitaliseringsstrategi-2021-2025.md', 'kristiansand-digitalisering-oppvekst-2021-2025.txt', 'tonsberg-handlingsplan-digitalisering-2024-2026.pdf', 'ror-ikt-strategi-2021-2024.txt'].map((file) => `${dir}/${file}`));
  }, 120_000);
  it('reads the date and case number from the cited adoption line', async () => {
    const answer = await dev.answerer.ask('Når ble Kristiansands strategi vedtatt?');
    expect(answer.answer).toContain('den 16. juni 2021, sak 112/21');
    expect(answer.citations[0]?.quote).toContain('16.06.2021, sak 112/21');
  });
  it('answers who adopted the Asker strategy from its adoption record (ingest now reads "vedtatt av kommunestyret 7. september 2021 (sak 84/21)")', async () => {
    const answer = await dev.answerer.ask('Who adopted the Asker strategy?');
    expect(answer.language).toBe('en');
    expect(answer.answer).toContain('was adopted by the municipal council (kommunestyret) on 7 September 2021, case 84/21');
    for (const citation of answer.citations) expect(getPassage(dev.db, citation.passageId)!.text).toContain(citation.quote);
  });
  it('lists members stated in the front matter when none are recorded', async () => {
    for (const question of ['Hvilke kommuner er med i ROR-IKT-samarbeidet?', 'Hvilke kommuner omfatter IKT-strategien til ROR-IKT?']) {
      const answer = await dev.answerer.ask(question);
      expect(answer.intent).toBe('document');
      expect(answer.answer).toContain('omfatter kommunene Aukra, Gjemnes, Hustadvika, Molde, Rauma og Vestnes');
      expect(getPassage(dev.db, answer.citations[0]!.passageId)!.text).toContain(answer.citations[0]!.quote);
    }
  });
  it('finds the year with the largest total from the sum row', async () => {
    const answer = await dev.answerer.ask('Hvilket år har Tønsberg størst budsjett?');
    expect(answer.answer).toContain(`har størst samlet budsjett i 2024: ${kr('2 870 000')}`);
    expect(answer.citations[0]?.quote).toBe('Sum 2 870 000 2 370 000 1 270 000');
  });
});
