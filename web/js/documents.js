import { api } from './api.js';
import { errorBox, h, nok, render } from './dom.js';

export async function showDocumentList() {
  try {
    const { documents } = await api.documents();
    render(
      h('h1', {}, 'Dokumenter ', h('span', { class: 'en' }, 'Documents')),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Strategi'), h('th', {}, 'Organisasjon'), h('th', {}, 'Kommuner'), h('th', {}, 'Periode'), h('th', { class: 'num' }, 'Avsnitt'), h('th', { class: 'num' }, 'Mål'), h('th', { class: 'num' }, 'Budsjett'), h('th', { class: 'num' }, 'Passasjer'))),
        h('tbody', {}, documents.map((d) => h('tr', {},
          h('td', {}, h('a', { href: `/documents/${d.id}` }, d.title)), h('td', {}, d.organisation), h('td', {}, d.municipalities.join(', ') || '–'),
          h('td', {}, `${d.period.from ?? '?'}–${d.period.to ?? '?'}`), h('td', { class: 'num' }, d.counts.sections), h('td', { class: 'num' }, d.counts.goals),
          h('td', { class: 'num' }, d.counts.budgetItems), h('td', { class: 'num' }, d.counts.passages))))),
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
    return render(h('h1', {}, 'Dokument'), errorBox(error));
  }
  const { document: d, sections, goals, budgets, passages } = data;
  const firstPassage = new Map();
  for (const p of passages) if (!firstPassage.has(p.section.id)) firstPassage.set(p.section.id, p.id);
  const tree = buildTree(sections, firstPassage);
  const tables = new Map();
  for (const b of budgets) tables.set(b.table, [...(tables.get(b.table) ?? []), b]);
  render(
    h('h1', {}, d.title),
    h('p', { class: 'muted' }, `${d.organisation} · ${d.period.from ?? '?'}–${d.period.to ?? '?'} · ${d.pageCount} sider · kilde: ${d.sourceName}`),
    d.municipalities.length ? h('p', {}, 'Kommuner: ', d.municipalities.join(', ')) : '',
    d.adopted.length ? h('details', {}, h('summary', {}, 'Vedtak'), h('ul', {}, d.adopted.map((a) => h('li', {}, [a.body, a.date, a.caseNumber ? `sak ${a.caseNumber}` : ''].filter(Boolean).join(', '))))) : '',
    d.warnings.length ? h('details', {}, h('summary', {}, `Merknader fra innlesingen (${d.warnings.length})`), h('ul', {}, d.warnings.map((w) => h('li', {}, w)))) : '',
    h('div', { class: 'doc-layout' },
      h('nav', { class: 'toc', 'aria-label': 'Innhold' }, h('h2', {}, 'Innhold'), tree),
      h('div', {},
        goals.length ? h('section', {}, h('h2', {}, `Mål (${goals.length})`), h('ol', {}, goals.map((g) => h('li', { value: /^\d+$/.test(g.number ?? '') ? g.number : undefined }, g.text, ' ', h('a', { href: g.url }, `s. ${g.page}`))))) : '',
        tables.size ? h('section', {}, h('h2', {}, 'Budsjett'), [...tables.entries()].map(([name, rows]) => budgetTable(name, rows))) : '',
        h('section', {}, h('h2', {}, 'Tekst'), passages.map((p) =>
          h('article', { class: 'passage', id: `p-${p.id}`, tabindex: '-1' }, h('span', { class: 'meta' }, `s. ${p.page}${p.pageTo !== p.page ? `–${p.pageTo}` : ''} · ${p.section.number ?? ''} ${p.section.title} · `, h('a', { href: `#p-${p.id}` }, 'lenke')), p.text))),
      ),
    ),
  );
  focusTarget();
}

function buildTree(sections, firstPassage) {
  const children = new Map();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const list = (parent) => {
    const items = children.get(parent) ?? [];
    if (items.length === 0) return '';
    return h('ul', {}, items.map((s) => h('li', {}, firstPassage.has(s.id) ? h('a', { href: `#p-${firstPassage.get(s.id)}` }, `${s.number ?? ''} ${s.title}`) : `${s.number ?? ''} ${s.title}`, h('span', { class: 'muted' }, ` s. ${s.pageFrom}`), list(s.id))));
  };
  return list(null);
}

function budgetTable(name, rows) {
  const years = [...new Set(rows.map((r) => r.year).filter((y) => y !== null))].sort();
  const byLabel = new Map();
  for (const r of rows) byLabel.set(`${r.label}|${r.isSum}`, [...(byLabel.get(`${r.label}|${r.isSum}`) ?? []), r]);
  return h('table', {},
    h('caption', {}, name),
    h('thead', {}, h('tr', {}, h('th', {}, 'Post'), years.map((y) => h('th', { class: 'num' }, y)), h('th', {}, 'Annet'))),
    h('tbody', {}, [...byLabel.values()].map((list) => h('tr', {},
      h('td', {}, h('a', { href: list[0].url }, list[0].isSum ? 'Sum' : list[0].label)),
      years.map((y) => h('td', { class: 'num' }, list.filter((r) => r.year === y).map((r) => `${nok(r.amount)}${r.confidence === 'derived' ? '*' : ''}`).join(' + '))),
      h('td', { class: 'num' }, list.filter((r) => r.year === null).map((r) => `${nok(r.amount)} ${r.period ? `(${r.period.from}–${r.period.to}/år)` : '(år usikkert)'}`).join(', '))))),
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
