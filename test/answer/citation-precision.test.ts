import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Citation precision: each quote shows what the question asks about. A follow-up for "the other plan"
 * keeps the topic; a goal is quoted with its kind label ("Delmål 1: …"); a comparison's heading must
 * share a specific word with the topic, not only "digital". Real answers over the samples and
 * tune-split strategies.
 */
let store: CorpusStore;
const dev = (file: string) => `${ROOT}test/fixtures/strategies/${file}`;

beforeAll(async () => {
  store = await buildCorpusStore([
    CORPUS_DIR,
    dev('kristiansand-digitalisering-oppvekst-2021-2025.txt'),
    dev('vestland-regional-plan-digitalisering-2022-2029.pdf'),
    dev('asker-digitaliseringsstrategi-2021-2025.md'),
  ]);
}, 180_000);

const user = (content: string) => ({ role: 'user' as const, content });

describe('citations that show the concept', () => {
  it('a follow-up asking of "the other plan" keeps the topic asked before', async () => {
    const answer = await store.answerer.ask('kva med den andre planen?', [user('Kva mål hadde Kongsbergregionen for digital kompetanse i eStrategien 2011–2014?')]);
    expect(answer.topic).toBe('digital kompetanse');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => c.title.includes('2015–2018'))).toBe(true);
    expect(answer.citations.filter((c) => /kompetanse/i.test(c.quote)).length).toBeGreaterThanOrEqual(answer.citations.length - 1);
  });

  it('a goal standing under its kind label is quoted with it', async () => {
    const answer = await store.answerer.ask('og delmålene?', [user('Hva er hovedmålet i Kristiansands strategi for digitalisering i oppvekst?')]);
    expect(answer.citations.length).toBe(4);
    for (const citation of answer.citations) expect(citation.quote).toMatch(/^Delmål \d: /);
  });

  it("a comparison's goals under a heading sharing only a common word are not shown", async () => {
    const answer = await store.answerer.ask('Sammenlign Vestland og Asker på digital kompetanse.');
    expect(answer.citations.some((c) => c.quote.includes('Digital infrastruktur'))).toBe(false);
    expect(answer.answer).not.toContain('Digital infrastruktur');
  });
});
