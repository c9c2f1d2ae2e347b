import { beforeAll } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { interpretQuestion, type Question } from '../../src/answer/question.ts';
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
}

/**
 * The five samples and the development strategies (test/fixtures/strategies/) in one store, built in a
 * `beforeAll` of the calling test file; read its fields inside the tests, once it is built.
 */
export function useDevelopmentStore(): DevelopmentStore {
  const built = {
    ask: (question: string, history: string[] = []) => built.store.answerer.ask(question, history.map((content) => ({ role: 'user' as const, content }))),
    read: (question: string) => interpretQuestion(question, built.documents),
  } as DevelopmentStore;
  beforeAll(async () => {
    built.store = await buildCorpusStore(developmentCorpusPaths());
    built.documents = listDocuments(built.store.db);
  }, 240_000);
  return built;
}
