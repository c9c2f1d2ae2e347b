import type { OrganisationKind } from '../model.ts';
import { collaborationNames, findCollaboration, findCounties, findMunicipalities, membersOf, organisationWords, type Collaboration } from '../gazetteer.ts';

/**
 * Which organisation owns a strategy, found with the gazetteer: every mention of a collaboration,
 * county council or municipality in the title, front page, adoption lines and opening text is a
 * vote weighted by where it stands; the strongest candidate wins. Phrases that name an owner:
 * "X kommune" (or "X herad": the words are data/gazetteer/organisation-words.json), "X fylkeskommune", "Kommunene i X-samarbeidet", "Framtidens X", "bystyret i X",
 * "X kommunestyre", "X skal …", "kommunene på X (Y)"; in English summaries "City of X", "X Municipality",
 * "X County Council".
 */

export interface Organisation {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
  /** Municipalities covered: the municipality itself, or a collaboration's members. */
  municipalities: string[];
}

export interface OrganisationInput {
  title: string;
  /** The opening of the text (the front page, or the first lines of a web page). */
  front: string;
  /** The first few thousand characters. */
  head: string;
  /** Bodies of the adoption records ("Eidsvoll kommunestyre", "bystyret i Sarpsborg"). */
  adoptionBodies: string[];
  /** PDF Title and largest text on page 1, where trustworthy. */
  layoutTitles: string[];
  /** Start of the strategy's period, to include members that later merged away. */
  periodFrom: number | null;
}

interface Candidate {
  key: string;
  score: number;
  first: number;
  make: () => Organisation;
  /** The word a municipality was named with ("herad" in "Voss herad"), when a mention gave one. */
  self?: string;
}

const ZONE_WEIGHTS = { title: 6, layout: 5, adoption: 3, front: 3, head: 1 } as const;

/** The owning organisation, or null when nothing in the text names one. */
export function detectOrganisation(input: OrganisationInput): Organisation | null {
  const candidates = new Map<string, Candidate>();
  const vote = (candidate: Omit<Candidate, 'score' | 'first'>, weight: number, position: number) => {
    const existing = candidates.get(candidate.key);
    if (existing) {
      existing.score += weight;
      existing.first = Math.min(existing.first, position);
      // "kommunestyret i Voss" first, "Voss herad" later: the name is the one the text calls itself by.
      if (candidate.self && !existing.self) Object.assign(existing, { self: candidate.self, make: candidate.make });
    } else candidates.set(candidate.key, { ...candidate, score: weight, first: position });
  };
  const zones: Array<[string, number, number]> = [
    [input.title, ZONE_WEIGHTS.title, 0],
    ...input.layoutTitles.map((text): [string, number, number] => [text, ZONE_WEIGHTS.layout, 0]),
    ...input.adoptionBodies.map((text): [string, number, number] => [text, ZONE_WEIGHTS.adoption, 0]),
    [input.front, ZONE_WEIGHTS.front, 0],
    [input.head.slice(input.front.length), ZONE_WEIGHTS.head, input.front.length],
  ];
  // A line that is only an organisation's name ("Rælingen kommune" under the title) is a front-page owner line.
  // English summaries name it "City of Kristiansund", "Harstad Municipality".
  const ownerLines = input.front.split('\n').filter((line) => OWNER_LINE.test(line));
  zones.splice(1, 0, ...ownerLines.map((line): [string, number, number] => [line, ZONE_WEIGHTS.title, 0]));
  for (const [text, weight, offset] of zones) {
    // One vote per organisation per zone: a name repeated in the body is not more the owner.
    const seen = new Map<string, Mention>();
    for (const mention of mentions(text, input.periodFrom)) {
      const previous = seen.get(mention.key);
      if (!previous || mention.strength > previous.strength) seen.set(mention.key, mention);
    }
    for (const mention of seen.values()) vote(mention, weight * mention.strength, offset + mention.position);
  }
  // A collaboration is more likely the owner when its members are named too.
  for (const candidate of candidates.values()) {
    const organisation = candidate.make();
    if (organisation.kind === 'municipality') continue;
    const named = organisation.municipalities.filter((name) => candidates.has(`municipality:${name}`)).length;
    candidate.score += Math.min(named, 4);
  }
  const best = [...candidates.values()].sort((a, b) => b.score - a.score || a.first - b.first)[0];
  return best ? best.make() : null;
}

