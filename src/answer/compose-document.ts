import type { AdoptionRecord } from '../../ingest/model.ts';
import { getDocumentPassages, type DocumentSummary, type PassageRow } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { CitationList } from './citations.ts';
import { scopeOf, type ComposeContext, type Composer } from './context.ts';
import type { Question } from './question.ts';
import { phraseStems } from '../search/thesaurus.ts';
import { formatDate, listNames, PHRASES, type Language } from './language.ts';
import { DOCUMENT_PHRASES } from './document-phrases.ts';
import { sentencesOf } from './lookup-sentences.ts';
import { bodyIn, CONSULTATION } from './adoption-bodies.ts';
import { amendmentsIn } from './amendments.ts';
import { ADOPTION_ASKED, adoptionOrderAsked, DOCUMENT_ASPECTS, DOCUMENT_STATEMENTS, type DocumentAspect } from './question-words.ts';
import { escapeRegExp } from '../text/regexp.ts';

const MAX_DOCUMENTS = 10;

/** The aspects a question asks about, in a fixed order (adoption when none is recognised). */
export function documentAspects(text: string, previousText = ''): DocumentAspect[] {
  const named = (words: string) => DOCUMENT_ASPECTS.filter(([, pattern]) => pattern.test(normalize(words))).map(([aspect]) => aspect);
  const found = named(text);
  // A follow-up that names no fact ("kva med den andre planen?") asks what the question before it asked.
  const before = found.length === 0 && previousText ? named(previousText) : [];
  return found.length > 0 ? found : before.length > 0 ? before : ['adoption'];
}

/**
 * "Hvem vedtok Sørums e-strategi?", "Når ble ØRU-strategien vedtatt i Eidsvoll?", "Hvilke kommuner er
 * med i 3-1-samarbeidet?", "What period does the Sørum strategy cover?": answered from the stored
 * metadata, each fact cited to the passage that states it where one does.
 */
