import { api } from './api.js';
import { errorBox, h, render } from './dom.js';

const KIND = { goal: 'mål', indicator: 'resultatindikator', commitment: 'forpliktelse', focus: 'satsingsområde', budget: 'budsjett', mention: 'omtale' };

/** The coverage matrix: topic → strategies × (goals, focus areas, budget lines, passages). */
export function showCoverage(params) {
  const topic = params.get('q') ?? '';
  const input = h('input', { name: 'q', value: topic, required: true, placeholder: 'f.eks. velferdsteknologi', 'aria-label': 'Tema' });
  const output = h('div');
  render(
    h('h1', {}, 'Dekning på tvers av kommuner ', h('span', { class: 'en' }, 'Coverage across municipalities')),
    h('form', { class: 'bar', method: 'get', action: '/coverage' }, h('label', {}, 'Tema / topic', input), h('button', { type: 'submit' }, 'Vis')),
    output,
  );
  if (topic) void load(topic, output);
}

async function load(topic, output) {
  output.replaceChildren(h('p', { class: 'muted' }, 'Henter …'));
  try {
    const { rows } = await api.coverage(topic);
    const table = h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Organisasjon'), h('th', {}, 'Strategi'), h('th', {}, 'Tar opp temaet?'), h('th', { class: 'num' }, 'Mål'), h('th', { class: 'num' }, 'Satsingsområder'), h('th', { class: 'num' }, 'Budsjett'), h('th', { class: 'num' }, 'Avsnitt'), h('th', {}, 'Sterkeste kilde'))),
      h('tbody', {}, rows.map((row) => {
        const best = row.evidence[0];
        return h('tr', {},
          h('td', {}, row.document.organisation),
          h('td', {}, h('a', { href: `/documents/${row.document.id}` }, row.document.title)),
          h('td', { class: row.addresses ? 'yes' : 'no' }, row.addresses ? 'Ja' : row.strength === 1 ? 'Nevnes bare' : 'Nei'),
          h('td', { class: 'num' }, row.counts.goals),
          h('td', { class: 'num' }, row.counts.focusAreas),
          h('td', { class: 'num' }, row.counts.budgetItems),
          h('td', { class: 'num' }, row.counts.passages),
          h('td', {}, best ? h('a', { href: best.url }, `${KIND[best.kind]}: ${best.text.slice(0, 90)} (s. ${best.page})`) : '–'),
        );
      })),
    );
    output.replaceChildren(table);
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
