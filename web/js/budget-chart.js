import { h, nok } from './dom.js';
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Distinguishable colours (also for colour-blind readers); every bar is named in text as well. */
const COLOURS = ['#0b5cad', '#d95f02', '#1b9e77', '#7570b3', '#a6761d', '#e7298a', '#666666'];

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Horizontal bars grouped by year, one bar per strategy side by side (never added together). Each bar
 * carries its exact amount in a <title> (shown on hover) and as text beside it; the strategies'
 * totals are drawn as the API gives them.
 *
 * @param strategies [{ documentId, organisation, title, years: [{ year, amount, source }] }]
 */
export function budgetChart(strategies) {
  const shown = strategies.filter((s) => s.years.length > 0);
  const years = [...new Set(shown.flatMap((s) => s.years.map((y) => y.year)))].sort((a, b) => a - b);
  const max = Math.max(1, ...shown.flatMap((s) => s.years.map((y) => y.amount)));
  // As wide as the page allows (so the text keeps its size on a phone); each bar has its amount and
  // organisation written above it, so no label has to fit beside a long bar.
  const width = Math.round(Math.min(640, Math.max(300, (document.getElementById('main')?.clientWidth ?? 640) - 40)));
  const bar = 14;
  const row = 38;
  const header = 24;
  const groups = years.map((year) => ({ year, bars: shown.map((s, index) => ({ s, index, total: s.years.find((y) => y.year === year) })).filter((b) => b.total) }));
  const height = groups.reduce((sum, g) => sum + header + g.bars.length * row + 6, 4);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': 'budget-chart-caption', class: 'budget-chart' });
  let y = 4;
  for (const group of groups) {
    chart.append(svg('text', { x: 0, y: y + 16, class: 'year' }, String(group.year)));
    y += header;
    for (const { s, index, total } of group.bars) {
      const length = Math.max(2, ((width - 4) * total.amount) / max);
      const label = `${s.organisation} – ${s.title}, ${group.year}: ${nok(total.amount)}`;
      const rect = svg('rect', { x: 0, y: y + 18, width: length, height: bar, fill: COLOURS[index % COLOURS.length], 'data-document': s.documentId, 'data-year': group.year, 'data-amount': total.amount, tabindex: 0, 'aria-label': label });
      rect.append(svg('title', {}, label));
      chart.append(svg('text', { x: 0, y: y + 13 }, `${nok(total.amount)} · ${short(s.organisation)}`), rect);
      y += row;
    }
    y += 6;
  }
  const legend = h('ul', { class: 'legend' }, shown.map((s, index) => h('li', {}, h('span', { class: 'swatch', style: undefined, 'data-colour': index % COLOURS.length }), `${s.organisation} – ${s.title}`)));
  for (const [index, swatch] of [...legend.querySelectorAll('.swatch')].entries()) swatch.style.background = COLOURS[index % COLOURS.length];
  return h('figure', { class: 'chart', id: 'budget-chart' }, legend, chart, h('figcaption', { id: 'budget-chart-caption', class: 'muted' }, t('budgets.chartCaption')));
}

function short(name) {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
}