export const composeDocument: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const citations = new CitationList();
  const lines: string[] = [];
  const aspects = documentAspects(question.text, question.previousText);
  const membersTold = new Set<string>();
  const memberCounts: string[] = [];
  if (aspects[0] === 'appliesTo' && question.documents.length > 0) return appliesTo(context, question);
  const documents = documentsAsked(context, question).slice(0, MAX_DOCUMENTS);
  const adoptedOn: Array<{ document: DocumentSummary; date: string | null }> = [];
  for (const document of documents) {
    const passages = getDocumentPassages(context.db, document.id);
    if (aspects.includes('adoption')) adoptedOn.push({ document, date: adoptionDate(document, passages) });
    const cite = (found: { passage: PassageRow; quote: string } | null) => (found ? ` [${citations.cite(found.passage, document, found.quote)}]` : '');
    for (const aspect of aspects) {
      if (aspect === 'adoption') lines.push(...adoptionLines(document, passages, question.text, question.language, cite));
      if (aspect === 'period') {
        const { from, to } = document.period;
        lines.push(from === null && to === null ? phrases.periodUnknown(document.title) : withCite(phrases.period(document.title, String(from ?? '?'), String(to ?? '?')), cite(periodPassage(passages, from, to))));
        // "Gjelder den fortsatt?": whether the period has ended, in the year the question is asked.
        const validity = DOCUMENT_STATEMENTS.validityAsked.test(normalize(question.text)) && context.year !== undefined ? validityOf(from, to, context.year, question.language) : null;
        if (validity) lines.push(validity);
      }
      if (aspect === 'owner') {
        // The owner field, or the responsible one where that is what was asked ("Dokumentansvarlig 3-1 IKT-styre").
        const responsible = /ansvarlig|responsible/.test(normalize(question.text));
        const field = responsible ? 'Dokumentansvarlig' : 'Dokumenteier';
        const stated = statedField(passages, new RegExp(`${field}:?\\s+([^\\n]{3,60}?)(?=\\s+(?:Dato|Dokumentansvarlig|Dokumenteier|Dokumentnavn|Versjon|Godkjent)\\b|\\n|$)`, 'u'));
        // "Hvem er ansvarlig for Trondheims strategi …?" with no such field: the sentence that gives the
        // strategy its responsible one ("Kommunaldirektør for organisasjon har ansvaret for strategien."), quoted.
        const sentence = responsible && !stated ? namingSentence(passages, RESPONSIBILITY, document.title) : null;
        if (sentence) {
          lines.push(`${document.title}: ${phrases.statedVersion(sentence.quote)}${cite(sentence)}.`);
          continue;
        }
        // "Hvem står bak …, og hvilken dato har dokumentet?": with no owner field, the front matter's
        // body beside its date (the prepared lines below) says who is behind it; the title is no evidence.
        if (!stated && aspects.includes('prepared') && frontMatterFields(passages.slice(0, FRONT_MATTER))) continue;
        lines.push(phrases.owner(document.title, stated ? `${document.organisation} (${stated.value})` : document.organisation) + cite(stated ?? titlePassage(passages)));
      }
      if (aspect === 'prepared') lines.push(...preparedLines(document, passages, question.language, cite));
      if (aspect === 'amended') {
        // "Hvilken endring gjorde kommunestyret …?": the changes the decision made to the strategy, quoted.
        const changes = amendmentsIn(passages);
        if (changes.length === 0) lines.push(phrases.amendmentsNone(document.title));
        for (const change of changes) lines.push(`${document.title}: ${phrases.amendment(change.quote.replace(/\s+/g, ' '))}${cite(change)}.`);
      }
      if (aspect === 'version') {
        // "Hvilken strategi erstatter …?": the sentence by which the strategy names the one it replaces, quoted.
        const replaces = DOCUMENT_STATEMENTS.replacementAsked.test(normalize(question.text)) ? paragraphSentence(passages, DOCUMENT_STATEMENTS.replaces) : null;
        if (replaces) {
          lines.push(`${document.title}: ${phrases.statedVersion(replaces.quote)}${cite(replaces)}.`);
          continue;
        }
        const stated = statedField(passages.slice(0, 3), /Versjon:?\s+(\d+(?:\.\d+)*)/u);
        const period = `${document.period.from ?? '?'}–${document.period.to ?? '?'}`;
        lines.push(phrases.version(document.title, period) + cite(titlePassage(passages)));
        if (stated) lines.push(phrases.statedVersion(stated.quote) + cite(stated));
        const others = context.documents.filter((other) => other.organisation === document.organisation && other.id !== document.id);
        if (others.length > 0) lines.push(phrases.otherVersions(document.organisation, listNames(others.map((other) => `${other.title} (${other.period.from ?? '?'}–${other.period.to ?? '?'})`), question.language)));
      }
      if (aspect === 'members') {
        // Members belong to the organisation: said once however many of its strategies are loaded.
        if (membersTold.has(document.organisation)) continue;
        membersTold.add(document.organisation);
        const names = document.municipalities;
        if (names.length > 0) memberCounts.push(`${document.organisation} ${names.length}`);
        const listed = names.length === 0 ? statedMembers(passages) : null;
        // A single municipality made of former ones ("…då Førde, Gaular, Jølster og Naustdal vart slegne saman").
        const merged = names.length <= 1 ? mergerSentence(passages) : null;
        if (merged) {
          lines.push(withCite(DOCUMENT_PHRASES[question.language].mergedFrom(document.organisation, merged.names, merged.when), cite(merged)));
          continue;
        }
        const stated = names.length > 0 ? membersPassage(passages, names) : null;
        // "… og siden når har de samarbeidet?": the sentence naming the members is quoted where it gives the year.
        const sinceAsked = DOCUMENT_STATEMENTS.sinceAsked.test(normalize(question.text));
        // Members known from the register of collaborations but not listed in the text: said so, and
        // cited to where the strategy speaks of its member municipalities.
        const fromRegister = names.length > 0 && !stated ? collaborationSentence(passages, document.organisation) : null;
        lines.push(
          fromRegister ? withCite(`${phrases.members(document.organisation, listNames(names, question.language)).replace(/\.$/, '')} ${DOCUMENT_PHRASES[question.language].membersFromRegister}`, cite(fromRegister))
          : names.length > 0 && stated && sinceAsked && YEAR.test(stated.quote) ? `${withCite(phrases.members(document.organisation, listNames(names, question.language)), '')} ${phrases.statedVersion(stated.quote)}${cite(stated)}.`
          : names.length > 0 ? withCite(phrases.members(document.organisation, listNames(names, question.language)), cite(stated))
          : listed ? withCite(phrases.members(document.organisation, listed.names), cite(listed))
          : phrases.membersNone(document.organisation),
        );
      }
    }
  }
  // "Hvem har flest medlemskommuner, ROR-IKT eller Øvre Romerike?": the members of two or more, counted side by side.
  if (memberCounts.length >= 2) lines.push(DOCUMENT_PHRASES[question.language].memberCounts(listNames(memberCounts, question.language)));
  const order = adoptionOrderAsked(normalize(question.text));
  const ordered = order && adoptedOn.length >= 2 ? orderLine(adoptedOn, order, question.language) : null;
  if (ordered) lines.push(ordered);
  return { answer: lines.join('\n'), citations: citations.items, intent: 'document', language: question.language, topic: question.topic };
};

