import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { budgetLines } from '../../web/js/budget-lines.js';
import { buildCorpusStore, CORPUS } from '../helpers/corpus.ts';
import { listBudgets } from '../../src/store/index.ts';

type Line = { item: { label: string; table: string }; byYear: Map<number, { amount: number }>; other: unknown[] };
const item = (label: string, year: number | null, amount: number) => ({ documentId: 'd', table: 'T', label, isSum: false, year, amount });

describe('budgetLines (the budgets page: one row per printed line)', () => {
  it('keeps two lines with the same label apart and adds nothing together', () => {
    const lines: Line[] = budgetLines([item('Kjøpte tjenester', 2016, 50_000), item('Kjøpte tjenester', 2017, 50_000), item('Kjøpte tjenester', 2016, 70_000), item('Kjøpte tjenester', 2017, 20_000)]);
    expect(lines.map((l) => [...l.byYear.entries()].map(([year, i]) => [year, i.amount]))).toEqual([[[2016, 50_000], [2017, 50_000]], [[2016, 70_000], [2017, 20_000]]]);
  });

  it('puts a table read year by year back into one row per line', () => {
    const lines: Line[] = budgetLines([item('A', 2016, 1), item('B', 2016, 2), item('A', 2017, 3), item('B', 2017, 4)]);
    expect(lines.map((l) => [l.item.label, [...l.byYear.values()].map((i) => i.amount)])).toEqual([['A', [1, 3]], ['B', [2, 4]]]);
  });

  it("shows a total column's cell (a sum without a year) in its line's row, not as a sum row of its own", () => {
    const total = { ...item('A', null, 4), isSum: true, period: { from: 2016, to: 2017 } };
    const lines: Line[] = budgetLines([item('A', 2016, 1), item('A', 2017, 3), total, { ...item('Sum', 2016, 1), isSum: true }]);
    expect(lines.map((l) => [l.item.label, l.other.length])).toEqual([['A', 1], ['Sum', 0]]);
  });

  it("leaves out an amount of the accounts (`basis: 'actual'`): the API gives it as its line's `actual`", () => {
    const lines: Line[] = budgetLines([item('A', 2025, 500), { ...item('A', 2025, 420), basis: 'actual' }]);
    expect(lines.map((l) => [l.item.label, [...l.byYear.values()].map((i) => i.amount)])).toEqual([['A', [500]]]);
  });

  it('on the sample corpus: every amount shown once, in no more rows than there are amounts', async () => {
    const store = await buildCorpusStore();
    const items = listBudgets(store.db, null);
    const lines: Line[] = budgetLines(items);
    expect(lines.reduce((n, l) => n + l.byYear.size + l.other.length, 0)).toBe(items.length);
    // Kongsbergregionen's overview table lists each area once, with its three years in one row.
    const overview = lines.filter((l) => (l.item as unknown as { documentId: string }).documentId === CORPUS.tiltaksplan && l.item.table === 'Satsningsområder og tiltak' && !l.item.label.startsWith('Sum'));
    expect(overview.length).toBeGreaterThan(0);
    expect(new Set(overview.map((l) => l.item.label)).size).toBe(overview.length);
  });
});
