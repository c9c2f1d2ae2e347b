import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCollaboration, findCounties, findMunicipalities, organisationWords } from '../gazetteer.ts';
import { CASE_DOCUMENTS, DOCUMENT_KINDS, TITLE_HEADS } from './document-kinds.ts';
import { opensWithEmailHeader } from './email.ts';
import { strategyCase } from './meeting-minutes.ts';

/** Words that name a kind of strategy document ("handlingsplan", "strategi"; data/document-kinds.json). */
const KIND_WORDS: string[] = DOCUMENT_KINDS.flat().map((word) => word.toLowerCase());
const namesKind = (line: string) => KIND_WORDS.some((word) => line.toLowerCase().includes(word));
/** "Plan", "Kommunedelplan", "Strategi": a word that names a document by its last part (data/document-kinds.json titleHeads). */
/** Also in the genitive that opens a part's title ("Kommuneplanens samfunnsdel 2026–2038", "Strategiens tiltak"). */
const namesDocument = (word: string) => {
  const folded = word.toLowerCase();
  const base = folded.replace(/(?:ens|ets|s)$/, '');
  return namesKind(word) || TITLE_HEADS.some((head) => folded.endsWith(head) || base.endsWith(head));
};

/**
 * The strategy's title: "Dokumentnavn:" where given; else the printed title from the PDF layout (the
 * largest text on page 1, or a usable PDF Title field); else the front page's first lines, joined
 * while they continue one another ("Strategi for" / "velferdsteknologi" / "2015"). `marked`: the text opens
 * with a heading the author marked as the title ("# Digitale tenester 2026–2029"), whole on its line: the
 * line under it ("**Plan bygd på innbyggjarundersøkinga 2025**") is a subtitle, no part of it.
 */
export function detectTitle(text: string, layoutTitles: string[] = [], marked = false): string {
  const named = /Dokumentnavn:\s*([^\n]+?)(?:\s+Godkjent\b|\s+\p{Lu}\p{L}+:|\n|$)/u.exec(text.slice(0, 2000));
  if (named?.[1]) return tidyTitle(named[1]);
  // The minutes of a meeting: the strategy is the case that names it ("PS 15/26 Digitaliseringsstrategi for …").
  const minutesCase = strategyCase(text);
  if (minutesCase) return tidyTitle(minutesCase.title);
  const adopted = adoptedStrategy(text);
  if (adopted) return adopted;
  const fromText = titleFromLines(text, marked);
  const layout = layoutTitles.map(cleanLayoutTitle).find((title): title is string => title !== null);
  const printed = layout && !fold(fromText).includes(fold(layout)) ? tidyTitle(layout) : fromText;
  return quotedTitle(text, printed) ?? printed;
}

/** A period of years ("2026–2029", "2026-29" not included). */
const YEARS = /(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}/;
/** A name in quotation marks: «…», “…”, ”…” or "…", on one line. */
const QUOTED = /«([^«»\n]{4,120})»|“([^“”"\n]{4,120})”|”([^”"\n]{4,120})”|"([^"“”\n]{4,120})"/g;
/** Words before a quoted name that adopt it ("Kommunestyret vedtok «…»", "the Council adopted "…""). */
const ADOPTS = /\b(?:vedtok|vedtatt|vedteke|vedteken|vedtekne|vedtek|godkjente|godkjent|godkjende|adopted|approved|passed)\b[^.!?\n]{0,30}$/i;
/**
 * A headline that reports news rather than naming a document: "Ny strategi er vedtatt: – Ingen skal …" (a colon
 * before a quote or a quoted reply), "… er vedtatt", "… has been adopted", a question or an exclamation.
 */
