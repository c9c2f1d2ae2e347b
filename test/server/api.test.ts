import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { buildCorpusStore, CORPUS, CORPUS_DIR, type CorpusStore } from '../helpers/corpus.ts';

const TOKEN = 'test-admin-token-123';
let store: CorpusStore;
let app: ReturnType<typeof createApp>;
let uploadDir: string;

beforeAll(async () => {
  store = await buildCorpusStore();
  uploadDir = mkdtempSync(join(tmpdir(), 'strategiarkiv-upload-'));
  app = createApp({ ...store, config: { adminToken: TOKEN, maxFileBytes: 200_000, uploadDir, logRequests: false } });
});

const json = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
};

function expectError(result: { status: number; body: any }, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(result.body.error.code).toBe(code);
  expect(typeof result.body.error.message).toBe('string');
  expect(JSON.stringify(result.body)).not.toMatch(/at .*\.ts:\d+|node_modules|stack/);
}

describe('GET routes', () => {
  it('/api/health', async () => {
    const { status, body } = await json('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, documents: 5, embedder: { id: 'hashing-v1:512' } });
    expect(body.passages).toBeGreaterThan(100);
  });
  it('/api/documents lists documents with counts', async () => {
    const { body } = await json('/api/documents');
    const oru = body.documents.find((d: any) => d.id === CORPUS.oru);
    expect(oru).toMatchObject({ organisation: 'Øvre Romerike (ØRU)', period: { from: 2011, to: 2020 } });
    expect(oru.municipalities).toHaveLength(6);
    expect(oru.counts).toMatchObject({ goals: 7 });
    expect(oru.adopted).toHaveLength(6);
  });
  it('/api/documents/:id returns sections, goals and budgets; 404 and 400 for bad ids', async () => {
    const { body } = await json(`/api/documents/${CORPUS.tiltaksplan}`);
    expect(body.sections.length).toBe(10);
    expect(body.goals).toHaveLength(51);
    expect(body.budgets.length).toBeGreaterThan(50);
    expectError(await json('/api/documents/no-such-doc'), 404, 'DOCUMENT_NOT_FOUND');
    expectError(await json('/api/documents/..%2F..%2Fetc'), 400, 'INVALID_INPUT');
  });
  it('/api/passages/:id returns the passage with its document', async () => {
    const [hit] = (await json('/api/search?q=velferdsteknologi&k=1')).body.results;
    const { body } = await json(`/api/passages/${hit.passageId}`);
    expect(body.passage).toMatchObject({ id: hit.passageId, text: hit.text, page: hit.page });
    expect(body.document.id).toBe(hit.documentId);
    expectError(await json('/api/passages/99999999'), 404, 'PASSAGE_NOT_FOUND');
    expectError(await json('/api/passages/abc'), 400, 'INVALID_INPUT');
    expectError(await json('/api/passages/-1'), 400, 'INVALID_INPUT');
  });
  it('/api/search validates k and returns the contract fields', async () => {
    const { body } = await json(`/api/search?q=skytjenester&k=3&documentId=${CORPUS.sorum}`);
    expect(body.results.length).toBeGreaterThan(0);
    expect(Object.keys(body.results[0])).toEqual(expect.arrayContaining(['passageId', 'documentId', 'title', 'organisation', 'section', 'page', 'text', 'score', 'url']));
    for (const k of ['-1', '0', '100000', 'abc']) expectError(await json(`/api/search?q=x&k=${k}`), 400, 'INVALID_INPUT');
    expectError(await json(`/api/search?q=${'a'.repeat(10_001)}`), 400, 'INVALID_INPUT');
    expect((await json(`/api/search?q=${encodeURIComponent('"NEAR(a b) OR * -x col:y <script>')}`)).status).toBe(200);
    expect((await json('/api/search?q=')).body.results).toEqual([]);
  });
  it('/api/goals filters by topic and municipality', async () => {
    const { body } = await json(`/api/goals?q=${encodeURIComponent('sosiale medier')}`);
    expect(body.goals.length).toBeGreaterThan(0);
    expect(body.goals.every((g: any) => /sosiale medier/i.test(g.text))).toBe(true);
    const sorum = (await json('/api/goals?municipality=S%C3%B8rum')).body.goals;
    // Every goal Sørum's e-strategy states, "Fagsystemporteføljen skal reduseres, …" under "1 Målsettinger" included.
    expect(sorum.length).toBe(62);
    expect(sorum.some((g: any) => g.text.startsWith('Fagsystemporteføljen skal reduseres'))).toBe(true);
    expect(new Set(sorum.map((g: any) => g.documentId))).toEqual(new Set([CORPUS.sorum]));
    expect(Object.keys(sorum[0])).toEqual(expect.arrayContaining(['id', 'documentId', 'organisation', 'number', 'text', 'section', 'page', 'passageId', 'url']));
  });
  it('/api/budgets filters by topic and year; invalid year is a 400', async () => {
    const { body } = await json('/api/budgets?q=velferdsteknologi&year=2017');
    expect(body.items.map((i: any) => i.amount)).toContain(2_830_300);
    expect(body.items.every((i: any) => i.year === 2017 || (i.year === null && i.period.from <= 2017 && i.period.to >= 2017))).toBe(true);
    for (const year of ['abc', '20177', '-5']) expectError(await json(`/api/budgets?year=${year}`), 400, 'INVALID_INPUT');
  });
  it('/api/compare returns one column per document', async () => {
    const { body } = await json(`/api/compare?documents=${CORPUS.oru},${CORPUS.tiltaksplan}&q=e-helse`);
    expect(body.columns.map((c: any) => c.document.id)).toEqual([CORPUS.oru, CORPUS.tiltaksplan]);
    expect(body.columns[1].goals.length).toBeGreaterThan(0);
    expectError(await json(`/api/compare?documents=${CORPUS.oru}`), 400, 'INVALID_INPUT');
    expectError(await json(`/api/compare?documents=${CORPUS.oru},nope`), 404, 'DOCUMENT_NOT_FOUND');
  });
  it('/api/coverage marks which strategies address a topic', async () => {
    const { body } = await json('/api/coverage?q=velferdsteknologi');
    expect(body.rows.filter((r: any) => r.addresses).map((r: any) => r.document.id).sort()).toEqual([CORPUS.oru, CORPUS.tiltaksplan, CORPUS.sorum].sort());
  });
  it('unknown API routes are JSON 404s', async () => expectError(await json('/api/nope'), 404, 'NOT_FOUND'));
});

describe('POST /api/ask', () => {
  const ask = (body: unknown) => json('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  it('answers with citations', async () => {
    const { status, body } = await ask({ question: 'Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?' });
    expect(status).toBe(200);
    expect(body.answer).toContain('2\u00a0830\u00a0300\u00a0kr');
    expect(Object.keys(body.citations[0]).sort()).toEqual(['documentId', 'n', 'organisation', 'page', 'paged', 'passageId', 'quote', 'section', 'title', 'url'].sort());
  });
  it('rejects bad bodies with 400', async () => {
    expectError(await ask('{not json'), 400, 'INVALID_INPUT');
    expectError(await ask({}), 400, 'INVALID_INPUT');
    expectError(await ask({ question: '   ' }), 400, 'INVALID_INPUT');
    expectError(await ask({ question: 'x'.repeat(5000) }), 400, 'QUESTION_TOO_LONG');
    expectError(await ask({ question: 'ok', history: [{ role: 'system', content: 'x' }] }), 400, 'INVALID_INPUT');
  });
  it('streams the same answer as server-sent events', async () => {
    const response = await app.request('/api/ask/stream', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Hvilke kommuner prioriterer velferdsteknologi?' }) });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    const deltas = [...text.matchAll(/event: delta\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1]!) as string).join('');
    expect(deltas).toMatch(/^Disse strategiene tar opp «velferdsteknologi»/);
    expect(text).toMatch(/event: citations\ndata: \[\{"n":1/);
    expect(text).toMatch(/event: done/);
  });
});

describe('POST /api/documents (upload)', () => {
  const upload = (file: Blob | null, name: string, token: string | null = TOKEN, extra: Record<string, string> = {}) => {
    const form = new FormData();
    if (file) form.append('file', file, name);
    return json('/api/documents', { method: 'POST', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra }, body: form });
  };
  const sample = new Blob([readFileSync(`${CORPUS_DIR}/kongsbergregionen-estrategi-2011-2014.txt`)]);
  it('needs the right token (401 otherwise)', async () => {
    expectError(await upload(sample, 'x.txt', null), 401, 'UNAUTHORIZED');
    expectError(await upload(sample, 'x.txt', 'wrong-token-123'), 401, 'UNAUTHORIZED');
  });
  it('ingests an upload and returns the document; the same file again is a no-op', async () => {
    const first = await upload(sample, 'ny-estrategi.txt');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'added', document: { id: 'ny-estrategi', organisation: 'Kongsbergregionen' }, summary: { goals: 16 } });
    const again = await upload(sample, 'ny-estrategi.txt');
    expect(again.body.status).toBe('unchanged');
  });
  it('refuses wrong types (415), oversize bodies (413) and broken files (422)', async () => {
    expectError(await upload(new Blob(['x']), 'virus.exe'), 415, 'UNSUPPORTED_FILE');
    expectError(await json('/api/documents', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{}' }), 415, 'UNSUPPORTED_FILE');
    expectError(await upload(new Blob([new Uint8Array(400_000)]), 'stor.pdf'), 413, 'BODY_TOO_LARGE');
    expectError(await upload(new Blob(['%PDF-1.4 broken']), 'broken.pdf'), 422, 'PDF_UNREADABLE');
    expectError(await upload(null, 'none'), 400, 'INVALID_INPUT');
  });
  it('keeps path-like names inside the upload folder', async () => {
    const result = await upload(new Blob(['Strategi for Testby kommune 2020-2024\n\nVi vil satse på velferdsteknologi.\n']), '../../../../tmp/evil.txt');
    expect(result.status).toBe(201);
    expect(result.body.document.id).toBe('evil');
    expect(readdirSync(uploadDir)).toContain('evil.txt');
  });
  it('turns concurrent uploads of one file into one document', async () => {
    const bytes = new Blob(['Strategi for Parallell kommune 2021-2024\n\n1 Mål\n\nKommunen vil bruke skytjenester.\n']);
    const results = await Promise.all(Array.from({ length: 5 }, () => upload(bytes, 'parallell.txt')));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await json('/api/documents')).body.documents.filter((d: any) => d.id.startsWith('parallell'))).toHaveLength(1);
  });
});

describe('web UI and headers', () => {
  it('serves the app for UI paths, with a Content-Security-Policy', async () => {
    for (const path of ['/', '/documents', `/documents/${CORPUS.sorum}`, '/goals', '/budgets', '/compare', '/coverage', '/upload']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<script type="module" src="/static/js/main.js">');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await app.request('/static/js/main.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/nope')).status).toBe(404);
  });
});
