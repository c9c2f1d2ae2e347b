// The JSON API, as DESIGN.md fixes it. Errors arrive as { error: { code, message } } and are thrown
// as Error objects carrying that code and the HTTP status (the views translate the code).
import { lang } from './i18n.js';

/** An Error with the API's error code and HTTP status. */
export function apiError(status, body) {
  const error = new Error(body?.error?.message ?? `HTTP ${status}`);
  error.code = body?.error?.code;
  error.status = status;
  return error;
}

async function request(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw apiError(response.status, body);
  return body;
}

const query = (params) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** The longest question the server accepts; longer ones are refused before sending. */
export const MAX_QUESTION_CHARS = 2000;

export const api = {
  health: () => request('/api/health'),
  documents: () => request('/api/documents'),
  document: (id) => request(`/api/documents/${encodeURIComponent(id)}`),
  goals: (params) => request(`/api/goals${query(params)}`),
  budgets: (params) => request(`/api/budgets${query(params)}`),
  budgetTotals: (params) => request(`/api/budgets/totals${query(params)}`),
  themes: (params = {}) => request(`/api/themes${query({ lang: lang(), ...params })}`),
  coverage: (q) => request(`/api/coverage${query({ q })}`),
  compare: (documents, q) => request(`/api/compare${query({ documents: documents.join(','), q })}`),
};

/**
 * Asks with server-sent events: calls onMeta, onDelta (text pieces) and onCitations as they arrive.
 * EventSource cannot POST, so the stream is read by hand.
 */
export async function askStream(question, history, { onMeta, onDelta, onCitations }) {
  const response = await fetch('/api/ask/stream', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, history }) });
  if (!response.ok) throw apiError(response.status, await response.json().catch(() => ({})));
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
      if (!event || !data) continue;
      const payload = JSON.parse(data);
      if (event === 'meta') onMeta?.(payload);
      else if (event === 'delta') onDelta?.(payload);
      else if (event === 'citations') onCitations?.(payload);
    }
  }
}
