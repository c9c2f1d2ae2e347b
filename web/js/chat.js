import { askStream, MAX_QUESTION_CHARS } from './api.js';
import { errorBox, place, h, render, withCitations } from './dom.js';
import { number, t } from './i18n.js';

/** Characters of history sent with a question (the server takes at most 64 KB of JSON). */
const HISTORY_BUDGET = 24_000;

// The conversation survives navigation within the page.
const history = [];
const transcript = [];

export function showChat() {
  const log = h('div', { class: 'chat', 'aria-live': 'polite', id: 'chat-log' });
  // No maxlength: the browser would cut a pasted question silently. A question over the limit is
  // refused with a message instead, and the counter says so while typing.
  const input = h('textarea', { id: 'question', name: 'question', required: true, placeholder: t('chat.placeholder'), 'aria-label': t('chat.question'), 'aria-describedby': 'question-count' });
  const counter = h('p', { id: 'question-count', class: 'count muted', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('chat.ask'));
  const updateCounter = () => {
    const length = input.value.length;
    const over = length > MAX_QUESTION_CHARS;
    counter.textContent = over ? t('chat.tooLong', { length: number(length), max: number(MAX_QUESTION_CHARS) }) : length > MAX_QUESTION_CHARS * 0.8 ? t('chat.count', { length: number(length), max: number(MAX_QUESTION_CHARS) }) : '';
    counter.classList.toggle('error', over);
    counter.setAttribute('role', over ? 'alert' : 'status');
    input.setAttribute('aria-invalid', String(over));
    return !over;
  };
  input.addEventListener('input', updateCounter);
  const form = h('form', {
    class: 'chat-form',
    onsubmit: (event) => {
      event.preventDefault();
      if (!updateCounter()) return input.focus();
      void ask(input.value, log, button, input);
    },
  }, input, counter, button);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const node of transcript) log.append(node);
  render(
    h('h1', {}, t('chat.title')),
    h('p', { class: 'examples' }, `${t('chat.examples')} `, t('chat.exampleList').split('|').map((example) => h('button', { type: 'button', class: 'secondary', onclick: () => { input.value = example; form.requestSubmit(); } }, example))),
    log,
    form,
  );
  input.focus();
}

async function ask(question, log, button, input) {
  const text = question.trim();
  if (!text) return;
  button.disabled = true;
  input.value = '';
  const userNode = h('div', { class: 'msg user' }, text);
  const answerText = h('div', { class: 'answer-text' });
  const answerNode = h('div', { class: 'msg answer', 'aria-busy': 'true' }, answerText);
  transcript.push(userNode, answerNode);
  log.append(userNode, answerNode);
  let raw = '';
  try {
    await askStream(text, history, {
      onDelta: (piece) => {
        raw += piece;
        answerText.textContent = raw;
      },
      onCitations: (citations) => {
        answerText.replaceChildren(...withCitations(raw, citations));
        if (citations.length > 0) {
          answerNode.append(
            h('ol', { class: 'citations' }, citations.map((c) => h('li', { value: c.n }, h('a', { href: c.url }, `${c.organisation} – ${c.title}`), `, ${place(c.section, c.page, c.paged)}: «${c.quote.replace(/\s+/g, ' ')}»`))),
          );
        }
      },
    });
    // Follow-ups need the topic, not whole answers: keep the history short enough for the server's
    // body limit (the oldest turns go first).
    history.push({ role: 'user', content: text }, { role: 'assistant', content: raw.slice(0, 2000) });
    while (history.length > 20 || (history.length > 2 && JSON.stringify(history).length > HISTORY_BUDGET)) history.splice(0, 2);
  } catch (error) {
    answerNode.append(errorBox(error));
  } finally {
    answerNode.removeAttribute('aria-busy');
    button.disabled = false;
    answerNode.scrollIntoView({ block: 'nearest' });
  }
}
