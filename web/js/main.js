// The single-page router: the server sends index.html for every UI path; this picks the view.
import { showBudgets } from './budgets.js';
import { showChat } from './chat.js';
import { showCompare } from './compare.js';
import { showCoverage } from './coverage.js';
import { focusTarget, showDocument, showDocumentList } from './documents.js';
import { showGoals } from './goals.js';
import { showUpload } from './upload.js';
import { errorBox, render } from './dom.js';

const ROUTES = [
  [/^\/$/, 'chat', () => showChat()],
  [/^\/coverage$/, 'coverage', (_, params) => showCoverage(params)],
  [/^\/goals$/, 'goals', (_, params) => showGoals(params)],
  [/^\/budgets$/, 'budgets', (_, params) => showBudgets(params)],
  [/^\/documents$/, 'documents', () => showDocumentList()],
  [/^\/documents\/([a-z0-9-]+)$/, 'documents', (m) => showDocument(m[1])],
  [/^\/compare$/, 'compare', (_, params) => showCompare(params)],
  [/^\/upload$/, 'upload', () => showUpload()],
];

let currentPath = null;

async function route() {
  const path = location.pathname;
  if (path === currentPath) return focusTarget(); // only the fragment changed
  currentPath = path;
  for (const [pattern, nav, show] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    for (const link of document.querySelectorAll('[data-nav]')) link.toggleAttribute('aria-current', false);
    document.querySelector(`[data-nav="${nav}"]`)?.setAttribute('aria-current', 'page');
    try {
      await show(m, new URLSearchParams(location.search));
    } catch (error) {
      render(errorBox(error));
    }
    document.body.dataset.ready = path;
    return;
  }
  render(errorBox(new Error('Fant ikke siden')));
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
void route();
