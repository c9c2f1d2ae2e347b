import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Answer } from '../../answer/index.ts';
import { createError } from '../../errors.ts';
import type { RouteDeps } from '../app.ts';
import { JSON_BODY_BYTES, readJsonBody } from '../limits.ts';
import { check, text } from '../validate.ts';

/** The longest question answered (the answerer reads no more than this); longer ones are refused, not cut. */
export const MAX_QUESTION_CHARS = 1000;

const askSchema = z.object({
  question: text(JSON_BODY_BYTES).refine((value) => value.length > 0, 'ask a question'),
  history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: text(8000) })).max(20).default([]),
});

/** The body of both ask routes, validated: bounded size and depth, a question of at most MAX_QUESTION_CHARS. */
async function readAsk(c: Context): Promise<z.infer<typeof askSchema>> {
  const body = check(askSchema, await readJsonBody(c, '{ "question": "…", "history": [] }'));
  if (body.question.length > MAX_QUESTION_CHARS) {
    throw createError('QUESTION_TOO_LONG', `The question has ${body.question.length} characters; at most ${MAX_QUESTION_CHARS} are allowed. Shorten it`);
  }
  return body;
}

/** POST /api/ask (JSON) and POST /api/ask/stream (server-sent events). */
export function askRoutes(deps: RouteDeps): Hono {
  const app = new Hono();
  app.post('/ask', async (c) => {
    const body = await readAsk(c);
    const { answer, citations } = (await deps.queries.run({ op: 'ask', question: body.question, history: body.history })) as Answer;
    return c.json({ answer, citations });
  });

  // The answer is composed first, then sent in small pieces so the chat can show it as it arrives:
  // event "meta" (intent, language), "delta" (text), "citations", "done".
  app.post('/ask/stream', async (c) => {
    const body = await readAsk(c);
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
