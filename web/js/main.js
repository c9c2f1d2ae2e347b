// The single-page router: the server sends index.html for every page address (404 for unknown
// ones); this picks the view, draws the header in the chosen language and keeps the language toggle.
import { showBudgets } from './budgets.js';
import { showChat } from './chat.js';
import { showCompare } from './compare.js';
import { showCoverage } from './coverage.js';
import { focusTarget, showDocument, showDocumentList } from './documents.js';
import { showGoals } from './goals.js';
import { showNotFound } from './not-found.js';
import { showThemes } from './themes.js';
import { showUpload } from './upload.js';
import { errorBox, h, render } from './dom.js';
import { lang, setLang, t } from './i18n.js';

const ROUTES = [
  [/^\/$/, 'chat', () => showChat()],
  [/^\/coverage$/, 'coverage', (_, params) => showCoverage(params)],
  [/^\/themes$/, 'themes', (_, params) => showThemes(params)],
  [/^\/goals$/, 'goals', (_, params) => showGoals(params)],
  [/^\/budgets$/, 'budgets', (_, params) => showBudgets(params)],
  [/^\/documents$/, 'documents', () => showDocumentList()],
  [/^\/documents\/([a-z0-9-]+)$/, 'documents', (m) => showDocument(m[1])],
  [/^\/compare$/, 'compare', (_, params) => showCompare(params)],
  [/^\/upload$/, 'upload', () => showUpload()],
];
const NAV = [['/', 'chat'], ['/coverage', 'coverage'], ['/themes', 'themes'], ['/goals', 'goals'], ['/budgets', 'budgets'], ['/documents', 'documents'], ['/compare', 'compare'], ['/upload', 'upload']];

/** The header, skip link and footer in the chosen language, with the toggle to the other one. */
function drawChrome() {
  document.documentElement.lang = lang();
  document.querySelector('.skip').textContent = t('skip');
  const nav = document.querySelector('header.top nav');
  nav.setAttribute('aria-label', t('nav.label'));
  nav.replaceChildren(...NAV.map(([href, name]) => h('a', { href, 'data-nav': name }, t(`nav.${name}`))));
  const toggle = h('button', { type: 'button', id: 'lang-toggle', class: 'secondary lang', lang: lang() === 'en' ? 'nb' : 'en', 'aria-label': t('lang.switchLabel'), onclick: () => { setLang(lang() === 'en' ? 'nb' : 'en'); drawChrome(); currentPath = null; void route(); } }, t('lang.switch'));
  document.getElementById('lang-toggle')?.remove();
  document.querySelector('header.top').append(toggle);
  document.querySelector('footer.foot').textContent = t('footer');
}

let currentPath = null;

async function route() {
  const path = location.pathname;
  if (path === currentPath) return focusTarget(); // only the fragment changed
  currentPath = path;
  delete document.body.dataset.ready;
  document.title = 'Strategiarkiv';
  for (const link of document.querySelectorAll('[data-nav]')) link.removeAttribute('aria-current');
  const match = ROUTES.map(([pattern, nav, show]) => ({ m: pattern.exec(path), nav, show })).find((r) => r.m);
  if (!match) {
    showNotFound(path);
  } else {
    document.querySelector(`[data-nav="${match.nav}"]`)?.setAttribute('aria-current', 'page');
    try {
      await match.show(match.m, new URLSearchParams(location.search));
    } catch (error) {
      render(errorBox(error));
    }
  }
  const heading = document.querySelector('main h1')?.textContent;
  if (heading) document.title = `${heading} – Strategiarkiv`;
  document.body.dataset.ready = path;
}

// Same-origin links navigate without a reload; citations land on their passage.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download') || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/static/')) return;
  event.preventDefault();
  if (url.pathname === location.pathname && url.search === location.search) {
    history.pushState(null, '', url);
    return focusTarget();
  }
  history.pushState(null, '', url);
  void route();
});
window.addEventListener('popstate', () => void route());
window.addEventListener('hashchange', () => focusTarget());
drawChrome();
void route();
