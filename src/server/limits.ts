import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createError } from '../errors.ts';
import { errorBody } from './errors.ts';

/** Bodies of JSON routes (/api/ask, /api/ask/stream and any other that takes a body): 64 KB. */
export const JSON_BODY_BYTES = 64 * 1024;
/** Multipart overhead allowed on top of MAX_FILE_BYTES for an upload. */
export const UPLOAD_OVERHEAD_BYTES = 64 * 1024;
/** Nesting allowed in a JSON body ({ "history": [ { … } ] } needs 3). */
export const JSON_MAX_DEPTH = 8;

/**
 * A body limit on every request that may carry a body: 413 BODY_TOO_LARGE before the body is read
 * whole. `limitFor` gives the limit per request, or null for a route that applies its own after
 * checking the caller (uploads, with `limitBody`).
 */
export function bodyLimits(limitFor: (c: Context) => number | null): MiddlewareHandler {
  const cache = new Map<number, MiddlewareHandler>();
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const maxSize = limitFor(c);
    if (maxSize === null) return next();
    let limiter = cache.get(maxSize);
    if (!limiter) cache.set(maxSize, (limiter = limitBody(maxSize)));
    return limiter(c, next);
  };
}

/**
 * One body limit: a declared Content-Length is checked at once (and the Node server enforces it, so
 * the body is later read in one piece, off the web-stream path); a chunked body is counted while it
 * streams in (Hono's bodyLimit), and refused as soon as it passes `maxSize`.
 */
export function limitBody(maxSize: number, message = `The request body is larger than ${maxSize} bytes`): MiddlewareHandler {
  const onError = (c: Context) => c.json(errorBody('BODY_TOO_LARGE', message), 413);
  const streaming = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxSize ? onError(c) : next();
    }
    return streaming(c, next);
  };
}

/**
 * Reads a JSON body (already bounded by `bodyLimits`), refusing nesting deeper than `maxDepth`
 * before parsing it: INVALID_INPUT for bad or too deep JSON.
 */
export async function readJsonBody(c: Context, example: string, maxDepth = JSON_MAX_DEPTH): Promise<unknown> {
  const text = await c.req.text();
  const depth = jsonDepth(text);
  if (depth > maxDepth) throw createError('INVALID_INPUT', `the JSON body is nested ${depth} levels deep; at most ${maxDepth} are allowed`);
  try {
    return JSON.parse(text);
  } catch {
    throw createError('INVALID_INPUT', `the body must be JSON: ${example}`);
  }
}

/** The deepest nesting of [ and { in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92) i++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) deepest = Math.max(deepest, ++depth);
    else if (char === 93 || char === 125) depth--;
  }
  return deepest;
}

/**
 * Counts failures per client in a sliding window (e.g. wrong upload tokens): after `max` failures
 * within `windowMs`, `blockedFor` says how many seconds the client must wait.
 */
export function createFailureLimiter(max: number, windowMs: number, now: () => number = Date.now) {
  const failures = new Map<string, number[]>();
  const recent = (client: string) => {
    const cutoff = now() - windowMs;
    const times = (failures.get(client) ?? []).filter((time) => time > cutoff);
    if (times.length === 0) failures.delete(client);
    else failures.set(client, times);
    return times;
  };
  return {
    /** Seconds until `client` may try again, or 0 when it may try now. */
    blockedFor(client: string): number {
      const times = recent(client);
      return times.length < max ? 0 : Math.ceil((times[times.length - max]! + windowMs - now()) / 1000);
    },
    fail(client: string): void {
      const times = recent(client);
      times.push(now());
      failures.set(client, times);
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!); // bounded memory
    },
  };
}

/** The client's address (the socket's peer; "local" for in-process test requests). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
