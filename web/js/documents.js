import { api } from './api.js';
import { errorBox, h, nok, place, render, scrollBox } from './dom.js';
import { budgetLines } from './budget-lines.js';
import { actualFigure } from './budgets.js';
import { textBlocks } from './text-blocks.js';
import { warningIn } from './warnings.js';
import { date, lang, pageRef, t } from './i18n.js';

export async function showDocumentList() {
  try {
    const { documents } = await api.documents();
    render(
      h('h1', {}, t('documents.title')),
      scrollBox(h('table', { id: 'document-list' },
        h('thead', {}, h('tr', {}, h('th', {}, t('col.strategy')), h('th', {}, t('col.organisation')), h('th', {}, t('documents.municipalities')), h('th', {}, t('documents.period')), h('th', { class: 'num' }, t('documents.sections')), h('th', { class: 'num' }, t('documents.goals')), h('th', { class: 'num' }, t('documents.budget')), h('th', { class: 'num' }, t('documents.passages')))),
        h('tbody', {}, documents.map((d) => h('tr', {},
          h('td', {}, h('a', { href: `/documents/${d.id}` }, d.title)), h('td', {}, d.organisation), h('td', {}, d.municipalities.join(', ') || '–'),
          h('td', {}, `${d.period.from ?? '?'}–${d.period.to ?? '?'}`), h('td', { class: 'num' }, d.counts.sections), h('td', { class: 'num' }, d.counts.goals),
          h('td', { class: 'num' }, d.counts.budgetItems), h('td', { class: 'num' }, d.counts.passages)))))),
    );
  } catch (error) {
    render(errorBox(error));
  }
}

/** One strategy: metadata, section tree, goals, budget tables and every passage at /documents/:id#p-:passageId. */
export async function showDocument(id) {
  let data;
  try {
    data = await api.document(id);
  } catch (error) {
    return render(h('h1', {}, t('documents.one')), errorBox(error));
  }
  const { document: d, sections, goals, budgets, passages } = data;
  // A source without page markers (paged false) names sections, never a made-up page.
  const pages = (page, pageTo) => (d.paged === false ? '' : pageRef(page, pageTo));
  const firstPassage = new Map();
  for (const p of passages) if (!firstPassage.has(p.section.id)) firstPassage.set(p.section.id, p.id);
  const tree = buildTree(sections, firstPassage, pages);
  const tables = new Map();
  for (const b of budgets) tables.set(b.table, [...(tables.get(b.table) ?? []), b]);
  render(
    h('h1', {}, d.title),
    h('p', { class: 'muted' }, `${d.organisation} · ${d.period.from ?? '?'}–${d.period.to ?? '?'} ·${d.paged === false ? '' : ` ${t('documents.pages', { count: d.pageCount })} ·`} ${t('documents.source')}: ${d.sourceName}`),
    d.municipalities.length ? h('p', {}, `${t('documents.municipalities')}: `, d.municipalities.join(', ')) : '',
    d.adopted.length ? h('details', {}, h('summary', {}, t('documents.adopted')), h('ul', {}, d.adopted.map((a) => h('li', {}, [a.body, a.date ? date(a.date) : '', a.caseNumber ? t('documents.case', { number: a.caseNumber }) : ''].filter(Boolean).join(', '))))) : '',
    d.warnings.length ? h('details', {}, h('summary', {}, t('documents.warnings', { count: d.warnings.length })), h('ul', {}, d.warnings.map((w) => h('li', {}, warningIn(w, lang()))))) : '',
    h('div', { class: 'doc-layout' },
      h('nav', { class: 'toc', 'aria-label': t('documents.contents') }, h('h2', {}, t('documents.contents')), tree),
      h('div', {},
        goals.length ? h('section', {}, h('h2', {}, t('documents.goalsCount', { count: goals.length })), h('ol', {}, goals.map((g) => h('li', { value: /^\d+$/.test(g.number ?? '') ? g.number : undefined }, g.text, ' ', h('span', { class: 'tag' }, t(`kind.${g.kind}`)), ' ', h('a', { href: g.url }, pages(g.page) || t('compare.source')))))) : '',
        tables.size ? h('section', {}, h('h2', {}, t('nav.budgets')), [...tables.entries()].map(([name, rows]) => scrollBox(budgetTable(name, rows), name))) : '',
        h('section', {}, h('h2', {}, t('documents.text')), passages.map((p) =>
          h('article', { class: 'passage', id: `p-${p.id}`, tabindex: '-1' }, h('span', { class: 'meta' }, [pages(p.page, p.pageTo), `${p.section.number ?? ''} ${p.section.title}`.trim()].filter(Boolean).join(' · '), ' · ', h('a', { href: `#p-${p.id}` }, t('documents.link'))), passageBody(p.text)))),
      ),
    ),
  );
  focusTarget();
}

/** A passage's text, its pipe tables as tables (each in its own scroll box). */
function passageBody(text) {
  return textBlocks(text).map((block) => block.kind === 'text'
    ? block.text
    : scrollBox(h('table', { class: 'source-table' }, h('thead', {}, h('tr', {}, block.header.map((cell) => h('th', {}, cell)))), h('tbody', {}, block.rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))))));
}

function buildTree(sections, firstPassage, pages) {
  const children = new Map();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const list = (parent) => {
    const items = children.get(parent) ?? [];
    if (items.length === 0) return '';
    return h('ul', {}, items.map((s) => h('li', {}, firstPassage.has(s.id) ? h('a', { href: `#p-${firstPassage.get(s.id)}` }, `${s.number ?? ''} ${s.title}`) : `${s.number ?? ''} ${s.title}`, pages(s.pageFrom) ? h('span', { class: 'muted' }, ` ${pages(s.pageFrom)}`) : '', list(s.id))));
  };
  return list(null);
}

function budgetTable(name, rows) {
  const years = [...new Set(rows.map((r) => r.year).filter((y) => y !== null))].sort();
  return h('table', {},
    h('caption', {}, name),
    h('thead', {}, h('tr', {}, h('th', {}, t('col.line')), years.map((y) => h('th', { class: 'num' }, y)), h('th', {}, t('documents.other')))),
    h('tbody', {}, budgetLines(rows).map(({ item, byYear, other }) => h('tr', { class: item.isSum ? 'sum' : undefined },
      h('td', {}, h('a', { href: item.url }, item.isSum ? t('budgets.sumRow') : item.label)),
      years.map((y) => h('td', { class: 'num' }, byYear.has(y) ? [`${nok(byYear.get(y).amount)}${byYear.get(y).confidence === 'derived' ? '*' : ''}`, actualFigure(byYear.get(y))] : '')),
      h('td', { class: 'num' }, other.map((r) => `${nok(r.amount)} ${r.period ? t('budgets.period', { from: r.period.from ?? '?', to: r.period.to ?? '?' }) : t('budgets.yearUncertain')}`).join(', '))))),
  );
}

/** Scrolls to and highlights the passage named in the URL fragment. */
export function focusTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  for (const old of document.querySelectorAll('.passage.highlight')) old.classList.remove('highlight');
  target.classList.add('highlight');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
