import { Hono } from 'hono';
import { z } from 'zod';
import { compareDocuments } from '../../answer/index.ts';
import { assessCoverage } from '../../answer/coverage.ts';
import { createError } from '../../errors.ts';
import { createTopicMatcher } from '../../search/match.ts';
import { MAX_K } from '../../search/search.ts';
import { getDocument, listBudgets, listDocuments, listGoals, resolveDocumentIds } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { documentIdParam, parseQuery, text } from '../validate.ts';

const filters = { documentId: documentIdParam.optional(), municipality: text(100).optional() };

/** GET /api/search, /api/goals, /api/budgets, /api/compare, /api/coverage */
export function queryRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.get('/search', async (c) => {
    const query = parseQuery(c, z.object({ q: text(10_000), k: z.coerce.number().int().min(1).max(MAX_K).default(10), mode: z.enum(['hybrid', 'lexical', 'vector']).default('hybrid'), ...filters }));
    return c.json({ results: await deps.searcher.search(query) });
  });

  app.get('/goals', (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).optional(), kind: z.enum(['goal', 'indicator', 'commitment']).optional(), ...filters }));
    const matcher = query.q ? createTopicMatcher(query.q, deps.thesaurus) : null;
    const goals = listGoals(deps.db, resolveDocumentIds(deps.db, query), matcher?.fragments)
      .filter((goal) => !query.kind || goal.kind === query.kind)
      .map((goal) => ({ goal, score: matcher ? matcher.score(goal.text) : 1 }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((item) => item.goal);
    return c.json({ goals });
  });

  app.get('/budgets', (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).optional(), year: z.coerce.number().int().min(1900).max(2100).optional(), includeSums: z.enum(['0', '1']).default('1'), ...filters }));
    const matcher = query.q ? createTopicMatcher(query.q, deps.thesaurus) : null;
    const items = listBudgets(deps.db, resolveDocumentIds(deps.db, query), query.year, matcher?.fragments)
      .filter((row) => query.includeSums === '1' || !row.isSum)
      .filter((row) => !matcher || matcher.matches(`${row.label} ${row.table}`));
    return c.json({ items });
  });

  app.get('/compare', async (c) => {
    const query = parseQuery(c, z.object({ documents: text(2000), q: text(2000).default('') }));
    const ids = [...new Set(query.documents.split(',').map((id) => id.trim()).filter(Boolean))];
    if (ids.length < 2) throw createError('INVALID_INPUT', 'documents: give at least two document ids, comma-separated');
    if (ids.length > 6) throw createError('INVALID_INPUT', 'documents: at most six documents can be compared');
    const documents = ids.map((id) => getDocument(deps.db, id) ?? (() => { throw createError('DOCUMENT_NOT_FOUND', `No document with id "${id.slice(0, 100)}"`); })());
    const columns = await compareDocuments({ db: deps.db, searcher: deps.searcher, thesaurus: deps.thesaurus, documents: listDocuments(deps.db) }, documents, query.q);
    return c.json({ columns });
  });

  app.get('/coverage', (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).refine((value) => value.length > 0, 'give a topic') }));
    const coverage = assessCoverage(deps.db, listDocuments(deps.db), createTopicMatcher(query.q, deps.thesaurus));
    return c.json({
      topic: query.q,
      rows: coverage.map((item) => ({
        document: item.document,
        addresses: item.strength >= 2,
        strength: item.strength,
        counts: item.counts,
        evidence: item.evidence.slice(0, 6).map((e) => ({ kind: e.kind, text: e.text, page: e.passage.page, passageId: e.passage.id, url: e.passage.url })),
      })),
    });
  });
  return app;
}
