import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Answerer } from '../answer/index.ts';
import type { Config } from '../config.ts';
import type { Embedder } from '../embed/index.ts';
import type { Searcher } from '../search/search.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import { countRows, quickCheck, storedEmbedder, type Db } from '../store/index.ts';
import { databaseDamageFound, errorBody, handleError } from './errors.ts';
import { inProcessIngest, type IngestRunner } from './ingest-runner.ts';
import { bodyLimits, JSON_BODY_BYTES } from './limits.ts';
import { askRoutes } from './routes/ask.ts';
import { documentRoutes } from './routes/documents.ts';
import { queryRoutes } from './routes/query.ts';
import { themeRoutes } from './routes/themes.ts';
import { uploadRoutes } from './routes/upload.ts';
import { inProcessRunner, type QueryRunner } from './queries.ts';

/** What the routes get: the dependencies with the query runner filled in. */
export type RouteDeps = AppDeps & { queries: QueryRunner; ingest: IngestRunner };

/** Everything the HTTP layer needs, built once in main.ts (or a test). */
export interface AppDeps {
  db: Db;
  embedder: Embedder;
  searcher: Searcher;
  answerer: Answerer;
  thesaurus: Thesaurus;
  /** Runs search, ask, coverage and compare: a worker pool in production, in-process by default. */
  queries?: QueryRunner;
  /** Ingests uploads: a worker thread in production, in-process by default. */
  ingest?: IngestRunner;
  config: Pick<Config, 'adminToken' | 'maxFileBytes' | 'uploadDir' | 'logRequests'> & Partial<Pick<Config, 'pdfLimits'>>;
}

const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));
/** Paths the single-page UI answers itself (the server sends index.html for them). */
const UI_ROUTES = /^\/(?:$|documents(?:\/[a-z0-9-]+)?$|goals$|budgets$|compare$|coverage$|themes$|upload$)/;

export function createApp(input: AppDeps): Hono {
  const deps: RouteDeps = { ...input, queries: input.queries ?? inProcessRunner(input), ingest: input.ingest ?? inProcessIngest(input) };
  const app = new Hono();
  // How long the event loop stalls (better-sqlite3 is synchronous): reported by /api/health.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  if (deps.config.logRequests) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    });
  }

  // Every body is bounded: JSON routes 64 KB; the upload route applies its own limit after the token.
  app.use('/api/*', bodyLimits((c) => (c.req.path === '/api/documents' && c.req.method === 'POST' ? null : JSON_BODY_BYTES)));

  // quick_check reads the whole file: once here at start-up, not on every health request.
  const integrity = quickCheck(deps.db);
  app.get('/api/health', (c) => {
    const counts = countRows(deps.db);
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    return c.json({
      ok: integrity === 'ok' && !databaseDamageFound(),
      ...counts,
      /** Whether POST /api/documents accepts uploads (ADMIN_TOKEN is set); the upload page says so at once. */
      uploads: Boolean(deps.config.adminToken),
      embedder: { id: deps.embedder.id, description: deps.embedder.description, dimension: deps.embedder.dimension, stored: storedEmbedder(deps.db) },
      database: { quickCheck: integrity },
      eventLoopDelayMs: { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) },
    });
  });
  app.route('/api', documentRoutes(deps));
  app.route('/api', queryRoutes(deps));
  app.route('/api', askRoutes(deps));
  app.route('/api', uploadRoutes(deps));
  app.route('/api', themeRoutes(deps));
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', `No route ${c.req.method} ${c.req.path}`), 404));

  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.use('/static/*', serveStatic({ root: WEB_ROOT, rewriteRequestPath: (path) => path.replace(/^\/static/, '') }));
  // Every other page address gets the app: a UI path with 200, an unknown one with 404 (the app shows
  // its own "not found" view). Unknown /api and /static paths stay plain 404s.
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/static/')) return next();
    return c.html(await readFile(`${WEB_ROOT}index.html`, 'utf8'), UI_ROUTES.test(c.req.path) ? 200 : 404);
  });
  app.notFound((c) => c.json(errorBody('NOT_FOUND', `Nothing at ${c.req.path}`), 404));
  app.onError(handleError);
  return app;
}
