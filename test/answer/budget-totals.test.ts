/** Budget totals that add up: sum rows or detail rows (never both), summaries not added, strategies kept apart. */
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetTotals } from '../../src/answer/budget-totals.ts';
import { createApp } from '../../src/server/app.ts';
import { listBudgets, type BudgetRow } from '../../src/store/index.ts';
import { buildCorpusStore, CORPUS, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

const yearsOf = (totals: ReturnType<typeof budgetTotals>, documentId: string) =>
  Object.fromEntries(totals.find((t) => t.documentId === documentId)?.years.map((y) => [y.year, y.amount]) ?? []);

describe('budget totals on the sample corpus', () => {
  it("Kongsbergregionen's yearly totals equal its own sum row, not the summary added to the detail tables", () => {
    const totals = budgetTotals(listBudgets(store.db, null));
    expect(yearsOf(totals, CORPUS.tiltaksplan)).toEqual({ 2016: 10_880_300, 2017: 11_530_300, 2018: 5_688_000 });
    const tiltaksplan = totals.find((t) => t.documentId === CORPUS.tiltaksplan)!;
    expect(tiltaksplan.tables.filter((t) => t.isSummary).map((t) => t.table)).toEqual(['Satsningsområder og tiltak']);
    expect(tiltaksplan.tables.find((t) => t.table === '7. Helse og Velferd')?.years).toEqual([
      { year: 2016, amount: 3_630_300, source: 'sum-row' },
      { year: 2017, amount: 2_830_300, source: 'sum-row' },
      { year: 2018, amount: 1_328_000, source: 'sum-row' },
    ]);
  });

  it('keeps a yearly frame apart from yearly totals and strategies apart from each other (Sørum)', () => {
    const totals = budgetTotals(listBudgets(store.db, null));
    expect(yearsOf(totals, CORPUS.sorum)).toEqual({ 2015: 1_300_000 });
    expect(totals.find((t) => t.documentId === CORPUS.sorum)?.frames).toEqual([{ table: '8.1 Investeringstiltak', from: 2015, to: 2018, amount: 5_500_000, source: 'sum-row', restatesYears: false }]);
    expect(new Set(totals.map((t) => t.documentId)).size).toBe(totals.length);
  });

  it('GET /api/budgets/totals serves the same totals, also for a topic', async () => {
    const app = createApp({ ...store, config: { adminToken: undefined, maxFileBytes: 1000, uploadDir: '/nonexistent', logRequests: false } });
    const all = (await (await app.request(`/api/budgets/totals?documentId=${CORPUS.tiltaksplan}`)).json()) as { totals: ReturnType<typeof budgetTotals> };
    expect(yearsOf(all.totals, CORPUS.tiltaksplan)).toEqual({ 2016: 10_880_300, 2017: 11_530_300, 2018: 5_688_000 });
    const topic = (await (await app.request('/api/budgets/totals?q=velferdsteknologi')).json()) as { totals: ReturnType<typeof budgetTotals> };
    // The programme line and its restatement in the overview table count once.
    expect(yearsOf(topic.totals, CORPUS.tiltaksplan)).toEqual({ 2016: 3_630_300, 2017: 2_830_300, 2018: 1_328_000 });
  });
});

describe('budget totals on small tables', () => {
  const row = (table: string, label: string, year: number | null, amount: number, extra: Partial<BudgetRow> = {}): BudgetRow => ({
    id: Math.floor(Math.random() * 1e9), documentId: 'a', organisation: 'A kommune', passageId: null, url: '/documents/a', table, label, year, period: null, amount,
    kind: null, isSum: false, raw: String(amount), confidence: 'exact', page: 1, ...extra,
  });

  it('adds detail rows where there is no sum row, and never merges two lines with the same amount', () => {
    const totals = budgetTotals([row('Tiltak', 'Opplæring', 2024, 100_000), row('Tiltak', 'Lisenser', 2024, 100_000), row('Drift', 'Support', 2024, 50_000)]);
    expect(totals[0]?.years).toEqual([{ year: 2024, amount: 250_000, source: 'detail-rows' }]);
  });

  it('uses the sum row instead of adding it to the detail rows', () => {
    const totals = budgetTotals([row('Tiltak', 'Opplæring', 2024, 100_000), row('Tiltak', 'Lisenser', 2024, 40_000), row('Tiltak', 'Sum', 2024, 140_000, { isSum: true })]);
    expect(totals[0]?.years).toEqual([{ year: 2024, amount: 140_000, source: 'sum-row' }]);
  });

  it('does not add two organisations together', () => {
    const totals = budgetTotals([row('T', 'X', 2024, 100), row('T', 'X', 2024, 200, { documentId: 'b', organisation: 'B kommune' })]);
    expect(totals.map((t) => [t.documentId, t.years[0]?.amount])).toEqual([['a', 100], ['b', 200]]);
  });

  it('leaves rows with an uncertain year out of the yearly totals', () => {
    const totals = budgetTotals([row('T', 'X', 2024, 100), row('T', 'Y', null, 999, { confidence: 'uncertain' })]);
    expect(totals[0]?.years).toEqual([{ year: 2024, amount: 100, source: 'detail-rows' }]);
  });
});

describe('budget lines of several strategies', () => {
  it('say whose a period total is', async () => {
    const answer = (await store.answerer.ask('Hvor mye er satt av til velferdsteknologi?')).answer;
    expect(answer).toMatch(/Kongsbergregionen: Til sammen 2016–2018: /);
  });
});
