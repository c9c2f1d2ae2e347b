import { api } from './api.js';
import { errorBox, h, nok, place, render } from './dom.js';
import { t } from './i18n.js';

/** Two or more strategies side by side on a topic. */
export async function showCompare(params) {
  const chosen = (params.get('documents') ?? '').split(',').filter(Boolean);
  const q = params.get('q') ?? '';
  const { documents } = await api.documents();
  const hidden = h('input', { type: 'hidden', name: 'documents', value: chosen.join(',') });
  const boxes = documents.map((d) => h('label', { class: 'check' }, h('span', {}, h('input', { type: 'checkbox', value: d.id, checked: chosen.includes(d.id) }), ` ${d.organisation} – ${d.title}`)));
  const output = h('div');
  const form = h('form', { method: 'get', action: '/compare', onsubmit: () => { hidden.value = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value).join(','); } },
    h('fieldset', {}, h('legend', {}, t('compare.choose')), boxes),
    h('div', { class: 'bar' }, h('label', {}, t('form.topic'), h('input', { name: 'q', value: q, placeholder: t('compare.placeholder') })), hidden, h('button', { type: 'submit' }, t('compare.submit'))));
  render(h('h1', {}, t('compare.title')), form, output);
  if (chosen.length < 2) return;
  try {
    const { columns } = await api.compare(chosen, q);
    const year = (b) => b.year ?? (b.period ? t('budgets.period', { from: b.period.from ?? '?', to: b.period.to ?? '?' }) : '?');
    output.replaceChildren(h('div', { class: 'columns' }, columns.map((col) => h('section', { class: 'column' },
      h('h2', {}, col.document.organisation), h('p', { class: 'muted' }, col.document.title),
      h('h3', {}, t('compare.passages', { count: col.passages.length })), col.passages.length ? col.passages.map((p) => h('p', {}, h('a', { href: p.url }, place(p.section, p.page, col.document.paged)), ': ', p.text.slice(0, 280), p.text.length > 280 ? ' …' : '')) : h('p', { class: 'muted' }, '–'),
      h('h3', {}, t('compare.goals', { count: col.goals.length })), h('ul', {}, col.goals.slice(0, 12).map((g) => h('li', {}, g.text, ' ', h('a', { href: g.url }, place('', g.page, col.document.paged) || t('compare.source'))))),
      h('h3', {}, t('compare.budget', { count: col.budgets.length })), h('ul', {}, col.budgets.slice(0, 12).map((b) => h('li', {}, `${b.label}: ${nok(b.amount)} (${year(b)}) `, h('a', { href: b.url }, place('', b.page, col.document.paged) || t('compare.source')))))))));
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
