import { beforeAll, describe, expect, it } from 'vitest';
import { isDocumentTitle } from '../../src/answer/compose-goals.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, CORPUS_DIR, developmentCorpusPaths, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A question naming no organisation in a conversation about one strategy is answered from it where it
 * has the answer ("…Gjøviks IKT-strategi…" → "hva er målet for oppetid?"), a question asking across
 * stays across; "fram mot 2027" is no topic; "Se også avsnittet …" points only to a section that adds
 * something. Real answers over the samples and tune-split strategies.
 */
let store: CorpusStore;
const dev = (file: string) => `${ROOT}test/fixtures/strategies/${file}`;

beforeAll(async () => {
  store = await buildCorpusStore([CORPUS_DIR, dev('gjovik-ikt-strategi-2019-2022.txt'), dev('drammen-framtidens-drammen-2023-2027.md'), dev('stavanger-strategi-innovasjon-digitalisering-2023-2027.pdf')]);
}, 180_000);

const orgs = (citations: Array<{ organisation: string }>) => [...new Set(citations.map((citation) => citation.organisation))];

describe('the strategy a conversation is about', () => {
  it('a question naming no organisation is answered from the strategy just discussed, and says so', async () => {
    const answer = await store.answerer.ask('hva er målet for oppetid?', [{ role: 'user', content: 'Når ble Gjøviks IKT-strategi vedtatt?' }]);
    expect(orgs(answer.citations)).toEqual(['Gjøvik kommune']);
    expect(answer.answer).toMatch(/^Svaret gjelder Gjøvik kommune, som samtalen handler om\./);
    expect(answer.answer).toContain('99,5');
  });

  it('a question asking across the strategies stays across', async () => {
    const history = [{ role: 'user' as const, content: 'Når ble Gjøviks IKT-strategi vedtatt?' }];
    const documents = listDocuments(store.db);
    for (const text of ['Hvilke kommuner har mål for oppetid?', 'hvem har mål om skytjenester?', 'Which strategies have goals for cloud services?']) {
      expect(interpretQuestion(text, documents, history).conversationDocuments, text).toBeUndefined();
    }
    expect(interpretQuestion('hva er målet for oppetid?', documents, history).conversationDocuments?.map((d) => d.organisation)).toEqual(['Gjøvik kommune']);
    const across = await store.answerer.ask('Hvilke kommuner har mål om skytjenester?', history);
    expect(across.answer).not.toMatch(/samtalen handler om/);
  });

  it('without the conversation the question is asked across all strategies', async () => {
    const answer = await store.answerer.ask('hva er målet for oppetid?');
    expect(answer.answer).not.toMatch(/samtalen/);
  });
});


describe('the structure of a question', () => {
  it('"fram mot 2027" is the year a goal is reached by, not the topic', () => {
    const question = interpretQuestion('Hva vil Drammen oppnå med digitaliseringsstrategien fram mot 2027?', listDocuments(store.db));
    expect(question.topic).not.toMatch(/fram|mot/);
    expect(question.year).toBe(2027);
  });

  it('the answer quotes what Drammen will achieve, not its budget text', async () => {
    const answer = await store.answerer.ask('Hva vil Drammen oppnå med digitaliseringsstrategien fram mot 2027?');
    expect(answer.answer).toContain('skoleskyss');
    expect(answer.citations.every((citation) => !/Større investeringer/.test(citation.quote))).toBe(true);
  });
});

describe('"Se også avsnittet …"', () => {
  it('does not point to the section whose goals the answer has just quoted', async () => {
    // Over the development corpus (v-56), where the heading «Slik måler vi fremgang» reads as the topic «måles».
    const devStore = await buildCorpusStore(developmentCorpusPaths());
    const answer = await devStore.answerer.ask('Hva er målene i Stavangers strategi for innovasjon og digitalisering, og hvordan måles de?');
    expect(answer.answer).toContain('85 prosent');
    expect(answer.answer).not.toMatch(/Se også avsnittet «Slik måler vi fremgang»/);
    devStore.db.close();
  }, 180_000);

  it("does not point to the document's title", () => {
    expect(isDocumentTitle('Strategi for digitalisering i oppvekst 2021–2025', 'Strategi for digitalisering i oppvekst 2021–2025')).toBe(true);
    expect(isDocumentTitle('Strategi for digitalisering i oppvekst', 'Strategi for digitalisering i oppvekst 2021–2025')).toBe(true);
    expect(isDocumentTitle('Digitalisering', 'Digitaliseringsstrategi 2021–2025')).toBe(false);
    expect(isDocumentTitle('2.1 Informasjonssikkerhet', 'IKT-strategi 2019–2022')).toBe(false);
  });
});
