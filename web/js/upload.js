import { api, apiError } from './api.js';
import { errorBox, h, render } from './dom.js';
import { lang, t } from './i18n.js';
import { warningIn } from './warnings.js';

/**
 * Upload of a new strategy (needs the server's ADMIN_TOKEN), with progress and the ingest summary.
 * The page says at once, from /api/health, whether the server accepts uploads at all.
 */
export async function showUpload() {
  const status = h('p', { id: 'upload-status', class: 'muted', role: 'status' }, t('upload.checking'));
  const token = h('input', { type: 'password', name: 'token', autocomplete: 'off', value: sessionStorage.getItem('strategiarkiv-token') ?? '', required: true });
  const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.txt,.md', required: true });
  const button = h('button', { type: 'submit' }, t('upload.submit'));
  const progress = h('progress', { max: 100, value: 0, hidden: true });
  const output = h('div', { 'aria-live': 'polite', id: 'upload-output' });
  const fields = h('fieldset', { class: 'plain' }, h('div', { class: 'bar' }, h('label', {}, t('upload.token'), token), h('label', {}, t('upload.file'), file), button));
  const form = h('form', { onsubmit: (event) => { event.preventDefault(); upload(token.value, file.files[0], progress, output); } }, fields, progress);
  render(h('h1', {}, t('upload.title')), status, h('p', { class: 'muted' }, t('upload.intro')), form, output);
  try {
    const health = await api.health();
    if (health.uploads === false) {
      status.className = 'notice off';
      status.textContent = t('upload.disabled');
      fields.disabled = true;
    } else if (health.uploads === true) {
      status.className = 'notice on';
      status.textContent = t('upload.enabled');
    } else {
      status.textContent = t('upload.unknown');
    }
  } catch (error) {
    status.replaceChildren(errorBox(error));
  }
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
  output.replaceChildren(h('p', { class: 'muted' }, t('upload.sending')));
  xhr.upload.onprogress = (event) => {
    if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    if (progress.value >= 100) output.replaceChildren(h('p', { class: 'muted' }, t('upload.reading')));
  };
  xhr.onload = () => {
    let body = {};
    try {
      body = JSON.parse(xhr.responseText || '{}');
    } catch {
      // not JSON: reported by status below
    }
    if (xhr.status >= 400) return output.replaceChildren(errorBox(apiError(xhr.status, body)));
    const s = body.summary;
    output.replaceChildren(
      h('p', { class: 'result' }, `${t(`upload.status.${body.status}`)}: `, h('a', { href: `/documents/${body.document.id}` }, body.document.title), ` (${body.document.organisation})`),
      h('p', {}, t('upload.summary', { sections: s.sections, goals: s.goals, budgetItems: s.budgetItems, passages: s.passages })),
      s.warnings.length ? h('ul', {}, s.warnings.map((w) => h('li', {}, warningIn(w, lang())))) : '',
    );
  };
  xhr.onerror = () => output.replaceChildren(errorBox(new Error(t('upload.networkError'))));
  xhr.send(body);
}
