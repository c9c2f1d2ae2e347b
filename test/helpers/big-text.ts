/**
 * A large synthetic strategy text for linear-time tests and the ingest benchmark: numbered chapters
 * and subsections, unnumbered headings, paragraphs, bullet goals under "Mål", and page footers
 * "side N av M". Deterministic for a given size; the words are our own.
 */
const WORDS = (
  'kommunen skal digitalisering tjenester innbyggere informasjonssikkerhet arkitektur samhandling velferdsteknologi ' +
  'kompetanse ledelse gevinster prosjekter skole helse omsorg data deling løsninger plattform nettverk drift ' +
  'brukere ansatte regionen felles standarder innovasjon personvern tilgang kvalitet effektiv utvikling'
).split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A text of about `chars` characters; without `numbered`, all its headings are unnumbered lines. */
export function bigStrategyText(chars: number, seed = 7, numbered = true): string {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'data';
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, pick);
    const first = words[0] ?? 'data';
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' ');
  const parts: string[] = ['Digitaliseringsstrategi for Eksempel kommune 2024–2027', 'Vedtatt av kommunestyret 12.03.2024'];
  const pages = Math.max(1, Math.round(chars / 3000));
  let length = 0;
  let page = 1;
  let sincePage = 0;
  let chapter = 0;
  let sub = 0;
  const push = (block: string) => {
    parts.push(block);
    length += block.length + 2;
    sincePage += block.length + 2;
    if (sincePage > 3000 && page < pages) {
      parts.push(`side ${page} av ${pages}`);
      page++;
      sincePage = 0;
    }
  };
  while (length < chars) {
    const roll = next();
    if (roll < 0.04 && chapter < 99 && numbered) {
      chapter++;
      sub = 0;
      push(`${chapter} ${pick()[0]!.toUpperCase()}${pick().slice(1)} og ${pick()}`);
    } else if (roll < 0.1 && chapter > 0 && sub < 99 && numbered) {
      sub++;
      push(`${chapter}.${sub} ${pick()[0]!.toUpperCase()}${pick().slice(1)} ${pick()}`);
    } else if (roll < 0.13) {
      push(`${pick()[0]!.toUpperCase()}${pick().slice(1)} for ${pick()}`);
    } else if (roll < 0.16) {
      push('Mål');
      push(Array.from({ length: 3 + Math.floor(next() * 4) }, () => `- ${sentence()}`).join('\n'));
    } else push(paragraph());
  }
  return parts.join('\n\n');
}
