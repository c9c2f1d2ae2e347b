import { coverageRows } from '../answer/coverage-rows.ts';
import { compareDocuments, type Answerer, type HistoryTurn } from '../answer/index.ts';
import { createError } from '../errors.ts';
import type { SearchRequest, Searcher } from '../search/search.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import { getDocument, listDocuments, type Db } from '../store/index.ts';

/**
 * The heavy read queries (search, ask, coverage, compare) as plain messages, so that one dispatcher
 * serves both in the server's thread and in a pool of query workers (query-pool.ts).
 */
export type QueryRequest =
  | { op: 'search'; request: SearchRequest }
  | { op: 'ask'; question: string; history: HistoryTurn[] }
  | { op: 'coverage'; q: string }
  | { op: 'compare'; documentIds: string[]; q: string };

export interface QueryContext {
  db: Db;
  searcher: Searcher;
  answerer: Answerer;
  thesaurus: Thesaurus;
}

export interface QueryRunner {
  run(request: QueryRequest): Promise<unknown>;
  close(): Promise<void>;
}

export async function runQuery(context: QueryContext, request: QueryRequest): Promise<unknown> {
  switch (request.op) {
    case 'search':
      return { results: await context.searcher.search(request.request) };
    case 'ask':
      return context.answerer.ask(request.question, request.history);
    case 'coverage': {
      return coverageRows(context.db, request.q);
    }
    case 'compare': {
      const documents = request.documentIds.map((id) => getDocument(context.db, id) ?? (() => { throw createError('DOCUMENT_NOT_FOUND', `No document with id "${id.slice(0, 100)}"`); })());
      return { columns: await compareDocuments({ ...context, documents: listDocuments(context.db) }, documents, request.q) };
    }
  }
}

/** Runs queries in the calling thread (tests, in-memory databases, QUERY_WORKERS=0). */
export function inProcessRunner(context: QueryContext): QueryRunner {
  return { run: (request) => runQuery(context, request), close: async () => undefined };
}