/**
 * "Which strategies apply to Molde?": the strategies of the places the question names, their own and those
 * of the collaborations whose members include them, each cited to its opening line.
 */
function appliesTo(context: ComposeContext, question: Question): Awaited<ReturnType<Composer>> {
  const phrases = DOCUMENT_PHRASES[question.language];
  const citations = new CitationList();
  const asked = ` ${normalize(question.text).replace(/[^\p{L}\d-]+/gu, ' ')} `;
  // The places named: a member municipality ("Eidsvoll" of ØRU) or an organisation itself ("Molde kommune").
  const members = [...new Set(question.documents.flatMap((document) => document.municipalities))].filter((name) => asked.includes(` ${normalize(name)} `));
  const places = members.length > 0 ? members : [...new Set(question.documents.map((document) => document.organisation))];
  const lines: string[] = [];
  for (const place of places) {
    lines.push(phrases.appliesTo(place));
    const own = (document: DocumentSummary) => document.organisation === place || (document.municipalities.length === 1 && document.municipalities[0] === place);
    for (const document of context.documents.filter((document) => own(document) || document.municipalities.includes(place))) {
      const first = getDocumentPassages(context.db, document.id)[0];
      const n = first ? ` [${citations.cite(first, document, first.text.split('\n')[0]!.slice(0, 200))}]` : '';
      lines.push(`• ${document.title} (${document.organisation})${own(document) ? '' : ` – ${phrases.memberOf(place, document.organisation)}`}${n}`);
    }
  }
  return { answer: lines.join('\n'), citations: citations.items, intent: 'document', language: question.language, topic: question.topic };
}

/**
 * "Hvilken strategi er nyest, Askers eller Sandnes'?": after each one's adoption, which was adopted
 * last (or first) — "Nyest er Digitaliseringsstrategi for Asker (Asker kommune), vedtatt 7. september
 * 2021." Said only when every strategy has a date and one comes strictly before or after the others.
 */
function orderLine(adopted: Array<{ document: DocumentSummary; date: string | null }>, order: 'latest' | 'earliest', language: Language): string | null {
  const chosen = inOrder(adopted, (item) => item.date, order);
  if (!chosen) return null;
  const { document } = chosen.item;
  const name = normalize(document.title).includes(normalize(document.organisation).replace(/ (?:fylkes)?kommune$/, '')) ? document.title : `${document.title} (${document.organisation})`;
  return DOCUMENT_PHRASES[language][order](name, formatDate(chosen.date, language));
}

