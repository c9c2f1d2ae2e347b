/**
 * /api/goals and /api/budgets page their rows (limit, offset → total, next): consecutive pages are
 * disjoint and together are the unpaged list in its order, with and without a topic (SQL paging and
 * paging after matching in JS); a bad limit or offset is a 400 INVALID_INPUT.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_DEFAULT, PAGE_MAX } from '../../src/server/validate.ts';
import { sampleApp } from '../helpers/app.ts';

const sample = sampleApp();
const get = sample.get;

type Page = { rows: Array<{ id: number }>; total: number; next: number | null };

/** Every page of `path` at `limit` rows, following `next` until it is null. */
async function allPages(path: string, field: 'goals' | 'items', limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const { status, body } = await get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}&offset=${offset}`);
    expect(status).toBe(200);
    pages.push({ rows: body[field], total: body.total, next: body.next });
    expect(pages.length).toBeLessThan(1000);
    offset = body.next;
  }
  return pages;
}

const cases: Array<{ name: string; path: string; field: 'goals' | 'items' }> = [
  { name: 'goals, no topic (paged in SQL)', path: '/api/goals', field: 'goals' },
  { name: 'goals of one kind (paged in SQL)', path: '/api/goals?kind=indicator', field: 'goals' },
  { name: 'goals on a topic (paged after matching)', path: `/api/goals?q=${encodeURIComponent('informasjonssikkerhet')}`, field: 'goals' },
  { name: 'goals on free words (paged after matching)', path: `/api/goals?q=${encodeURIComponent('tjenester')}`, field: 'goals' },
  { name: 'budget lines, no topic (paged in SQL)', path: '/api/budgets', field: 'items' },
  { name: 'budget lines without sums (paged in SQL)', path: '/api/budgets?includeSums=0', field: 'items' },
  { name: 'budget lines on a topic (paged after matching)', path: '/api/budgets?q=velferdsteknologi', field: 'items' },
];

describe('paging of /api/goals and /api/budgets', () => {
  for (const { name, path, field } of cases) {
    it(`${name}: disjoint consecutive pages whose union is the unpaged list; total is right`, async () => {
      const whole = (await get(`${path}${path.includes('?') ? '&' : '?'}limit=${PAGE_MAX}`)).body;
      const everything = whole[field] as Array<{ id: number }>;
      expect(everything.length).toBeGreaterThan(3);
      expect(everything.length).toBeLessThan(PAGE_MAX);
      expect(whole.total).toBe(everything.length);
      expect(whole.next).toBeNull();
      for (const limit of [1, 7, 50]) {
        const pages = await allPages(path, field, limit);
        expect(pages.length).toBe(Math.ceil(everything.length / limit));
        expect(pages.every((page) => page.total === everything.length)).toBe(true);
        expect(pages.every((page, i) => page.rows.length === (i < pages.length - 1 ? limit : everything.length - limit * (pages.length - 1)))).toBe(true);
        expect(pages.map((page) => page.next)).toEqual(pages.map((_, i) => (i < pages.length - 1 ? (i + 1) * limit : null)));
        const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
        expect(new Set(ids).size).toBe(ids.length);
        // Same rows, same order, same fields as the one-page answer.
        expect(pages.flatMap((page) => page.rows)).toEqual(everything);
      }
    });
  }

  it('without limit a page holds the default number of rows, and the response keeps its fields', async () => {
    const { body } = await get('/api/goals');
    expect(body.total).toBeGreaterThan(100);
    expect(body.goals).toHaveLength(Math.min(PAGE_DEFAULT, body.total));
    expect(body.next).toBe(body.total > PAGE_DEFAULT ? PAGE_DEFAULT : null);
    expect(Object.keys(body.goals[0]).sort()).toEqual(expect.arrayContaining(['id', 'documentId', 'organisation', 'number', 'text', 'section', 'page', 'passageId', 'url']));
    const items = (await get('/api/budgets')).body;
    expect(Object.keys(items).sort()).toEqual(['items', 'next', 'total']);
    expect(Object.keys(items.items[0])).toEqual(expect.arrayContaining(['id', 'documentId', 'organisation', 'table', 'label', 'year', 'amount', 'raw', 'page', 'url']));
  });

  it('an offset past the end gives no rows, the total and no next page', async () => {
    const { status, body } = await get('/api/goals?offset=100000');
    expect(status).toBe(200);
    expect(body.goals).toEqual([]);
    expect(body.total).toBeGreaterThan(100);
    expect(body.next).toBeNull();
  });

  it('filters and topic narrow the total as they narrow the rows', async () => {
    const measurable = (await get('/api/goals?measurable=1&limit=2')).body;
    const notMeasurable = (await get('/api/goals?measurable=0&limit=2')).body;
    const all = (await get('/api/goals?limit=2')).body;
    expect(measurable.total + notMeasurable.total).toBe(all.total);
    expect(measurable.goals.every((g: { measurable: boolean }) => g.measurable)).toBe(true);
    const year = (await get('/api/budgets?year=2017&limit=1')).body;
    expect(year.total).toBeGreaterThan(1);
    expect(year.total).toBeLessThan(all.total + 1000);
    expect(year.items[0].year === 2017 || year.items[0].year === null).toBe(true);
  });

  it('a bad limit or offset is a 400 INVALID_INPUT naming the parameter', async () => {
    for (const route of ['/api/goals', '/api/budgets', '/api/goals?q=velferdsteknologi']) {
      for (const bad of ['limit=0', 'limit=-1', `limit=${PAGE_MAX + 1}`, 'limit=abc', 'limit=2.5', 'offset=-1', 'offset=abc', 'offset=1.5']) {
        const { status, body } = await get(`${route}${route.includes('?') ? '&' : '?'}${bad}`);
        expect(status, `${route} ${bad}`).toBe(400);
        expect(body.error.code).toBe('INVALID_INPUT');
        expect(body.error.message).toContain(bad.split('=')[0]);
      }
    }
  });
});
