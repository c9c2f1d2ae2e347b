import { api } from './api.js';
import { csvButton, errorBox, h, place, render } from './dom.js';
import { t } from './i18n.js';

/** Goals across municipalities, filterable by topic and organisation, exportable as CSV. */
export async function showGoals(params) {
  const q = params.get('q') ?? '';
  const municipality = params.get('municipality') ?? '';
  const { documents } = await api.documents();
  const organisations = [...new Set(documents.map((d) => d.organisation))].sort();
  const unpaged = new Set(documents.filter((d) => d.paged === false).map((d) => d.id)); // sources without page markers
  const output = h('div');
  render(
    h('h1', {}, t('goals.title')),
    h('form', { class: 'bar', method: 'get', action: '/goals' },
      h('label', {}, t('form.topic'), h('input', { name: 'q', value: q, placeholder: t('goals.placeholder') })),
      h('label', {}, t('col.organisation'), h('select', { name: 'municipality' }, h('option', { value: '' }, t('form.all')), organisations.map((name) => h('option', { value: name, selected: name === municipality }, name)))),
      h('button', { type: 'submit' }, t('form.filter'))),
    output,
  );
  try {
    const { goals } = await api.goals({ q, municipality });
    const byOrg = new Map();
    for (const goal of goals) byOrg.set(goal.organisation, [...(byOrg.get(goal.organisation) ?? []), goal]);
    output.replaceChildren(
      h('p', {}, t('goals.count', { count: goals.length }), ' ', csvButton(() => ({
        name: t('goals.csvName'),
        header: t('goals.csvHeader').split('|'),
        rows: goals.map((g) => [g.organisation, g.documentId, g.number, t(`kind.${g.kind}`), g.text, g.section, unpaged.has(g.documentId) ? '' : g.page ?? '', location.origin + g.url]),
      }))),
      ...[...byOrg.entries()].map(([organisation, list]) =>
        h('section', { class: 'goal-group' }, h('h2', {}, organisation), h('ul', {}, list.map((goal) =>
          h('li', {}, goal.number ? `${goal.number}. ` : '', goal.text, ' ', h('span', { class: 'tag' }, t(`kind.${goal.kind}`)), ' ', h('a', { href: goal.url }, place(goal.section, goal.page, !unpaged.has(goal.documentId)))))))),
    );
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