/**
 * Of two or more items, the one dated last (or first), with its date (ISO, yyyy-mm-dd, yyyy-mm or yyyy); null when
 * one has no date, or none comes strictly after (before) the others: "2021" and "2021-09-07" are no order, the
 * shorter being a prefix of the longer.
 */
function inOrder<T>(items: T[], dateOf: (item: T) => string | null, order: 'latest' | 'earliest'): { item: T; date: string } | null {
  const dated = items.map((item) => ({ item, date: dateOf(item) }));
  if (dated.length < 2 || dated.some((entry) => entry.date === null)) return null;
  const sorted = (dated as Array<{ item: T; date: string }>).sort((a, b) => a.date.localeCompare(b.date));
  const [chosen, next] = order === 'latest' ? [sorted[sorted.length - 1]!, sorted[sorted.length - 2]!] : [sorted[0]!, sorted[1]!];
  return chosen.date.startsWith(next.date) || next.date.startsWith(chosen.date) ? null : chosen;
}

/** The earliest adoption date of a document, ISO (yyyy-mm-dd, yyyy-mm or yyyy): its records, else the date on its adoption line. */
function adoptionDate(document: DocumentSummary, passages: PassageRow[]): string | null {
  const recorded = document.adopted.flatMap((record) => (record.date ? [record.date] : [])).sort()[0];
  if (recorded) return recorded;
  for (const record of document.adopted) {
    const quote = adoptionPassage(passages, record)?.quote;
    const date = quote ? isoDateIn(quote) : null;
    if (date) return date;
  }
  const stated = document.adopted.length === 0 ? statedSentence(passages.slice(0, FRONT_MATTER), ADOPTION_LINE) : null;
  return stated ? isoDateIn(stated.quote) : null;
}

/** "16.06.2021" → "2021-06-16". */
function isoDateIn(text: string): string | null {
  const numeric = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/u.exec(text);
  return numeric ? `${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}` : null;
}

/**
 * The documents named, else those whose title or organisation has the most of the topic's words
 * ("regional plan for digitalisering i Vestland"), else all.
 */
function documentsAsked(context: ComposeContext, question: Question): DocumentSummary[] {
  if (question.documents.length > 0 || !question.topic) return scopeOf(context, question);
  const wanted = new Set(phraseStems(question.topic));
  const scored = context.documents.map((document) => ({ document, score: phraseStems(`${document.title} ${document.organisation}`).filter((stem) => wanted.has(stem)).length }));
  const best = Math.max(0, ...scored.map((item) => item.score));
  return best === 0 ? context.documents : scored.filter((item) => item.score === best).map((item) => item.document);
}

function withCite(sentence: string, citation: string): string {
  return citation ? `${sentence.replace(/\.$/, '')}${citation}.` : sentence;
}

