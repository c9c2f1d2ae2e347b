import { beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { buildCorpusStore, type CorpusStore } from './corpus.ts';

/** The server's app over a test store, uploads off, no request log. */
export function testApp(store: CorpusStore): ReturnType<typeof createApp> {
  return createApp({ ...store, config: { adminToken: undefined, maxFileBytes: 200_000, uploadDir: '/tmp', logRequests: false } } as Parameters<typeof createApp>[0]);
}

/** GET `path` from `app`: its status and JSON body. */
export async function getJson(app: ReturnType<typeof createApp>, path: string): Promise<{ status: number; body: any }> {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * The sample corpus behind the server's app, built once for the calling test file (in its beforeAll):
 * `get(path)` GETs JSON from it, `store()` is the store itself.
 */
export function sampleApp(): { get: (path: string) => Promise<{ status: number; body: any }>; store: () => CorpusStore } {
  let store: CorpusStore | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  beforeAll(async () => {
    store = await buildCorpusStore();
    app = testApp(store);
  });
  return { get: (path) => getJson(app!, path), store: () => store! };
}
