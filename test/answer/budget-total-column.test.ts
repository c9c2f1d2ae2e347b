/**
 * A total column's cells are sums (`isSum`) of one line's years: where a line's amount over the period is
 * asked, the answer gives it (or the years added, which agree); a year's total, the whole budget, a share,
 * the dearest line and which of two lines costs more never add it on top of the year cells it adds up.
 * Own strategies (test/ingest/total-column.test.ts reads the same kind of table).
 */
import { describe, expect, it } from 'vitest';
import { budgetTotals } from '../../src/answer/budget-totals.ts';
import type { BudgetRow } from '../../src/store/index.ts';
import { expectGrounded, kr } from '../helpers/answers.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

const HJARTDAL = `# Tiltaksplan for digitalisering 2026–2028

Hjartdal kommune

Vedtatt av kommunestyret i Hjartdal 3. desember 2025, sak 77/25.

## Tiltak

Kommunen skal ta i bruk en ny kundeportal og sensorer i skolebygg.

## Kostnader

Tabellen viser kostnadene per tiltak. Tall i 1000 kr.

| Tiltak | 2026 | 2027 | 2028 | Sum 2026–2028 |
|---|---|---|---|---|
| Ny kundeportal | 400 | 300 | 200 | 900 |
| Sensorer i skolebygg | 150 | 100 | 250 | 500 |
| **Sum** | **550** | **400** | **450** | **1 400** |
`;

const LEBESBY = `# Digital Action Plan 2026–2027

Lebesby Municipality (Lebesby kommune)

Adopted by the Lebesby municipal council on 10 December 2025 (case 55/25).

## Costs

Amounts in NOK.

| Measure | 2026 | 2027 | Total |
|---|---|---|---|
| Shared data platform | 500,000 | 700,000 | 1,200,000 |
| Open data portal | 100,000 | 200,000 | 300,000 |
| Total | 600,000 | 900,000 | 1,500,000 |
`;

const corpus = useWrittenCorpus({ 'hjartdal-tiltaksplan-digitalisering-2026-2028.md': HJARTDAL, 'lebesby-digital-action-plan-2026-2027.md': LEBESBY });
const ask = async (text: string) => {
  const answer = await corpus.store.answerer.ask(text);
  expectGrounded(corpus.store.db, answer);
  return answer.answer;
};

describe("a total column's cells are a line's total, never added to its years", () => {
  it("answers a line's total over the period with the total column's amount", async () => {
    const answer = await ask('Hva koster ny kundeportal i Hjartdal til sammen i perioden?');
    expect(answer).toContain(kr('900 000'));
    expect(answer).not.toContain(kr('1 800 000'));
    const english = await ask('What does the shared data platform cost Lebesby over the whole period?');
    expect(english).toMatch(/NOK 1,200,000/);
    expect(english).not.toMatch(/NOK 2,400,000/);
  });

  it("lists the total column's cell as the line's amount for the period, beside its years", async () => {
    const answer = await ask('Hva koster ny kundeportal i Hjartdal?');
    for (const amount of ['400 000', '300 000', '200 000']) expect(answer).toContain(kr(amount));
    expect(answer).toMatch(new RegExp(`2026–2028: ${kr('900 000')}[^\\n]*– Ny kundeportal`));
  });

  it("says the line's total is no sum row and quotes it by its line", async () => {
    const answer = await corpus.store.answerer.ask('Hva koster ny kundeportal i Hjartdal til sammen i perioden?');
    const line = answer.answer.split('\n').find((text) => text.includes(kr('900 000')) && text.includes('2026–2028'));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/sumrad/);
    const n = Number(/\[(\d+)\]\s*$/.exec(line!)?.[1]);
    expect(answer.citations.find((citation) => citation.n === n)?.quote).toBe('Ny kundeportal');
  });

  it("gives a year's total and the whole budget once", async () => {
    expect(await ask('Hva er Hjartdals budsjett for digitalisering i 2027?')).toContain(kr('400 000'));
    const whole = await ask('Hva er totalbudsjettet i Hjartdals tiltaksplan for digitalisering?');
    expect(whole).toContain(kr('1 400 000'));
    expect(whole).not.toContain(kr('2 800 000'));
  });

  it('compares two lines by their totals, not their totals and years added', async () => {
    const answer = await ask('Koster ny kundeportal mer enn sensorer i skolebygg i Hjartdal?');
    expect(answer).toContain(kr('900 000'));
    expect(answer).toContain(kr('500 000'));
    expect(answer).not.toContain(kr('1 800 000'));
  });

  it('names the dearest line with its total over the period', async () => {
    const answer = await ask('Hvilket tiltak er dyrest i Hjartdals tiltaksplan?');
    expect(answer).toContain('Ny kundeportal');
    expect(answer).toContain(kr('900 000'));
    expect(answer).not.toContain(kr('1 800 000'));
  });

  it("computes a line's share of the whole budget from the totals counted once", async () => {
    const answer = (await ask('Hvor stor andel av Hjartdals budsjett går til ny kundeportal?')).replace(/\u00a0/g, ' ');
    // 900 000 / 1 400 000 = 64,3 %
    expect(answer).toContain('900 000 kr / 1 400 000 kr = 64,3 %');
  });
});

describe('budgetTotals over a table with a total column', () => {
  let id = 0;
  const row = (label: string, year: number | null, amount: number, isSum = false): BudgetRow => ({
    id: ++id, documentId: 'plan', organisation: 'Hjartdal kommune', passageId: null, url: '', table: 'Kostnader', label, year,
    period: year === null ? { from: 2026, to: 2027 } : null, amount, kind: null, isSum, raw: String(amount), confidence: 'exact', page: 1,
  });
  const lines = [row('A', 2026, 100), row('A', 2027, 200), row('A', null, 300, true), row('B', 2026, 10), row('B', 2027, 20), row('B', null, 30, true)];

  it("adds up the lines' total column cells where no sum row closes the column, and marks them as restating the years", () => {
    const [total] = budgetTotals(lines);
    expect(total!.frames).toEqual([{ table: 'Kostnader', from: 2026, to: 2027, amount: 330, source: 'detail-rows', restatesYears: true }]);
    expect(total!.years.map((item) => item.amount)).toEqual([110, 220]);
  });

  it('takes the corner cell of the sum row as the period total', () => {
    const [total] = budgetTotals([...lines, row('Sum', 2026, 110, true), row('Sum', 2027, 220, true), row('Sum', null, 330, true)]);
    expect(total!.frames.map((frame) => [frame.amount, frame.source])).toEqual([[330, 'sum-row']]);
  });
});