function adoptionLines(document: DocumentSummary, passages: PassageRow[], text: string, language: Language, cite: (found: { passage: PassageRow; quote: string } | null) => string): string[] {
  const phrases = PHRASES[language];
  if (document.adopted.length === 0) {
    // No record: the front matter's own adoption sentence, quoted, where there is one.
    // Then, anywhere, a sentence that says how this document is adopted and names it by a word of
    // its title ("Tiltaksplanen … vedtas av rådmannsutvalget").
    // A draft whose front matter says it was sent out for consultation is said to be one, quoting that line.
    const consulted = statedSentence(passages.slice(0, FRONT_MATTER), CONSULTATION);
    if (consulted) return [`${DOCUMENT_PHRASES[language].consultationDraft(document.title, consulted.quote.replace(/^[*_]+|[*_]+$/gu, ''))}${cite(consulted)}`];
    const stated = statedSentence(passages.slice(0, FRONT_MATTER), ADOPTION_LINE) ?? namingSentence(passages, ADOPTION_LINE, document.title);
    if (stated) return [`${document.title}: ${phrases.statedVersion(stated.quote)}${cite(stated)}`];
    // Nothing says who adopted it: what the front matter does state (date, owner, approval field), quoted.
    const front = frontMatterFields(passages.slice(0, FRONT_MATTER));
    return front ? [`${phrases.notAdopted(document.title)} ${DOCUMENT_PHRASES[language].frontMatterStates(front.quote)}${cite(front)}`] : [phrases.notAdopted(document.title)];
  }
  // "…vedtatt i Eidsvoll?": only the records of the municipalities the question names.
  const asked = normalize(text);
  const named = document.adopted.filter((record) => record.municipality && new RegExp(`(?<![\\p{L}])${normalize(record.municipality)}(?![\\p{L}])`, 'u').test(asked));
  const records = named.length > 0 ? named : document.adopted;
  const describe = (record: AdoptionRecord, quote: string | undefined) => {
    // Date and case number from the record, else from the cited adoption line itself.
    const month = record.date && /^\d{4}-\d{2}$/.test(record.date) ? formatDate(`${record.date}-01`, language).replace(/^1\.?\s+/, '') : null;
    const date = month ? null : record.date ? formatDate(record.date, language) : quote ? dateIn(quote, language) : null;
    const caseNumber = record.caseNumber ?? (quote ? CASE_IN_LINE.exec(quote)?.[1] ?? null : null);
    // A question for the case number is told when the strategy gives none.
    const noCase = !caseNumber && ADOPTION_ASKED.caseNumber.test(asked) ? DOCUMENT_PHRASES[language].noCaseNumber : '';
    const when = month ? DOCUMENT_PHRASES[language].adoptedIn(month) : date ? phrases.adoptedOn(date) : '';
    return [bodyIn(record.body, language) + when, caseNumber ? phrases.caseNumber(caseNumber) : noCase].filter(Boolean).join(', ');
  };
  const found = records.map((record) => ({ record, passage: adoptionPassage(passages, record) }));
  // "Hva er saksnummeret for Stavangers vedtak …?" of a strategy that gives none: said so, uncited — its
  // adoption line is no evidence of a case number. Asked with the date or the body too ("Når ble den
  // vedtatt, og i hvilken sak?"), those are answered and cited as ever.
  const caseOnly = ADOPTION_ASKED.caseNumber.test(asked) && !ADOPTION_ASKED.dateOrBody.test(asked);
  if (caseOnly && found.every(({ record, passage }) => !record.caseNumber && !(passage && CASE_IN_LINE.test(passage.quote)))) {
    return [`${document.title}: ${DOCUMENT_PHRASES[language].noCaseNumber}.`];
  }
  if (found.length === 1) return [`${phrases.adoptedBy(document.title, describe(found[0]!.record, found[0]!.passage?.quote))}${cite(found[0]!.passage)}.`];
  const lines = [phrases.adoptedIntro(document.title), ...found.map(({ record, passage }) => `• ${describe(record, passage?.quote)}${cite(passage)}`)];
  // "Hvilken ØRU-kommune vedtok strategien først?": of several councils adopting one strategy, the first or last.
  // (Only full dates: a council's month or year alone does not place it among the others.)
  const order = adoptionOrderAsked(asked);
  const chosen = order ? inOrder(found, ({ record }) => (record.date && /^\d{4}-\d{2}-\d{2}$/.test(record.date) ? record.date : null), order) : null;
  if (order && chosen) lines.push(DOCUMENT_PHRASES[language][order](bodyIn(chosen.item.record.body, language).trim(), formatDate(chosen.date, language)));
  return lines;
}

const FRONT_MATTER = 5;
/** A year in a sentence. */
const YEAR = /(?<![\d–-])(?:19|20)\d{2}(?![\d–-])/u;
/** A case number on an adoption line ("sak 14/19", "saksnr. 84/21"). */
const CASE_IN_LINE = /\bsak(?:snr\.?|snummer)?:?\s*(\d+\/\d+)/iu;
/** A sentence saying who is responsible for something ("har ansvaret for strategien", "is responsible for"). */
const RESPONSIBILITY = /(?<![\p{L}])(?:ansvar\p{L}*|responsib\p{L}*)/iu;
/** A sentence saying who prepares or wrote a document. */
const PREPARES = /(?<![\p{L}])(?:utarbeid\p{L}*|prepar\p{L}*|drafted|skrevet av|skrive av|written by)/iu;

