import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Answer } from '../../answer/index.ts';
import { createError } from '../../errors.ts';
import type { RouteDeps } from '../app.ts';
import { check, text } from '../validate.ts';

const askSchema = z.object({
  question: text(2000).refine((value) => value.length > 0, 'ask a question'),
  history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: text(8000) })).max(20).default([]),
});

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw createError('INVALID_INPUT', 'the body must be JSON: { "question": "…", "history": [] }');
  }
}

/** POST /api/ask (JSON) and POST /api/ask/stream (server-sent events). */
export function askRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  app.post('/ask', async (c) => {
    const body = check(askSchema, await readJson(c.req.raw));
    const { answer, citations } = (await deps.queries.run({ op: 'ask', question: body.question, history: body.history })) as Answer;
    return c.json({ answer, citations });
  });

  // The answer is composed first, then sent in small pieces so the chat can show it as it arrives:
  // event "meta" (intent, language), "delta" (text), "citations", "done".
  app.post('/ask/stream', async (c) => {
    const body = check(askSchema, await readJson(c.req.raw));
    const result = (await deps.queries.run({ op: 'ask', question: body.question, history: body.history })) as Answer;
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: 'meta', data: JSON.stringify({ intent: result.intent, language: result.language, topic: result.topic }) });
      for (const piece of result.answer.match(/\S+\s*|\s+/g) ?? []) {
        await stream.writeSSE({ event: 'delta', data: JSON.stringify(piece) });
      }
      await stream.writeSSE({ event: 'citations', data: JSON.stringify(result.citations) });
      await stream.writeSSE({ event: 'done', data: '{}' });
    });
  });
  return app;
}
