/**
 * End to end in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core): ask in the
 * chat, click a citation, land on the highlighted passage; document text is never run as markup.
 * Every page at both widths: pages.test.ts and themes.test.ts. CI installs Chromium (.ci/run); elsewhere the test is skipped if it is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/load.ts';
import { createApp } from '../../src/server/app.ts';
import { buildCorpusStore, CORPUS, ROOT } from '../helpers/corpus.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium`);
const SHOTS = `${ROOT}test/output/screenshots`;

describe.skipIf(!available)('web UI in Chromium', () => {
  let server: ServerType;
  let browser: Browser;
  let page: Page;
  let base: string;
  const errors: string[] = [];

  beforeAll(async () => {
    const store = await buildCorpusStore();
    // A strategy whose text carries markup: it must show as text, never run.
    await ingestBytes(store, new TextEncoder().encode('Strategi for Skriptby kommune 2020-2023\n\n1 Mål\n\nVi vil <script>window.__xss=3</script> og <img src=x onerror="window.__xss=4"> bruke skytjenester.\n'), 'skriptby.txt');
    const app = createApp({ ...store, config: { adminToken: undefined, maxFileBytes: 1_000_000, uploadDir: `${ROOT}test/output/uploads`, logRequests: false } });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  });

  it('asks in the chat, clicks a citation and lands on the highlighted passage', async () => {
    await page.goto(`${base}/`);
    await page.fill('#question', 'Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.answer .citations li', { timeout: 20_000 });
    const answer = await page.textContent('.answer .answer-text');
    expect(answer).toContain('2\u00a0830\u00a0300\u00a0kr');
    await page.screenshot({ path: `${SHOTS}/chat.png` });

    const cite = page.locator('.answer-text a.cite').first();
    const href = await cite.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/documents/${CORPUS.tiltaksplan}#p-\\d+$`));
    await cite.click();
    await page.waitForSelector('.passage.highlight', { timeout: 10_000 });
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    const highlighted = page.locator('.passage.highlight');
    expect(await highlighted.getAttribute('id')).toBe(href!.split('#')[1]);
    expect(await highlighted.textContent()).toContain('Program Velferdsteknologi');
    expect(await highlighted.isVisible()).toBe(true);
    const box = await highlighted.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.screenshot({ path: `${SHOTS}/document-passage.png` });
  });

  it('shows document text as text, never as markup', async () => {
    await page.goto(`${base}/`);
    await page.fill('#question', '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> velferdsteknologi');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.answer[aria-busy]'));
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.msg.user').last().textContent()).toContain('<script>');
  });

  it('shows a document containing <script> as text', async () => {
    await page.goto(`${base}/documents/skriptby`);
    await page.waitForSelector('.passage');
    expect(await page.locator('.passage').filter({ hasText: '<script>window.__xss=3</script>' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('raised no script errors', () => expect(errors).toEqual([]));
});