interface Mention extends Omit<Candidate, 'score' | 'first'> {
  position: number;
  /** 1 for an explicit owner phrase, less for weaker evidence. */
  strength: number;
}

/** Every organisation the text names, with the phrase's strength as evidence of ownership. */
export function mentions(text: string, periodFrom: number | null = null): Mention[] {
  const found: Mention[] = [];
  for (const { name, collaboration } of collaborationNames()) {
    for (const m of text.matchAll(namePattern(name))) found.push({ ...collaborationCandidate(collaboration, periodFrom), position: m.index, strength: 1 });
  }
  // "Kommunene i ROR-IKT samarbeidet", "kommunene på Øvre Romerike (ØRU)", "Hedmark IKT-samarbeidet": unknown collaborations too.
  for (const m of text.matchAll(/(?:[Kk]ommunene (?:i|på) |(?<=^|\s))([\p{Lu}\d][\p{L}\d]*(?:[ -][\p{Lu}][\p{L}]*)*)[ -](IKT-)?samarbeidet\b/gu)) {
    const name = m[1] ?? '';
    if (findCollaboration(name) || findCollaboration(`${name} IKT`)) continue;
    const full = `${name}${m[2] ? ` ${m[2]}` : '-'}samarbeidet`.replace(/ IKT-samarbeidet$/, ' IKT-samarbeidet');
    const short = /^\d+-\d+$/.test(name) ? name : null;
    found.push({ key: `collaboration:${name}`, position: m.index, strength: 1, make: () => ({ name: full, kind: 'collaboration', aliases: short ? [short, `${short}-samarbeidet`, `${short}-kommunene`] : [name], municipalities: [] }) });
  }
  // "IKT Nordhordland", "Vesterålen IKT": an ICT collaboration's name the gazetteer does not have.
  for (const m of text.matchAll(/(?<![\p{L}\d-])(IKT (?:[\p{Lu}][\p{L}-]+)(?: [\p{Lu}][\p{L}-]+)?|[\p{Lu}][\p{L}-]+ IKT)(?![\p{L}\d-])/gu)) {
    const name = m[1] ?? '';
    if (findCollaboration(name) || /^IKT (?:[Ss]trategi|[Pp]lan)/.test(name)) continue;
    found.push({ key: `collaboration:${name}`, position: m.index, strength: 1, make: () => ({ name, kind: 'collaboration', aliases: [], municipalities: [] }) });
  }
  for (const m of text.matchAll(/kommunene på ([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*) \(([\p{Lu}]{2,6})\)/gu)) {
    const [, region = '', short = ''] = m;
    if (findCollaboration(short) || findCollaboration(region)) continue;
    found.push({ key: `collaboration:${short}`, position: m.index, strength: 1, make: () => ({ name: `${region} (${short})`, kind: 'collaboration', aliases: [short, region, `${short}-kommunene`], municipalities: [] }) });
  }
  // "X fylkeskommune", "fylkestinget i X", "X skal" (a county).
  for (const m of text.matchAll(/\b(?:fylkeskommunen?|fylkestinget|fylkesutvalet|fylkesutvalget) i ([\p{Lu}][\p{L} -]{2,30})|([\p{Lu}][\p{L} -]{2,30}?) (?:fylkeskommunes?|[Ff]ylkeskommune|FYLKESKOMMUNE|fylkesting)\b/gu)) {
    const county = m[1] ? nameAfter(m[1], findCounties) : nameBefore(m[2] ?? '', findCounties);
    if (county) found.push({ ...countyCandidate(county), position: m.index, strength: 1 });
  }
  // "X kommune", "X herad", "X kommunestyre", "X bystyre": names before; "kommunestyret i X", "Framtidens X": names after.
  for (const m of text.matchAll(NAME_BEFORE)) {
    const preceding = m[1] ?? m[3] ?? '';
    // The word the municipality calls itself by ("Voss herad"); a council names no such word.
    const self = m[2]?.toLowerCase();
    const name = nameBefore(preceding, findMunicipalities);
    const position = m.index + preceding.length;
    if (name) found.push({ ...municipalityCandidate(name, self), position, strength: 1 });
    else {
      const unknown = /(?:^|\s)([\p{Lu}][\p{Ll}][\p{L}-]+)$/u.exec(preceding)?.[1];
      if (unknown && !/strategi|plan|^(?:Vedtatt|Vedteke|Vedteken|Sak|Den|Din|Hver|Kvar|Hvilken|Kva|Denne|Vår|Egen|Sin|Kommunen|Kommunene|Heradet)$/i.test(unknown)) {
        found.push({ ...municipalityCandidate(unknown, self), position, strength: 0.5 });
      }
    }
  }
  for (const m of text.matchAll(NAME_AFTER)) {
    const name = nameAfter(m[1] ?? '', findMunicipalities);
    if (name) found.push({ ...municipalityCandidate(name), position: m.index, strength: 1 });
  }
  // English: "City of X", "Municipality of X", "X Municipality" (in capitals on a front page), "X City Council"; "County of X", "X County Council".
  for (const m of text.matchAll(/\b(?:City|Municipality|Town) of ([\p{Lu}][\p{L} -]{1,30})|([^\n]{0,40}?) (?:[Mm]unicipality|MUNICIPALITY|City Council|Municipal Council)\b/gu)) {
    const name = m[1] ? nameAfter(m[1], findMunicipalities) : nameBefore(m[2] ?? '', findMunicipalities);
    if (name) found.push({ ...municipalityCandidate(name), position: m.index, strength: 1 });
  }
  for (const m of text.matchAll(/\bCounty of ([\p{Lu}][\p{L} -]{1,30})|([^\n]{0,40}?) County (?:Council|Municipality)\b/gu)) {
    const county = m[1] ? nameAfter(m[1], findCounties) : nameBefore(m[2] ?? '', findCounties);
    if (county) found.push({ ...countyCandidate(county), position: m.index, strength: 1 });
  }
  // "Vestland skal …", "Sarpsborg skal …": a place that promises something is probably the owner.
  for (const m of text.matchAll(/(?<=^|[\s.])([\p{Lu}][\p{L} -]{1,30}?) (?:skal|vil|skal vere|skal være)\s/gu)) {
    const county = nameBefore(m[1] ?? '', findCounties);
    if (county) found.push({ ...countyCandidate(county), position: m.index, strength: 0.5 });
    const municipality = nameBefore(m[1] ?? '', findMunicipalities);
    if (municipality) found.push({ ...municipalityCandidate(municipality), position: m.index, strength: 0.5 });
  }
  // Generic regions not in the gazetteer ("Bergensregionen").
  for (const m of text.matchAll(/(?<![\p{L}])([\p{Lu}][\p{L}]+regionen)(?![\p{L}])/gu)) {
    const name = m[1] ?? '';
    if (findCollaboration(name)) continue;
    found.push({ key: `region:${name}`, position: m.index, strength: 0.8, make: () => ({ name, kind: 'region', aliases: [name.replace(/regionen$/, '')], municipalities: [] }) });
  }
  return found;
}

/** The longest run of words at the end of `text` that the lookup knows ("… for Nore og Uvdal"). */
function nameBefore(text: string, lookup: (name: string) => unknown[]): string | null {
  const words = text.trimEnd().split(/\s+/).slice(-4);
  for (let n = words.length; n >= 1; n--) {
    const tail = words.slice(-n).join(' ').replace(/^[^\p{L}\d]+/u, '');
    if (tail && /^[\p{Lu}\d]/u.test(tail) && lookup(tail).length > 0) return canonical(tail, lookup);
  }
  return null;
}

/** The longest run of words at the start of `text` that the lookup knows ("Nore og Uvdal kommune …"). */
function nameAfter(text: string, lookup: (name: string) => unknown[]): string | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/[^\p{L}\d]+$/u, '');
    if (head && lookup(head).length > 0) return canonical(head, lookup);
  }
  return null;
}