const NEWS = [
  /:\s*[–—«"“”]/,
  /\b(?:er|blir|ble|vart|er no|er nå|har blitt|har vorte|is|was|has been|have been)\s+(?:endelig\s+|now\s+|finally\s+)?(?:vedtatt|vedteke|vedteken|vedtekne|godkjent|godkjend|adopted|approved|på plass|klar|ready|in place)\b/i,
  /[?!]\s*(?:\p{Extended_Pictographic}|\uFE0F|\s)*$/u,
];
/** The wording of a text that reports on a document (data/news-wording.json). */
const NEWS_WORDING = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/news-wording.json', import.meta.url)), 'utf8')) as { newsOpeners: string[]; adoptionVerbs: string[]; nameArticles: string[]; genreLabels: string[] };
const words = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** "Our new Digital Strategy 2026–2029", "Vår nye digitaliseringsstrategi": a headline announcing a document. */
const NEWS_OPENER = new RegExp(`^(?:${words(NEWS_WORDING.newsOpeners)})(?![\\p{L}])`, 'iu');
/** "PRESS RELEASE", "Pressemelding": a news text's label of its kind on its first line, no headline of its own. */
const GENRE_LABEL = new RegExp(`^(?:${words(NEWS_WORDING.genreLabels)})[.:]?$`, 'iu');
const readsAsNews = (line: string) => NEWS.some((pattern) => pattern.test(line)) || NEWS_OPENER.test(line.trim()) || GENRE_LABEL.test(line.trim());
/**
 * "… adopted the Digital Strategy 2026–2029 (case PS 31/26)", "… vedtar Digitaliseringsstrategi for Enebakk kommune
 * 2026–2030.": the name after a verb of adoption, up to its period of years.
 */
const ADOPTED_NAME = new RegExp(
  `(?<![\\p{L}])(?:${words(NEWS_WORDING.adoptionVerbs)})\\s+(?:(?:${words(NEWS_WORDING.nameArticles)})\\s+)?([\\p{Lu}][^()\\n.;:!?«»"“”]{2,100}?(?:19|20)\\d{2}\\s*[–-]\\s*(?:19|20)\\d{2})(?![\\d])`,
  'gu',
);

/** A line that names a document itself: a kind of document ("…strategi", "Handlingsplan …") or a period of years. */
const namesDocumentLine = (line: string) => namesKind(line) || namesDocument(line.split(/\s+/)[0] ?? '') || YEARS.test(line);

/**
 * The name of the strategy that a news article or a social-media post reports, quoted in its opening text
 * ("Kommunestyret vedtok «Digitaliseringsstrategi for Oppdal kommune 2026–2029» …", "… adopted "Digital Vadsø
 * 2026–2029" …"): a quoted name that names a kind of document or a period of years. It stands for the title
 * when the headline reads as news, or when the headline names no document and the name is the one adopted.
 * Null otherwise: a document's own title stays whatever it quotes.
 */
function quotedTitle(text: string, headline: string): string | null {
  const news = readsAsNews(headline);
  if (!news && namesDocumentLine(headline)) return null;
  const opening = text.slice(0, QUOTE_WITHIN);
  for (const match of opening.matchAll(QUOTED)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').replace(/[*_]+/g, '').trim();
    if (!/^[\p{Lu}\d]/u.test(name) || /[.!?,;:]$/.test(name) || name.split(/\s+/).length > 12) continue;
    if (!namesKind(name) && !namesDocument(name.split(/\s+/)[0] ?? '') && !YEARS.test(name)) continue;
    if (news || ADOPTS.test(opening.slice(Math.max(0, match.index - 60), match.index))) return tidyTitle(name);
  }
  // The name without quotation marks after the verb that adopted it, when it names a kind of document.
  for (const match of opening.matchAll(ADOPTED_NAME)) {
    const name = match[1]!.replace(/\s+/g, ' ').trim();
    if (name.split(/\s+/).length <= 12 && (namesKind(name) || namesDocument(name.split(/\s+/)[0] ?? ''))) return tidyTitle(name);
  }
  return null;
}

/** How far into the text a news article's or a post's quoted name of the strategy may stand. */
const QUOTE_WITHIN = 1200;

/**
 * The title of the strategy a political case document adopts ("SAKSFRAMLEGG … Vedlegg: 1. Digitaliseringsstrategi
 * for Sykkylven kommune 2025–2028"): the first line of its opening part that names a kind of document and a
 * period, without a list number or field name, in its own letters where a line has them (not the capitals of a
 * "Sakstittel"), and without what the case does with it ("– SLUTTHANDSAMING"). Null for other documents.
 */
function adoptedStrategy(text: string): string | null {
  const front = text.slice(0, 600).split('\n').map((line) => line.trim().toLowerCase());
  if (!front.some((line) => CASE_DOCUMENTS.includes(line.replace(/[^\p{L} ]/gu, '').trim())) && !opensWithEmailHeader(text)) return null;
  const named = text
    .slice(0, 3000)
    .split('\n')
    .map((line) => line.trim().replace(/^(?:\d{1,2}[.)]\s+|[\p{L} ]{3,20}:\s*)/u, '').replace(/\s+[–-]\s+\p{Lu}{4,}[\p{Lu}\s]*$/u, '').trim())
    // A file's name ("Handlingsplan digitalisering 2026-2027.docx; Saksprotokoll …pdf") is an attachment's, no title.
    .filter((line) => !FILE_NAME.test(line))
    .filter((line) => line.length <= 120 && (namesKind(line) || namesDocument(line.split(/\s+/)[0] ?? '')) && /(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}/.test(line));
  // A line opening with the document's name (the attachment's title, a "Vedlegg" item) before a decision
  // sentence that names it ("Kommunestyret vedtar Digitaliseringsstrategi for …").
  const opening = named.filter((line) => namesDocument(line.split(/\s+/)[0] ?? ''));
  const pool = opening.length > 0 ? opening : named;
  const title = pool.find((line) => /\p{Ll}/u.test(line)) ?? pool[0];
  return title ? tidyTitle(title) : null;
}

