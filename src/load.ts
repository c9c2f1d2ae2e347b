import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { hashBytes, parseDocument, sidecarSchema, type Sidecar } from '../ingest/parse.ts';
import type { ParsedDocument } from '../ingest/model.ts';
import type { PdfLimits } from '../ingest/read/index.ts';
import { tagsVersion, tagThemes } from '../ingest/structure/themes.ts';
import { loadVocabulary } from './text/vocabulary.ts';
import type { Embedder } from './embed/index.ts';
import { createError, isCodedError, type ErrorCode } from './errors.ts';
import { insertVector, isUnchanged, passageHeader, prepareVectors, resetVectors, retagDocuments, saveDocument, withTransaction, type Db, type SaveStatus } from './store/index.ts';

/**
 * The ingest runner: sequences the pure pipeline (parse) with the side effects (read files, embed,
 * store). One file's failure never stops the others.
 */

export interface IngestSummary {
  sections: number;
  goals: number;
  budgetItems: number;
  passages: number;
  warnings: string[];
}

export type IngestResult =
  | { file: string; status: SaveStatus; documentId: string; title: string; organisation: string; summary: IngestSummary }
  | { file: string; status: 'failed'; error: { code: ErrorCode; message: string } };

export interface IngestOptions {
  maxFileBytes: number;
  /** Time and memory bounds on reading one PDF. */
  pdfLimits?: PdfLimits;
  /** Called before each file and after each embedding batch. */
  onProgress?: (event: { file: string; index: number; total: number; stage: 'reading' | 'embedding' | 'saving' | 'done' }) => void;
}

export const EMBED_BATCH = 32;

/** Expands folders (recursively) into the supported files they hold, in a stable order. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      files.push(path); // reported as a failure when read
    } else if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
      // Every file in a folder is tried (unsupported ones are reported), except metadata sidecars.
      files.push(...(await collectFiles(entries.map((name) => join(path, name)).filter((child) => !child.endsWith('.meta.json')))));
    } else files.push(path);
  }
  return [...new Set(files)];
}

async function readSidecar(file: string): Promise<Sidecar | undefined> {
  const text = await readFile(`${file}.meta.json`, 'utf8').catch(() => null);
  if (text === null) return undefined;
  const parsed = sidecarSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw createError('INVALID_INPUT', `${basename(file)}.meta.json: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** Ingests one file's bytes (also used by the upload endpoint). */
export async function ingestBytes(
  deps: { db: Db; embedder: Embedder },
  bytes: Uint8Array,
  sourceName: string,
  options: { sidecar?: Sidecar | undefined; pdfLimits?: PdfLimits | undefined; onEmbed?: () => void } = {},
): Promise<IngestResult> {
  const { sidecar, pdfLimits, onEmbed } = options;
  const file = sourceName;
  try {
    const hash = hashBytes(bytes, sidecar);
    if (isUnchanged(deps.db, sourceName, hash)) {
      const row = deps.db.prepare(`SELECT slug, title, organisation,
        (SELECT count(*) FROM sections WHERE document_id = d.id) AS sections, (SELECT count(*) FROM goals WHERE document_id = d.id) AS goals,
        (SELECT count(*) FROM budget_items WHERE document_id = d.id) AS budgets, (SELECT count(*) FROM passages WHERE document_id = d.id) AS passages,
        warnings FROM documents d WHERE source_name = ?`).get(sourceName) as { slug: string; title: string; organisation: string; sections: number; goals: number; budgets: number; passages: number; warnings: string };
      return { file, status: 'unchanged', documentId: row.slug, title: row.title, organisation: row.organisation, summary: { sections: row.sections, goals: row.goals, budgetItems: row.budgets, passages: row.passages, warnings: JSON.parse(row.warnings) as string[] } };
    }
    const doc = await parseDocument(bytes, sourceName, sidecar, pdfLimits);
    const vectors = await embedPassages(deps.embedder, doc, onEmbed);
    const saved = saveDocument(deps.db, doc, vectors);
    return { file, status: saved.status, documentId: saved.slug, title: doc.metadata.title, organisation: doc.metadata.organisation, summary: summarise(doc) };
  } catch (error) {
    return { file, status: 'failed', error: toFailure(error, sourceName) };
  }
}

