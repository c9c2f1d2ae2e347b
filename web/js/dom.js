// Small DOM helpers. Every piece of document text goes through textContent, never innerHTML.
import { has, lang, number, t } from './i18n.js';

/** h('a', { href: '/x', class: 'y' }, 'text', child) → element */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces the main view with the given nodes. */
export function render(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  return main;
}

/** A wide table inside its own horizontally scrolling box, so the page itself never gets wider. */
export function scrollBox(table, label) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label ?? t('table.scroll') }, table);
}

/**
 * An error in the interface language: a known code (error.CODE in strings.js) gets its translated text,
 * the server's own message is kept as detail only when the interface is English (the server speaks English).
 */
export function errorMessage(error) {
  const code = error?.code;
  if (code && has(`error.${code}`)) {
    const detail = lang() === 'en' && error.message && error.message !== code ? ` (${error.message})` : '';
    return `${t(`error.${code}`)}${detail}`;
  }
  if (error?.status) return t('error.http', { status: error.status });
  return error?.message ?? String(error);
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, errorMessage(error));
}

/** 2830300 → "2 830 300 kr" (English: "NOK 2,830,300") */
export function nok(amount) {
  return lang() === 'en' ? `NOK\u00a0${number(amount)}` : `${number(amount)}\u00a0kr`;
}

/** Text with [n] markers turned into links to the cited passages. */
export function withCitations(text, citations) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const citation = citations.find((c) => c.n === Number(m[1]));
    if (!citation) continue;
    out.push(text.slice(last, m.index));
    out.push(h('a', { class: 'cite', href: citation.url, title: citeLabel(citation), 'data-cite': citation.n }, `[${citation.n}]`));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** "3 Mål, s. 4"; a source without page numbers (page null, or paged false) names only its section. */
export function place(section, page, paged = true) {
  const where = page === null || page === undefined || paged === false ? '' : t('page', { page });
  return [section, where].filter(Boolean).join(', ');
}

/** "Sørum kommune – 3 Mål, s. 4" */
export function citeLabel(citation) {
  return `${citation.organisation} – ${place(citation.section, citation.page, citation.paged)}`;
}

/** Rows as CSV text (semicolon-separated, as Norwegian spreadsheets expect), formulas defused. */
export function toCsv(header, rows) {
  const escape = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text; // no spreadsheet formulas from document text
    return /[";\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(escape).join(';')).join('\r\n');
}

/** Downloads rows as a CSV file. */
export function downloadCsv(name, header, rows) {
  const url = URL.createObjectURL(new Blob(['\ufeff', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A "Download CSV" button. `build` returns { name, header, rows } (or a promise of it, when the rows
 * must be read first) when clicked; the button is disabled meanwhile.
 */
export function csvButton(build) {
  const button = h('button', { type: 'button', class: 'secondary csv', onclick: async () => {
    button.disabled = true;
    try {
      const { name, header, rows } = await build();
      downloadCsv(name, header, rows);
    } catch (error) {
      button.after(' ', errorBox(error));
    } finally {
      button.disabled = false;
    }
  } }, t('csv.download'));
  return button;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** " (s. 4)", or nothing for a source without page numbers. */
export function pageSuffix(page) {
  return page === null || page === undefined ? '' : ` (${t('page', { page })})`;
}
