import { api } from './api.js';
import { errorBox, h, nok, render } from './dom.js';

/** Two or more strategies side by side on a topic. */
export async function showCompare(params) {
  const chosen = (params.get('documents') ?? '').split(',').filter(Boolean);
  const q = params.get('q') ?? '';
  const { documents } = await api.documents();
  const hidden = h('input', { type: 'hidden', name: 'documents', value: chosen.join(',') });
  const boxes = documents.map((d) => h('label', { class: 'check' }, h('span', {}, h('input', { type: 'checkbox', value: d.id, checked: chosen.includes(d.id) }), ` ${d.organisation} – ${d.title}`)));
  const output = h('div');
  const form = h('form', { method: 'get', action: '/compare', onsubmit: () => { hidden.value = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value).join(','); } },
    h('fieldset', {}, h('legend', {}, 'Velg minst to strategier'), boxes),
    h('div', { class: 'bar' }, h('label', {}, 'Tema / topic', h('input', { name: 'q', value: q, placeholder: 'f.eks. e-helse' })), hidden, h('button', { type: 'submit' }, 'Sammenlign')));
  render(h('h1', {}, 'Sammenlign ', h('span', { class: 'en' }, 'Compare')), form, output);
  if (chosen.length < 2) return;
  try {
    const { columns } = await api.compare(chosen, q);
    output.replaceChildren(h('div', { class: 'columns' }, columns.map((col) => h('section', { class: 'column' },
      h('h2', {}, col.document.organisation), h('p', { class: 'muted' }, col.document.title),
      h('h3', {}, `Avsnitt (${col.passages.length})`), col.passages.length ? col.passages.map((p) => h('p', {}, h('a', { href: p.url }, `${p.section}, s. ${p.page}`), ': ', p.text.slice(0, 280), p.text.length > 280 ? ' …' : '')) : h('p', { class: 'muted' }, '–'),
      h('h3', {}, `Mål (${col.goals.length})`), h('ul', {}, col.goals.slice(0, 12).map((g) => h('li', {}, g.text, ' ', h('a', { href: g.url }, `s. ${g.page}`)))),
      h('h3', {}, `Budsjett (${col.budgets.length})`), h('ul', {}, col.budgets.slice(0, 12).map((b) => h('li', {}, `${b.label}: ${nok(b.amount)} (${b.year ?? (b.period ? `${b.period.from}–${b.period.to}/år` : '?')}) `, h('a', { href: b.url }, `s. ${b.page}`))))))));
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
