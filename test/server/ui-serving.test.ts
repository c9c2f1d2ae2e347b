/**
 * How the server serves the web UI: known page addresses get the app (200), unknown ones get the app
 * with status 404 (it shows its own "not found" view), unknown /api and /static paths stay plain 404s,
 * and /api/health says whether uploads are enabled (the upload page reads it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
const appWith = (adminToken?: string) => createApp({ ...store, config: { adminToken, maxFileBytes: 100_000, uploadDir: '/tmp/strategiarkiv-unused', logRequests: false } });

beforeAll(async () => {
  store = await buildCorpusStore();
});

describe('serving the UI', () => {
  it('sends the app for every page, including the theme overview', async () => {
    for (const path of ['/', '/themes', '/budgets', '/upload']) {
      const response = await appWith().request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('/static/js/main.js');
    }
  });

  it('sends the app with status 404 for an unknown address, so it can show its own not-found view', async () => {
    for (const path of ['/nope', '/finnes/ikke', '/documents/a/b', '/Goals']) {
      const response = await appWith().request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<script type="module" src="/static/js/main.js">');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    }
  });

  it('keeps unknown API and static paths as plain 404s (never the app)', async () => {
    const api = await appWith().request('/api/nope');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    const asset = await appWith().request('/static/js/nope.js');
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('main.js');
    expect((await appWith().request('/nope', { method: 'POST' })).status).toBe(404);
  });

  it('/api/health says whether uploads are enabled', async () => {
    expect(((await (await appWith().request('/api/health')).json()) as { uploads: boolean }).uploads).toBe(false);
    expect(((await (await appWith('an-admin-token-1').request('/api/health')).json()) as { uploads: boolean }).uploads).toBe(true);
  });
});
