/**
 * Starts the real app on a free port over the sample corpus and a headless Chromium (Debian's
 * /usr/bin/chromium through playwright-core) for the e2e suites. `wrap` lets a test put routes in
 * front of the app (e.g. an API that fails, to check that a page degrades).
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install -y chromium`);
export const SHOTS = `${ROOT}test/output/screenshots`;

/** The two widths every page is checked at: a laptop and a phone. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

export interface Running {
  base: string;
  close(): Promise<void>;
}

type Store = CorpusStore;

/** Serves createApp over `store` (optionally wrapped) on 127.0.0.1 and a random port. */
export async function startServer(store: Store, options: { adminToken?: string; wrap?: (app: Hono) => Hono } = {}): Promise<Running> {
  const app = createApp({ ...store, config: { adminToken: options.adminToken, maxFileBytes: 1_000_000, uploadDir: `${ROOT}test/output/uploads`, logRequests: false } });
  const served = options.wrap ? options.wrap(app) : app;
  const server: ServerType = serve({ fetch: served.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh page at a viewport that records script errors into `errors`. */
export async function openPage(browser: Browser, viewport: { width: number; height: number }, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    // An HTTP error answer (the 404 page itself, a refused upload) logs "Failed to load resource": the
    // tests check those answers themselves; anything else logged as an error is a fault.
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of (401|403|404)\b/.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** Navigates and waits until the router has drawn the view. */
export async function visit(page: Page, url: string): Promise<number | undefined> {
  const response = await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 20_000 });
  return response?.status();
}

/** How much wider than the window the page is (0 when nothing overflows). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Whether an element lies within the window horizontally (it can be read without scrolling sideways). */
export async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && box.x >= 0 && box.x + box.width <= width + 0.5;
}

/**
 * Runs `check` on a fresh page at each width in VIEWPORTS, then asserts the page does not overflow
 * sideways and writes a screenshot to SHOTS/<name>-<width>.png.
 */
export async function atBothWidths(browser: Browser, errors: string[], name: string, check: (page: Page, width: number) => Promise<void>, { fullPage = true } = {}): Promise<void> {
  for (const viewport of VIEWPORTS) {
    const page = await openPage(browser, viewport, errors);
    try {
      await check(page, viewport.width);
      expect(await horizontalOverflow(page), `${name} at ${viewport.width}px is wider than the window`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/${name}-${viewport.width}.png`, fullPage });
    } finally {
      await page.context().close();
    }
  }
}

/** What an e2e suite works with: the sample corpus, the app serving it, a browser and the script errors seen. */
export interface E2eApp {
  store: CorpusStore;
  server: Running;
  browser: Browser;
  errors: string[];
  /** atBothWidths on this suite's browser, recording into its errors. */
  atBothWidths(name: string, check: (page: Page, width: number) => Promise<void>, options?: { fullPage?: boolean }): Promise<void>;
}

/**
 * Registers the suite's lifecycle: before all tests, the sample corpus, the app on it (with
 * `options`) and Chromium; after all, both closed. The fields are set once beforeAll has run.
 */
export function useE2eApp(options: { adminToken?: string } = {}): E2eApp {
  const app = { errors: [] as string[] } as E2eApp;
  app.atBothWidths = (name, check, opts) => atBothWidths(app.browser, app.errors, name, check, opts);
  beforeAll(async () => {
    app.store = await buildCorpusStore();
    app.server = await startServer(app.store, options);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
