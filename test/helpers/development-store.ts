import { beforeAll } from 'vitest';
import { listDocuments, type DocumentSummary } from '../../src/store/index.ts';
import { buildCorpusStore, developmentCorpusPaths, type CorpusStore } from './corpus.ts';

/** The development corpus and its document list, built once before a test file's tests. */
export interface DevelopmentStore {
  store: CorpusStore;
  documents: DocumentSummary[];
}

/**
 * The five samples and the development strategies (test/fixtures/strategies/) in one store, built in a
 * `beforeAll` of the calling test file; read its fields inside the tests, once it is built.
 */
export function useDevelopmentStore(): DevelopmentStore {
  const built = {} as DevelopmentStore;
  beforeAll(async () => {
    built.store = await buildCorpusStore(developmentCorpusPaths());
    built.documents = listDocuments(built.store.db);
  }, 240_000);
  return built;
}
