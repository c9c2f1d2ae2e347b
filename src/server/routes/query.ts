import { Hono } from 'hono';
import { z } from 'zod';
import { GOAL_KINDS, type GoalKind } from '../../../ingest/model.ts';
import { budgetTotals } from '../../answer/budget-totals.ts';
import { createError } from '../../errors.ts';
import { createTopicMatcher, resolveConcept, termStats } from '../../search/match.ts';
import { loadVocabulary } from '../../text/vocabulary.ts';
import { MAX_K } from '../../search/search.ts';
import { budgetsById, budgetTexts, countBudgets, countGoals, goalsById, goalTexts, listBudgets, listGoals, resolveDocumentIds, withActualFigures } from '../../store/index.ts';
import type { RouteDeps } from '../app.ts';
import { documentIdParam, pageInfo, pageParams, parseQuery, text } from '../validate.ts';

const filters = { documentId: documentIdParam.optional(), municipality: text(100).optional() };

/** GET /api/search, /api/goals and /api/budgets (paged: limit, offset → total, next), /api/compare, /api/coverage (the heavy ones through deps.queries) */
export function queryRoutes(deps: RouteDeps): Hono {
  const app = new Hono();

  app.get('/search', async (c) => {
    const query = parseQuery(c, z.object({ q: text(10_000), k: z.coerce.number().int().min(1).max(MAX_K).default(10), mode: z.enum(['hybrid', 'lexical', 'vector']).default('hybrid'), ...filters }));
    return c.json(await deps.queries.run({ op: 'search', request: query }));
  });

  app.get('/goals', (c) => {
    const query = parseQuery(c, z.object({ q: text(2000).optional(), kind: z.enum(GOAL_KINDS as [GoalKind, ...GoalKind[]]).optional(), measurable: z.enum(['0', '1']).optional(), ...filters, ...pageParams }));
    const documentIds = resolveDocumentIds(deps.db, query);
    const options = { kind: query.kind, measurable: query.measurable === undefined ? undefined : query.measurable === '1' };
    if (!query.q) {
      const goals = listGoals(deps.db, documentIds, null, { ...options, window: { limit: query.limit, offset: query.offset } });
      return c.json({ goals, ...pageInfo(countGoals(deps.db, documentIds, null, options), query.offset, goals.length) });
    }
    const matcher = createTopicMatcher(query.q, deps.thesaurus);
    // A topic that names a theme (or has specific words) is matched as the chat's goals answer matches it:
    // the goal's own words show the concept; a search-only word ("tryggleik", "sikkerhet") is not enough.
    const concept = resolveConcept(query.q, loadVocabulary(), termStats(deps.db));
    const specific = concept.kind === 'theme' || concept.kind === 'words';
    // Matching needs every candidate's text and score (for the order and the total); whole rows are read for the page only.
    const matched = goalTexts(deps.db, documentIds, matcher.fragments, options)
      .filter((goal) => !specific || concept.shows(goal.text))
      .map((goal) => ({ id: goal.id, score: matcher.score(goal.text) || (specific ? 1 : 0) }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score);
    const goals = goalsById(deps.db, matched.slice(query.offset, query.offset + query.limit).map((item) => item.id));
    return c.json({ goals, ...pageInfo(matched.length, query.offset, goals.length) });
  });

  const budgetQuery = z.object({ q: text(2000).optional(), year: z.coerce.number().int().min(1900).max(2100).optional(), includeSums: z.enum(['0', '1']).default('1'), ...filters });
  /** Budget lines matching the filters and topic (sum rows included unless includeSums=0). */
  const matchingBudgets = (query: z.infer<typeof budgetQuery>) => {
    const matcher = query.q ? createTopicMatcher(query.q, deps.thesaurus) : null;
    return listBudgets(deps.db, resolveDocumentIds(deps.db, query), query.year, matcher?.fragments, { includeSums: query.includeSums === '1' })
      .filter((row) => !matcher || matcher.matches(`${row.label} ${row.table}`));
  };

  // The budget's lines; what the accounts give for a line's year ("Regnskap 2025" beside "Budsjett 2025") is its `actual`, never a line of its own.
  app.get('/budgets', (c) => {
    const query = parseQuery(c, budgetQuery.extend(pageParams));
    const documentIds = resolveDocumentIds(deps.db, query);
    const options = { includeSums: query.includeSums === '1' };
    if (!query.q) {
      const items = listBudgets(deps.db, documentIds, query.year, null, { ...options, window: { limit: query.limit, offset: query.offset } });
      return c.json({ items: withActualFigures(deps.db, items), ...pageInfo(countBudgets(deps.db, documentIds, query.year, null, options), query.offset, items.length) });
    }
    const matcher = createTopicMatcher(query.q, deps.thesaurus);
    const matched = budgetTexts(deps.db, documentIds, query.year, matcher.fragments, options).filter((row) => matcher.matches(`${row.label} ${row.table}`));
    const items = budgetsById(deps.db, matched.slice(query.offset, query.offset + query.limit).map((row) => row.id));
    return c.json({ items: withActualFigures(deps.db, items), ...pageInfo(matched.length, query.offset, items.length) });
  });

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