/** Ingests files and folders; returns one result per file. */
export async function ingestPaths(deps: { db: Db; embedder: Embedder }, paths: string[], options: IngestOptions): Promise<IngestResult[]> {
  const files = await collectFiles(paths);
  const results: IngestResult[] = [];
  for (const [index, file] of files.entries()) {
    const progress = (stage: 'reading' | 'embedding' | 'saving' | 'done') => options.onProgress?.({ file, index, total: files.length, stage });
    progress('reading');
    try {
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) throw createError('FILE_NOT_FOUND', `${file}: no such file`, { file });
      if (info.size > options.maxFileBytes) throw createError('FILE_TOO_LARGE', `${file}: ${info.size} bytes is over the limit of ${options.maxFileBytes} bytes (MAX_FILE_BYTES)`, { file });
      const [bytes, sidecar] = await Promise.all([readFile(file), readSidecar(file)]);
      results.push(await ingestBytes(deps, new Uint8Array(bytes), basename(file), { sidecar, pdfLimits: options.pdfLimits, onEmbed: () => progress('embedding') }));
    } catch (error) {
      results.push({ file: basename(file), status: 'failed', error: toFailure(error, basename(file)) });
    }
    progress('done');
  }
  return results;
}

async function embedPassages(embedder: Embedder, doc: ParsedDocument, onBatch?: () => void): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let i = 0; i < doc.passages.length; i += EMBED_BATCH) {
    const batch = doc.passages.slice(i, i + EMBED_BATCH).map((passage) => {
      const section = doc.sections[passage.section];
      return `${passageHeader(doc.metadata, section?.number ?? null, section?.title ?? '')}\n${passage.text}`;
    });
    vectors.push(...(await embedder.embedPassages(batch)));
    onBatch?.();
  }
  return vectors;
}

function summarise(doc: ParsedDocument): IngestSummary {
  return { sections: doc.sections.length, goals: doc.goals.length, budgetItems: doc.budgets.length, passages: doc.passages.length, warnings: doc.warnings };
}

function toFailure(error: unknown, file: string): { code: ErrorCode; message: string } {
  if (isCodedError(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `${file}: ${message}` };
}

/** Re-tags stored documents when the theme vocabulary changed since their tags were made. */
export function ensureThemeTags(db: Db, log: (message: string) => void = console.warn): void {
  const vocabulary = loadVocabulary();
  const count = retagDocuments(db, tagsVersion(vocabulary), (doc) => tagThemes(doc, vocabulary));
  if (count > 0) log(`Themes: the vocabulary or the tagging rules changed; re-tagged ${count} documents.`);
}

/**
 * Makes the vectors in the database match `embedder`: a database built with another embedder is
 * re-embedded from its stored passages (in one transaction), never mixed.
 */
export async function ensureVectors(db: Db, embedder: Embedder, log: (message: string) => void = console.warn): Promise<void> {
  ensureThemeTags(db, log);
  if (prepareVectors(db, { id: embedder.id, dimension: embedder.dimension }) === 'ready') return;
  const rows = db.prepare(`SELECT p.id, p.text, s.number, s.title, d.organisation, d.aliases, d.municipalities FROM passages p
    JOIN sections s ON s.id = p.section_id JOIN documents d ON d.id = p.document_id ORDER BY p.id`).all() as Array<{ id: number; text: string; number: string | null; title: string; organisation: string; aliases: string; municipalities: string }>;
  log(`Embeddings: the database was built with another embedder; re-embedding ${rows.length} passages with ${embedder.description}…`);
  const vectors: Float32Array[] = [];
  for (let i = 0; i < rows.length; i += EMBED_BATCH) {
    const batch = rows.slice(i, i + EMBED_BATCH).map((row) => {
      const owner = { organisation: row.organisation, aliases: JSON.parse(row.aliases) as string[], municipalities: JSON.parse(row.municipalities) as string[] };
      return `${passageHeader(owner, row.number, row.title)}\n${row.text}`;
    });
    vectors.push(...(await embedder.embedPassages(batch)));
  }
  withTransaction(db, () => {
    resetVectors(db, { id: embedder.id, dimension: embedder.dimension });
    rows.forEach((row, i) => insertVector(db, row.id, vectors[i] ?? new Float32Array(), embedder.dimension));
  });
}
