import { Hono } from 'hono';
import { z } from 'zod';
import { createError } from '../../errors.ts';
import { getDocument, getDocumentPassages, getPassage, getSections, listBudgets, listDocuments, listGoals, resolveDocumentIds, withActualFigures } from '../../store/index.ts';
import type { RouteDeps } from '../app.ts';
import { check, documentIdParam } from '../validate.ts';

/** GET /api/documents, /api/documents/:id, /api/passages/:id */
export function documentRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  app.get('/documents', (c) => c.json({ documents: listDocuments(deps.db) }));
  app.get('/documents/:id', (c) => {
    const id = check(documentIdParam, c.req.param('id'));
    const document = getDocument(deps.db, id);
    if (!document) throw createError('DOCUMENT_NOT_FOUND', `No document with id "${id}"`);
    const ids = resolveDocumentIds(deps.db, { documentId: id });
    return c.json({
      document,
      sections: getSections(deps.db, id),
      goals: listGoals(deps.db, ids),
      // The budget's lines, each with what the accounts give for it (`actual`) where a table has both.
      budgets: withActualFigures(deps.db, listBudgets(deps.db, ids)),
      passages: getDocumentPassages(deps.db, id),
    });
  });
  app.get('/passages/:id', (c) => {
    const id = check(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), c.req.param('id'));
    const passage = getPassage(deps.db, id);
    if (!passage) throw createError('PASSAGE_NOT_FOUND', `No passage with id ${id}`);
    return c.json({ passage: { ...passage, section: passage.section.number ? `${passage.section.number} ${passage.section.title}` : passage.section.title }, document: getDocument(deps.db, passage.documentId) });
  });
  return app;
}
