import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The organisation gazetteer (data/gazetteer/): Norwegian municipalities and counties, current and
 * former, and the regional and inter-municipal collaborations that publish strategies, with their
 * members. Loaded once; lookups are by folded name (case, hyphens and spacing ignored).
 */

const DIR = fileURLToPath(new URL('../data/gazetteer/', import.meta.url));

export interface Municipality {
  /** Kommunenummer ("3334"); "-" where a former municipality's number is not recorded. */
  number: string;
  name: string;
  /** Official alternative names (Sami, Kven). */
  altNames: string[];
  /** County number ("33"); for former municipalities the county they belonged to. */
  county: string;
  current: boolean;
  /** For former municipalities: the current municipalities that succeeded them. */
  successors: string[];
}

export interface County {
  number: string;
  name: string;
  altNames: string[];
  current: boolean;
  /** For former counties: the counties that succeeded them. */
  successors: string[];
}

export interface Collaboration {
  name: string;
  aliases: string[];
  kind: 'region' | 'collaboration';
  /** Current member municipalities. */
  members: string[];
  /** The members as the gazetteer spells them, a name shared by two municipalities with its county ("Herøy (Nordland)"). */
  memberSpellings: string[];
  /** Members that left or merged away, with the last year they were members. */
  formerMembers: Array<{ name: string; until: number }>;
  /** False where the membership is the best knowledge available, not checked against a source. */
  certain: boolean;
}

export interface Gazetteer {
  municipalities: Municipality[];
  counties: County[];
  collaborations: Collaboration[];
}

/** Folds a name for lookup: lowercase, NFC, hyphens and runs of spaces as one space. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s\u2010-\u2014-]+/g, ' ').trim();
}

function readTsv(file: string): string[][] {
  return readFileSync(`${DIR}${file}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

const list = (cell: string | undefined) => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : []);

let cached: Gazetteer | null = null;

/** The gazetteer, read from data/gazetteer/ on first use. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const municipalities = readTsv('municipalities.tsv').map(([number = '-', name = '', alt, county = '', status, successors]) => ({
    number, name, altNames: list(alt), county, current: status === 'current', successors: list(successors),
  }));
  const counties = readTsv('counties.tsv').map(([number = '', name = '', alt, status, , successors]) => ({
    number, name, altNames: list(alt), current: status === 'current', successors: list(successors),
  }));
  const json = JSON.parse(readFileSync(`${DIR}collaborations.json`, 'utf8')) as { collaborations: Array<Partial<Collaboration> & { name: string }> };
  const collaborations = json.collaborations.map((c) => ({
    name: c.name, aliases: c.aliases ?? [], kind: c.kind ?? 'collaboration', members: (c.members ?? []).map(plainName), memberSpellings: c.members ?? [],
    formerMembers: c.formerMembers ?? [], certain: c.certain ?? false,
  }));
  cached = { municipalities, counties, collaborations };
  return cached;
}

/** The words that name a municipality ("kommune", "herad") and its councils ("kommunestyre", "heradsstyre"). */
export interface OrganisationWords {
  municipalityNames: string[];
  municipalCouncils: string[];
  /** Words after a place name that make a line name an organisation alone ("fylkeskommune", "County Municipality"). */
  ownerNames: string[];
  /** Words for the kind of organisation that may follow its name in a question ("collaboration", "County"). */
  kindAfterName: string[];
  /** Words for the kind of organisation that may stand before its name in a question ("the City of Trondheim"). */
  kindBeforeName: string[];
}

let words: OrganisationWords | null = null;

/** data/gazetteer/organisation-words.json, read on first use. */
export function organisationWords(): OrganisationWords {
  words ??= JSON.parse(readFileSync(`${DIR}organisation-words.json`, 'utf8')) as OrganisationWords;
  return words;
}

/** "Herøy (Nordland)" → "Herøy": members may carry their county to tell namesakes apart. */
function plainName(name: string): string {
  return name.replace(/\s*\([^)]*\)$/, '');
}

interface Index {
  municipalities: Map<string, Municipality[]>;
  counties: Map<string, County[]>;
  collaborations: Map<string, Collaboration>;
}

let index: Index | null = null;

function getIndex(): Index {
  if (index) return index;
  const g = loadGazetteer();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(foldName(key), [...(map.get(foldName(key)) ?? []), value]);
  const municipalities = new Map<string, Municipality[]>();
  // Current entries first, so a name that is both current and former resolves to the current one.
  for (const m of [...g.municipalities].sort((a, b) => Number(b.current) - Number(a.current))) {
    for (const name of [m.name, ...m.altNames]) add(municipalities, name, m);
  }
  const counties = new Map<string, County[]>();
  for (const c of [...g.counties].sort((a, b) => Number(b.current) - Number(a.current))) {
    for (const name of [c.name, ...c.altNames]) add(counties, name, c);
  }
  const collaborations = new Map<string, Collaboration>();
  for (const c of g.collaborations) for (const name of [c.name, ...c.aliases]) collaborations.set(foldName(name), c);
  index = { municipalities, counties, collaborations };
  return index;
}

/** Municipalities (current first, then former) with this name or alternative name. */
export function findMunicipalities(name: string): Municipality[] {
  return getIndex().municipalities.get(foldName(name)) ?? [];
}

/** Counties (current first) with this name or alternative name. */
export function findCounties(name: string): County[] {
  return getIndex().counties.get(foldName(name)) ?? [];
}

/** The collaboration with this name or alias. */
export function findCollaboration(name: string): Collaboration | null {
  return getIndex().collaborations.get(foldName(name)) ?? null;
}

/** Every collaboration name and alias (as written), longest first: for scanning text. */
export function collaborationNames(): Array<{ name: string; collaboration: Collaboration }> {
  return loadGazetteer()
    .collaborations.flatMap((collaboration) => [collaboration.name, ...collaboration.aliases].map((name) => ({ name, collaboration })))
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * The municipalities a collaboration covered in a period: its members, plus former members that
 * were still members when the period began (all former members when the period is unknown).
 */
export function membersOf(collaboration: Collaboration, from: number | null = null): string[] {
  const former = collaboration.formerMembers.filter((m) => from === null || m.until >= from).map((m) => plainName(m.name));
  return [...new Set([...collaboration.members, ...former])];
}

/** A member's name as the collaboration's entry spells it ("Herøy" of HALD → "Herøy (Nordland)"); other names unchanged. */
export function memberSpelling(collaboration: Collaboration, name: string): string {
  return collaboration.memberSpellings.find((spelling) => foldName(plainName(spelling)) === foldName(name)) ?? name;
}

/** True when the name is a municipality, county or collaboration the gazetteer knows. */
export function isKnownPlace(name: string): boolean {
  return findMunicipalities(name).length > 0 || findCounties(name).length > 0 || findCollaboration(name) !== null;
}

/** The collaborations a municipality (or one of its former names' successors) belongs to. */
export function collaborationsOf(municipality: string): Collaboration[] {
  const names = new Set([foldName(municipality)]);
  for (const m of findMunicipalities(municipality)) for (const s of m.successors) names.add(foldName(s));
  return loadGazetteer().collaborations.filter((c) => membersOf(c).some((member) => names.has(foldName(member))));
}
