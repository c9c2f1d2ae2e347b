import type { AdoptionRecord, DocumentMetadata, OrganisationKind, Period } from '../model.ts';
import { findCollaboration, findMunicipalities, memberSpelling, organisationWords } from '../gazetteer.ts';
import { minutesAdoption } from './meeting-minutes.ts';
import { detectOrganisation as detectOwner } from './organisation.ts';
import { ADOPTION_BODIES } from './adoption-bodies.ts';
import { SUM_LABEL } from './budget-words.ts';
import { detectTitle, usableTitle } from './title.ts';

export { detectTitle } from './title.ts';

/**
 * Metadata detected from the text: title, organisation, municipalities covered, period and adoption
 * records. Organisations come from the gazetteer (data/gazetteer/); a sidecar file overrides all of it.
 */
export interface MetadataHints {
  /** A title line found in scraped page chrome. */
  chromeTitle: string | null;
  sourceName: string;
  /** Where an author-marked title heading stands (below a saved web page's site lines), if any. */
  titleStart?: number | null;
  /** The title heading is marked by its own line (markdown "# …"): the title is that line alone. */
  titleLine?: boolean;
  /** PDF: the document information Title field. */
  pdfTitle?: string | null;
  /** PDF: the largest text on page 1 (its lines joined), usually the printed title. */
  layoutTitle?: string | null;
}

/** How much of the end of a text may hold an adoption footer. */
const ADOPTION_FOOTER_CHARS = 1500;
/** How much of the text counts as the front page for organisation detection. */
const FRONT_CHARS = 600;

export function detectMetadata(text: string, hints: MetadataHints): DocumentMetadata {
  const head = text.slice(0, 4000);
  // An adoption printed only in a footer ("Vedteke i Gloppen kommunestyre 5. februar 2025, sak 9/25.") is at the end.
  const inHead = detectAdoptions(head);
  // The minutes of the council meeting that adopted it: the meeting's date and the case's number.
  const minutes = minutesAdoption(text, isFinalBody, isoDate);
  const adopted = minutes ? [{ ...minutes, municipality: null }] : inHead.length > 0 || text.length <= head.length ? inHead : detectAdoptions(text.slice(-ADOPTION_FOOTER_CHARS));
  const layoutTitles = [hints.layoutTitle, hints.pdfTitle].filter((t): t is string => typeof t === 'string' && usableTitle(t));
  const title = detectTitle(hints.titleStart ? text.slice(hints.titleStart) : text, layoutTitles, Boolean(hints.titleStart !== null && hints.titleStart !== undefined && hints.titleLine));
  const period = detectPeriod(title, head, hints.sourceName, adopted);
  const org = detectOwner({ title, front: head.slice(0, FRONT_CHARS), head, adoptionBodies: adopted.map((record) => record.body), layoutTitles, periodFrom: period.from }) ?? {
    name: title, kind: 'municipality' as const, aliases: [], municipalities: [],
  };
  // "Vedtatt av kommunestyret …" in a municipality's own strategy: the council is that municipality's.
  const own = org.kind === 'municipality' && org.municipalities.length === 1 ? org.municipalities[0]! : null;
  if (own) for (const record of adopted) if (record.municipality === null && !COUNTY_BODY.test(record.body)) record.municipality = own;
  // A collaboration's members spelled as its gazetteer entry does ("Herøy" of HALD is "Herøy (Nordland)").
  const collaboration = org.kind === 'municipality' ? null : findCollaboration(org.name);
  const spelled = (name: string) => (collaboration ? memberSpelling(collaboration, name) : name);
  for (const record of adopted) if (record.municipality) record.municipality = spelled(record.municipality);
  const municipalities = unique([
    ...adopted.map((record) => record.municipality).filter((name): name is string => Boolean(name)),
    ...(org.kind === 'municipality' ? [] : detectMunicipalityList(head)),
    ...org.municipalities,
  ].map(spelled));
  return { title, organisation: org.name, organisationKind: org.kind, aliases: org.aliases, municipalities, period, adopted };
}

interface Organisation {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
}

