/**
 * Every page in real Chromium, at a laptop width (1280) and a phone width (390): the page never
 * overflows sideways, its key elements are visible, and its main function works on the sample corpus.
 * Screenshots go to test/output/screenshots/<page>-<width>.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.ts';
import { chromiumAvailable, onScreen, startServer, useE2eApp, visit } from './harness.ts';

const TOKEN = 'e2e-admin-token-123';

describe.skipIf(!chromiumAvailable)('every page in Chromium at 1280 and 390 px', () => {
  const app = useE2eApp({ adminToken: TOKEN });
  const { errors, atBothWidths } = app;

  it('ask: an answer with citations, then a follow-up that keeps the topic', async () => {
    await atBothWidths('ask', async (page) => {
      await visit(page, `${app.server.base}/`);
      await page.fill('#question', 'Hvilke kommuner prioriterer velferdsteknologi?');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.answer:not([aria-busy]) .citations li', { timeout: 30_000 });
      await page.fill('#question', 'og hvilke av dem har budsjett for det?');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.answer').length === 2 && !document.querySelector('.answer[aria-busy]'), undefined, { timeout: 30_000 });
      const second = page.locator('.answer').nth(1);
      expect(await second.locator('.citations li').count()).toBeGreaterThan(0);
      // The follow-up is about budgets for the same topic: it cites a budget line for welfare technology.
      expect(await second.locator('.answer-text').textContent()).toMatch(/kr/);
      expect(await second.isVisible()).toBe(true);
      expect(await onScreen(page, '#question')).toBe(true);
    });
  });

  it('ask: a question over 2 000 characters is refused with a message, never sent or cut', async () => {
    await atBothWidths('ask-too-long', async (page) => {
      const sent: string[] = [];
      page.on('request', (request) => request.url().includes('/api/ask') && sent.push(request.url()));
      await visit(page, `${app.server.base}/`);
      const long = `Hva sier strategiene om velferdsteknologi? ${'og mer '.repeat(400)}`;
      await page.fill('#question', long);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#question-count.error');
      expect(await page.textContent('#question-count')).toMatch(/for langt.*2\u00a0000/);
      expect(await page.inputValue('#question')).toBe(long); // kept whole, so it can be shortened
      expect(await page.locator('.msg.user').count()).toBe(0);
      expect(sent).toEqual([]);
    });
  });

  it('coverage: the answer column is on screen at both widths', async () => {
    await atBothWidths('coverage', async (page) => {
      await visit(page, `${app.server.base}/coverage?q=velferdsteknologi`);
      await page.waitForSelector('#coverage-table tbody tr');
      expect(await page.locator('#coverage-table tbody tr').count()).toBe(5);
      expect(await onScreen(page, '#coverage-table tbody td.answer')).toBe(true);
      expect(await page.locator('#coverage-table tbody td.answer.yes').count()).toBeGreaterThan(0);
    });
  });

  it('goals: filtered by topic, exported as CSV with Norwegian headers', async () => {
    await atBothWidths('goals', async (page) => {
      await visit(page, `${app.server.base}/goals?q=informasjonssikkerhet`);
      await page.waitForSelector('.goal-group li');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
      expect(download.suggestedFilename()).toBe('mal.csv');
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
      expect(csv[0]).toBe('organisasjon;dokument;nr;type;mål;avsnitt;side;lenke');
      expect(csv.length - 1).toBe(await page.locator('.goal-group li').count());
      expect(csv.slice(1).every((line) => /;https?:\/\/127\.0\.0\.1:\d+\/documents\//.test(line))).toBe(true);
      expect(await onScreen(page, '.goal-group li')).toBe(true);
    });
  });

  it('goals and budgets: the first page with "Viser N av M", and "Vis flere" appends the next page, each organisation under one heading', async () => {
    const topic = encodeURIComponent('tjenester');
    const api = (await (await fetch(`${app.server.base}/api/goals?q=${topic}&limit=1000`)).json()) as { goals: Array<{ organisation: string; text: string }>; total: number };
    expect(api.total).toBeGreaterThan(12);
    const shownGoals = (page: Page) => page.$$eval('.goal-group', (groups) => groups.map((g) => ({ organisation: g.querySelector('h2')?.textContent ?? '', items: Array.from(g.querySelectorAll('li'), (li) => li.textContent ?? '') })));
    await atBothWidths('goals-paged', async (page) => {
      await visit(page, `${app.server.base}/goals?q=${topic}&limit=6`);
      await page.waitForSelector('.goal-group li');
      expect(await page.textContent('#goals-count')).toBe(`Viser 6 av ${api.total} mål`);
      expect(await page.locator('.goal-group li').count()).toBe(6);
      expect(await page.textContent('#goals-more')).toBe('Vis flere');
      await page.click('#goals-more');
      await page.waitForFunction(() => document.querySelectorAll('.goal-group li').length === 12);
      expect(await page.textContent('#goals-count')).toBe(`Viser 12 av ${api.total} mål`);
      // The two pages, in the API's order, each organisation under one heading.
      const groups = await shownGoals(page);
      expect(new Set(groups.map((g) => g.organisation)).size).toBe(groups.length);
      const expected = new Map<string, string[]>();
      for (const goal of api.goals.slice(0, 12)) expected.set(goal.organisation, [...(expected.get(goal.organisation) ?? []), goal.text]);
      expect(groups.map((g) => g.organisation)).toEqual([...expected.keys()]);
      for (const group of groups) expect(group.items.map((text, i) => text.includes(expected.get(group.organisation)![i]!))).not.toContain(false);
      // The CSV holds every match, not only the pages shown.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
      expect(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n').length - 1).toBe(api.total);
      // Read to the end: the count says how many, and the button goes.
      while (await page.locator('#goals-more').count()) {
        const before = await page.locator('.goal-group li').count();
        await page.click('#goals-more');
        await page.waitForFunction((n) => document.querySelectorAll('.goal-group li').length > n, before);
      }
      expect(await page.textContent('#goals-count')).toBe(`${api.total} mål`);
      expect(await page.locator('.goal-group li').count()).toBe(api.total);
    });
    await atBothWidths('budgets-paged', async (page) => {
      const { total } = (await (await fetch(`${app.server.base}/api/budgets?limit=1`)).json()) as { total: number };
      await visit(page, `${app.server.base}/budgets?limit=25`);
      await page.waitForSelector('#budget-lines tbody tr');
      expect(await page.textContent('#budgets-count')).toMatch(new RegExp(`^Viser 25 av ${total} beløp \\(\\d+ poster\\)$`));
      const rows = await page.locator('#budget-lines tbody tr').count();
      await page.click('#budgets-more');
      await page.waitForFunction(() => /^Viser 50 av/.test(document.getElementById('budgets-count')?.textContent ?? ''));
      expect(await page.locator('#budget-lines tbody tr').count()).toBeGreaterThan(rows);
    });
  });

  it("budgets: the chart's totals for Kongsbergregionen 2016–2018 are the strategy's own sums, strategies side by side", async () => {
    await atBothWidths('budgets', async (page) => {
      await visit(page, `${app.server.base}/budgets`);
      await page.waitForSelector('#budget-chart svg rect');
      const bars = await page.$$eval('#budget-chart rect', (rects) => rects.map((r) => ({ document: r.getAttribute('data-document'), year: Number(r.getAttribute('data-year')), amount: Number(r.getAttribute('data-amount')), title: r.querySelector('title')?.textContent ?? '' })));
      const kongsberg = bars.filter((b) => b.document === CORPUS.tiltaksplan);
      expect(kongsberg.map((b) => [b.year, b.amount])).toEqual([[2016, 10_880_300], [2017, 11_530_300], [2018, 5_688_000]]);
      // The hover text states the exact kroner.
      expect(kongsberg.map((b) => b.title.replace(/\D+/g, ' ').trim().split(' ').slice(-3).join(''))).toEqual(['10880300', '11530300', '5688000']);
      // Another organisation's year is its own bar, never added to Kongsbergregionen's.
      expect(bars.filter((b) => b.document === CORPUS.sorum).map((b) => [b.year, b.amount])).toEqual([[2015, 1_300_000]]);
      expect(new Set(bars.map((b) => `${b.document}|${b.year}`)).size).toBe(bars.length);
      // The same totals in the table under the chart.
      const cells = await page.$$eval(`#budget-totals tr[data-document="${CORPUS.tiltaksplan}"] td`, (tds) => tds.map((td) => [Number(td.getAttribute('data-year')), td.textContent ?? '']));
      expect(cells.filter(([, text]) => text !== '–').map(([year, text]) => [year, Number(String(text).split('kr')[0]!.replace(/\D/g, ''))])).toEqual([[2016, 10_880_300], [2017, 11_530_300], [2018, 5_688_000]]);
      expect(await page.locator('#budget-chart svg').isVisible()).toBe(true);
      expect(await onScreen(page, '#budget-chart svg')).toBe(true);
      // One row per printed line: as many rows as the lines API gives distinct (line, year) cells allow.
      const rows = await page.locator('#budget-lines tbody tr').count();
      const { items } = (await (await fetch(`${app.server.base}/api/budgets`)).json()) as { items: unknown[] };
      expect(rows).toBeGreaterThan(items.length / 4);
      expect(rows).toBeLessThanOrEqual(items.length);
    });
  });

  it('a document: the passage in the address is highlighted and on screen; its tables scroll in their box', async () => {
    const { passages } = (await (await fetch(`${app.server.base}/api/documents/${CORPUS.tiltaksplan}`)).json()) as { passages: Array<{ id: number; text: string }> };
    const target = passages.find((p) => p.text.includes('Program Velferdsteknologi'))!;
    await atBothWidths('document', async (page, width) => {
      await visit(page, `${app.server.base}/documents/${CORPUS.tiltaksplan}#p-${target.id}`);
      await page.waitForSelector('.passage.highlight');
      expect(await page.locator('.passage.highlight').getAttribute('id')).toBe(`p-${target.id}`);
      const box = await page.locator('.passage.highlight').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(page.viewportSize()!.height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(await page.locator('.table-wrap table').count()).toBeGreaterThan(0);
    }, { fullPage: false }); // the whole strategy is a very long page
  });

  it('documents: the list', async () => {
    await atBothWidths('documents', async (page) => {
      await visit(page, `${app.server.base}/documents`);
      expect(await page.locator('#document-list tbody tr').count()).toBe(5);
      expect(await onScreen(page, '#document-list tbody td a')).toBe(true);
    });
  });

  it('compare: two strategies side by side', async () => {
    await atBothWidths('compare', async (page) => {
      await visit(page, `${app.server.base}/compare?documents=${CORPUS.oru},${CORPUS.tiltaksplan}&q=e-helse`);
      await page.waitForSelector('.column');
      expect(await page.locator('.column').count()).toBe(2);
      const names = await page.locator('.column h2').allTextContents();
      expect(names[0]).toMatch(/Romerike|ØRU/);
      expect(names[1]).toBe('Kongsbergregionen');
      expect(await onScreen(page, '.column h2')).toBe(true);
    });
  });

  it('not found: an unknown address gets the app with its own 404 view; unknown API paths stay JSON', async () => {
    await atBothWidths('not-found', async (page) => {
      const status = await visit(page, `${app.server.base}/finnes/ikke`);
      expect(status).toBe(404);
      expect(await page.locator('#not-found h1').textContent()).toBe('Fant ikke siden');
      expect(await page.locator('#not-found').textContent()).toContain('/finnes/ikke');
      expect(await page.locator('header nav a').count()).toBe(8);
    });
    const api = await fetch(`${app.server.base}/api/finnes-ikke`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('upload with a token: the page says uploads are on, and a file goes in', async () => {
    await atBothWidths('upload', async (page, width) => {
      await visit(page, `${app.server.base}/upload`);
      await page.waitForSelector('#upload-status.notice.on');
      await page.fill('input[name=token]', TOKEN);
      await page.setInputFiles('input[type=file]', { name: `testby-${width}.txt`, mimeType: 'text/plain', buffer: Buffer.from('Digitaliseringsstrategi for Testby kommune 2024-2027\n\n1 Mål\n\nTestby skal ta i bruk velferdsteknologi i alle sykehjem.\n') });
      await page.click('button[type=submit]');
      await page.waitForSelector('#upload-output .result a', { timeout: 30_000 });
      expect(await page.textContent('#upload-output .result')).toMatch(/^Lagt til: /);
      expect(await onScreen(page, '#upload-output .result')).toBe(true);
    });
  });

  it('upload with a wrong token: refused with a Norwegian message', async () => {
    await atBothWidths('upload-wrong-token', async (page) => {
      await visit(page, `${app.server.base}/upload`);
      await page.fill('input[name=token]', 'not-the-token');
      await page.setInputFiles('input[type=file]', { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('Strategi for X 2024\n\nTekst.\n') });
      await page.click('button[type=submit]');
      await page.waitForSelector('#upload-output .error');
      expect(await page.textContent('#upload-output .error')).toBe('Feil eller manglende admin-nøkkel.');
    });
  });

  it('upload without ADMIN_TOKEN on the server: the page says at once that uploads are off', async () => {
    const closed = await startServer(app.store);
    try {
      await atBothWidths('upload-disabled', async (page) => {
        await visit(page, `${closed.base}/upload`);
        await page.waitForSelector('#upload-status.notice.off');
        expect(await page.textContent('#upload-status')).toContain('ADMIN_TOKEN=… npm start');
        expect(await page.locator('fieldset').getAttribute('disabled')).not.toBeNull();
      });
    } finally {
      await closed.close();
    }
  });

  it('the language toggle switches the interface, CSV headers and errors to English, and is remembered', async () => {
    await atBothWidths('english', async (page) => {
      await visit(page, `${app.server.base}/goals?q=informasjonssikkerhet`);
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      await page.click('#lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready !== undefined);
      await page.waitForSelector('.goal-group li');
      expect(await page.locator('header nav a').allTextContents()).toEqual(['Ask', 'Coverage', 'Themes', 'Goals', 'Budgets', 'Documents', 'Compare', 'Upload']);
      expect(await page.textContent('h1')).toBe('Goals');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
      expect(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n')[0]).toBe('organisation;document;number;kind;goal;section;page;link');
      await visit(page, `${app.server.base}/documents/no-such-strategy`);
      expect(await page.textContent('.error')).toMatch(/^No such document\./);
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.ready !== undefined);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#lang-toggle')).toBe('Norsk');
    });
  });

  it('raised no script errors', () => expect(errors).toEqual([]));
});
