/**
 * The theme overview (/themes) in Chromium at 1280 and 390 px: the matrix shows for every theme and
 * strategy what GET /api/themes says (strength as a symbol and a word), a cell opens its evidence,
 * the text filter narrows the matrix, the CSV has one row per cell, and the page degrades with a
 * clear message when the API is missing or fails.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, onScreen, openPage, startServer, useE2eApp, VIEWPORTS, visit } from './harness.ts';

interface ThemesBody {
  themes: Array<{ id: string; label: string }>;
  cells: Array<{ theme: string; documentId: string; organisation: string; strength: string; count: number; evidence: Array<{ passageId: number; url: string; quote: string }> }>;
}

/** Puts `handler` in front of the app for GET /api/themes (a failing API, to check the page degrades). */
const withThemes = (handler: (c: any) => Response | Promise<Response>) => (app: Hono) => {
  const outer = new Hono();
  outer.get('/api/themes', handler);
  outer.all('*', (c) => app.fetch(c.req.raw));
  return outer;
};

describe.skipIf(!chromiumAvailable)('theme overview in Chromium', () => {
  const app = useE2eApp();
  const { errors, atBothWidths } = app;

  it('shows the matrix the API gives, opens a cell\'s evidence, filters and exports CSV', async () => {
    const api = (await (await fetch(`${app.server.base}/api/themes?lang=nb`)).json()) as ThemesBody;
    expect(api.themes.length).toBeGreaterThan(3);
    const strong = api.cells.find((c) => c.strength === 'goal' && c.evidence.length > 0)!;
    expect(strong).toBeDefined();
    await atBothWidths('themes', async (page) => {
      await visit(page, `${app.server.base}/themes`);
      await page.waitForSelector('#theme-matrix tbody tr');
      expect(await page.locator('#theme-matrix tbody tr').count()).toBe(api.themes.length);
      expect(await page.locator('#theme-matrix tbody th').allTextContents()).toEqual(api.themes.map((th) => th.label));
      // Every cell says in words what the API says (not colour alone); cells the API leaves out are "ingen".
      const shown = await page.$$eval('#theme-matrix td', (tds) => tds.map((td) => ({ theme: td.getAttribute('data-theme'), document: td.getAttribute('data-document'), strength: td.getAttribute('data-strength'), text: td.textContent ?? '' })));
      for (const cell of api.cells) expect(shown.find((s) => s.theme === cell.theme && s.document === cell.documentId)?.strength).toBe(cell.strength);
      expect(shown.filter((s) => s.strength === 'goal').every((s) => s.text.includes('mål'))).toBe(true);
      expect(shown.filter((s) => s.strength === 'none').every((s) => s.text.includes('ingen'))).toBe(true);
      expect(await page.locator('.legend.strengths dd').allTextContents()).toEqual(['mål', 'tiltak', 'budsjett', 'omtale', 'ingen']);

      // A cell opens its evidence: links to the cited passages.
      await page.click(`#theme-matrix td[data-theme="${strong.theme}"][data-document="${strong.documentId}"] button`);
      await page.waitForSelector('#theme-evidence ul.evidence li');
      expect(await page.$$eval('#theme-evidence a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(strong.evidence.map((e) => e.url));
      expect(await onScreen(page, '#theme-evidence h2')).toBe(true);

      // The filter narrows the themes by label.
      const label = api.themes.find((th) => th.id === strong.theme)!.label;
      await page.fill('input[name=q]', label);
      const expected = api.themes.filter((th) => th.label.toLowerCase().includes(label.toLowerCase())).length;
      await page.waitForFunction((n) => document.querySelectorAll('#theme-matrix tbody tr').length === n, expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe(label);

      // CSV: one row per theme × strategy shown, Norwegian headers.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
      expect(csv[0]).toBe('tema;organisasjon;dokument;styrke;antall;kilder');
      const columns = await page.locator('#theme-matrix thead th[scope=col]').count() - 1;
      expect(csv.length - 1).toBe(expected * columns);
    });
  });

  it('asks the API in the interface language', async () => {
    const page = await openPage(app.browser, VIEWPORTS[0], errors);
    try {
      await page.addInitScript(() => localStorage.setItem('strategiarkiv-lang', 'en'));
      const asked = page.waitForRequest((request) => request.url().includes('/api/themes'));
      await visit(page, `${app.server.base}/themes`);
      expect(new URL((await asked).url()).searchParams.get('lang')).toBe('en');
      expect(await page.textContent('h1')).toBe('Theme overview');
    } finally {
      await page.context().close();
    }
  });

  it('says clearly when the API is missing or fails', async () => {
    for (const [name, handler, message] of [
      ['themes-missing', (c: any) => c.json({ error: { code: 'NOT_FOUND', message: 'No route GET /api/themes' } }, 404), /ikke tilgjengelig/],
      ['themes-failing', (c: any) => c.json({ error: { code: 'INTERNAL', message: 'Internal error' } }, 500), /kunne ikke hentes: Intern feil/],
    ] as const) {
      const broken = await startServer(app.store, { wrap: withThemes(handler) });
      try {
        await atBothWidths(name, async (page) => {
          await visit(page, `${broken.base}/themes`);
          await page.waitForSelector('#themes-output .error');
          expect(await page.textContent('#themes-output .error')).toMatch(message);
        });
      } finally {
        await broken.close();
      }
    }
  });

  it('raised no script errors', () => expect(errors.filter((e) => !/status of 500/.test(e))).toEqual([]));
});
