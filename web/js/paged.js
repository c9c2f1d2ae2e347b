// A list read from a paged API route (/api/goals, /api/budgets: rows beside { total, next }), one page at a time (pure; no DOM).

/** The largest page the server gives (PAGE_MAX in src/server/validate.ts): what `all()` asks for. */
export const PAGE_MAX = 1000;

/**
 * `load(params)` fetches one page of the route and `field` names its rows; `params` are the route's
 * filters (and `limit`, when the page asks for a page size; else the server's default). The list
 * keeps every row read so far in `rows`, the route's `total` and the `next` offset (null: all read).
 * `more()` reads the next page and returns its rows; `all()` returns every row (those read, then the
 * rest in pages of PAGE_MAX) without adding the rest to `rows`, for an export of the whole list.
 */
export function pagedList(load, field, params = {}) {
  const list = {
    rows: [],
    total: 0,
    next: 0,
    /** True once every matching row has been read. */
    get complete() {
      return list.next === null;
    },
    async more() {
      if (list.next === null) return [];
      const page = await load({ ...params, offset: list.next });
      const rows = page[field];
      list.rows.push(...rows);
      list.total = page.total;
      list.next = page.next;
      return rows;
    },
    async all() {
      const rows = [...list.rows];
      for (let next = list.next; next !== null; ) {
        const page = await load({ ...params, limit: PAGE_MAX, offset: next });
        rows.push(...page[field]);
        next = page.next;
      }
      return rows;
    },
  };
  return list;
}
