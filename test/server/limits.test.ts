/** Bounded requests: body sizes, JSON depth, question length and failed upload tokens, each with its code. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { jsonDepth } from '../../src/server/limits.ts';
import { buildCorpusStore } from '../helpers/corpus.ts';

const TOKEN = 'limits-admin-token-123';
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = await buildCorpusStore();
  app = createApp({ ...store, config: { adminToken: TOKEN, maxFileBytes: 200_000, uploadDir: mkdtempSync(join(tmpdir(), 'strategiarkiv-limits-')), logRequests: false } });
});

/** A request as if from `address` (the Node adapter's socket, as @hono/node-server passes it). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const call = async (path: string, init: RequestInit, address = '10.0.0.1') => {
  const response = await app.request(path, init, from(address));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as { error?: { code: string; message: string } } };
};
const post = (path: string, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) => call(path, { method: 'POST', headers, body });
/** A body sent in chunks without Content-Length, so only the streaming check can stop it. */
const chunked = (bytes: number) => {
  let sent = 0;
  const chunk = new TextEncoder().encode(`{"question":"${'a'.repeat(8000)}`);
  return {
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    }),
    duplex: 'half',
    sent: () => sent,
  };
};

describe('body limits', () => {
  for (const path of ['/api/ask', '/api/ask/stream']) {
    it(`${path}: a 300 KB body is refused with 413 BODY_TOO_LARGE, by its length and while streaming`, async () => {
      const big = await post(path, JSON.stringify({ question: 'velferdsteknologi', history: [{ role: 'user', content: 'x'.repeat(300_000) }] }));
      expect(big.status).toBe(413);
      expect(big.body.error?.code).toBe('BODY_TOO_LARGE');
      const stream = chunked(300 * 1024 * 1024);
      const streamed = await call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream.body, duplex: stream.duplex } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(streamed.body.error?.code).toBe('BODY_TOO_LARGE');
      expect(stream.sent()).toBeLessThan(1024 * 1024); // stopped early, not read whole
    });
  }
  it('bounds bodies on every other API path too', async () => {
    const result = await post('/api/search', 'x'.repeat(100_000), { 'content-type': 'text/plain' });
    expect(result.status).toBe(413);
    expect(result.body.error?.code).toBe('BODY_TOO_LARGE');
  });
  it('refuses JSON nested deeper than 8 levels with 400 INVALID_INPUT', async () => {
    const nested = `{"question":"velferdsteknologi","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const result = await post('/api/ask', nested);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('nested 5001 levels') });
    expect(jsonDepth('{"a":"[[[[{{{{","b":[{"c":[]}]}')).toBe(4);
  });
  it('refuses a question over 1 000 characters with 400 QUESTION_TOO_LONG, and answers one of 1 000', async () => {
    const long = await post('/api/ask', JSON.stringify({ question: `Hva sier strategiene om velferdsteknologi? ${'og så videre '.repeat(160)}`.slice(0, 2000) }));
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({ code: 'QUESTION_TOO_LONG', message: expect.stringMatching(/2000 characters; at most 1000/) });
    const fits = await post('/api/ask', JSON.stringify({ question: `Hva sier strategiene om velferdsteknologi? ${'og '.repeat(400)}`.slice(0, 1000) }));
    expect(fits.status).toBe(200);
  });
});

describe('failed upload tokens', () => {
  const upload = (token: string, address: string) => {
    const form = new FormData();
    form.append('file', new Blob(['x']), 'x.exe');
    return call('/api/documents', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }, address);
  };
  it('10 wrong tokens a minute per address, then 429 TOO_MANY_ATTEMPTS with Retry-After', async () => {
    for (let i = 0; i < 10; i++) expect((await upload(`wrong-token-${i}`, '10.0.0.7')).status).toBe(401);
    const eleventh = await upload('wrong-token-10', '10.0.0.7');
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(eleventh.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // While blocked, tokens from that address are not even compared (guessing gains nothing) …
    expect((await upload(TOKEN, '10.0.0.7')).status).toBe(429);
    // … and other addresses are not affected.
    expect((await upload(TOKEN, '10.0.0.8')).body.error?.code).toBe('UNSUPPORTED_FILE');
    expect((await upload('wrong-token', '10.0.0.8')).status).toBe(401);
  });
  it('counts only failures: right tokens never block', async () => {
    for (let i = 0; i < 30; i++) expect((await upload(TOKEN, '10.0.0.9')).body.error?.code).toBe('UNSUPPORTED_FILE');
  });
});
