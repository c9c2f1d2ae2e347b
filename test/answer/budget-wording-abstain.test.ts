import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Budget and document wording read from data/question-words.json ('dyrest', 'anslått', 'gjekk ut',
 * 'være på plass'), and principled abstention: a year no budget line covers, a topic word no passage
 * holds. Over the sample corpus and four tune strategies (Tønsberg, Lillestrøm, Gjøvik, Trondheim).
 */
const STRATEGIES = `${ROOT}test/fixtures/strategies`;

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([
    CORPUS_DIR,
    `${STRATEGIES}/tonsberg-handlingsplan-digitalisering-2024-2026.pdf`,
    `${STRATEGIES}/lillestrom-handlingsplan-digitalisering-2024-2027.pdf`,
    `${STRATEGIES}/gjovik-ikt-strategi-2019-2022.txt`,
    `${STRATEGIES}/trondheim-strategi-digital-transformasjon-2022-2026.pdf`,
  ]);
}, 180_000);

/** The answer with its thin spaces between thousands read as spaces. */
const plain = (answer: { answer: string }) => answer.answer.replace(/[\u00a0\u202f]/g, ' ');
const organisations = (answer: { citations: Array<{ organisation: string }> }) => [...new Set(answer.citations.map((citation) => citation.organisation))];

describe('budget wording as data', () => {
  it("'dyrest' asks for the year with the largest total, 'billigst' for the smallest", async () => {
    const dearest = await store.answerer.ask('Hvilket år er dyrest i Tønsbergs handlingsplan?');
    expect(plain(dearest)).toMatch(/2024: 2 870 000 kr/);
    expect(organisations(dearest)).toEqual(['Tønsberg kommune']);
    const cheapest = await store.answerer.ask('Hvilket år er billigst i Tønsbergs handlingsplan?');
    expect(plain(cheapest)).toMatch(/2026: 1 270 000 kr/);
  });

  it("'anslått kostnad' asks for the table's cost, not a topic «anslått chatbot»", async () => {
    const answer = await store.answerer.ask('Hva er anslått kostnad for chatbot i Lillestrøm kommune?');
    expect(plain(answer)).toContain('450 000');
    expect(plain(answer)).not.toContain('anslått');
    expect(organisations(answer)).toEqual(['Lillestrøm kommune']);
  });

  it("a follow-up asking when it will 'være på plass' keeps the earlier topic", async () => {
    const answer = await store.answerer.ask('og når skal det være på plass i Lillestrøm, og hva koster det?', [{ role: 'user', content: 'Hvilke kommuner skal ta i bruk digital signering?' }]);
    expect(plain(answer)).toContain('300 000');
    expect(plain(answer)).toContain('2024');
    expect(organisations(answer)).toEqual(['Lillestrøm kommune']);
  });
});

describe('document wording as data', () => {
  it("nynorsk 'når gjekk … ut' asks for the period", async () => {
    const answer = await store.answerer.ask('Når gjekk IKT-strategien til Gjøvik ut?');
    expect(answer.intent).toBe('document');
    expect(plain(answer)).toContain('2022');
    expect(organisations(answer)).toEqual(['Gjøvik kommune']);
  });
});

describe('a year no budget line covers', () => {
  it('is answered without a citation, naming the years the lines cover', async () => {
    const after = await store.answerer.ask('Hva er Tønsbergs budsjett for digitalt tilsyn i 2027?');
    expect(after.citations).toEqual([]);
    expect(plain(after)).toContain('2027');
    expect(plain(after)).toContain('2024–2026');
    const nynorsk = await store.answerer.ask('Kva er budsjettet til Kongsbergregionen for velferdsteknologi i 2019?');
    expect(nynorsk.citations).toEqual([]);
    expect(plain(nynorsk)).toContain('2016–2018');
  });

  it('still cites the line for a year it covers', async () => {
    const answer = await store.answerer.ask('Hva er Tønsbergs budsjett for digitalt tilsyn i 2025?');
    expect(plain(answer)).toContain('600 000');
    expect(organisations(answer)).toEqual(['Tønsberg kommune']);
  });
});

describe('a topic word no passage holds', () => {
  it('is "not found", not a sentence holding only the topic\'s other words', async () => {
    const answer = await store.answerer.ask('Har noen av strategiene mål om bruk av droner?');
    expect(answer.citations).toEqual([]);
  });

  it('a compound the corpus does not write is still answered by its last part', async () => {
    // The text says "Prosjekter finansieres over et eget digitaliseringsfond", never "digitaliseringsprosjekt".
    const answer = await store.answerer.ask('Hvordan finansieres digitaliseringsprosjektene i Trondheim kommune?');
    expect(plain(answer)).toContain('digitaliseringsfond');
    expect(organisations(answer)).toEqual(['Trondheim kommune']);
  });

  it('a topic the strategies do hold is still answered', async () => {
    const answer = await store.answerer.ask('Har noen av strategiene mål om velferdsteknologi?');
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
