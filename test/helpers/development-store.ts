import { beforeAll } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { interpretQuestion, type Question } from '../../src/answer/question.ts';
import { qualifyingWords } from '../../src/answer/qualifying-words.ts';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { listDocuments, type DocumentSummary } from '../../src/store/index.ts';
import { buildCorpusStore, developmentCorpusPaths, type CorpusStore } from './corpus.ts';

/** The development corpus and its document list, built once before a test file's tests. */
export interface DevelopmentStore {
  store: CorpusStore;
  documents: DocumentSummary[];
  /** Asks the answerer, the earlier questions of the conversation first. */
  ask(question: string, history?: string[]): Promise<Answer>;
  /** How the question is read against the development documents. */
  read(question: string): Question;
  /** The words the question reads as qualifying the themes of its topic, one string per alternative; null for none. */
  qualifier(question: string, language?: string): string[] | null;
}

/**
 * The five samples and the development strategies (test/fixtures/strategies/) in one store, built in a
 * `beforeAll` of the calling test file; read its fields inside the tests, once it is built.
 */
export function useDevelopmentStore(): DevelopmentStore {
  const built = {
    ask: (question: string, history: string[] = []) => built.store.answerer.ask(question, history.map((content) => ({ role: 'user' as const, content }))),
    read: (question: string) => interpretQuestion(question, built.documents),
    qualifier: (question: string, language = 'nb') => {
      const topic = built.read(question).topic;
      const stats = termStats(built.store.db);
      const themes = resolveConcept(topic, loadVocabulary(), stats, language).themes;
      return qualifyingWords(question, topic, themes, loadVocabulary(), stats, language)?.map((alternative) => alternative.words.map((word) => word.word).join(' ')) ?? null;
    },
  } as DevelopmentStore;
  beforeAll(async () => {
    built.store = await buildCorpusStore(developmentCorpusPaths());
    built.documents = listDocuments(built.store.db);
  }, 240_000);
  return built;
}
