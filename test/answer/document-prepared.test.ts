/** "Hvem utarbeidet …, og når er den datert?": the front matter's date line and the sentence saying who prepares the document, quoted. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

describe('who prepared a document and when it is dated', () => {
  it('quotes the date line and the body that prepares it (Kongsbergregionen eStrategi, in Norwegian)', async () => {
    const answer = await store.answerer.ask('Hvem utarbeidet eStrategien for Kongsbergregionen 2011–2014, og når er den datert?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toContain('«SuksIT 28.01.2011»');
    expect(answer.citations.some((citation) => /SuksIT[^.]*utarbeide/.test(citation.quote))).toBe(true);
  });
});
