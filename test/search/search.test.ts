import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuery, toFtsQuery } from '../../src/search/query.ts';
import { COMMON_TERM_SHARE, EXPANSION_POSTINGS_SHARE, expansionTerms, selectiveTerms } from '../../src/search/retrieve.ts';
import { buildCorpusStore, CORPUS, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

describe('search', () => {
  it('finds the ØRU welfare-technology area for a Norwegian and an English question', async () => {
    for (const q of ['velferdsteknologi', 'welfare technology']) {
      const results = await store.searcher.search({ q, k: 5 });
      expect(results.some((r) => r.documentId === CORPUS.oru && r.section.startsWith('3.7'))).toBe(true);
    }
  });
  it('matches compounds: "teknologi" finds velferdsteknologiprogrammet', async () => {
    const results = await store.searcher.search({ q: 'teknologiprogram', k: 10, mode: 'lexical' });
    expect(results.some((r) => /Velferdsteknologiprogrammet/.test(r.text))).toBe(true);
  });
  it('returns page, section, url and highlight spans that point at matching words', async () => {
    const [top] = await store.searcher.search({ q: 'skytjenester', k: 1 });
    expect(top).toBeDefined();
    expect(top!.url).toBe(`/documents/${top!.documentId}#p-${top!.passageId}`);
    expect(top!.highlights.length).toBeGreaterThan(0);
    for (const [start, end] of top!.highlights) expect(top!.text.slice(start, end).toLowerCase()).toMatch(/sky|cloud|private/); // "private cloud" is in the thesaurus group
    expect(top!.highlights.map(([s, e]) => top!.text.slice(s, e))).not.toContain('nettverkstjenester');
  });
  it('filters by document and by municipality', async () => {
    const byDoc = await store.searcher.search({ q: 'informasjonssikkerhet', k: 20, documentId: CORPUS.sorum });
    expect(byDoc.length).toBeGreaterThan(0);
    expect(new Set(byDoc.map((r) => r.documentId))).toEqual(new Set([CORPUS.sorum]));
    const byMunicipality = await store.searcher.search({ q: 'informasjonssikkerhet', k: 20, municipality: 'Lillehammer' });
    expect(new Set(byMunicipality.map((r) => r.documentId))).toEqual(new Set([CORPUS.threeOne]));
    expect(await store.searcher.search({ q: 'informasjonssikkerhet', municipality: 'Bergen' })).toEqual([]);
  });
  it('bounds the expansion pass: rare synonyms first, postings within a share of the corpus', () => {
    const db = store.db;
    const passages = (db.prepare('SELECT count(*) FROM passages').pluck().get() as number);
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_test USING fts5vocab(main, 'passages_fts', 'row')`);
    const frequency = (term: string) => (db.prepare('SELECT doc FROM temp.vocab_test WHERE term = ?').pluck().get(term) as number | undefined) ?? 0;
    // A question whose thesaurus expansion has rare synonyms and common compound parts.
    const query = analyseQuery("What does ØRU say about access to one's own health records?", store.thesaurus);
    const own = selectiveTerms(db, query.terms);
    const added = expansionTerms(db, own, query.expansion).filter((term) => !own.includes(term));
    const everyPresent = query.expansion.filter((term) => !own.includes(term) && frequency(term) > 0 && frequency(term) <= COMMON_TERM_SHARE * passages);
    expect(everyPresent.reduce((n, term) => n + frequency(term), 0)).toBeGreaterThan(EXPANSION_POSTINGS_SHARE * passages);
    expect(added.reduce((n, term) => n + frequency(term), 0)).toBeLessThanOrEqual(EXPANSION_POSTINGS_SHARE * passages);
    expect(added).toContain('kjernejournal');
    const rarestLeftOut = Math.min(...everyPresent.filter((term) => !added.includes(term)).map(frequency));
    expect(Math.max(...added.map(frequency))).toBeLessThanOrEqual(rarestLeftOut);
  });
  it('ranks with both retrievers in hybrid mode', async () => {
    const lexical = await store.searcher.search({ q: 'helsenett', k: 5, mode: 'lexical' });
    const vector = await store.searcher.search({ q: 'helsenett', k: 5, mode: 'vector' });
    const hybrid = await store.searcher.search({ q: 'helsenett', k: 5 });
    expect(lexical.length && vector.length && hybrid.length).toBeTruthy();
    expect(hybrid[0]!.passageId === lexical[0]!.passageId || hybrid[0]!.passageId === vector[0]!.passageId).toBe(true);
  });
});

describe('hostile queries', () => {
  it('quotes every term, so FTS5 syntax in input is just text', () => {
    expect(toFtsQuery(['near', 'or', 'col'])).toBe('"near" OR "or" OR "col"');
    expect(toFtsQuery(['"', '*', ''])).toBeNull();
  });
  it('never throws on thousands of random and hostile strings', async () => {
    const hostile = ['"', '""', '*', 'NEAR(a b)', 'a OR', 'OR', 'AND NOT', '-x', 'terms:foo', '{a b}', '^start', "'; DROP TABLE passages; --", '<script>alert(1)</script>', '\u0000\u0001', '💥'.repeat(100), 'a'.repeat(10_000), '(((', ')))', 'NEAR/3', '[', '\\', '%', '_', 'æøå'.repeat(500)];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 48271) + 1) >>> 0) / 2 ** 32;
    const alphabet = 'abcæøå "*()-:^{}[]<>\'\\/%_ORNEAND\u0000\t\n0123456789éü💥';
    const strings = [...hostile];
    for (let i = 0; i < 2000; i++) strings.push(Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const q of strings) {
      const results = await store.searcher.search({ q, k: 3, mode: 'lexical' });
      expect(Array.isArray(results)).toBe(true);
    }
    for (const q of hostile) await expect(store.searcher.search({ q, k: 3 })).resolves.toBeDefined();
  });
});
