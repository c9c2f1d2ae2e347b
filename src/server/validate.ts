import type { Context } from 'hono';
import { z } from 'zod';
import { createError } from '../errors.ts';

/** Parses a request's query string with a zod schema; any problem is a 400 INVALID_INPUT naming it. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return check(schema, c.req.query());
}

export function check<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
    throw createError('INVALID_INPUT', issues.slice(0, 500));
  }
  return result.data;
}

/** Optional free text: trimmed, control characters removed, bounded. */
export const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim());

export const documentIdParam = z.string().regex(/^[a-z0-9-]{1,100}$/, 'not a document id');

/** Rows in a page of a list route when the client names none, and the most it may ask for. */
export const PAGE_DEFAULT = 200;
export const PAGE_MAX = 1000;

/** `limit` and `offset` of a list route (/api/goals, /api/budgets): at most `limit` rows after skipping `offset`. */
export const pageParams = {
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).default(0),
};

/** What a list route says beside its rows: how many match in all, and the offset of the next page (null: this was the last). */
export function pageInfo(total: number, offset: number, returned: number): { total: number; next: number | null } {
  return { total, next: returned > 0 && offset + returned < total ? offset + returned : null };
}
