import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Answers over documents of the blind tuning set fresh4 (test/fixtures/fresh4) that were misread: a
 * follow-up asking a fact of its own ("Og kven har ansvaret for …?") after a goals question is a look-up;
 * "Hvilke av strategiene handler om …?" asks across the strategies; goals asked of a strategy named by its
 * title are all its goals; a comparison labels measures as measures. Real answers over the fresh4 documents.
 */
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/luster-kommunedelplan-digitalisering-2025-2029.md`]);
});
afterAll(() => store.db.close());

const user = (content: string) => ({ role: 'user' as const, content });

describe('a follow-up asking a fact of its own', () => {
  it('"Og kven har ansvaret for …?" after a goals question names who is responsible', async () => {
    const answer = await store.answerer.ask('Og kven har ansvaret for den nye innbyggjarportalen?', [user('Kva mål har Luster for digitale søknader?')]);
    expect(answer.answer).toContain('Servicetorget');
  });
});

describe('a question across the strategies asked as "Hvilke av strategiene …"', () => {
  it('is a coverage question, and "handler om" is no part of its topic', async () => {
    const answer = await store.answerer.ask('Hvilke av strategiene handler om bredbånd?');
    expect(answer.intent).toBe('coverage');
    expect(answer.topic).toBe('bredbånd');
    expect(answer.citations.some((citation) => /[Bb]reiband/.test(citation.quote))).toBe(true);
  });
});

describe('goals of a strategy named by its title', () => {
  it('"What targets has Akershus set in its strategy for data and green digitalisation?" lists all its targets, not those on "green"', async () => {
    const akershus = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/akershus-data-green-digitalisation-summary-2025-2030.txt`]);
    const answer = await akershus.answerer.ask('What targets has Akershus set in its strategy for data and green digitalisation?');
    akershus.db.close();
    expect(answer.topic).toBe('');
    expect(answer.answer.match(/^• /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe('a status asked in other words than the table writes it', () => {
  it('"completed" (English) and "ferdige" (nynorsk) find the rows whose Status is «Fullført»; "welfare technology" names Skien\'s programme', async () => {
    const skien = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/skien-handlingsprogram-velferdsteknologi-2025-2026.md`]);
    const english = (await skien.answerer.ask("Which measures in Skien's welfare technology programme have been completed?")).answer;
    const nynorsk = (await skien.answerer.ask('Kva tiltak i handlingsprogrammet for velferdsteknologi i Skien er ferdige?')).answer;
    skien.db.close();
    for (const answer of [english, nynorsk]) {
      expect(answer).toMatch(/Medisindispensere/);
      expect(answer).toMatch(/Nullpunkt/);
    }
  });
});

describe('a comparison labels goals and measures apart', () => {
  it('a side whose evidence is a measure says "tiltak", not "mål"', async () => {
    const plans = await buildCorpusStore([`${ROOT}test/fixtures/fresh4/horten-strategi-informasjonssikkerhet-personvern-2025-2028.txt`, `${ROOT}test/fixtures/fresh4/skien-handlingsprogram-velferdsteknologi-2025-2026.md`]);
    const answer = (await plans.answerer.ask('Sammenlign Horten og Skien på velferdsteknologi')).answer;
    plans.db.close();
    expect(answer).toMatch(/Skien kommune: tiltak \(\d+\): «Opplæring av velferdsteknologiske ressurspersoner»/);
    expect(answer).not.toMatch(/mål \(\d+\): «Opplæring av velferdsteknologiske/);
  });
});
