// Small DOM helpers. Every piece of document text goes through textContent, never innerHTML.

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
  for (const child of children.flat()) {
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

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error?.message ?? String(error));
}

/** 2830300 → "2 830 300 kr" */
export function nok(amount) {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0kr`;
}

/** Text with [n] markers turned into links to the cited passages. */
export function withCitations(text, citations) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const citation = citations.find((c) => c.n === Number(m[1]));
    if (!citation) continue;
    out.push(text.slice(last, m.index));
    out.push(h('a', { class: 'cite', href: citation.url, title: `${citation.organisation} – ${citation.section}${citation.paged === false ? '' : `, s. ${citation.page}`}`, 'data-cite': citation.n }, `[${citation.n}]`));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** Downloads rows as a CSV file (semicolon-separated, as Norwegian spreadsheets expect). */
export function downloadCsv(name, header, rows) {
  const escape = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text; // no spreadsheet formulas from document text
    return /[";\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const csv = [header, ...rows].map((row) => row.map(escape).join(';')).join('\r\n');
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
