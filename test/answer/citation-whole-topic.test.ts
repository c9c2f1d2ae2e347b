import { beforeAll, describe, expect, it } from 'vitest';
import { showingMost, showingWhole, themeParts } from '../../src/answer/showing-most.ts';
import { wordTerms } from '../../src/text/analyze.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Each citation shows what it is cited for: a goals answer on a topic of several parts ("digital
 * kompetanse hos ansatte i barnehage og skole") cites the goals on the whole topic, not those naming
 * only a side word; a look-up's further sentence shows about as much of the topic as the best one.
 * Real answers over the samples and tune-split strategies.
 */
let store: CorpusStore;
const dev = (file: string) => `${ROOT}test/fixtures/strategies/${file}`;

beforeAll(async () => {
  store = await buildCorpusStore([CORPUS_DIR, dev('kristiansand-digitalisering-oppvekst-2021-2025.txt'), dev('drammen-framtidens-drammen-2023-2027.md'), dev('tromso-digital-strategi-2022-2026.txt')]);
}, 180_000);

describe('the parts of a topic, from the question', () => {
  const vocabulary = loadVocabulary();
  it('themes joined by "og" are one part; a theme qualified by another makes two', () => {
    const parts = themeParts('Hva er Kristiansands mål for digital kompetanse hos ansatte i barnehage og skole?', ['digital-kompetanse', 'barnehage', 'skole'], vocabulary);
    expect(parts?.length).toBe(2);
    expect(parts?.[1]?.has('barnehage') && parts[1].has('skole')).toBe(true);
    expect(themeParts('Hvilke mål har de for skole og barnehage?', ['skole-barnehage'], vocabulary)).toBeNull();
  });

  it('a group with a piece on the whole topic keeps only such pieces; another group is left as it is', () => {
    const parts = themeParts('digital kompetanse hos ansatte i barnehage og skole', ['digital-kompetanse', 'barnehage', 'skole'], vocabulary);
    const items = [
      { doc: 'a', text: 'Alle ansatte i barnehage og skole skal ha digital kompetanse.' },
      { doc: 'a', text: 'Barnehager og skoler skal bruke felles løsninger.' },
      { doc: 'b', text: 'Skolene skal ha trådløst nett.' },
    ];
    expect(showingWhole(items, (item) => item.text, parts, vocabulary, (item) => item.doc).map((item) => item.text)).toEqual([items[0]!.text, items[2]!.text]);
  });

  it("a further piece showing far less of the topic than the best is left out; the ranking's first stays", () => {
    const parts = { parts: [{ label: 'a', kind: 'word' as const, weight: 2, shows: (t: string) => t.includes('a') }, { label: 'b', kind: 'word' as const, weight: 2, shows: (t: string) => t.includes('b') }], score: (t: string) => (t.includes('a') ? 2 : 0) + (t.includes('b') ? 2 : 0), themeScore: () => 0 };
    expect(showingMost(['a', 'ab', 'b', 'x'], (t) => t, parts)).toEqual(['a', 'ab']);
  });
});

describe('citations on the whole topic', () => {
  it('goals for digital skills of staff in kindergartens and schools: the sub-goal on staff skills, not the one on kindergartens and schools alone', async () => {
    const answer = await store.answerer.ask('Hva er Kristiansands mål for digital kompetanse hos ansatte i barnehage og skole?');
    expect(answer.intent).toBe('goals');
    expect(answer.answer).toContain('profesjonsfaglig digital kompetanse');
    expect(answer.answer).not.toContain('kommunikasjon med foresatte');
    expect(answer.answer).not.toContain('læringsverktøy');
    for (const citation of answer.citations) expect(citation.quote).toMatch(/kompetanse/i);
  });

  it("a look-up's further sentence that shares only a common word of the topic is not cited", async () => {
    const answer = await store.answerer.ask('Hvor stor andel av totalbudsjettet utgjør kommunenes IKT-budsjetter ifølge Kongsbergregionens eStrategi?');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) expect(citation.quote).toMatch(/IKT-budsjett/);
  });

  it('a look-up on learning tools cites the sentence on «læringsverktøy» (a compound of «verktøy»)', async () => {
    expect(wordTerms('læringsverktøy')).toContain('verktøy');
    const answer = await store.answerer.ask('What does Kristiansand say about learning tools for pupils?');
    expect(answer.citations.some((citation) => /læringsverktøy/.test(citation.quote))).toBe(true);
  });
});
