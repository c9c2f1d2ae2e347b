/**
 * Budget questions a strategy answers without a figure in a budget row (test/fixtures/fresh3): a table
 * line whose cells say there is no amount ("Innenfor ramme", Levanger), an amount written in nynorsk
 * running text ("1,2 millionar kroner", Volda), and a total asked of a strategy named by its kind in
 * another language ("Narviks digitale handlingsplan" of an English "Digital Action Plan").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { kr } from '../helpers/answers.ts';

const FRESH3 = `${ROOT}test/fixtures/fresh3/`;
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${FRESH3}levanger-digitaliseringsstrategi-2024-2028.md`, `${FRESH3}volda-digitaliseringsstrategi-2025-2029.txt`, `${FRESH3}narvik-digital-action-plan-2024-2025.md`]);
});
afterAll(() => store.db.close());

describe('budget answers without a budget row', () => {
  it('quotes a table line whose cells say "Innenfor ramme", with the sentence that says what it means', async () => {
    const answer = await store.answerer.ask('Hvor mye har Levanger satt av til digitale læremidler i grunnskolen?');
    expect(answer.answer).toContain('Digitale læremidler i grunnskolen');
    expect(answer.answer).toContain('Innenfor ramme');
    expect(answer.answer).toContain('sektorens egen budsjettramme');
    expect(answer.answer).not.toMatch(/fant ingen budsjettposter/);
    expect(answer.citations.some((citation) => citation.quote.includes('Digitale læremidler i grunnskolen'))).toBe(true);
  });
  it('a line with an amount is still answered from its budget row, not as a line without one', async () => {
    const answer = (await store.answerer.ask('Hvor mye har Levanger satt av til informasjonssikkerhet og ROS-analyser i 2026?')).answer;
    expect(answer).toContain(kr('350 000'));
    expect(answer).not.toContain('oppgir ikke noe beløp');
  });
  it('quotes an amount stated in nynorsk running text ("1,2 millionar kroner")', async () => {
    const answer = await store.answerer.ask('Kor mykje har Volda sett av til digitaliseringsarbeidet i 2025?');
    expect(answer.answer).toContain('1,2 millionar kroner');
    expect(answer.answer).not.toMatch(/ingen budsjettal\b/);
  });
  it('a kind of document named in Norwegian chooses an English action plan, so the question is about its totals', async () => {
    const answer = (await store.answerer.ask('Hvilket år har størst budsjett i Narviks digitale handlingsplan?')).answer;
    expect(answer).toContain('2024');
    expect(answer).toContain(kr('6 950 000'));
  });
});

describe('an amount in running text split up in the next sentence', () => {
  it('quotes the sentence on the topic with the one that splits its amount by year ("Av dette er … sette av …")', async () => {
    const stryn = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/stryn-strategi-dokumentasjonsforvaltning-arkiv-2025-2028.txt`]);
    const answer = (await stryn.answerer.ask('Kor mykje er sett av i 2026 til digitalisering av byggjesaksarkivet i Stryn?')).answer;
    stryn.db.close();
    expect(answer).toContain('rekna til 1,6 millionar kroner');
    expect(answer).toContain('900 000 kroner i økonomiplanen for 2026');
  });
});
