/**
 * Ingest warnings in the interface language. Ingest writes them in English (the CLI and the API speak
 * English); a Norwegian page shows them in bokmål. Each known form of warning has a pattern and its
 * bokmål wording; an unknown one is shown as written. Pure, so the pages and their tests share it.
 */
const PARTS = [
  [/^the site header before "Transkript" \((\d+) characters\)$/, (m) => `nettstedets topptekst før «Transkript» (${m[1]} tegn)`],
  [/^(\d+) other documents listed after the text \((\d+) characters\)$/, (m) => `${m[1]} andre dokumenter listet etter teksten (${m[2]} tegn)`],
  [/^the web page's breadcrumb \((\d+) lines?\)$/, (m) => `nettsidens brødsmulesti (${m[1]} ${m[1] === '1' ? 'linje' : 'linjer'})`],
  [/^the web page's navigation \((\d+) lines\)$/, (m) => `nettsidens meny og navigasjon (${m[1]} linjer)`],
  [/^the web page's footer \((\d+) lines\)$/, (m) => `nettsidens bunntekst (${m[1]} linjer)`],
];

const WARNINGS = [
  [/^removed (\d+) characters of site chrome: (.*)$/, (m) => `fjernet ${m[1]} tegn som hører til nettstedet, ikke dokumentet: ${m[2].split('; ').map(part).join('; ')}`],
  [/^(.*): the rows do not add up to the sum row; years of rows with empty cells are marked uncertain$/, (m) => `${m[1]}: radene summerer ikke til sumraden; årstallet for rader med tomme celler er merket usikkert`],
  [/^(.*): the sum row fits several year assignments; years of rows with empty cells are marked uncertain$/, (m) => `${m[1]}: sumraden passer med flere måter å fordele beløpene på år; årstallet for rader med tomme celler er merket usikkert`],
  [/^(\d+) budget amount\(s\) have no certain year \(flattened table cells\)$/, (m) => `${m[1]} budsjettbeløp har ikke sikkert årstall (tabellceller som har gått i ett i teksten)`],
  [/^no sections found \(no numbered, marked or heading-like lines\)$/, () => 'fant ingen avsnitt (ingen nummererte, merkede eller overskriftlignende linjer)'],
];

function part(text) {
  for (const [pattern, say] of PARTS) {
    const m = pattern.exec(text);
    if (m) return say(m);
  }
  return text;
}

/** A warning in `language` ('nb' or 'en'): English as written, bokmål by its known form. */
export function warningIn(warning, language) {
  if (language === 'en') return warning;
  for (const [pattern, say] of WARNINGS) {
    const m = pattern.exec(warning);
    if (m) return say(m);
  }
  return warning;
}
