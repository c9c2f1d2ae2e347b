// The interface in one language at a time: Norwegian (bokmål) by default, English when the toggle in
// the header says so. The choice is kept in localStorage; every view reads its strings through t().
import { STRINGS } from './strings.js';

const KEY = 'strategiarkiv-lang';
export const LANGUAGES = ['nb', 'en'];

/** The chosen interface language: 'nb' or 'en'. */
export function lang() {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

/** Stores the chosen language and marks the page with it (screen readers, hyphenation). */
export function setLang(value) {
  try {
    localStorage.setItem(KEY, value === 'en' ? 'en' : 'nb');
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang();
}

/**
 * The string for `key` in the chosen language, with {name} placeholders filled from `vars`.
 * A key missing in English falls back to Norwegian, then to the key itself (visible, so it gets fixed).
 */
export function t(key, vars = {}) {
  const text = STRINGS[lang()][key] ?? STRINGS.nb[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Whether a key exists (for optional strings such as error codes). */
export function has(key) {
  return key in STRINGS[lang()] || key in STRINGS.nb;
}

/** A number in the interface language's format: 2830300 → "2 830 300". */
export function number(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, lang() === 'en' ? ',' : '\u00a0');
}

/**
 * An ISO date as the interface language writes it: "2024-05-29" → "29. mai 2024" / "29 May 2024";
 * a month ("2023-02") or a year stays as precise as it is; anything else is shown as written.
 */
export function date(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const [, year, month, day] = m;
  if (!month) return year;
  const name = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1))).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', timeZone: 'UTC' });
  return day ? (lang() === 'en' ? `${Number(day)} ${name} ${year}` : `${Number(day)}. ${name} ${year}`) : `${name} ${year}`;
}

/** "s. 4" / "p. 4"; a source without page numbers (page null) gets no page at all. */
export function pageRef(page, pageTo) {
  if (page === null || page === undefined) return '';
  return t('page', { page: pageTo && pageTo !== page ? `${page}–${pageTo}` : page });
}
