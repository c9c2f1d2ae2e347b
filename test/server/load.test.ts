/**
 * The real server under load: beyond its query queue it sheds with 503 OVERLOADED (not 10-second
 * waits), and /api/health stays responsive while a 10 MB text and a 1 000-page PDF are ingested.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { get, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.ts';
import { startServerProcess } from '../helpers/server-process.ts';

const TOKEN = 'load-admin-token-123';
let server: ChildProcess;
let base: string;
let serverOutput: () => string = () => '';

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-load-'));
  const started = await startServerProcess({ DATABASE_PATH: join(folder, 'db.sqlite'), UPLOAD_DIR: join(folder, 'uploads'), ADMIN_TOKEN: TOKEN, QUERY_WORKERS: '1', QUERY_QUEUE_MAX: '4' }, 180_000);
  server = started.child;
  serverOutput = started.output;
  base = `http://127.0.0.1:${started.port}`;
}, 200_000);
afterAll(() => {
  server?.kill('SIGKILL');
  if (process.env.SHOW_SERVER_OUTPUT) console.log(serverOutput());
});

describe('200 concurrent clients', () => {
  it('get answers or 503 OVERLOADED with Retry-After, never unbounded waiting', async () => {
    const words = ['velferdsteknologi', 'skole', 'helse', 'sikkerhet', 'bredbånd', 'samhandling', 'arkiv', 'innbyggere'];
    const responses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const response = await fetch(`${base}/api/search?q=${encodeURIComponent(`${words[i % words.length]} ${i}`)}&k=20`);
        const body = (await response.json()) as { error?: { code: string } };
        return { status: response.status, code: body.error?.code, retryAfter: response.headers.get('retry-after') };
      }),
    );
    const statuses = new Set(responses.map((r) => r.status));
    const shed = responses.filter((r) => r.status === 503);
    expect([...statuses].sort()).toEqual([200, 503]);
    expect(shed.length).toBeGreaterThan(100); // 1 worker + 4 waiting: most of 200 at once are shed
    for (const r of shed) {
      expect(r.code).toBe('OVERLOADED');
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);
});

describe('uploads are parsed off the event loop', () => {
  it('/api/health keeps answering (median < 100 ms, p95 < 250 ms) while a 10 MB text and a 1 000-page PDF are ingested', async () => {
    const pdf = makePdf(Array.from({ length: 1000 }, (_, i) => [`Side ${i + 1}: kommunen skal satse på velferdsteknologi og digitale tjenester.`]));
    // Multipart bodies are built before the clock starts, so the test's own thread is not what stalls.
    const multipart = async (bytes: Uint8Array | string, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as BlobPart]), name);
      const request = new Request('http://local/', { method: 'POST', body: form });
      return { body: new Uint8Array(await request.arrayBuffer()), type: request.headers.get('content-type')! };
    };
    // Sent with node:http so the clock can start once both bodies are handed to the server (the
    // receiving is network I/O); what is measured is the server while it parses and stores them.
    const upload = ({ body, type }: { body: Uint8Array; type: string }) => {
      let sent!: () => void;
      const delivered = new Promise<void>((resolve) => (sent = resolve));
      const status = new Promise<number | string>((resolve) => {
        const url = new URL(`${base}/api/documents`);
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type, 'content-length': body.length } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        req.on('error', () => resolve('aborted'));
        req.on('finish', sent);
        req.end(body);
      });
      return { delivered, status };
    };
    const pdfBody = await multipart(pdf, 'tusen-sider.pdf');
    const textBody = await multipart(bigText(10), 'ti-megabyte.txt');
    const latencies: number[] = [];
    const pdfUpload = upload(pdfBody);
    const textUpload = upload(textBody); // still being parsed when the server is killed
    await Promise.all([pdfUpload.delivered, textUpload.delivered]);
    const until = performance.now() + 8000;
    while (performance.now() < until) {
      const started = performance.now();
      const status = await freshGet(`${base}/api/health`);
      latencies.push(performance.now() - started);
      expect(status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log('health ms', latencies.map((l) => Math.round(l)).join(' '));
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
    expect(latencies.length).toBeGreaterThan(40);
    // Bounds a machine shared by many jobs can meet (2 cores, load ~20 when written: the first polls,
    // while the 10 MB body arrives, took up to ~1.1 s there); a parse on the event loop stalls for minutes.
    expect(median).toBeLessThan(100);
    expect(p95).toBeLessThan(250);
    expect(latencies[latencies.length - 1]).toBeLessThan(2000);
    expect(String(await Promise.race([pdfUpload.status, new Promise((resolve) => setTimeout(() => resolve('pending'), 0))]))).toMatch(/^(201|pending)$/);
  }, 120_000);
});

/** A GET on a new connection (no pooled socket the server may just have closed); resolves its status. */
function freshGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
    request.setTimeout(5000, () => request.destroy(new Error(`${url} did not answer within 5 s`)));
  });
}

/** About `mb` MB of strategy-like text: numbered sections with paragraphs. */
function bigText(mb: number): string {
  const parts = ['Digital strategi for Testvik kommune 2024-2027\n\n'];
  let size = 0;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const paragraph = `${Math.floor(i / 20) + 1}.${(i % 20) + 1} Tema nummer ${i}\n\nKommunen skal satse på velferdsteknologi og digitale tjenester for innbyggerne i periode ${i}. Målet er bedre tjenester og trygg drift.\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}
