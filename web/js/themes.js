import { api } from './api.js';
import { csvButton, errorMessage, h, render, scrollBox } from './dom.js';
import { has, t } from './i18n.js';

/** A strength in words; one this page does not know is shown as the API names it. */
const strengthWord = (strength) => (has(`strength.${strength}`) ? t(`strength.${strength}`) : strength);

/** Strengths from strongest to weakest; a cell without evidence is "none". */
export const STRENGTHS = ['goal', 'measure', 'budget', 'mention', 'none'];
const MARK = { goal: '●', measure: '◕', budget: '◑', mention: '○', none: '–' };

/**
 * The theme overview: themes × strategies, each cell the strongest way the strategy treats the theme
 * (goal, measure, budget, mention, none: a symbol and a word, not colour alone), clickable to the
 * passages that show it, filterable by text and exportable as CSV. Data: GET /api/themes?lang=.
 */
export async function showThemes(params) {
  const filter = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', placeholder: t('themes.placeholder') });
  const output = h('div', { id: 'themes-output' }, h('p', { class: 'muted' }, t('loading')));
  const evidence = h('section', { id: 'theme-evidence', 'aria-live': 'polite' });
  render(
    h('h1', {}, t('themes.title')),
    h('p', { class: 'muted' }, t('themes.intro')),
    h('form', { class: 'bar', role: 'search', onsubmit: (event) => event.preventDefault() }, h('label', {}, t('themes.filter'), filter)),
    legend(),
    output,
    evidence,
  );
  let data;
  try {
    // Titles tell two strategies of one organisation apart; the matrix works without them.
    const [body, list] = await Promise.all([api.themes(), api.documents().catch(() => ({ documents: [] }))]);
    data = normalise(body, list.documents);
  } catch (error) {
    const missing = error.status === 404 || error.code === 'NOT_FOUND';
    output.replaceChildren(h('p', { class: 'error', role: 'alert' }, missing ? t('themes.unavailable') : `${t('themes.failed')} ${errorMessage(error)}`));
    return;
  }
  const draw = () => {
    const { themes, columns: shownColumns } = filterMatrix(data, filter.value);
    output.replaceChildren(
      h('p', {}, t('themes.count', { themes: themes.length, strategies: shownColumns.length }), ' ', csvButton(() => ({ name: t('themes.csvName'), header: t('themes.csvHeader').split('|'), rows: csvRows(data, themes, shownColumns) }))),
      themes.length ? matrix(data, themes, shownColumns, evidence) : h('p', { class: 'muted' }, t('themes.none')),
    );
  };
  filter.addEventListener('input', () => {
    const url = new URL(location.href);
    if (filter.value) url.searchParams.set('q', filter.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    draw();
  });
  draw();
}

/**
 * The text filter: themes whose label contains the text and strategies whose organisation or title
 * contains it; when only one side matches, the other is kept whole; when neither does, nothing is left.
 */
export function filterMatrix(data, value) {
  const text = value.trim().toLowerCase();
  if (!text) return { themes: data.themes, columns: data.columns };
  const themes = data.themes.filter((th) => th.label.toLowerCase().includes(text));
  const columns = data.columns.filter((c) => `${c.organisation} ${c.title}`.toLowerCase().includes(text));
  if (!themes.length && !columns.length) return { themes: [], columns: data.columns };
  return { themes: themes.length ? themes : data.themes, columns: columns.length ? columns : data.columns };
}

/**
 * The API's answer as themes, strategy columns (every strategy, also those with no theme: their cells
 * say "none") and a cell lookup. Organisations come as { name, documents: [{ id, title }] }.
 */
export function normalise(body, documents = []) {
  const themes = (body.themes ?? []).map((th) => ({ id: String(th.id), label: th.label ?? String(th.id), narrower: (th.broader ?? []).length > 0 }));
  const columns = new Map();
  for (const o of body.organisations ?? []) {
    if (typeof o === 'string') continue;
    // { name, documents: [{ id, title }] }: one column per strategy, grouped by organisation.
    if (Array.isArray(o.documents)) {
      for (const d of o.documents) columns.set(d.id, { documentId: d.id, organisation: o.name ?? o.organisation ?? d.id, title: d.title ?? '' });
      continue;
    }
    const id = o.documentId ?? o.id ?? null;
    if (id) columns.set(id, { documentId: id, organisation: o.organisation ?? o.name ?? o.label ?? id, title: o.title ?? '' });
  }
  for (const c of body.cells ?? []) if (!columns.has(c.documentId)) columns.set(c.documentId, { documentId: c.documentId, organisation: c.organisation ?? c.documentId, title: '' });
  for (const d of documents) {
    const column = columns.get(d.id);
    if (column && !column.title) column.title = d.title;
  }
  const cells = new Map((body.cells ?? []).map((c) => [`${c.theme}|${c.documentId}`, c]));
  return { themes, columns: [...columns.values()], cells };
}

function legend() {
  return h('dl', { class: 'legend strengths', 'aria-label': t('themes.legend') }, STRENGTHS.map((s) => [h('dt', { class: `strength s-${s}` }, MARK[s]), h('dd', {}, t(`strength.${s}`))]));
}

function matrix(data, themes, columns, evidence) {
  return scrollBox(h('table', { class: 'matrix', id: 'theme-matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('themes.theme')), columns.map((c) => h('th', { scope: 'col', title: c.title }, c.organisation, c.title ? [h('br'), h('span', { class: 'muted small' }, c.title)] : '')))),
    h('tbody', {}, themes.map((th) => h('tr', {},
      h('th', { scope: 'row', class: th.narrower ? 'narrower' : undefined }, th.label),
      columns.map((c) => {
        const cell = data.cells.get(`${th.id}|${c.documentId}`);
        const strength = cell?.strength ?? 'none';
        const content = [h('span', { class: 'mark', 'aria-hidden': 'true' }, MARK[strength] ?? '?'), ' ', strengthWord(strength), cell?.count ? h('span', { class: 'muted small' }, ` (${cell.count})`) : ''];
        return h('td', { class: `strength s-${strength}`, 'data-theme': th.id, 'data-document': c.documentId, 'data-strength': strength },
          cell?.evidence?.length ? h('button', { type: 'button', class: 'cell', 'aria-label': `${th.label}, ${c.organisation}: ${strengthWord(strength)}`, onclick: () => showEvidence(evidence, th, c, cell) }, content) : content);
      })))),
  ), t('themes.title'));
}

function showEvidence(target, theme, column, cell) {
  target.replaceChildren(
    h('h2', { tabindex: '-1' }, `${theme.label} – ${column.organisation}`),
    h('p', { class: 'muted' }, strengthWord(cell.strength), cell.count ? ` · ${t('themes.hits', { count: cell.count })}` : ''),
    h('ul', { class: 'evidence' }, cell.evidence.map((e) => h('li', {}, h('a', { href: e.url }, `«${e.quote.replace(/\s+/g, ' ')}»`)))),
  );
  target.querySelector('h2').focus();
  target.scrollIntoView({ block: 'nearest' });
}

function csvRows(data, themes, columns) {
  const rows = [];
  for (const th of themes) {
    for (const c of columns) {
      const cell = data.cells.get(`${th.id}|${c.documentId}`);
      rows.push([th.label, c.organisation, c.documentId, strengthWord(cell?.strength ?? 'none'), cell?.count ?? 0, (cell?.evidence ?? []).map((e) => location.origin + e.url).join(' ')]);
    }
  }
  return rows;
}