/**
 * "When is Kongsbergregionen's eStrategi 2011–2014 dated, and which body prepared it?": the front
 * matter's date line as it stands ("SuksIT 28.01.2011": the body beside the date), and the sentence that
 * says who prepares the document, naming it by a word of its title ("En av oppgavene til SuksIT er å
 * utarbeide en ny regional eStrategi …"); each quoted, so the answer says only what the document says.
 */
function preparedLines(document: DocumentSummary, passages: PassageRow[], language: Language, cite: (found: { passage: PassageRow; quote: string } | null) => string): string[] {
  const front = frontMatterFields(passages.slice(0, FRONT_MATTER));
  const sentence = namingSentence(passages, PREPARES, document.title);
  if (!front && !sentence) return [DOCUMENT_PHRASES[language].preparedUnknown(document.title)];
  return [
    ...(front ? [`${document.title}: ${DOCUMENT_PHRASES[language].frontMatterStates(front.quote)}${cite(front)}.`] : []),
    ...(sentence ? [`${document.title}: ${PHRASES[language].statedVersion(sentence.quote)}${cite(sentence)}.`] : []),
  ];
}
const ADOPTION_LINE = /\b(?:[Vv]edtatt|[Vv]edtas|[Vv]edteke|[Vv]edteken|[Vv]edtek|[Gg]odkjent|[Gg]odkjennes|[Aa]dopted|[Aa]pproved)\s+(?:av|i|by|in)\b/u;

