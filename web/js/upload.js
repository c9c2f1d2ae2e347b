import { errorBox, h, render } from './dom.js';

/** Upload of a new strategy (needs the server's ADMIN_TOKEN), with progress and the ingest summary. */
export function showUpload() {
  const token = h('input', { type: 'password', name: 'token', autocomplete: 'off', value: sessionStorage.getItem('strategiarkiv-token') ?? '', required: true });
  const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.txt,.md', required: true });
  const progress = h('progress', { max: 100, value: 0, hidden: true });
  const output = h('div', { 'aria-live': 'polite' });
  const form = h('form', { onsubmit: (event) => { event.preventDefault(); upload(token.value, file.files[0], progress, output); } },
    h('div', { class: 'bar' }, h('label', {}, 'Admin-nøkkel (ADMIN_TOKEN)', token), h('label', {}, 'Fil (PDF, .txt, .md)', file), h('button', { type: 'submit' }, 'Last opp')), progress);
  render(h('h1', {}, 'Last opp strategi ', h('span', { class: 'en' }, 'Upload')), h('p', { class: 'muted' }, 'Samme fil to ganger endrer ingenting; en revidert fil med samme navn erstatter den gamle.'), form, output);
}

function upload(token, file, progress, output) {
  if (!file) return;
  sessionStorage.setItem('strategiarkiv-token', token);
  const body = new FormData();
  body.append('file', file);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/documents');
  xhr.setRequestHeader('authorization', `Bearer ${token}`);
  progress.hidden = false;
  progress.value = 0;
  output.replaceChildren(h('p', { class: 'muted' }, 'Laster opp …'));
  xhr.upload.onprogress = (event) => {
    if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    if (progress.value >= 100) output.replaceChildren(h('p', { class: 'muted' }, 'Leser og indekserer dokumentet …'));
  };
  xhr.onload = () => {
    const body = JSON.parse(xhr.responseText || '{}');
    if (xhr.status >= 400) return output.replaceChildren(errorBox(new Error(`${body?.error?.code ?? xhr.status}: ${body?.error?.message ?? ''}`)));
    const s = body.summary;
    output.replaceChildren(
      h('p', {}, `${body.status === 'unchanged' ? 'Uendret' : body.status === 'replaced' ? 'Erstattet' : 'Lagt til'}: `, h('a', { href: `/documents/${body.document.id}` }, body.document.title), ` (${body.document.organisation})`),
      h('p', {}, `${s.sections} avsnitt, ${s.goals} mål, ${s.budgetItems} budsjettposter, ${s.passages} passasjer`),
      s.warnings.length ? h('ul', {}, s.warnings.map((w) => h('li', {}, w))) : '',
    );
  };
  xhr.onerror = () => output.replaceChildren(errorBox(new Error('Nettverksfeil under opplasting')));
  xhr.send(body);
}
