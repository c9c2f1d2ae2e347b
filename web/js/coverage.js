import { api } from './api.js';
import { errorBox, h, pageSuffix, render, scrollBox } from './dom.js';
import { t } from './i18n.js';

/** The coverage matrix: topic → strategies × (goals, focus areas, budget lines, passages). */
export function showCoverage(params) {
  const topic = params.get('q') ?? '';
  const input = h('input', { name: 'q', value: topic, required: true, placeholder: t('coverage.placeholder'), 'aria-label': t('form.topic') });
  const output = h('div');
  render(
    h('h1', {}, t('coverage.title')),
    h('form', { class: 'bar', method: 'get', action: '/coverage' }, h('label', {}, t('form.topic'), input), h('button', { type: 'submit' }, t('form.show'))),
    output,
  );
  if (topic) void load(topic, output);
}

async function load(topic, output) {
  output.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  try {
    const { rows } = await api.coverage(topic);
    // The answer column comes right after the strategy, so it stays on screen on a phone; the counts scroll.
    const table = h('table', { class: 'coverage', id: 'coverage-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('col.strategy')), h('th', { class: 'answer' }, t('coverage.addresses')), h('th', { class: 'num' }, t('coverage.goals')), h('th', { class: 'num' }, t('coverage.focus')), h('th', { class: 'num' }, t('coverage.budget')), h('th', { class: 'num' }, t('coverage.passages')), h('th', {}, t('coverage.best')))),
      h('tbody', {}, rows.map((row) => {
        const best = row.evidence[0];
        return h('tr', {},
          h('td', {}, row.document.organisation, h('br'), h('a', { href: `/documents/${row.document.id}`, class: 'small' }, row.document.title)),
          h('td', { class: `answer ${row.addresses ? 'yes' : 'no'}` }, row.addresses ? t('coverage.yes') : row.strength === 1 ? t('coverage.mentioned') : t('coverage.no')),
          h('td', { class: 'num' }, row.counts.goals),
          h('td', { class: 'num' }, row.counts.focusAreas),
          h('td', { class: 'num' }, row.counts.budgetItems),
          h('td', { class: 'num' }, row.counts.passages),
          h('td', { class: 'evidence' }, best ? h('a', { href: best.url }, `${t(`kind.${best.kind}`)}: ${best.text.slice(0, 90)}${row.document.paged === false ? '' : pageSuffix(best.page)}`) : '–'),
        );
      })),
    );
    output.replaceChildren(scrollBox(table, t('coverage.title')));
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
