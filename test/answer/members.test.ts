/** A member municipality reaches its region's strategies: in questions, in filters, and in answers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { interpretQuestion } from '../../src/answer/question.ts';
import { listDocuments, resolveDocumentIds } from '../../src/store/index.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

const organisationsOf = (ids: number[] | null) => {
  const rows = store.db.prepare('SELECT id, organisation FROM documents').all() as Array<{ id: number; organisation: string }>;
  return [...new Set(rows.filter((row) => ids?.includes(row.id)).map((row) => row.organisation))].sort();
};

describe('member municipalities', () => {
  it('a question naming Flesberg reaches Kongsbergregionen’s strategies', async () => {
    const question = interpretQuestion('Har Flesberg et budsjett for velferdsteknologi?', listDocuments(store.db));
    expect([...new Set(question.documents.map((d) => d.organisation))]).toEqual(['Kongsbergregionen']);
    expect(question.unknownOrganisations).toEqual([]);
    const answer = await store.answerer.ask('Har Flesberg et budsjett for velferdsteknologi?');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.answer).toMatch(/Kongsbergregionen/);
  });
  it('the municipality filter takes Gjerdrum to ØRU and Flesberg to Kongsbergregionen', () => {
    expect(organisationsOf(resolveDocumentIds(store.db, { municipality: 'Gjerdrum' }))).toEqual(['Øvre Romerike (ØRU)']);
    expect(organisationsOf(resolveDocumentIds(store.db, { municipality: 'Flesberg kommune' }))).toEqual(['Kongsbergregionen']);
  });
  it('reaches a region stored without its members through the gazetteer', () => {
    store.db.prepare("UPDATE documents SET municipalities = '[]' WHERE organisation = 'Kongsbergregionen'").run();
    expect(organisationsOf(resolveDocumentIds(store.db, { municipality: 'Rollag' }))).toEqual(['Kongsbergregionen']);
    const question = interpretQuestion('Hva er målene til Nore og Uvdal?', listDocuments(store.db));
    expect([...new Set(question.documents.map((d) => d.organisation))]).toEqual(['Kongsbergregionen']);
  });
  it('reports a known place with no loaded strategy as unknown, with or without "kommune"', () => {
    const documents = listDocuments(store.db);
    expect(interpretQuestion('Hva sier Bergen om velferdsteknologi?', documents).unknownOrganisations).toEqual(['Bergen']);
    expect(interpretQuestion('Hvilke mål har Vestland for digital kompetanse?', documents).unknownOrganisations).toEqual(['Vestland']);
    expect(interpretQuestion('Hva sier Bergen kommune om velferdsteknologi?', documents).unknownOrganisations).toEqual(['Bergen kommune']);
    // Places that belong to a loaded strategy are not unknown, and ordinary capitalised words are not places.
    expect(interpretQuestion('Hva sier Gausdal om informasjonssikkerhet?', documents).unknownOrganisations).toEqual([]);
    expect(interpretQuestion('Hvordan bruker strategiene Altinn og ID-porten?', documents).unknownOrganisations).toEqual([]);
  });
});