/** The organisation named in a title and text (see organisation.ts); the title itself when none is. */
export function detectOrganisation(text: string, title: string): Organisation {
  const found = detectOwner({ title, front: text.slice(0, FRONT_CHARS), head: text.slice(0, 4000), adoptionBodies: [], layoutTitles: [], periodFrom: null });
  return found ?? { name: title, kind: 'municipality', aliases: [] };
}

const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3, april: 4, apr: 4, mai: 5, may: 5, juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, desember: 12, december: 12, des: 12, dec: 12,
};
/** Municipal councils (data/gazetteer/organisation-words.json), definite or not: "kommunestyret", "heradsstyre". */
const COUNCILS = organisationWords().municipalCouncils;
const BODY = String.raw`(?:${COUNCILS.map((word) => `${capitalOrNot(word)}(?:e?t)?`).join('|')}|[Ff]ylkestinge?t?|[Ff]ylkesutval(?:g|e)t?|[Rr]epresentantskape?t?|[Rr]egionråde?t?|[Ss]tyret|rådmannens ledergruppe|kommunedirektørens ledergruppe|kommunedirektøren|rådmannen|[\p{Ll}-]*utvalg(?:et)?|[\p{Ll}-]*utvalet|[Cc]ity [Cc]ouncil|[Mm]unicipal [Cc]ouncil|[Cc]ounty [Cc]ouncil|[Rr]egional [Cc]ouncil)`;
/** A word whose first letter may be written either way ("kommunestyret", "Kommunestyret" first in a field). */
function capitalOrNot(word: string): string {
  const first = word[0] ?? '';
  return first.toLowerCase() === first.toUpperCase() ? word : `[${first.toLowerCase()}${first.toUpperCase()}]${word.slice(1)}`;
}
/** Bodies of a county, not of a municipality: their records name no municipality. */
const COUNTY_BODY = /fylke|county/i;
const DATE = String.raw`(?:den\s+|i\s+|on\s+|in\s+)?(\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{4}|\d{4})`;
/** Verbs of adoption before the body ("Vedtatt av …", "Handsama og vedteken av …", "adopted by …"), and after it ("Kommunestyret vedtok …"). */
const ADOPTED = String.raw`(?:[Vv]edtatt|[Vv]edtek(?:e|en|ne)|[Gg]odkjent|[Gg]odkjend|[Bb]ehandlet|[Hh]andsama|[Aa]dopted|[Aa]pproved)`;
const ADOPTS = String.raw`(?:vedtok|vedtek|godkjente|godkjende|adopted|approved)`;
/** A place name of one or two capitalised words ("Levanger", "Nord-Fron", "Indre Fosen"). */
const PLACE = String.raw`[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?`;
/** How far below an adoption line a "Dato:" or "Saksnummer:" line may stand. */
const FIELD_REACH = 160;
/**
 * A case number after an adoption: "sak 45/24", "PS 12/2022", "KST-sak 121/25", "case 31/24", and a
 * meeting's own abbreviation in brackets after the date ("08.05.2025 (KS 41/25)", "(FS 30/25)").
 */
const CASE = String.raw`\(?(?:,\s*|\s+)?\(?(?:i\s+|in\s+)?(?:PS|[A-ZÆØÅ]{1,3}-sak|[Ss]ak(?:snr\.?| nr\.?)?|[Ss]aksnummer|case|[Cc]ase no\.?|[A-ZÆØÅ]{2,3}(?=\s+\d))(?:\s+[A-ZÆØÅ]{1,3})?\s*(\d{1,4}\/\d{2,4})`;

/** A body whose decision is the adoption (data/adoption-bodies.json finalBodies) at a word's start: "Stryn kommunestyre", "fylkestinget", "County Council". */
const FINAL_BODY = new RegExp(`(?:^|\\s)(?:${ADOPTION_BODIES.finalBodies.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`, 'iu');
const isFinalBody = (body: string) => FINAL_BODY.test(body);

