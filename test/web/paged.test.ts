/** pagedList (the goals and budgets pages' "Vis flere"): reads page after page from the real API, keeps the rows in order, exports all. */
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { pagedList, PAGE_MAX } from '../../web/js/paged.js';
import { PAGE_MAX as SERVER_PAGE_MAX } from '../../src/server/validate.ts';
import { buildCorpusStore } from '../helpers/corpus.ts';
import { testApp } from '../helpers/app.ts';

let load: (route: string) => (params: Record<string, unknown>) => Promise<any>;
beforeAll(async () => {
  const store = await buildCorpusStore();
  const app = testApp(store);
  load = (route) => async (params) => {
    const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));
    const response = await app.request(`${route}?${search}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
});

describe('pagedList', () => {
  it('asks the server for pages no larger than it gives', () => expect(PAGE_MAX).toBe(SERVER_PAGE_MAX));

  it('appends consecutive pages until the total is read, then reads nothing more', async () => {
    const whole = await load('/api/goals')({ limit: 1000 });
    const list = pagedList(load('/api/goals'), 'goals', { limit: 40 });
    const sizes: number[] = [];
    while (!list.complete) sizes.push((await list.more()).length);
    expect(sizes).toEqual([40, 40, 40, whole.total - 120]);
    expect(list.total).toBe(whole.total);
    expect(list.rows).toEqual(whole.goals);
    expect(await list.more()).toEqual([]);
  });

  it('all() returns every row without adding the unread ones to the shown rows', async () => {
    const list = pagedList(load('/api/budgets'), 'items', { q: 'velferdsteknologi', limit: 3 });
    await list.more();
    const all = await list.all();
    expect(list.rows).toHaveLength(3);
    expect(all.length).toBe(list.total);
    expect(all.slice(0, 3)).toEqual(list.rows);
    expect(new Set(all.map((row: { id: number }) => row.id)).size).toBe(all.length);
  });
});