/** The first sentence matching `pattern` that names the document by a word of its title (six letters or more). */
function namingSentence(passages: PassageRow[], pattern: RegExp, title: string): { passage: PassageRow; quote: string } | null {
  const words = [...new Set(normalize(title).split(/[^\p{L}]+/u).filter((word) => word.length >= 6))];
  if (words.length === 0) return null;
  const names = new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})`, 'u');
  for (const passage of passages) {
    const m = pattern.exec(passage.text);
    if (!m) continue;
    const quote = sentenceAround(passage.text, m.index, m.index + m[0].length);
    if (names.test(normalize(quote))) return { passage, quote };
  }
  return null;
}

/** "16.06.2021" or "7. september 2021" in a line, as a date in the answer's language. */
function dateIn(text: string, language: Language): string | null {
  const numeric = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/u.exec(text);
  if (numeric) return formatDate(`${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}`, language);
  const written = /(?<!\d)\d{1,2}\.\s+\p{L}+\s+(?:19|20)\d{2}/u.exec(text);
  return written ? written[0] : null;
}

/** The first sentence matching `pattern`, quoted whole across the line breaks inside its paragraph (lookup-sentences.ts). */
function paragraphSentence(passages: PassageRow[], pattern: RegExp): { passage: PassageRow; quote: string } | null {
  for (const passage of passages) {
    const m = pattern.exec(passage.text);
    if (!m) continue;
    const unit = sentencesOf(passage.text).find((item) => item.start <= m.index && m.index < item.end);
    if (unit) return { passage, quote: passage.text.slice(unit.start, unit.end).replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** The first sentence matching `pattern` in the passages, quoted whole. */
function statedSentence(passages: PassageRow[], pattern: RegExp): { passage: PassageRow; quote: string } | null {
  for (const passage of passages) {
    const m = pattern.exec(passage.text);
    if (m) return { passage, quote: sentenceAround(passage.text, m.index, m.index + m[0].length) };
  }
  return null;
}

/** The passage naming the adopting body, quoted from the body to its case number (or date) where they follow. */
function adoptionPassage(passages: PassageRow[], record: AdoptionRecord): { passage: PassageRow; quote: string } | null {
  const body = new RegExp(escapeRegExp(record.body).replace(/\s+/g, '\\s+'), 'iu');
  for (const passage of passages) {
    const m = body.exec(passage.text);
    if (!m) continue;
    let end = m.index + m[0].length;
    const at = record.caseNumber ? passage.text.indexOf(record.caseNumber, end) : -1;
    if (record.caseNumber && at >= 0 && at - end < 60) {
      end = at + record.caseNumber.length;
      // "… 7. september 2021 (sak 84/21)": the bracket closes in the quote too.
      if (passage.text[end] === ')' && passage.text.lastIndexOf('(', end) > m.index) end++;
    }
    else {
      // The rest of the adoption line: its date and case number where the record lacks them.
      const rest = /^[^\n]{0,120}?(?=\n|\.\s+\p{Lu}|\.?$)/u.exec(passage.text.slice(end));
      if (rest) end += rest[0].length;
    }
    // "vedtatt av kommunestyret …": the quote starts at the adoption word just before the body, in either case.
    const before = /(?:[Vv]edtatt|[Vv]edteken|[Vv]edteke|[Gg]odkjent|[Gg]odkjend)\s+(?:av|i)\s+$/u.exec(passage.text.slice(Math.max(0, m.index - 20), m.index));
    const start = before ? m.index - before[0].length : m.index;
    return { passage, quote: passage.text.slice(start, end) };
  }
  return null;
}

function periodPassage(passages: PassageRow[], from: number | null, to: number | null): { passage: PassageRow; quote: string } | null {
  // A sentence that states the period ("Planen gjelder for perioden 2024–2026") before the title that merely carries it.
  if (from !== null && to !== null) {
    const stated = statedSentence(passages, new RegExp(`(?:periode|period|gjelder|gjeld|covers|runs)[^.\\n]{0,40}${from}\\s*[–-]\\s*${to}`, 'iu'));
    if (stated) return stated;
  }
  const pattern = from !== null && to !== null ? new RegExp(`${from}\\s*[–-]?\\s*${to}`, 'u') : to !== null ? new RegExp(`(?:mot|til|through|to)\\s+${to}`, 'u') : null;
  const alternatives = [pattern, to !== null ? new RegExp(`(?:fram mot|frem mot|mot|til|to)\\s+${to}`, 'u') : null].filter((p): p is RegExp => p !== null);
  for (const p of alternatives) {
    for (const passage of passages) {
      const m = p.exec(passage.text);
      if (m) return { passage, quote: sentenceAround(passage.text, m.index, m.index + m[0].length) };
    }
  }
  return null;
}

function membersPassage(passages: PassageRow[], names: string[]): { passage: PassageRow; quote: string } | null {
  // The sentence naming most members (the shortest of equals).
  const candidates = passages.flatMap((passage) =>
    passage.text.split(/(?<=[.!?])\s+(?=[\p{Lu}«"])/u).map((sentence) => ({ passage, quote: sentence.trim(), count: names.filter((name) => sentence.includes(name)).length })),
  );
  const best = candidates.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.quote.length - b.quote.length)[0];
  return best && best.count >= Math.min(2, names.length) ? best : null;
}

const NAME = String.raw`\p{Lu}[\p{L}-]+(?: (?:og )?\p{Lu}[\p{L}-]+)?`;
/** "Kommunene i ROR-IKT-samarbeidet er Aukra, Gjemnes, …, Rauma og Vestnes": a list of names after the word for member municipalities. */
const MEMBER_LIST = new RegExp(String.raw`(?:[Kk]ommunene|[Kk]ommunane|[Mm]edlemskommunene|[Mm]edlemskommunane|[Mm]unicipalities)\b[^.\n]{0,80}?(?:\ber\b|\bare\b|:)\s+(${NAME}(?:, ${NAME})+ (?:og|and) ${NAME})`, 'u');

/** Where no members are recorded: a sentence of the front matter that lists them. */
function statedMembers(passages: PassageRow[]): { passage: PassageRow; quote: string; names: string } | null {
  for (const passage of passages.slice(0, FRONT_MATTER)) {
    const m = MEMBER_LIST.exec(passage.text);
    if (m) return { passage, quote: m[0], names: m[1]! };
  }
  return null;
}

/** The first sentence that speaks of the organisation's municipalities ("Kommunene i Kongsbergregionen har siden 2005 samarbeidet …"). */
function collaborationSentence(passages: PassageRow[], organisation: string): { passage: PassageRow; quote: string } | null {
  const name = escapeRegExp(organisation.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  const pattern = new RegExp(`(?:[Kk]ommunene|[Kk]ommunane|[Mm]unicipalities)\\s+(?:i|på|in|of)\\s+(?:the\\s+)?${name}|${name}-?(?:kommunene|kommunane)|${name}s\\s+(?:kommuner|municipalities)`, 'u');
  return statedSentence(passages, pattern);
}

/** A front-matter line with a date, owner, version or an approval field ("Versjon: 0.4 Dokumenteier: … Dato: 2009-05-27 …", "SuksIT 28.01.2011"). */
function frontMatterFields(passages: PassageRow[]): { passage: PassageRow; quote: string } | null {
  const field = /(?:Dato|Date|Dokumenteier|Dokumentansvarlig|Godkjent|Versjon|Version)\b[^\n]{0,200}|[^\n.]{0,60}(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)[^\n.]{0,40}/u;
  for (const passage of passages) {
    const m = field.exec(passage.text);
    if (m) return { passage, quote: m[0].trim() };
  }
  return null;
}

const MERGER = /(?:slått sammen|slått saman|slegne saman|slegne sammen|sammenslåing|samanslåing|sammenslått|samanslått|merged|merger|amalgamat)/iu;
const PLACE = String.raw`\p{Lu}[\p{L}-]+`;
const PLACE_LIST = new RegExp(String.raw`${PLACE}(?:,\s+${PLACE})*\s+(?:og|and)\s+${PLACE}`, 'u');

/** A date in a sentence ("1. januar 2020", "1 January 2020"), or a year. */
const DATE = /\b\d{1,2}\.?\s+\p{L}+\s+(?:19|20)\d{2}\b|(?<![\d–-])(?:19|20)\d{2}(?![\d–-])/u;

/** The sentence that says which municipalities were merged into this one, with their names and, where it says, when. */
function mergerSentence(passages: PassageRow[]): { passage: PassageRow; quote: string; names: string; when: string | null } | null {
  for (const passage of passages.slice(0, FRONT_MATTER * 2)) {
    // A title or heading line is no part of the sentence after it.
    for (const sentence of passage.text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n\s*\n/u)) {
      if (!MERGER.test(sentence)) continue;
      const list = PLACE_LIST.exec(sentence);
      if (list) return { passage, quote: sentence.trim(), names: list[0], when: DATE.exec(sentence)?.[0] ?? null };
    }
  }
  return null;
}

function titlePassage(passages: PassageRow[]): { passage: PassageRow; quote: string } | null {
  const first = passages[0];
  return first ? { passage: first, quote: first.text.split('\n')[0]!.slice(0, 200) } : null;
}

function statedField(passages: PassageRow[], pattern: RegExp): { passage: PassageRow; quote: string; value: string } | null {
  for (const passage of passages) {
    const m = pattern.exec(passage.text);
    if (m) return { passage, quote: m[0], value: m[1] ?? m[0] };
  }
  return null;
}

/** The sentence of `text` around [start, end): from the boundary before to the one after (a line break, or a full stop before a capital). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}«"]|\s*$)|\n/gu)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m[0] === '\n' ? m.index : m.index + 1;
      break;
    }
  }
  return text.slice(from, to).trim();
}

/** Whether a period has ended, runs this year or on, or has not begun, in `year`; null when the period is not known. */
function validityOf(from: number | null, to: number | null, year: number, language: Language): string | null {
  const say = DOCUMENT_PHRASES[language].validity;
  if (from !== null && from > year) return say.notBegun(from);
  if (to === null) return null;
  return to < year ? say.ended(to) : to === year ? say.endsThisYear(to) : say.running(to);
}