const FILE_NAME = /\.(?:docx?|pdf|odt|rtf|xlsx?|pptx?|txt)\b/i;

/** Words that cannot end a title: the line continues on the next one. */
const OPEN_END = /(?:^|\s)(?:for|i|og|av|til|om|med|mot|på|innan|innen|fram|frem|–|-|:)$/i;
const CONTINUATION = /^(?:for|i|og|\d{4}|til|mot|fram|frem|innen|innan|(?:Tiltaksplan|Handlingsplan|Strategi|Plan)\b)/;

/** `marked`: the text opens with the title's own heading line (markdown "# …"), which the author wrote whole. */
function titleFromLines(text: string, marked = false): string {
  // A social-media post's lines about the page and the post ("2,148 followers", "3d • Edited • 🌐") are no title.
  let lines = text.slice(0, 1500).split('\n').map((line) => line.replace(/^#+\s*/, '').trim()).filter((line) => line && !isPostMetadata(line));
  // A front page that opens with the organisation's name alone ("Sarpsborg kommune") before the title.
  while (lines.length > 1 && isOrganisationOnly(lines[0] ?? '') && !isOrganisationOnly(lines[1] ?? '')) lines = lines.slice(1);
  // A poster's or a sheet's header, the organisation and a word for the sheet ("SALTDAL KOMMUNE   STRATEGIKART"),
  // over a line that names the document with its years ("DIGITALISERINGSSTRATEGI 2026–2030").
  if (lines.length > 1 && isOrganisationHeader(lines[0]!) && namesDocumentLine(lines[1]!) && /(?:19|20)\d{2}/.test(lines[1]!)) lines = lines.slice(1);
  // A department or sector line ("Helse og mestring") over a line that names the document ("Handlingsplan for …").
  while (lines.length > 1 && lines[0]!.length < 60 && !namesKind(lines[0]!) && !/\d{4}/.test(lines[0]!) && /^\p{Lu}/u.test(lines[1]!) && namesDocument(lines[1]!.split(/\s+/)[0]!)) lines = lines.slice(1);
  let title = lines[0] ?? 'Uten tittel';
  for (const line of lines.slice(1, marked ? 1 : 5)) {
    const short = line.length < 60 && title.length < 120;
    const continues =
      CONTINUATION.test(line) ||
      /^\d{4}\s*[-–]\s*\d{4}$/.test(line) ||
      (OPEN_END.test(title) && line.length < 80) ||
      (/^\p{Ll}/u.test(line) && title.length < 40 && !/[.!?]$/.test(title));
    if (short && continues && !isOrganisationOnly(line)) title += ` ${line}`;
    else break;
  }
  title = title.split(/\s+(?:Vedtatt av|Vedtatt i|Vedteke|Versjon:|Dato:|Innholdsfortegnelse)/)[0] ?? title;
  // A running header of parts set apart by dots or bars ("Stjørdal kommune · Handlingsprogram 2025–2028 · …"):
  // the part that names the document.
  const parts = title.split(/\s+[·|•]\s*|\s*[·|•]\s+/).map((part) => part.trim()).filter(Boolean);
  const namesOne = (part: string) => namesKind(part) || namesDocument(part.split(/\s+/)[0] ?? '');
  if (parts.length > 1) title = parts.find((part) => namesOne(part) && /(?:19|20)\d{2}/.test(part)) ?? parts.find((part) => namesOne(part)) ?? title;
  if (title.length > 90) {
    const opener = /\s(?=(?:Kommunene|Kommunen|Dokumentet|Denne|Dette|Det|Strategien|Planen)\s+\p{Ll})/u.exec(title);
    title = opener ? title.slice(0, opener.index) : title.slice(0, 90).replace(/\s+\S*$/, '');
  }
  return tidyTitle(title);
}

/**
 * A social-media post's metadata: a follower or member count ("2,148 followers", "1 234 følgere"), the post's
 * age with its marks ("3d • Edited • 🌐", "2 t • Redigert"), "Promoted" / "Sponset".
 */
function isPostMetadata(line: string): boolean {
  return (
    /^\d[\d,.\s]*\s*[kKmM]?\s+(?:followers|follower|følgere|følgjarar|members|medlemmer|medlemar|connections|forbindelser)$/i.test(line) ||
    /^\d{1,2}\s*(?:s|m|min|h|t|d|w|u|mo|mnd|y|yr|år)\s*[•·]/i.test(line) ||
    /^(?:promoted|sponset|sponsa|sponsored)$/i.test(line)
  );
}

/** "SALTDAL KOMMUNE STRATEGIKART": the organisation's name and at most two words without figures after it. */
function isOrganisationHeader(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 8 || /\d/.test(line)) return false;
  for (let cut = words.length - 1; cut >= Math.max(1, words.length - 2); cut--) {
    if (isOrganisationOnly(words.slice(0, cut).join(' '))) return true;
  }
  return false;
}

export function tidyTitle(title: string): string {
  return title.replace(/\b((?:19|20)\d{2})\s*[-–]?\s*((?:19|20)\d{2})\b/g, '$1–$2').replace(/\s+/g, ' ').trim();
}

const JUNK_TITLE = /^(?:Microsoft\s+(?:Word|PowerPoint|Excel)\b|untitled\b|uten tittel\b|(?:dokument|document|presentasjon|presentation)\s*\d*$|PowerPoint-presentasjon)|\.(?:docx?|pdf|pptx?|odt|rtf|txt|indd)$/i;

/** A PDF Title or layout title that can stand as the title: not a file name, a program's label or the organisation alone. */
export function usableTitle(title: string): boolean {
  return cleanLayoutTitle(title) !== null;
}

/**
 * A layout or PDF title with its junk removed: "Lillestrøm kommune – Lillestrøm kommune – Strategi"
 * keeps "Strategi"; a file name, "Microsoft Word - …" or the organisation alone gives null.
 */
export function cleanLayoutTitle(raw: string): string | null {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (title.length < 4 || title.length > 200 || JUNK_TITLE.test(title)) return null;
  if (!/\s/.test(title) && /[_]|\d{3,}|\.\w{2,4}$/.test(title)) return null;
  const parts = title.split(/\s+[–—|-]\s+/).filter((part, i, all) => all.findIndex((other) => fold(other) === fold(part)) === i);
  const kept = parts.filter((part) => !isOrganisationOnly(part));
  if (kept.length === 0) return null;
  return kept.join(' – ');
}

/** The words after a name that make it an organisation's ("kommune", "herad", "fylkeskommune", "County Municipality"; longest first). */
const OWNER_SUFFIX = new RegExp(String.raw`\s+(?:${[...organisationWords().municipalityNames, ...organisationWords().ownerNames].sort((a, b) => b.length - a.length).join('|')})$`, 'i');

/**
 * "Sarpsborg kommune", "VESTLAND FYLKESKOMMUNE", "Kongsbergregionen": a line naming only an organisation;
 * also the name in two languages ("Finnmark fylkeskommune – Finnmark County Council", "Akershus County
 * Municipality (Akershus fylkeskommune)") and English forms ("City of Bergen").
 */
export function isOrganisationOnly(line: string): boolean {
  const parts = line.trim().split(/\s+[–—|]\s+/);
  if (parts.length > 1) return parts.every((part) => isOrganisationOnly(part));
  const translated = /^(.+?)\s*\(([^()]+)\)$/.exec(line.trim());
  if (translated) return isOrganisationOnly(translated[1]!) && isOrganisationOnly(translated[2]!);
  const name = line.trim().replace(OWNER_SUFFIX, '').replace(/^(?:city|municipality|town|county) of\s+/i, '');
  if (name === line.trim() && !findCollaboration(name)) return false;
  return findMunicipalities(name).length > 0 || findCounties(name).length > 0 || findCollaboration(name) !== null;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

/** "4.3 ", "2 ", "5.2.1 ": a chapter's number before a heading's words (not a year). */
const CHAPTER_NUMBER = /^(?!(?:19|20)\d{2}\b)\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u;

/** How far into the text a page's own title heading may stand, below site lines ("Nettstaden til Kvam herad"). */
const TITLE_HEADING_WITHIN = 600;
/** How far a top heading naming a document with its period may stand: below a plan register's data table too. */
const NAMED_TITLE_WITHIN = 2500;

/**
 * Where the title stands when the author marked it: a lone top-level heading (markdown "# …") near
 * the start, below at most a few short lines of the site it was saved from. Null when there is none.
 */
export function titleHeadingStart(text: string, headings: ReadonlyArray<{ start: number; level: number }>): number | null {
  if (headings.length < 2) return null;
  const top = Math.min(...headings.map((heading) => heading.level));
  const tops = headings.filter((heading) => heading.level === top);
  const first = tops[0]!;
  if (first.start === 0 || first.start > NAMED_TITLE_WITHIN || headings.some((heading) => heading.start < first.start)) return null;
  // A top heading that names a document with its period ("# Regional Digitalisation Strategy 2025–2029") is
  // the title, whatever a web page or a front page prints above it (a skip link, a menu, the organisation's
  // line, a plan register's data table); also where the chapters below it are marked at its level (text
  // underlining every one with "===="), when it opens the marked headings and carries no chapter number.
  const line = text.slice(first.start, text.indexOf('\n', first.start) >>> 0).replace(/^[^\p{L}\d]+/u, '');
  // A heading that opens with a chapter's number ("4.3 Digitalisering og IKT") is a chapter of a larger document, no title.
  if (CHAPTER_NUMBER.test(line)) return null;
  const named = /(?:19|20)\d{2}/.test(line) && (namesKind(line) || namesDocument(line.split(/\s+/)[0] ?? '')) && line.length <= 120;
  if (named && (tops.length === 1 || !/^\d/.test(line))) return first.start;
  if (tops.length !== 1 || first.start > TITLE_HEADING_WITHIN) return null;
  const before = text.slice(0, first.start).split('\n').filter((line) => line.trim());
  return before.length <= 3 && before.every((line) => line.length <= 80 && !/[.!?]$/.test(line.trim())) ? first.start : null;
}
