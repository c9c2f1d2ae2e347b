import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A budget answer stays readable however many strategies have figures: at most ten strategies, then
 * "… og N strategier til", and a shortened list of those without figures. Twelve copies of the
 * Sørum strategy under other municipalities' names stand in for a large corpus.
 */
const DIR = `${ROOT}test/output/budget-scale`;
const PLACES = ['Aurskog-Høland', 'Enebakk', 'Frogn', 'Gjerdrum', 'Hurdal', 'Lørenskog', 'Nannestad', 'Nes', 'Nesodden', 'Nittedal', 'Rælingen', 'Vestby'];

let store: CorpusStore;
beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const sorum = readFileSync(`${CORPUS_DIR}/sorum-e-strategi-2015-2018.txt`, 'utf8');
  for (const place of PLACES) writeFileSync(`${DIR}/${place.toLowerCase()}-e-strategi.txt`, sorum.replaceAll('Sørum', place));
  store = await buildCorpusStore([DIR]);
}, 180_000);
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('budget answers at corpus scale', () => {
  it('lists ten strategies\' totals and says how many more, in the asker\'s language', async () => {
    const nb = await store.answerer.ask('Hva er samlet budsjett for alle strategiene?');
    const named = PLACES.filter((place) => nb.answer.includes(`${place} kommune`));
    expect(named).toHaveLength(10);
    expect(nb.answer).toContain('… og 2 strategier til med budsjettall');
    const en = await store.answerer.ask('What is the total budget of all the strategies?');
    expect(en.answer).toContain('… and 2 more strategies with budget figures');
  });
});