/** The gazetteer's spelling of a name found in any case ("NOTODDEN" → "Notodden"). */
function canonical(name: string, lookup: (name: string) => unknown[]): string {
  const entry = lookup(name)[0] as { name: string; altNames: string[] } | undefined;
  if (!entry) return name;
  return [entry.name, ...entry.altNames].find((candidate) => candidate.toLowerCase() === name.toLowerCase()) ?? entry.name;
}

const patterns = new Map<string, RegExp>();

/** A name as a whole word; hyphens and spaces interchangeable; acronyms ("DDV", "3-1") case-sensitive. */
function namePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    const body = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[\\s-]+');
    const acronym = name.length <= 8 && !/\p{Ll}{3}/u.test(name);
    pattern = new RegExp(`(?<![\\p{L}\\d-])${body}(?![\\p{L}\\d]|-\\d)`, acronym ? 'gu' : 'giu');
    patterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function collaborationCandidate(collaboration: Collaboration, periodFrom: number | null): Omit<Candidate, 'score' | 'first'> {
  return {
    key: `collaboration:${collaboration.name}`,
    make: () => ({ name: collaboration.name, kind: collaboration.kind, aliases: collaboration.aliases, municipalities: membersOf(collaboration, periodFrom) }),
  };
}

function countyCandidate(name: string): Omit<Candidate, 'score' | 'first'> {
  const county = findCounties(name)[0];
  return { key: `county:${name}`, make: () => ({ name: `${name} fylkeskommune`, kind: 'county', aliases: [name, ...(county?.altNames ?? [])], municipalities: [] }) };
}

