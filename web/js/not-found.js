import { h, render } from './dom.js';
import { t } from './i18n.js';

/** The app's own "not found" view for an address no page answers (the server sends it with status 404). */
export function showNotFound(path) {
  render(
    h('section', { class: 'not-found', id: 'not-found' },
      h('h1', {}, t('notFound.title')),
      h('p', {}, t('notFound.text', { path })),
      h('p', {}, h('a', { href: '/' }, t('notFound.home')), ' · ', h('a', { href: '/documents' }, t('nav.documents')))),
  );
}
