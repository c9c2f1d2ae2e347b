import { api } from './api.js';
import { downloadCsv, errorBox, h, render } from './dom.js';

const KIND = { goal: 'mål', indicator: 'resultatindikator', commitment: 'forpliktelse' };

/** Goals across municipalities, filterable by topic and organisation, exportable as CSV. */
export async function showGoals(params) {
  const q = params.get('q') ?? '';
  const municipality = params.get('municipality') ?? '';
  const { documents } = await api.documents();
  const organisations = [...new Set(documents.map((d) => d.organisation))].sort();
  const output = h('div');
  render(
    h('h1', {}, 'Mål ', h('span', { class: 'en' }, 'Goals')),
    h('form', { class: 'bar', method: 'get', action: '/goals' },
      h('label', {}, 'Tema / topic', h('input', { name: 'q', value: q, placeholder: 'f.eks. informasjonssikkerhet' })),
      h('label', {}, 'Organisasjon', h('select', { name: 'municipality' }, h('option', { value: '' }, 'Alle'), organisations.map((name) => h('option', { value: name, selected: name === municipality }, name)))),
      h('button', { type: 'submit' }, 'Filtrer')),
    output,
  );
  try {
    const { goals } = await api.goals({ q, municipality });
    const byOrg = new Map();
    for (const goal of goals) byOrg.set(goal.organisation, [...(byOrg.get(goal.organisation) ?? []), goal]);
    output.replaceChildren(
      h('p', {}, `${goals.length} mål `, h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv('mal.csv', ['organisasjon', 'dokument', 'nr', 'type', 'mål', 'avsnitt', 'side', 'lenke'], goals.map((g) => [g.organisation, g.documentId, g.number, KIND[g.kind], g.text, g.section, g.page, location.origin + g.url])) }, 'Last ned CSV')),
      ...[...byOrg.entries()].map(([organisation, list]) =>
        h('section', {}, h('h2', {}, organisation), h('ul', {}, list.map((goal) =>
          h('li', {}, goal.number ? `${goal.number}. ` : '', goal.text, ' ', h('span', { class: 'tag' }, KIND[goal.kind]), ' ', h('a', { href: goal.url }, `${goal.section}, s. ${goal.page}`)))))),
    );
  } catch (error) {
    output.replaceChildren(errorBox(error));
  }
}