/** A municipality, named as it names itself ("Voss herad"; "X kommune" unless the text says otherwise). */
function municipalityCandidate(name: string, self?: string): Omit<Candidate, 'score' | 'first'> {
  const municipality = findMunicipalities(name)[0];
  const word = self ?? 'kommune';
  return {
    key: `municipality:${name}`,
    ...(self ? { self } : {}),
    make: () => ({ name: `${name} ${word}`, kind: 'municipality', aliases: [name, ...(word === 'kommune' ? [] : [`${name} kommune`]), ...(municipality?.altNames ?? [])], municipalities: [name] }),
  };
}

/** A word as written in lower case, Capitalised or UPPER CASE ("herad|Herad|HERAD"). */
function anyCase(words: string[]): string {
  return words.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');
}

/** A lower-case word or its Capitalised form as a pattern ("[Kk]ommunestyret"). */
function capitalisable(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}

/** The definite singular of a council word: "kommunestyre" → "kommunestyret", "formannskap" → "formannskapet". */
function definite(word: string): string {
  return word.endsWith('e') ? `${word}t` : `${word}et`;
}

// The phrases built from data/gazetteer/organisation-words.json, compiled once.
const { municipalityNames, municipalCouncils } = organisationWords();
/** A front-page line that is only an organisation's name ("Rælingen kommune", "Voss herad", "City of Bergen"). */
const OWNER_LINE = new RegExp(String.raw`^\s*[\p{Lu}][\p{L} -]{1,40}\s+(?:${anyCase([...municipalityNames, 'fylkeskommune'])}|Municipality|MUNICIPALITY|County Council)\s*$|^\s*(?:City|Municipality|Town|County) of [\p{Lu}][\p{L} -]{1,40}$`, 'u');
/** "X kommune", "X herad" (the word captured), "X kommunestyre": the name stands before. */
const NAME_BEFORE = new RegExp(String.raw`([^\n]{0,60}?)\s(${anyCase(municipalityNames)})s?(?![\p{L}])|([^\n]{0,60}?)\s(?:${municipalCouncils.join('|')})(?![\p{L}])`, 'gu');
/** "kommunestyret i X", "heradsstyret i X", "Framtidens X": the name stands after. */
const NAME_AFTER = new RegExp(String.raw`(?:${municipalCouncils.map((word) => capitalisable(definite(word))).join('|')}|[Ff]ramtidens) (?:i )?([\p{Lu}][\p{L} -]{1,30})`, 'gu');
