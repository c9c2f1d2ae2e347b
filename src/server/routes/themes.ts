import { Hono } from 'hono';
import { z } from 'zod';
import { createError } from '../../errors.ts';
import { getDocument } from '../../store/index.ts';
import { themeMatrix } from '../../answer/theme-matrix.ts';
import type { RouteDeps } from '../app.ts';
import { documentIdParam, parseQuery, text } from '../validate.ts';

/** GET /api/themes?lang=nb|nn|en&q=&documentId=: the theme × organisation matrix with evidence per cell. */
export function themeRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  app.get('/themes', (c) => {
    const query = parseQuery(c, z.object({ lang: z.enum(['nb', 'nn', 'en']).default('nb'), q: text(200).optional(), documentId: documentIdParam.optional() }));
    if (query.documentId && !getDocument(deps.db, query.documentId)) throw createError('DOCUMENT_NOT_FOUND', `No document with id "${query.documentId}"`);
    return c.json(themeMatrix(deps.db, { language: query.lang, q: query.q || undefined, documentId: query.documentId }));
  });
  return app;
}
