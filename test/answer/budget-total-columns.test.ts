/**
 * A table's total column or sum row beside the years it adds up is the period's total, never an amount
 * per year, even where the introduction says the cells are "per år" (Ulstein, test/fixtures/fresh3:
 * "Tabellen viser kor mykje som er sett av til kvart område per år", years as rows, a Sum row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { kr } from '../helpers/answers.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${ROOT}test/fixtures/fresh3/ulstein-digitaliseringsplan-2025-2027.md`, `${ROOT}test/fixtures/fresh3/ringsaker-handlingsplan-digitalisering-2025-2027.md`]);
});
afterAll(() => store.db.close());

describe('total columns and sum rows over the years of their table', () => {
  it('the largest year is the year\'s own sum, not the sum plus the period total spread over each year', async () => {
    const answer = (await store.answerer.ask('Hvilket år har Ulsteins digitaliseringsplan størst budsjett?')).answer;
    expect(answer).toContain('2026');
    expect(answer).toContain(kr('1 400 000'));
    expect(answer).not.toContain(kr('5 400 000'));
  });
  it('the period total is the printed total', async () => {
    const answer = (await store.answerer.ask('Hva er totalbudsjettet i Ringsakers handlingsplan for digitalisering 2025–2027?')).answer;
    expect(answer).toContain(kr('5 000 000'));
  });
  it('an amount read from a table in 1000 kr says so beside the table, so the quote ("5 000") can be checked', async () => {
    const answer = await store.answerer.ask('Hva er totalbudsjettet i Ringsakers handlingsplan for digitalisering 2025–2027?');
    expect(answer.answer).toMatch(/tabell «[^»]+» i 1000 kr/);
    const english = await store.answerer.ask("What is the total budget of Ringsaker's digitalisation action plan 2025–2027?");
    expect(english.answer).toMatch(/table «[^»]+» in NOK 1,000/);
  });
});
