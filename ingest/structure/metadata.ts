import type { AdoptionRecord, DocumentMetadata, OrganisationKind, Period } from '../model.ts';

/**
 * Metadata detected from the text: title, organisation, municipalities covered, period and adoption
 * records. Heuristics tuned on Norwegian strategy front pages; a sidecar file overrides them.
 */
export interface MetadataHints {
  /** A title line found in scraped page chrome. */
  chromeTitle: string | null;
  sourceName: string;
  /** PDF: the document information Title field. */
  pdfTitle?: string | null;
  /** PDF: the largest text on page 1 (its lines joined), usually the printed title. */
  layoutTitle?: string | null;
}

export function detectMetadata(text: string, hints: MetadataHints): DocumentMetadata {
  const head = text.slice(0, 4000);
  const title = detectTitle(text);
  const adopted = detectAdoptions(head);
  const org = detectOrganisation(`${title}\n${head}`, title);
  const municipalities = unique([
    ...adopted.map((record) => record.municipality).filter((name): name is string => Boolean(name)),
    ...detectMunicipalityList(head),
    ...(org.kind === 'municipality' ? [org.name.replace(/ kommune$/, '')] : []),
  ]);
  const period = detectPeriod(title, head, hints.sourceName, adopted);
  return { title, organisation: org.name, organisationKind: org.kind, aliases: org.aliases, municipalities, period, adopted };
}

/** The front-page title: "Dokumentnavn:" when given, else the first line cut before the body starts. */
export function detectTitle(text: string): string {
  const named = /Dokumentnavn:\s*([^\n]+?)(?:\s+Godkjent\b|\s+\p{Lu}\p{L}+:|\n|$)/u.exec(text.slice(0, 2000));
  if (named?.[1]) return tidyTitle(named[1]);
  const lines = text.slice(0, 1500).split('\n').map((line) => line.trim()).filter(Boolean);
  let title = lines[0] ?? 'Uten tittel';
  // Short front-page lines continue the title ("eStrategi 2011 – 2014" / "for Kongsbergregionen").
  for (const line of lines.slice(1, 4)) {
    if (line.length < 60 && (/^(?:for|i|og|\d{4})\b/.test(line) || /^\d{4}\s*[-–]\s*\d{4}$/.test(line) || /^(?:Tiltaksplan|Handlingsplan)\b/.test(line))) title += ` ${line}`;
    else break;
  }
  title = title.split(/\s+(?:Vedtatt av|Versjon:|Dato:|Innholdsfortegnelse)/)[0] ?? title;
  if (title.length > 90) {
    const opener = /\s(?=(?:Kommunene|Kommunen|Dokumentet|Denne|Dette|Det|Strategien|Planen)\s+\p{Ll})/u.exec(title);
    title = opener ? title.slice(0, opener.index) : title.slice(0, 90).replace(/\s+\S*$/, '');
  }
  return tidyTitle(title);
}

function tidyTitle(title: string): string {
  return title.replace(/\b((?:19|20)\d{2})\s*[-–]?\s*((?:19|20)\d{2})\b/g, '$1–$2').replace(/\s+/g, ' ').trim();
}

interface Organisation {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
}

export function detectOrganisation(text: string, title: string): Organisation {
  const sources = [title, text];
  for (const source of sources) {
    const collaboration = /kommunene på ([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*) \(([\p{Lu}]{2,6})\)/u.exec(source);
    if (collaboration) {
      const [, region = '', short = ''] = collaboration;
      return { name: `${region} (${short})`, kind: 'collaboration', aliases: [short, region, `${short}-kommunene`] };
    }
    const samarbeid = /(?:^|\s)((?:\d+-\d+|[\p{Lu}][\p{L}]+)[ -]IKT-samarbeidet|\d+-\d+-samarbeidet)\b/u.exec(source);
    if (samarbeid?.[1]) {
      const name = samarbeid[1];
      const short = /^(\d+-\d+)/.exec(name)?.[1];
      return { name, kind: 'collaboration', aliases: short ? [short, `${short}-samarbeidet`, `${short}-kommunene`] : [] };
    }
    const municipality = /\b(?:for|i)\s+([\p{Lu}][\p{L}-]+)\s+kommune\b/u.exec(source);
    if (municipality?.[1] && source === title) return { name: `${municipality[1]} kommune`, kind: 'municipality', aliases: [municipality[1]] };
    const county = /\b([\p{Lu}][\p{L}]+ fylkeskommune)\b/u.exec(source);
    if (county?.[1] && source === title) return { name: county[1], kind: 'county', aliases: [] };
    const region = /\b([\p{Lu}][\p{L}]+regionen)\b/u.exec(source);
    if (region?.[1]) return { name: region[1], kind: 'region', aliases: [region[1].replace(/regionen$/, '')] };
    const anyMunicipality = /\b([\p{Lu}][\p{L}-]+)\s+kommune\b/u.exec(source);
    if (anyMunicipality?.[1] && source !== title) return { name: `${anyMunicipality[1]} kommune`, kind: 'municipality', aliases: [anyMunicipality[1]] };
  }
  return { name: title, kind: 'municipality', aliases: [] };
}

/** "Eidsvoll kommunestyre 15. 02.2011, sak 2/11" and "Vedtatt av rådmannens ledergruppe". */
export function detectAdoptions(text: string): AdoptionRecord[] {
  const records: AdoptionRecord[] = [];
  const pattern = /([\p{Lu}][\p{L}-]+)\s+(kommunestyre|bystyre|formannskap|fylkesting)\s+(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}),?\s*(?:sak\s+([\d/]+))?/gu;
  for (const m of text.matchAll(pattern)) {
    const [, place = '', body = '', day = '', month = '', year = '', caseNumber] = m;
    records.push({ body: `${place} ${body}`, municipality: place, date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, caseNumber: caseNumber ?? null });
  }
  if (records.length === 0) {
    const plain = /Vedtatt av:?\s+([\p{Ll}\p{Lu}][\p{L} -]{3,60}?)(?=\s*(?:\n|$|\d|Side|Innhold))/u.exec(text);
    if (plain?.[1]) records.push({ body: plain[1].trim(), municipality: null, date: null, caseNumber: null });
  }
  return records;
}

/** "Gausdal, Lillehammer og Øyer kommuner". */
export function detectMunicipalityList(text: string): string[] {
  const m = /((?:[\p{Lu}][\p{L}-]+, )*[\p{Lu}][\p{L}-]+ og [\p{Lu}][\p{L}-]+) kommuner\b/u.exec(text);
  if (!m?.[1]) return [];
  return m[1].split(/, | og /).map((name) => name.trim());
}

export function detectPeriod(title: string, head: string, sourceName: string, adopted: AdoptionRecord[]): Period {
  const ranges = [...title.matchAll(/((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})/g)];
  const last = ranges[ranges.length - 1];
  if (last) return { from: Number(last[1]), to: Number(last[2]) };
  const towards = /(?:fram|frem) mot ((?:19|20)\d{2})/.exec(`${title} ${head}`);
  const adoptedYear = adopted.map((record) => Number(record.date?.slice(0, 4))).find((year) => year > 1990) ?? null;
  if (towards) return { from: adoptedYear, to: Number(towards[1]) };
  const fromName = /((?:19|20)\d{2})\D{1,3}((?:19|20)\d{2})/.exec(sourceName);
  if (fromName) return { from: Number(fromName[1]), to: Number(fromName[2]) };
  const single = /\b((?:19|20)\d{2})\b/.exec(title);
  return single ? { from: Number(single[1]), to: Number(single[1]) } : { from: adoptedYear, to: null };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
