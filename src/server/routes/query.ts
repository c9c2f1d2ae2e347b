import { Hono } from 'hono';
import { z } from 'zod';
import { GOAL_KINDS, type GoalKind } from '../../../ingest/model.ts';
import { budgetTotals } from '../../answer/budget-totals.ts';
import { createError } from '../../errors.ts';
import { createTopicMatcher, resolveConcept, termStats } from '../../search/match.ts';
import { loadVocabulary } from '../../text/vocabulary.ts';
import { MAX_K } from '../../search/search.ts';
import { listBudgets, listGoals, resolveDocumentIds } from '../../store/index.ts';
import type { RouteDeps } from '../app.ts';
import { documentIdParam, parseQuery, text } from '../validate.ts';

const filters = { documentId: documentIdParam.optional(), municipality: text(100).optional() };

/** GET /api/search, /api/goals, /api/budgets, /api/compare, /api/coverage (the heavy ones through deps.queries) */
export function queryRoutes(deps: RouteDeps): Hono {
  const app = new Hono();

  app.get('/search', async (c) => {
    const query = parseQuery(c, z.object({ q: text(10_000), k: z.coerce.number().int().min(1).max(MAX_K).default(10), mode: z.enum(['hybrid', 'lexical', 'vector']).default('hybrid'), ...filters }));
    return c.json(await deps.queries.run({ op: 'search', request: query }));
  });

  app.get('/goals', (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).optional(), kind: z.enum(GOAL_KINDS as [GoalKind, ...GoalKind[]]).optional(), measurable: z.enum(['0', '1']).optional(), ...filters }));
    const matcher = query.q ? createTopicMatcher(query.q, deps.thesaurus) : null;
    // A topic that names a theme (or has specific words) is matched as the chat's goals answer matches it:
    // the goal's own words show the concept; a search-only word ("tryggleik", "sikkerhet") is not enough.
    const concept = query.q ? resolveConcept(query.q, loadVocabulary(), termStats(deps.db)) : null;
    const specific = concept !== null && (concept.kind === 'theme' || concept.kind === 'words');
    const goals = listGoals(deps.db, resolveDocumentIds(deps.db, query), matcher?.fragments)
      .filter((goal) => !query.kind || goal.kind === query.kind)
      .filter((goal) => query.measurable === undefined || goal.measurable === (query.measurable === '1'))
      .filter((goal) => !specific || concept.shows(goal.text))
      .map((goal) => ({ goal, score: matcher ? matcher.score(goal.text) || (specific ? 1 : 0) : 1 }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((item) => item.goal);
    return c.json({ goals });
  });

  const budgetQuery = z.object({ q: text(2000).optional(), year: z.coerce.number().int().min(1900).max(2100).optional(), includeSums: z.enum(['0', '1']).default('1'), ...filters });
  /** Budget lines matching the filters and topic (sum rows included unless includeSums=0). */
  const matchingBudgets = (query: z.infer<typeof budgetQuery>) => {
    const matcher = query.q ? createTopicMatcher(query.q, deps.thesaurus) : null;
    return listBudgets(deps.db, resolveDocumentIds(deps.db, query), query.year, matcher?.fragments)
      .filter((row) => query.includeSums === '1' || !row.isSum)
      .filter((row) => !matcher || matcher.matches(`${row.label} ${row.table}`));
  };

  app.get('/budgets', (c) => c.json({ items: matchingBudgets(parseQuery(c, budgetQuery)) }));

  /** Totals per strategy and year that add up (sum rows or detail rows, never both; summaries not added). */
  app.get('/budgets/totals', (c) => {
    const query = { ...parseQuery(c, budgetQuery), includeSums: '1' as const };
    const rows = matchingBudgets(query);
    const documents = new Set(rows.map((row) => row.documentId));
    const whole = query.q ? matchingBudgets({ ...query, q: undefined }).filter((row) => documents.has(row.documentId)) : rows;
    return c.json({ totals: budgetTotals(rows, whole) });
  });

  app.get('/compare', async (c) => {
    const query = parseQuery(c, z.object({ documents: text(2000), q: text(2000).default('') }));
    const ids = [...new Set(query.documents.split(',').map((id) => id.trim()).filter(Boolean))];
    if (ids.length < 2) throw createError('INVALID_INPUT', 'documents: give at least two document ids, comma-separated');
    if (ids.length > 6) throw createError('INVALID_INPUT', 'documents: at most six documents can be compared');
    return c.json(await deps.queries.run({ op: 'compare', documentIds: ids, q: query.q }));
  });

  app.get('/coverage', async (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).refine((value) => value.length > 0, 'give a topic') }));
    return c.json(await deps.queries.run({ op: 'coverage', q: query.q }));
  });
  return app;
}
