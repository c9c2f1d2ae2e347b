import { api } from './api.js';
import { budgetChart } from './budget-chart.js';
import { budgetLines } from './budget-lines.js';
import { csvButton, errorBox, h, nok, render, scrollBox } from './dom.js';
import { number, t } from './i18n.js';
import { pagedList } from './paged.js';

/**
 * Budgets: per strategy and year the totals from /api/budgets/totals (a chart with the strategies side
 * by side and the exact amounts in a table under it), then the budget lines, one row each: the first
 * page of amounts with "Viser N av M" and a "Vis flere" button that reads the next page. The lines
 * table is drawn again from every amount read so far, so a printed line whose years fall on two pages
 * stays one row and the year columns stay in order. `limit` in the address sets the page size; the CSV
 * holds every amount.
 */
export async function showBudgets(params) {
  const q = params.get('q') ?? '';
  const output = h('div');
  render(
    h('h1', {}, t('budgets.title')),
    h('form', { class: 'bar', method: 'get', action: '/budgets' }, h('label', {}, t('form.topic'), h('input', { name: 'q', value: q, placeholder: t('budgets.placeholder') })), h('button', { type: 'submit' }, t('form.show'))),
    output,
  );
  output.append(h('p', { class: 'muted' }, t('loading')));
  const list = pagedList(api.budgets, 'items', { q, includeSums: '1', limit: params.get('limit') ?? undefined });
  const linesBox = h('div');
  const count = h('span', { id: 'budgets-count', role: 'status' });
  const moreBox = h('p', { class: 'more' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'budgets-more', onclick: () => showMore() }, t('list.more'));

  const showLines = () => {
    const scrolled = linesBox.querySelector('.table-wrap')?.scrollLeft ?? 0;
    const lines = budgetLines(list.rows);
    linesBox.replaceChildren(lines.length ? linesTable(lines) : h('p', { class: 'muted' }, t('budgets.noLines')));
    const wrap = linesBox.querySelector('.table-wrap');
    if (wrap) wrap.scrollLeft = scrolled;
    count.textContent = list.complete && list.rows.length === list.total
      ? t('budgets.count', { lines: lines.length, amounts: list.rows.length })
      : t('budgets.showing', { shown: number(list.rows.length), total: number(list.total), lines: lines.length });
    moreBox.replaceChildren(...(list.complete ? [] : [more]));
  };
  const showMore = async () => {
    more.disabled = true;
    moreBox.querySelector('.error')?.remove();
    try {
      await list.more();
      showLines();
      if (list.complete) linesBox.querySelector('.table-wrap')?.focus(); // the button is gone: keep the keyboard at the lines
    } catch (error) {
      moreBox.append(errorBox(error));
    } finally {
      more.disabled = false;
    }
  };

  try {
    const [{ totals }, , { documents }] = await Promise.all([api.budgetTotals({ q }), list.more(), api.documents()]);
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const strategies = totals.filter((s) => s.years.length > 0 || s.frames.length > 0).map((s) => ({ ...s, title: titles.get(s.documentId) ?? s.documentId }));
    showLines();
    output.replaceChildren(
      h('h2', {}, t('budgets.totals')),
      strategies.some((s) => s.years.length > 0) ? budgetChart(strategies) : h('p', { class: 'muted' }, t('budgets.noTotals')),
      strategies.length ? totalsTable(strategies) : '',
      h('h2', {}, t('budgets.lines')),
      h('p', {}, count, ' ', csvButton(async () => ({
        name: t('budgets.csvName'),
        header: t('budgets.csvHeader').split('|'),
        rows: (await list.all()).map((i) => [i.organisation, i.documentId, i.table, i.label, i.year ?? '', i.period ? `${i.period.from ?? ''}–${i.period.to ?? ''}` : '', i.amount, i.actual?.amount ?? '', i.kind ? t(`budgetKind.${i.kind}`) : '', t(`confidence.${i.confidence}`), i.isSum ? t('yes') : '', i.page ?? '', location.origin + i.url]),
      }))),
      linesBox,
      moreBox,
    );
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}

function totalsTable(strategies) {
  const years = [...new Set(strategies.flatMap((s) => s.years.map((y) => y.year)))].sort((a, b) => a - b);
  return h('div', {},
    h('p', { class: 'muted', id: 'budget-totals-caption' }, t('budgets.totalsCaption')),
    scrollBox(h('table', { class: 'totals', id: 'budget-totals', 'aria-describedby': 'budget-totals-caption' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.strategy')), years.map((year) => h('th', { scope: 'col', class: 'num' }, year)))),
      h('tbody', {}, strategies.map((s) => h('tr', { 'data-document': s.documentId },
        h('th', { scope: 'row' }, h('a', { href: `/documents/${s.documentId}` }, s.organisation), h('br'), h('span', { class: 'muted' }, s.title)),
        years.map((year) => {
          const total = s.years.find((y) => y.year === year);
          return h('td', { class: 'num', 'data-year': year, 'data-amount': total?.amount ?? '' }, total ? [nok(total.amount), h('br'), h('span', { class: 'muted small' }, t(`source.${total.source}`))] : '–');
        })))),
    )),
    strategies.some((s) => s.frames.length) ? h('ul', { class: 'frames' }, strategies.flatMap((s) => s.frames.map((f) => h('li', {}, `${s.organisation}, ${f.table}: ${nok(f.amount)} ${t('budgets.period', { from: f.from ?? '?', to: f.to ?? '?' })} (${t(`source.${f.source}`)})`)))) : '',
  );
}

function linesTable(lines) {
  const years = [...new Set(lines.flatMap((line) => [...line.byYear.keys()]))].sort((a, b) => a - b);
  return scrollBox(h('table', { class: 'lines', id: 'budget-lines' },
    h('thead', {}, h('tr', {}, h('th', {}, `${t('col.line')} (${t('col.organisation').toLowerCase()}, ${t('col.table').toLowerCase()})`), years.map((year) => h('th', { class: 'num' }, year)), h('th', {}, t('budgets.noYear')))),
    h('tbody', {}, lines.map(({ item, byYear, other }) => h('tr', { class: item.isSum ? 'sum' : undefined },
      h('td', { class: 'line' }, h('a', { href: item.url }, item.isSum ? `${t('budgets.sumRow')} ${item.table}` : item.label), h('br'), h('span', { class: 'muted small' }, `${item.organisation} · ${item.table}`)),
      years.map((year) => h('td', { class: 'num' }, byYear.has(year) ? [`${nok(byYear.get(year).amount)}${byYear.get(year).confidence === 'derived' ? '*' : ''}`, actualFigure(byYear.get(year))] : '')),
      h('td', { class: 'num' }, other.map((o) => `${nok(o.amount)} ${o.period ? t('budgets.period', { from: o.period.from ?? '?', to: o.period.to ?? '?' }) : t('budgets.yearUncertain')}`).join(', '))))),
  ), t('budgets.lines'));
}

/** What the accounts give for a budget amount ("Regnskap 2025" beside "Budsjett 2025"), under it on its line; nothing where they give none. */
export function actualFigure(item) {
  return item.actual ? [h('br'), h('span', { class: 'muted small actual', 'data-actual': item.actual.amount }, t('budgets.actual', { amount: nok(item.actual.amount) }))] : '';
}
