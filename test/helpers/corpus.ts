import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../ingest/parse.ts';
import type { ParsedDocument } from '../../ingest/model.ts';
import { createAnswerer } from '../../src/answer/index.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import type { Embedder } from '../../src/embed/index.ts';
import { ensureVectors, ingestBytes, ingestPaths } from '../../src/load.ts';
import { createSearcher } from '../../src/search/search.ts';
import { loadThesaurus } from '../../src/search/thesaurus.ts';
import { openDatabase, type Db } from '../../src/store/index.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = `${ROOT}data/corpus`;
/** PDF layouts of two sample strategies (copied from the project's shared material; see test/fixtures/README.md). */
export const SAMPLE_PDF_DIR = `${ROOT}test/fixtures/pdf`;

/** The development strategies (test/fixtures/strategies/, not its layouts/ subfolder). */
export const STRATEGIES_DIR = `${ROOT}test/fixtures/strategies`;

/** The evaluation corpus: the five samples and every development strategy file. */
export function developmentCorpusPaths(): string[] {
  return [CORPUS_DIR, ...readdirSync(STRATEGIES_DIR).filter((file) => /\.(?:txt|md|pdf)$/.test(file) && !/^readme/i.test(file)).map((file) => `${STRATEGIES_DIR}/${file}`)];
}

export const CORPUS = {
  threeOne: '3-1-felles-ikt-strategi-2010-2013',
  estrategi: 'kongsbergregionen-estrategi-2011-2014',
  tiltaksplan: 'kongsbergregionen-tiltaksplan-2016-2018',
  oru: 'ovre-romerike-ikt-strategi-2020',
  sorum: 'sorum-e-strategi-2015-2018',
} as const;

const parsed = new Map<string, Promise<ParsedDocument>>();

/** Parses a bundled sample document (cached per test file). */
export function parseSample(name: string): Promise<ParsedDocument> {
  const file = readdirSync(CORPUS_DIR).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no sample ${name}`);
  if (!parsed.has(file)) parsed.set(file, parseDocument(readFileSync(`${CORPUS_DIR}/${file}`), file));
  return parsed.get(file)!;
}

export function parseSamplePdf(name: string): Promise<ParsedDocument> {
  const file = `${name}.pdf`;
  if (!parsed.has(file)) parsed.set(file, parseDocument(readFileSync(`${SAMPLE_PDF_DIR}/${file}`), file));
  return parsed.get(file)!;
}

export interface CorpusStore {
  db: Db;
  embedder: Embedder;
  thesaurus: ReturnType<typeof loadThesaurus>;
  searcher: ReturnType<typeof createSearcher>;
  answerer: ReturnType<typeof createAnswerer>;
}

/** An in-memory store holding the sample corpus, with the offline embedder. */
export async function buildCorpusStore(paths: string[] = [CORPUS_DIR]): Promise<CorpusStore> {
  const db = openDatabase(':memory:');
  const thesaurus = loadThesaurus();
  const embedder = createHashingEmbedder({ thesaurus });
  await ensureVectors(db, embedder);
  const results = await ingestPaths({ db, embedder }, paths, { maxFileBytes: 50 * 1024 * 1024 });
  const failed = results.filter((result) => result.status === 'failed');
  if (failed.length > 0) throw new Error(`sample corpus failed to load: ${JSON.stringify(failed)}`);
  const searcher = createSearcher({ db, embedder, thesaurus });
  return { db, embedder, thesaurus, searcher, answerer: createAnswerer({ db, searcher, thesaurus }) };
}

/** An in-memory store holding only the given texts, each under its file name, as an upload would load them. */
export async function storeWithTexts(files: Array<[name: string, text: string]>): Promise<CorpusStore> {
  const store = await buildCorpusStore([]);
  for (const [name, text] of files) {
    const result = await ingestBytes({ db: store.db, embedder: store.embedder }, new TextEncoder().encode(text), name);
    if (result.status === 'failed') throw new Error(`${name} failed to load: ${JSON.stringify(result)}`);
  }
  return store;
}
