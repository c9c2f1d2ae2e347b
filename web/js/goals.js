import { api } from './api.js';
import { csvButton, errorBox, h, place, render } from './dom.js';
import { number, t } from './i18n.js';
import { pagedList } from './paged.js';

/**
 * Goals across municipalities, filterable by topic and organisation, exportable as CSV. The first page
 * of matches is shown with "Viser N av M" and a "Vis flere" button that appends the next page; a
 * goal joins its organisation's group, so each organisation keeps one heading however many pages are
 * read. `limit` in the address sets the page size (else the server's default); the CSV holds every match.
 */
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
  const list = pagedList(api.goals, 'goals', { q, municipality, limit: params.get('limit') ?? undefined });
  const groups = h('div');
  const byOrg = new Map(); // organisation → the <ul> of its group
  const count = h('span', { id: 'goals-count', role: 'status' });
  const moreBox = h('p', { class: 'more' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'goals-more', onclick: () => showMore() }, t('list.more'));

  /** Adds the goals to their groups and updates the count; returns the first new goal's link. */
  const showRows = (goals) => {
    let first = null;
    for (const goal of goals) {
      let items = byOrg.get(goal.organisation);
      if (!items) {
        items = h('ul');
        byOrg.set(goal.organisation, items);
        groups.append(h('section', { class: 'goal-group' }, h('h2', {}, goal.organisation), items));
      }
      const link = h('a', { href: goal.url }, place(goal.section, goal.page, !unpaged.has(goal.documentId)));
      items.append(h('li', {}, goal.number ? `${goal.number}. ` : '', goal.text, ' ', h('span', { class: 'tag' }, t(`kind.${goal.kind}`)), ' ', link));
      first ??= link;
    }
    count.textContent = list.complete && list.rows.length === list.total ? t('goals.count', { count: list.total }) : t('goals.showing', { shown: number(list.rows.length), total: number(list.total) });
    moreBox.replaceChildren(...(list.complete ? [] : [more]));
    return first;
  };
  const showMore = async () => {
    more.disabled = true;
    moreBox.querySelector('.error')?.remove();
    try {
      const first = showRows(await list.more());
      if (list.complete) first?.focus(); // the button is gone: keep the keyboard where the new goals start
    } catch (error) {
      moreBox.append(errorBox(error));
    } finally {
      more.disabled = false;
    }
  };

  try {
    showRows(await list.more());
    output.replaceChildren(
      h('p', {}, count, ' ', csvButton(async () => ({
        name: t('goals.csvName'),
        header: t('goals.csvHeader').split('|'),
        rows: (await list.all()).map((g) => [g.organisation, g.documentId, g.number, t(`kind.${g.kind}`), g.text, g.section, unpaged.has(g.documentId) ? '' : g.page ?? '', location.origin + g.url]),
      }))),
      groups,
      moreBox,
    );
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
