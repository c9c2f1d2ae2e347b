import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/load.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Honest abstention and budget answers over the fresh set's tune documents (test/fixtures/fresh/, written
 * blind to the rules), plus one bokmål plan written for this test and asked in nynorsk. Each question
 * here answered wrongly before: an unrelated sentence for a number no document states, or "no budget
 * lines" where the topic only described the strategy.
 */
const FRESH = `${ROOT}test/fixtures/fresh`;
const TUNE = ['nordre-follo-digitaliseringsstrategi-2024-2027.md', 'telemark-regional-plan-digital-omstilling-2025-2030.txt', 'fosen-ikt-felles-strategi-2024-2027.txt', 'lindesnes-handlingsplan-velferdsteknologi-2024-2027.txt', 'sandefjord-digitaliseringsstrategi-2025-2028.md'];

/** A bokmål plan with a budget table whose line a nynorsk question names in nynorsk spelling. */
const VARDO = `# Handlingsplan for informasjonssikkerhet 2025–2027

Vardø kommune

## Økonomi

Tabellen viser kostnadene (kroner).

| Tiltak | 2025 | 2026 | 2027 |
|---|---|---|---|
| Sikkerhetsovervåking (SOC-tjeneste) | 400 000 | 420 000 | 440 000 |
| Opplæring av ansatte | 90 000 | 90 000 | 60 000 |
| Sum | 490 000 | 510 000 | 500 000 |
`;

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore(TUNE.map((file) => `${FRESH}/${file}`));
  const result = await ingestBytes({ db: store.db, embedder: store.embedder }, new TextEncoder().encode(VARDO), 'vardo-handlingsplan-informasjonssikkerhet-2025-2027.md');
  expect(result.status).toBe('added');
}, 120_000);

describe('a question for a number no document states', () => {
  it('is "not found", not a sentence that only shares the organisation or a common word', async () => {
    for (const question of ["How many employees work in Nordre Follo's digitalisation unit?", 'Kor mange tilsette arbeider i Fosen IKT?']) {
      const answer = await store.answerer.ask(question);
      expect(answer.citations, question).toEqual([]);
    }
  });

  it('still answers a number the document states', async () => {
    const answer = await store.answerer.ask('Hvor mange datasett skal Nordre Follo publisere som åpne data?');
    expect(answer.answer).toContain('25');
    expect(answer.citations[0]?.quote).toMatch(/datasett/);
  });
});

describe('budget totals asked of a strategy by describing it', () => {
  it('reads "the joint IKT strategy of Fosen IKT" as the strategy, not as a budget line', async () => {
    const answer = await store.answerer.ask('Which year has the largest budget in the joint IKT strategy of Fosen IKT?');
    expect(answer.answer).toMatch(/2025: NOK 5,150,000/);
    expect(answer.citations[0]?.quote).toMatch(/Totalt/);
  });

  it('reads "welfare technology action plan" as «Handlingsplan for velferdsteknologi» and sums the whole table', async () => {
    const answer = await store.answerer.ask("In which year is the budget of Lindesnes's welfare technology action plan largest?");
    expect(answer.answer).toMatch(/2025: NOK 4,300,000/);
  });

  it('does not take the word asking for the smallest year as a topic', async () => {
    const answer = await store.answerer.ask('Kva år har Sandefjord det lågaste budsjettet i digitaliseringsstrategien?');
    expect(answer.answer).toMatch(/2028: 6\s600\s000\skr/);
  });

  it('keeps a topic the title does not show: a line not in the budget is no whole budget', async () => {
    const answer = await store.answerer.ask('Hvor mye har Fosen IKT satt av til blokkjede i 2026?');
    expect(answer.answer).not.toMatch(/3\s500\s000/);
  });
});

describe('a nynorsk question about a bokmål budget line', () => {
  it('finds «Sikkerhetsovervåking (SOC-tjeneste)» from "sikkerheitsovervakinga (SOC-tenesta)"', async () => {
    const answer = await store.answerer.ask('Kor mykje kostar sikkerheitsovervakinga (SOC-tenesta) for Vardø i 2027?');
    expect(answer.answer).toMatch(/440\s000\skr/);
    expect(answer.answer).not.toMatch(/(?<!4)60\s000\skr/);
  });
});
