import { api } from './api.js';
import { downloadCsv, errorBox, h, nok, render } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Budget lines with years as columns, a CSV export and a bar chart of yearly totals. */
export async function showBudgets(params) {
  const q = params.get('q') ?? '';
  const output = h('div');
  render(
    h('h1', {}, 'Budsjett ', h('span', { class: 'en' }, 'Budgets')),
    h('form', { class: 'bar', method: 'get', action: '/budgets' }, h('label', {}, 'Tema / topic', h('input', { name: 'q', value: q, placeholder: 'f.eks. velferdsteknologi' })), h('button', { type: 'submit' }, 'Vis')),
    output,
  );
  try {
    const { items } = await api.budgets({ q, includeSums: q ? '0' : '1' });
    const years = [...new Set(items.map((item) => item.year).filter((year) => year !== null))].sort();
    const rows = new Map();
    for (const item of items) {
      const key = `${item.documentId}|${item.table}|${item.label}|${item.isSum}`;
      if (!rows.has(key)) rows.set(key, { item, byYear: new Map(), other: [] });
      const row = rows.get(key);
      if (item.year !== null) row.byYear.set(item.year, (row.byYear.get(item.year) ?? 0) + item.amount);
      else row.other.push(item);
    }
    const table = h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Organisasjon'), h('th', {}, 'Tabell'), h('th', {}, 'Post'), years.map((year) => h('th', { class: 'num' }, year)), h('th', {}, 'Uten sikkert år / per år'))),
      h('tbody', {}, [...rows.values()].map(({ item, byYear, other }) => h('tr', {},
        h('td', {}, item.organisation), h('td', {}, item.table),
        h('td', {}, h('a', { href: item.url }, item.isSum ? `Sum` : item.label)),
        years.map((year) => h('td', { class: 'num' }, byYear.has(year) ? nok(byYear.get(year)) : '')),
        h('td', { class: 'num' }, other.map((o) => `${nok(o.amount)}${o.period ? ` (${o.period.from}–${o.period.to})` : ' (?)'}`).join(', '))))),
    );
    // A summary table repeats its detail rows: count each (strategy, year, amount) once.
    const counted = new Map();
    for (const i of items) if (i.year !== null && !i.isSum) counted.set(`${i.documentId}|${i.year}|${i.amount}`, i);
    const totals = years.map((year) => ({ year, total: [...counted.values()].filter((i) => i.year === year).reduce((sum, i) => sum + i.amount, 0) }));
    output.replaceChildren(
      h('p', {}, `${items.length} beløp `, h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv('budsjett.csv', ['organisasjon', 'dokument', 'tabell', 'post', 'år', 'beløp_nok', 'type', 'sikkerhet', 'sum', 'side', 'lenke'], items.map((i) => [i.organisation, i.documentId, i.table, i.label, i.year ?? '', i.amount, i.kind ?? '', i.confidence, i.isSum ? 'ja' : '', i.page, location.origin + i.url])) }, 'Last ned CSV')),
      totals.length > 0 ? chart(totals) : '',
      table,
    );
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}

function chart(totals) {
  const width = 560;
  const barHeight = 26;
  const max = Math.max(...totals.map((t) => t.total), 1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${totals.length * (barHeight + 8) + 8}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(totals.length * (barHeight + 8) + 8));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Sum per år (uten sumrader)');
  totals.forEach((t, i) => {
    const y = 8 + i * (barHeight + 8);
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 18));
    label.textContent = String(t.year);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', '50');
    bar.setAttribute('y', String(y));
    bar.setAttribute('height', String(barHeight));
    bar.setAttribute('width', String(Math.max(1, ((width - 200) * t.total) / max)));
    bar.setAttribute('fill', '#0b5cad');
    const value = document.createElementNS(SVG, 'text');
    value.setAttribute('x', String(56 + ((width - 200) * t.total) / max));
    value.setAttribute('y', String(y + 18));
    value.textContent = nok(t.total);
    svg.append(label, bar, value);
  });
  return h('figure', { class: 'chart' }, svg, h('figcaption', { class: 'muted' }, 'Sum av postene per år (sumrader og gjentatte oppsummeringer ikke medregnet)'));
}