const FIELD_DATE = new RegExp(String.raw`(?:^|\n)\s*(?:Dato|Vedtaksdato|Date)\s*:\s*(\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+\p{L}+\s+\d{4})`, 'u');
const FIELD_CASE = new RegExp(String.raw`(?:^|\n)\s*(?:\p{L}+\s+)?(?:Saksnummer|Saksnr\.?|Sak|Case(?: no\.?)?)\s*:\s*(?:[A-ZÆØÅ]{1,3}\s+)?(\d{1,4}\/\d{2,4})`, 'iu');

/** A case field at a line's start or after a field separator of a data line ("· Sak: PS 88/25"). */
const CASE_FIELD = new RegExp(String.raw`(?:^|\n|[·•]\s*)\s*(?:Saksnummer|Saksnr\.?|Sak|Case(?: no\.?)?)\s*:\s*(?:[A-ZÆØÅ]{1,3}\s+)?(\d{1,4}\/\d{2,4})`, 'giu');

/** A row of a two-column pipe table whose first cell is a short key ("| Vedtaksdato | 22. oktober 2025 |"). */
const KEY_VALUE_ROW = /^\|[ \t]*([\p{L}][\p{L} .]{1,30}?)[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|[ \t]*$/gmu;

/**
 * Adoption records: "Eidsvoll kommunestyre 15. 02.2011, sak 2/11", "Vedtatt i kommunestyret 17.06.2015",
 * "vedtatt av bystyret i februar 2023", "Vedteke i fylkestinget 14. juni 2022, PS 12/2022", "Vedtatt av rådmannens ledergruppe".
 */
export function detectAdoptions(input: string): AdoptionRecord[] {
  // The same adoption printed again (a running header on every page) is one record.
  // A mention without date or case beside a dated record ("… adopted by the Regional Council") adds nothing.
  const seen = new Set<string>();
  const records = adoptionRecords(input);
  // A plan page's data line ("**Vedtaksdato:** 13.11.2025 · **Sak:** PS 88/25 · …") gives the case of an
  // adoption sentence that names none, when it names one case.
  const fields = new Set([...input.matchAll(CASE_FIELD)].map((m) => m[1]));
  const [fieldCase] = fields;
  if (fields.size === 1 && fieldCase) for (const record of records) record.caseNumber ??= fieldCase;
  const dated = records.some((record) => record.date !== null || record.caseNumber !== null);
  // The same adoption told again less exactly ("adopted … in March 2025" below "… on 13 March 2025, case 19/25").
  const vaguer = (record: AdoptionRecord) =>
    record.caseNumber === null && record.date !== null && records.some((other) => other !== record && other.body === record.body && other.date !== null && other.date !== record.date && other.date.startsWith(record.date!));
  return records.filter((record) => {
    const key = `${record.municipality ?? ''}|${record.date ?? ''}|${record.caseNumber ?? ''}`;
    if (vaguer(record)) return false;
    if (record.date === null && record.caseNumber === null) return !dated;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function adoptionRecords(input: string): AdoptionRecord[] {
  const handled = caseHistory(input);
  if (handled) return handled;
  // A two-column key-value table ("| Vedtatt av | Fylkestinget |", "| Saksnummer | 87/25 |") read as "key: value" lines,
  // and a bold label's markers dropped ("**Strategy adopted:** by the County Council … on 13 March 2025").
  const text = input.replace(KEY_VALUE_ROW, '$1: $2').replace(/\*\*|__/g, '');
  const records: AdoptionRecord[] = [];
  const pattern = new RegExp(String.raw`((?:[\p{Lu}][\p{L}-]+[ \t]+(?:og[ \t]+)?){0,2}[\p{Lu}][\p{L}-]+)[ \t]+(${[...COUNCILS, 'fylkesting'].join('|')})\s+(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}),?\s*(?:\(?sak\s+([\d/]+))?`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const [, words = '', body = '', day = '', month = '', year = '', caseNumber] = m;
    const place = knownPlaceAtEnd(words);
    // "Oppdal kommunestyre 13.02.2025, PS 14/25": a case number written otherwise than "sak …" just after the date.
    records.push({ body: `${place} ${body}`, municipality: place, date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, caseNumber: caseNumber ?? caseNear(text, m.index + m[0].length) });
  }
  if (records.length > 0) return records;
  // "Vedtatt av kommunestyret 17.06.2015", "vedtatt av Levanger kommunestyre 19. juni 2024 i sak 45/24",
  // "adopted by the Narvik Municipal Council on 14 December 2023 (case 131/23)", "Vedtatt: Ringsaker
  // kommunestyre / Dato: … / Saksnummer: …" (a key-value block), "… kommunestyre i møte 23.10.2024".
  const adoption = new RegExp(String.raw`${ADOPTED}:?(?:\s+av|\s+i|\s+by)?:?\s+(?:the\s+)?(?:(${PLACE})\s+)?(${BODY})(?:\s+\([^()\n]{1,40}\))?(?:\s+(?:i|of)\s+(${PLACE}))?(?:\s+i\s+møte)?(?:,?\s+${DATE})?(?:${CASE})?`, 'gu');
  for (const m of text.matchAll(adoption)) {
    const [, before, body = '', after, date, caseNumber] = m;
    if (consults(text, m.index + m[0].length)) continue;
    records.push(adoptionRecord(text, m.index + m[0].length, body, before, after, date, caseNumber));
    if (records.length >= 10) break;
  }
  // A property line, the date first and the body and case in brackets after it: "Vedteken: 12. februar 2026
  // (kommunestyret, PS 9/26)", "Adopted: 23.04.2026 (municipal council, case 31/26)", as a wiki page or an
  // exported note lists its properties.
  const property = new RegExp(String.raw`${ADOPTED}[ \t]*:[ \t]*${DATE}[ \t]*\([ \t]*(?:the\s+)?(?:(${PLACE})\s+)?(${BODY})(?:${CASE})?[ \t]*\)`, 'gu');
  for (const m of text.matchAll(property)) {
    const [, date, before, body = '', caseNumber] = m;
    if (records.length < 10) records.push(adoptionRecord(text, m.index + m[0].length, body, before, undefined, date, caseNumber));
  }
  // "Handsama i formannskapet …" over "Vedteken av Stryn kommunestyre …": the council adopted; the committee only handled it.
  if (records.some((record) => isFinalBody(record.body))) records.splice(0, records.length, ...records.filter((record) => isFinalBody(record.body)));
  // The body first: "Kommunestyret i Kvinnherad vedtok tiltaksplanen 20. februar 2025 (sak 012/25)"; in English
  // with the Norwegian name in brackets: "The municipal council (kommunestyret) adopted the strategy on …".
  if (records.length === 0) {
    const bodyFirst = new RegExp(String.raw`(?:(${PLACE})\s+)?(${BODY})(?:\s+\([^()\n]{1,40}\))?(?:\s+i\s+(${PLACE}))?\s+${ADOPTS}\s+(?:[\p{L}-]+\s+){0,3}?${DATE}(?:${CASE})?`, 'giu');
    for (const m of text.matchAll(bodyFirst)) {
      const [, before, body = '', after, date, caseNumber] = m;
      if (consults(text, m.index + m[0].length)) continue;
      records.push(adoptionRecord(text, m.index + m[0].length, body, before, after, date, caseNumber));
      if (records.length >= 10) break;
    }
  }
  // The date first: "On 23 April 2026 the municipal council (kommunestyret) of Vågan adopted the Digital Strategy
  // 2026–2029 (case PS 31/26)", "Den 12. mars 2026 vedtok kommunestyret i Alvdal …"; the case may follow the name.
  if (records.length === 0) {
    const dateFirst = new RegExp(String.raw`(?:[Oo]n\s+|[Dd]en\s+)?${DATE},?\s+(?:(?:the|${ADOPTS})\s+)?(?:(${PLACE})\s+)?(${BODY})(?:\s+\([^()\n]{1,40}\))?(?:\s+(?:i|of)\s+(${PLACE}))?\s+(?:${ADOPTS}\b)?(?:[^.()]{0,120}?${CASE})?`, 'gu');
    for (const m of text.matchAll(dateFirst)) {
      const [whole, date, before, body = '', after, caseNumber] = m;
      if (!new RegExp(String.raw`\b${ADOPTS}\b`, 'iu').test(whole) || consults(text, m.index + m[0].length)) continue;
      records.push(adoptionRecord(text, m.index + m[0].length, body, before, after, date, caseNumber));
      if (records.length >= 10) break;
    }
  }
  if (records.length === 0) {
    const plain = /Vedtatt av:?\s+([\p{Ll}\p{Lu}][\p{L} -]{3,60}?)(?=\s*(?:\n|$|\d|Side|Innhold))/u.exec(text);
    if (plain?.[1]) records.push({ body: plain[1].trim(), municipality: null, date: null, caseNumber: null });
  }
  return records;
}

/** Decisions that send a draft out for consultation (data/adoption-bodies.json `consultationDecisions`). */
const CONSULTATION = new RegExp(ADOPTION_BODIES.consultationDecisions.join('|'), 'iu');

/**
 * True when the decision read up to `end` goes on, in its sentence, to send the document out for
 * consultation: "Formannskapet vedtok 9. oktober 2025 (sak 93/25) å legge utkastet ut på offentlig høring"
 * adopts nothing; the document is a draft.
 */
function consults(text: string, end: number): boolean {
  const rest = text.slice(end, end + 120).split(/(?<=[.!?])\s|\n/u)[0] ?? '';
  return CONSULTATION.test(rest);
}

/**
 * A "Saksgang" table (rows of body, meeting date and case number, as pipes: "| Formannskapet | 04.06.2025 |
 * 058/25 |"): the record of the body that adopted, the last row whose body's decision is final
 * (data/adoption-bodies.json finalBodies), else the last row; not the committees that handled the case first.
 * Where the final bodies are several municipalities' councils, each one's record.
 */
function caseHistory(text: string): AdoptionRecord[] | null {
  const bodyCell = new RegExp(String.raw`^(?:(${PLACE})\s+)?(${BODY})$`, 'iu');
  const dateCell = new RegExp(String.raw`^(\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.?\s+\p{L}+\s+\d{4})$`, 'u');
  const rows: AdoptionRecord[] = [];
  for (const m of text.matchAll(/^\|(.+)\|[ \t]*$/gm)) {
    const cells = m[1]!.split('|').map((cell) => cell.trim());
    const body = cells.map((cell) => bodyCell.exec(cell)).find((found) => found !== null);
    const date = cells.find((cell) => dateCell.test(cell));
    const caseNumber = cells.map((cell) => /^(?:sak\s+)?(\d{1,4}\/\d{2,4})$/i.exec(cell)?.[1]).find(Boolean);
    if (!body || !date || !caseNumber) continue;
    // The place in the body's cell ("Herøy kommunestyre") or in a cell of its own ("| Herøy | Kommunestyret | …").
    const ownCell = cells.find((cell) => cell !== body[0] && findMunicipalities(cell).length > 0);
    const place = body[1] && findMunicipalities(body[1]).length > 0 ? body[1] : (ownCell ?? null);
    rows.push({ body: ownCell && !body[1] ? `${ownCell} ${body[2]!.toLowerCase().replace(/(?<=e)t$/, '')}` : body[0], municipality: place, date: isoDate(date), caseNumber });
  }
  // The councils of several member municipalities ("Indre Fosen kommunestyre | 15.02.2024 | sak 14/24", "Ørland
  // kommunestyre | …"): each adopted it.
  const finals = rows.filter((row) => isFinalBody(row.body));
  if (new Set(finals.map((row) => row.municipality).filter(Boolean)).size > 1) return finals;
  const adopted = finals.at(-1) ?? rows.at(-1);
  return adopted ? [adopted] : null;
}

/** The longest run of words at the end that names a municipality ("Indre Fosen" in "… Indre Fosen"), else the last word. */
function knownPlaceAtEnd(words: string): string {
  const parts = words.trim().split(/\s+/);
  for (let n = parts.length; n > 1; n--) {
    const tail = parts.slice(-n).join(' ');
    if (!/^og\b/.test(tail) && findMunicipalities(tail).length > 0) return tail;
  }
  return parts.at(-1) ?? '';
}

/** A case number printed just after the adoption line ("… 17.06.2015. Sak 45/15"), or on a "Saksnummer: 112/24" line below it. */
function caseNear(text: string, offset: number): string | null {
  const m = new RegExp(`^[\\s.,;]{0,4}${CASE}`, 'u').exec(text.slice(offset, offset + 40));
  return m?.[1] ?? FIELD_CASE.exec(text.slice(offset, offset + FIELD_REACH))?.[1] ?? null;
}

/** A date on a "Dato: 11.12.2024" line below the adoption line (a key-value block). */
function dateNear(text: string, offset: number): string | null {
  const m = FIELD_DATE.exec(text.slice(offset, offset + FIELD_REACH));
  return m?.[1] ? isoDate(m[1]) : null;
}

/**
 * One adoption record: the body as printed, with a place named before it ("Levanger kommunestyre")
 * or after it ("kommunestyret i Kvinnherad"); the municipality when the place is one; the date and
 * case number where the line gives them, else from the lines just below it.
 */
function adoptionRecord(text: string, end: number, body: string, before: string | undefined, after: string | undefined, date: string | undefined, caseNumber: string | undefined): AdoptionRecord {
  const known = (place: string | undefined) => (place && findMunicipalities(place).length > 0 ? place : undefined);
  const place = known(before) ?? known(after);
  const printed = before && known(before) ? `${before} ${body}` : after ? `${body} i ${after}` : body;
  return { body: printed, municipality: place ?? null, date: date ? isoDate(date) : dateNear(text, end), caseNumber: caseNumber ?? caseNear(text, end) };
}

/** "17.06.2015" → "2015-06-17"; "14. juni 2022" → "2022-06-14"; "februar 2023" → "2023-02"; "2019" → "2019". */
export function isoDate(raw: string): string | null {
  const numeric = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2,4})$/.exec(raw.trim());
  if (numeric) {
    const [, d = '', mo = '', y = ''] = numeric;
    const year = y.length === 2 ? `20${y}` : y;
    return `${year}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  const named = /^(?:(\d{1,2})\.?\s+)?(\p{L}+)\s+(\d{4})$/u.exec(raw.trim());
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()];
    if (!month) return null;
    return named[1] ? `${named[3]}-${String(month).padStart(2, '0')}-${named[1].padStart(2, '0')}` : `${named[3]}-${String(month).padStart(2, '0')}`;
  }
  return /^\d{4}$/.test(raw.trim()) ? raw.trim() : null;
}

/**
 * Member lists: "Gausdal, Lillehammer og Øyer kommuner", lists of known municipalities after a word about
 * municipalities ("Kommunene i samarbeidet er Aukra, Gjemnes og Molde", "består av …"), and, in a collaboration's
 * document, any list of three known municipalities or more.
 */
export function detectMunicipalityList(text: string): string[] {
  const m = /((?:[\p{Lu}][\p{L}-]+, )*[\p{Lu}][\p{L}-]+ og [\p{Lu}][\p{L}-]+) kommuner\b/u.exec(text);
  if (m?.[1]) return m[1].split(/, | og /).map((name) => name.trim());
  const NAME = String.raw`[\p{Lu}][\p{L}-]+(?: og [\p{Lu}][\p{L}-]+)?`;
  const listed = new RegExp(String.raw`(?:[Kk]ommunene|[Kk]ommunane|[Mm]edlemskommunene|[Mm]edlemmene|[Ee]igarkommunane|[Ee]ierkommunene)[^.:\n]{0,60}?(?:\ber|\bvar|består av|omfatter|mellom)\s+((?:${NAME}, )+${NAME} og [\p{Lu}][\p{L}-]+)`, 'u').exec(text);
  const known = (names: string[]) => names.length >= 3 && names.every((name) => findMunicipalities(name).length > 0);
  if (listed?.[1]) {
    const names = listed[1].split(/, | og (?=[\p{Lu}][\p{L}-]+$)/u).map((name) => name.trim());
    if (known(names)) return names;
  }
  const tabled = memberTable(text);
  if (tabled.length > 0) return tabled;
  // "… samarbeid om IKT for Hamar, Stange, Løten, Kongsvinger, Grue, Nord-Odal og Sør-Odal": any list of three
  // known municipalities or more (a line break inside it allowed).
  for (const m of text.matchAll(/((?:[\p{Lu}][\p{L}-]+,\s+){2,}[\p{Lu}][\p{L}-]+\s+(?:og|and)\s+[\p{Lu}][\p{L}-]+)/gu)) {
    const names = m[1]!.split(/,\s+|\s+(?:og|and)\s+/u).map((name) => name.trim());
    if (known(names)) return names;
  }
  return [];
}

/**
 * A table with a row per member ("| Kommune | Innbyggere | Kontaktperson |" over "| Rakkestad | 8 400 | … |"):
 * the names of its first column, when three or more rows name known municipalities and every other row is a sum row.
 */
function memberTable(text: string): string[] {
  for (const table of text.matchAll(/(?:^\|[^\n]*\|[ \t]*(?:\n|$)){4,}/gm)) {
    const firsts = table[0].split('\n').slice(1).map((line) => /^\|([^|]*)\|/.exec(line)?.[1]?.replace(/\*\*/g, '').trim() ?? '').filter((cell) => cell && !/^:?-{2,}:?$/.test(cell));
    const names = firsts.filter((cell) => findMunicipalities(cell).length > 0);
    if (names.length >= 3 && firsts.every((cell) => names.includes(cell) || SUM_LABEL.test(cell))) return names;
  }
  return [];
}

const YEAR = String.raw`(?:19|20)\d{2}`;
const RANGE = new RegExp(String.raw`(${YEAR})\s*(?:[–—-]|til|to)\s*(${YEAR})`, 'g');
/** Phrases that introduce the period in the opening text: "Planperiode: 2022–2025", "for perioden 2020-2023". */
const PERIOD_PHRASE = new RegExp(String.raw`(?:[Pp]lanperiode|[Ss]trategiperiode|[Pp]erioden|[Gg]jeld(?:er)?\s+for|[Gg]jelder\s+fra|[Pp]eriode)\s*:?\s*(?:for\s+)?(?:åra?\s+|årene\s+)?(${YEAR})\s*(?:[–—-]|til)\s*(${YEAR})`);

/**
 * The period: a range in the title ("2022-2029", "2020 - 2023"), "fram mot 2020" (from the adoption),
 * a period phrase in the opening text, a range in the file name, a single year in the title.
 */
export function detectPeriod(title: string, head: string, sourceName: string, adopted: AdoptionRecord[]): Period {
  const ranges = [...title.matchAll(RANGE)];
  const last = ranges[ranges.length - 1];
  if (last) return { from: Number(last[1]), to: Number(last[2]) };
  const towards = new RegExp(String.raw`(?:fram|frem|fra nå og fram|fra nå og frem) mot (${YEAR})`).exec(`${title} ${head}`);
  const adoptedYear = adopted.map((record) => Number(record.date?.slice(0, 4))).find((year) => year > 1990) ?? null;
  if (towards) return { from: adoptedYear, to: Number(towards[1]) };
  const phrase = PERIOD_PHRASE.exec(head);
  if (phrase) return { from: Number(phrase[1]), to: Number(phrase[2]) };
  const fromName = /((?:19|20)\d{2})\D{1,3}((?:19|20)\d{2})/.exec(sourceName);
  if (fromName) return { from: Number(fromName[1]), to: Number(fromName[2]) };
  const single = new RegExp(String.raw`\b(${YEAR})\b`).exec(title);
  if (!single) return { from: adoptedYear, to: null };
  const year = Number(single[1]);
  // "Digitaliseringsstrategi 2030", adopted years before: a target year, not a one-year plan.
  if (adoptedYear !== null && year > adoptedYear + 1) return { from: adoptedYear, to: year };
  return { from: year, to: year };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
