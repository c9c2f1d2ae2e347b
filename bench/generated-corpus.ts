/**
 * The generated benchmark corpus: the five sample documents repeated under other organisation
 * names ("Testkommune N", which also answers to the municipality "Benchby N % 5") until about the
 * requested number of passages. Every fifth copy belongs to the same municipality, so a filter on
 * one municipality selects a fifth of the corpus — a large filter, the hard case for filtering.
 */
import type { ParsedDocument } from '../ingest/model.ts';
import type { Embedder } from '../src/embed/index.ts';
import { EMBED_BATCH, ensureVectors } from '../src/load.ts';
import { passageHeader, saveDocument, type Db } from '../src/store/index.ts';
import { CORPUS, parseSample } from '../test/helpers/corpus.ts';

export interface Samples {
  documents: ParsedDocument[];
  vectors: Map<ParsedDocument, Float32Array[]>;
  passagesPerCopy: number;
  pagesPerCopy: number;
}

/** The name a municipality filter uses to select every fifth copy. */
export const FILTER_MUNICIPALITY = 'Benchby 0';

/** Parses and embeds the sample documents once. */
export async function loadSamples(embedder: Embedder): Promise<Samples> {
  const documents = await Promise.all(Object.values(CORPUS).map(parseSample));
  const vectors = new Map<ParsedDocument, Float32Array[]>();
  for (const doc of documents) {
    const list: Float32Array[] = [];
    for (let i = 0; i < doc.passages.length; i += EMBED_BATCH) {
      const texts = doc.passages.slice(i, i + EMBED_BATCH).map((p) => `${passageHeader(doc.metadata, doc.sections[p.section]?.number ?? null, doc.sections[p.section]?.title ?? '')}\n${p.text}`);
      list.push(...(await embedder.embedPassages(texts)));
    }
    vectors.set(doc, list);
  }
  return {
    documents, vectors,
    passagesPerCopy: documents.reduce((sum, doc) => sum + doc.passages.length, 0),
    pagesPerCopy: documents.reduce((sum, doc) => sum + doc.pageCount, 0),
  };
}

/** Saves the samples `copies` times (copy 0 under their own names); returns the milliseconds spent. */
export async function buildCorpus(db: Db, embedder: Embedder, samples: Samples, copies: number): Promise<number> {
  await ensureVectors(db, embedder);
  const started = performance.now();
  for (let copy = 0; copy < copies; copy++) {
    for (const doc of samples.documents) {
      const metadata = copy === 0 ? doc.metadata : { ...doc.metadata, organisation: `Testkommune ${copy}`, aliases: [], municipalities: [`Benchby ${copy % 5}`] };
      saveDocument(db, { ...doc, sourceName: copy === 0 ? doc.sourceName : `copy-${copy}-${doc.sourceName}`, contentHash: `${doc.contentHash}-${copy}`, metadata }, samples.vectors.get(doc)!);
    }
  }
  return performance.now() - started;
}
