import { askStream } from './api.js';
import { errorBox, h, render, withCitations } from './dom.js';

const EXAMPLES = [
  'Hvilke kommuner prioriterer velferdsteknologi?',
  'Hva er målene for informasjonssikkerhet i Sørum?',
  'Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?',
  'Sammenlign ØRU og Kongsbergregionen på e-helse',
  'Which municipalities prioritise welfare technology?',
];

// The conversation survives navigation within the page.
const history = [];
const transcript = [];

export function showChat() {
  const log = h('div', { class: 'chat', 'aria-live': 'polite', id: 'chat-log' });
  const input = h('textarea', { id: 'question', name: 'question', required: true, maxlength: 2000, placeholder: 'Spør om strategiene … / Ask about the strategies …', 'aria-label': 'Spørsmål' });
  const button = h('button', { type: 'submit' }, 'Spør');
  const form = h('form', { class: 'chat-form', onsubmit: (event) => { event.preventDefault(); void ask(input.value, log, button, input); } }, input, button);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const node of transcript) log.append(node);
  render(
    h('h1', {}, 'Spør strategiene ', h('span', { class: 'en' }, 'Ask the strategies')),
    h('p', { class: 'examples' }, 'Eksempler: ', EXAMPLES.map((example) => h('button', { type: 'button', class: 'secondary', onclick: () => { input.value = example; form.requestSubmit(); } }, example))),
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
            h('ol', { class: 'citations' }, citations.map((c) => h('li', { value: c.n }, h('a', { href: c.url }, `${c.organisation} – ${c.title}`), `, ${c.section}${c.paged === false ? '' : `, s. ${c.page}`}: «${c.quote.replace(/\s+/g, ' ')}»`))),
          );
        }
      },
    });
    history.push({ role: 'user', content: text }, { role: 'assistant', content: raw.slice(0, 8000) });
    if (history.length > 20) history.splice(0, history.length - 20);
  } catch (error) {
    answerNode.append(errorBox(error));
  } finally {
    answerNode.removeAttribute('aria-busy');
    button.disabled = false;
    answerNode.scrollIntoView({ block: 'nearest' });
  }
}
