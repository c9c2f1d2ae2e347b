import { commits } from '../../ingest/structure/themes.ts';
import { createTopicMatcher, GENERIC_SHARE, type TermStats } from '../search/match.ts';
import type { SearchResult } from '../search/search.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import { analyze, normalize, STOP_WORDS, tokenize } from '../text/analyze.ts';
import { yearsIn } from '../text/years.ts';
import { cognatePrefixes, holdsCognate } from '../text/cognates.ts';
import { LOOKUP_PATTERNS, speaksOfMoney, withoutLeadingConjunction } from './question-words.ts';

/**
 * Sentence selection for look-ups: the sentence that answers, not the passage that matches. Every
 * sentence of the candidate passages is scored by the topic's words it holds (rare words weigh more,
 * compound parts count), by what kind of answer the question wants (a number for "hvor mange", a
 * name for "hvem" / "hva heter", a code for "hvilket format"), and a little by the passage's search
 * rank; within a passage, a sentence showing the topic as a concept (`shows`) is preferred; a
 * sentence that ends in a colon carries the list after it.
 */
export interface RankedSentence {
  result: SearchResult;
  /** The sentence, verbatim from the passage. */
  sentence: string;
  score: number;
  /**
   * False when the question asks for a quantity ("hvor mange", "how many") and the sentence states none
   * beyond the question's own numbers and years: it may share the topic's words but it does not answer.
   */
  answersKind: boolean;
  /** For a table row: the table's header row, which names its cells. */
  header?: string;
}

/** What kind of answer the question asks for. */
export type AnswerKind = 'share' | 'amount' | 'number' | 'name' | 'code' | 'any';

const SHARE = LOOKUP_PATTERNS.share;
const SHARE_STATED = LOOKUP_PATTERNS.shareStated;
/** "halvere", "doble", "halve": a number said as a word of proportion. */
const PROPORTION_STATED = LOOKUP_PATTERNS.proportionStated;
/** A place in a ranking ("blant de ti beste", "top ten"): answers how high, or how many. */
const RANK_STATED = LOOKUP_PATTERNS.rankStated;
/** A count said as a word ("four municipal harbours"), the word captured. */
const COUNT_STATED = new RegExp(LOOKUP_PATTERNS.countStated.source, 'giu');
const AMOUNT = LOOKUP_PATTERNS.amount;
const AMOUNT_STATED = LOOKUP_PATTERNS.amountStated;
const NUMBER = LOOKUP_PATTERNS.number;
/** "tiltak 6", "kapittel 4.2": a number referring to a part of the document, which counts nothing. */
const NUMBER_REFERENCE = LOOKUP_PATTERNS.numberReference;
/** "Hva vil X gjøre med …": what a strategy will do is answered by what it commits to. */
const COMMITMENT_ASKED = LOOKUP_PATTERNS.commitmentAsked;
const NAME = LOOKUP_PATTERNS.name;
const CODE = LOOKUP_PATTERNS.code;

/** Reads what kind of answer a question wants. */
export function answerKind(question: string): AnswerKind {
  // "Og kven har ansvaret …?" asks as "Kven har ansvaret …?" does.
  const text = withoutLeadingConjunction(normalize(question));
  if (SHARE.test(text)) return 'share';
  // "Hva kostet …", "How much did Sandnes budget for …": an amount of money, not any number.
  if (AMOUNT.test(text) || (NUMBER.test(text) && speaksOfMoney(text))) return 'amount';
  if (NUMBER.test(text)) return 'number';
  if (NAME.test(text)) return 'name';
  if (CODE.test(text)) return 'code';
  return 'any';
}

/** A unit ending in a colon carries up to this much of the list after it. */
const LIST_REACH = 360;
/** A sentence scoring below this share of the best one is not quoted. */
const KEEP_SHARE = 0.6;

/** The table row (a line with cells) that holds a text (a goal's, a sentence's), verbatim, or null. */
export function tableRowOf(passage: string, text: string): string | null {
  const at = passage.indexOf(text);
  if (at < 0) return null;
  const end = passage.indexOf('\n', at);
  const row = passage.slice(passage.lastIndexOf('\n', at) + 1, end < 0 ? passage.length : end);
  return row.includes('|') ? row.trim() : null;
}

/** A pipe table row's cells, trimmed and without emphasis marks ("| **M2** | Alle … | A | R |" → "M2", "Alle …", "A", "R"). */
export function rowCells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.replace(/[*_]/g, '').trim());
}

/** The header rows of a text's pipe tables (the row above a rule row "|---|---|"), with their offsets. */
export function tableHeaders(text: string): Array<{ start: number; text: string }> {
  return [...text.matchAll(/(^|\n)(\|[^\n]*\|)[ \t]*\n\|[\s|:-]+\|/g)].map((m) => ({ start: m.index + m[1]!.length, text: m[2]! }));
}

/**
 * The passage's sentences (and list items, and table rows), each verbatim with its offset; a table's
 * row carries its header row ("| Tiltak | Ansvar | Frist | Kostnad |"), which says what its cells are.
 */
export function sentencesOf(text: string): Array<{ start: number; end: number; header?: string }> {
  const units: Array<{ start: number; end: number; header?: string }> = [];
  // Line breaks inside a PDF paragraph are not boundaries; a blank line, a bulleted line or a table's
  // row ("| Innføre … | Teknisk | 2025 | 350 000 |") is.
  const boundary = /(?<=[.!?:])\s+(?=[\p{Lu}«"\d–•-])|\s+[-–•]\s+|\n\s*\n\s*|\n(?=\s*[-–•|])|(?<=\|)[ \t]*\n/gu;
  let start = 0;
  const add = (from: number, to: number) => {
    // A table's rule row ("|---|---|") says nothing.
    if (to > from && !/^\|[\s|:-]+\|$/.test(text.slice(from, to).trim())) units.push({ start: from, end: to });
  };
  for (const m of text.matchAll(boundary)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, text.length);
  // A header row is the cells' names, not an answer: it goes with each row under it instead.
  const headers = tableHeaders(text);
  for (const [i, unit] of [...units.entries()].reverse()) {
    if (headers.some((header) => header.start === unit.start)) units.splice(i, 1);
    else if (text.startsWith('|', unit.start)) unit.header = headers.filter((header) => header.start < unit.start).at(-1)?.text;
  }
  // "Felleskomponenter som skal brukes:" is answered by the items that follow it.
  return units.map((unit, i) => {
    if (!text.slice(unit.start, unit.end).trimEnd().endsWith(':')) return unit;
    let end = unit.end;
    for (const next of units.slice(i + 1)) {
      if (next.end - unit.end > LIST_REACH) break;
      end = next.end;
    }
    return { start: unit.start, end };
  });
}

/**
 * The best answering sentences of the candidates, best first, at most one per passage. A sentence
 * counts when it holds a specific word of the topic (inflected, in a compound, or through the
 * vocabulary), or when its passage matches the topic as a whole; after the first, only sentences that
 * hold a specific word themselves and score near the best are kept.
 */
export function rankSentences(question: string, topic: string, candidates: SearchResult[], thesaurus: Thesaurus, stats: TermStats, limit: number, english = false, shows?: (sentence: string) => boolean): RankedSentence[] {
  const total = Math.max(1, stats.passages);
  const asked = new Set(analyze(question));
  const whole = createTopicMatcher(topic, thesaurus);
  const words = [...new Set(tokenize(topic).map((token) => token.word).filter((word) => word.length > 1 && !STOP_WORDS.has(word)))].map((word) => {
    const df = Math.max(0, ...analyze(word).map((term) => stats.documentFrequency(term)));
    return { matcher: createTopicMatcher(word, thesaurus), weight: Math.log(1 + total / (1 + df)), generic: df / total > GENERIC_SHARE, terms: analyze(word) };
  });
  // Asked in English of Norwegian text: the topic's longer words also count by their Norwegian cognates.
  // A cognate held by most candidate passages ("digita…") says nothing on its own.
  const cognates = english ? cognatePrefixes(topic).filter((prefix) => candidates.filter((c) => holdsCognate(c.text, prefix)).length <= Math.max(1, candidates.length * GENERIC_SHARE * 2)) : [];
  const cognateWeight = Math.log(1 + total / 10);
  const years = yearsIn(question).map(String);
  const kind = answerKind(question);
  const commitmentAsked = COMMITMENT_ASKED.test(normalize(question));
  // "How many harbours …": the thing counted, which a count said as a word must count ("four municipal harbours").
  const counted = kind === 'number' ? countedIn(question, thesaurus) : undefined;
  const top = Math.max(cognates.length > 0 ? cognateWeight : 0, ...words.map((w) => w.weight));
  const ranked: Array<RankedSentence & { own: boolean }> = [];
  candidates.forEach((result, rank) => {
    const passageMatches = whole.matches(result.text);
    let best: (RankedSentence & { own: boolean; pick: number }) | null = null;
    for (const { start, end, header } of sentencesOf(withoutHeading(result.text, result.section))) {
      const offset = result.text.length - withoutHeading(result.text, result.section).length;
      // A table row is quoted alone, and matched with its header ("Ansvar" for who is responsible).
      const sentence = header !== undefined ? result.text.slice(offset + start, offset + end).trim() : extendShort(result.text, offset + start, offset + end);
      if (sentence.split(/\s+/).length < 3 || isHeading(sentence, result.section)) continue;
      const hits = words.filter((w) => w.matcher.matches(header !== undefined ? `${header} ${sentence}` : sentence));
      const cognateHits = cognates.filter((prefix) => holdsCognate(sentence, prefix)).length;
      // In English, a Norwegian sentence holds the topic through its phrases ("welfare technology" →
      // "velferdsteknologisk"), where its single words ("welfare", "technology") reach nothing.
      const own = hits.some((w) => !w.generic) || cognateHits > 0 || (english && whole.matches(sentence));
      if (!own && !passageMatches) continue;
      let score = hits.reduce((sum, w) => sum + (w.generic ? w.weight / 2 : w.weight), 0) + whole.score(sentence) * top + cognateHits * cognateWeight;
      score += years.filter((year) => sentence.includes(year)).length * top * 0.5;
      score += answers(sentence, kind, asked, counted) ? top : 0;
      score += 0.1 * top * (1 - rank / Math.max(1, candidates.length));
      // Long sentences say many things: a slight preference for the shorter of equals.
      score -= sentence.length / 5000;
      // "Hva vil X gjøre med …": the sentence committing to something answers it, whichever passage holds it.
      if (commitmentAsked && commits(sentence)) score += top / 4;
      // Within a passage, the sentence that shows the topic as a concept (its theme's label) is the one to
      // quote; across passages the score alone ranks, so that the concept does not pull in padding.
      // …and of two sentences showing it, the one in the question's own word ("trygghetsalarmer", not the
      // "medisindispenser" its theme also labels).
      const sentenceTerms = new Set(analyze(sentence));
      const literal = words.filter((w) => !w.generic && w.terms.some((term) => sentenceTerms.has(term))).reduce((sum, w) => sum + w.weight, 0);
      // …and where a figure is asked, the sentence stating one ("b) Minst 30 prosent av brukerne …", not "a) Alle som …").
      const figure = FIGURES.has(kind) && answers(sentence, kind, asked, counted) ? top : 0;
      // …and where no figure is asked ("Hva vil X gjøre med …", "what does X say about …"), the sentence that
      // commits to something ("ØRU kommunene vil etablere rutiner …") rather than one that defines the topic.
      const commitment = kind === 'any' && commits(sentence) ? top / 4 : 0;
      const pick = score + (shows?.(sentence) ? top : 0) + literal / 2 + figure + commitment;
      if (!best || pick > best.pick) best = { result, sentence, header, score, pick, answersKind: !FIGURES.has(kind) || answers(sentence, kind, asked, counted), own: own && (kind === 'any' || answers(sentence, kind, asked, counted)) };
    }
    if (best) ranked.push(best);
  });
  ranked.sort((a, b) => b.score - a.score);
  const first = ranked[0];
  if (!first) return [];
  // Further evidence must hold a topic word itself and, for a number, name or code, one of those too.
  const rest = ranked.slice(1).filter((item) => item.own && item.score >= first.score * KEEP_SHARE);
  return [first, ...rest].slice(0, limit).map(({ result, sentence, header, score, answersKind }) => ({ result, sentence, header, score, answersKind }));
}

/** True for the section's own heading, quoted alone ("4 Forholdet til standarder og bruk av felleskomponenter"). */
function isHeading(sentence: string, section: string): boolean {
  const squash = (text: string) => normalize(text).replace(/[^\p{L}\d]+/gu, ' ').trim();
  return squash(sentence) === squash(section);
}

/** A passage's text after its section heading, where the passage opens with it ("3.3 Grønn IT Kommunen skal …"). */
function withoutHeading(text: string, section: string): string {
  const heading = section.trim();
  return heading && text.startsWith(heading) && text.length > heading.length + 20 ? text.slice(heading.length).replace(/^\s+/, '') : text;
}

/** A short sentence is quoted with the sentence that follows it ("… en grønn tilnærming. Det innebærer …"). */
const SHORT = 120;
const EXTENDED = 320;
function extendShort(text: string, start: number, end: number): string {
  let to = withSubItems(text, start, end);
  // A list item is whole: the next item is another point ("- Kommunen skal … - Alle vedtaksbrev …").
  const nextIsItem = /^\s*[-–•*]\s/u.test(text.slice(to));
  // …and with the ones after that on its line while it is still short ("KPI: harbours with digital
  // booking and sensors. Baseline 2025: 0. Target 2028: 4.": one statement in short sentences)
  while (to - start < SHORT && !nextIsItem) {
    // (the first on the next line too; more only while all stands on the sentence's own line: a new line
    // may be the next point, "Ansvar: driftsleder. Ferdig: 2. kvartal 2026.")
    if (to > end && text.slice(start, to).includes('\n')) break;
    const next = (to === end ? /^\s*[^.!?\n]*[.!?]/u : /^[^\S\n]*[^.!?\n]*[.!?]/u).exec(text.slice(to));
    // A list's enumerator ("5.") opens the next point.
    if (!next || to - start + next[0].length > EXTENDED || /^\s*\d{1,2}[.)]$/u.test(next[0])) break;
    to += next[0].length;
  }
  return text.slice(start, to).trim();
}

/**
 * The end of a list item with the items nested under it, the lines after it that are list items indented
 * deeper, whatever the spaces (an export may indent with em spaces): "- [ ] Pilot med KI-assistent … i
 * byggjesak" over "    - Ansvar: @Eirik Sætre · Frist: 30.09.2026" — who does it and by when belong to the item. `end` itself for a unit that is no list item or has none.
 */
function withSubItems(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const own = /^([^\S\n]*)[-–•*][^\S\n]/u.exec(text.slice(lineStart, end));
  if (!own || !/^[^\S\n]*(?:[-–•*][^\S\n]+)?$/u.test(text.slice(lineStart, start))) return end;
  const nested = /\n([^\S\n]*)[-–•*][^\S\n][^\n]*/uy;
  let to = end;
  for (nested.lastIndex = end; ; ) {
    const m = nested.exec(text);
    if (!m || m[1]!.length <= own[1]!.length || nested.lastIndex - start > EXTENDED) break;
    to = nested.lastIndex;
  }
  return to;
}

/** The word a number question counts, the first after its question words ("hvor mange havner" → "havner"), as a matcher. */
function countedIn(question: string, thesaurus: Thesaurus): ReturnType<typeof createTopicMatcher> | undefined {
  const text = withoutLeadingConjunction(normalize(question));
  const asked = NUMBER.exec(text);
  const word = asked ? /^\s+([\p{L}-]{2,})/u.exec(text.slice(asked.index + asked[0].length))?.[1] : undefined;
  return word && !STOP_WORDS.has(word) ? createTopicMatcher(word, thesaurus) : undefined;
}

/** Words after a count said as a word within which the thing counted stands ("four municipal harbours"). */
const COUNTED_REACH = 3;

/** The kinds of answer that are figures. */
const FIGURES = new Set<AnswerKind>(['share', 'amount', 'number']);

/** True when the question asks for a figure: a number, a share or an amount ("hvor mange", "hvor stor andel", "hva kostet"). */
export function asksForFigure(question: string): boolean {
  return FIGURES.has(answerKind(question));
}

/**
 * False when the question asks what something is called ("Hva heter IKT-sjefen i ROR-IKT?") and the text
 * names nothing beyond the question's own words. ("Hvem …?" may be answered by a role, "rådmannen".)
 */
export function givesNameAsked(question: string, text: string): boolean {
  const normalized = normalize(question);
  return answerKind(question) !== 'name' || /^(?:hvem|kven|who)\b/u.test(normalized) || answers(text, 'name', new Set(analyze(question)));
}

/** False when the question asks for a number and the text states none beyond the question's own numbers and years. */
export function givesNumberAsked(question: string, text: string): boolean {
  return !asksForFigure(question) || answers(text, answerKind(question), new Set(analyze(question)));
}

/**
 * True when the sentence holds the kind of answer asked for, beyond the question's own words. A count said
 * as a word answers only where `thing` (the thing the question counts) is among the words after it:
 * "four municipal harbours" for "how many harbours", not "dei fire gamle kommunane" for "kor mange innbyggjarar".
 */
function answers(sentence: string, kind: AnswerKind, asked: Set<string>, thing?: { matches(text: string): boolean }): boolean {
  if (kind === 'any') return false;
  const words = (text: string) => text.split(/[\s,;()«»"]+/).filter(Boolean);
  const tokens = words(sentence);
  const counted = (text: string) => words(text.replace(NUMBER_REFERENCE, ' '));
  const fresh = (token: string) => !analyze(token).some((term) => asked.has(term));
  // An amount of money: a figure with a unit of money, or grouped in thousands ("2 830 300"); not "Mål 7".
  if (kind === 'amount') return AMOUNT_STATED.test(sentence);
  if (kind === 'share') return SHARE_STATED.test(sentence);
  // A number: not a year, not a list's enumerator ("1. Digitale tjenester … 2. …"), not a reference ("tiltak 6").
  // (Nor a section's number opening the text: "4.3 Åpne data".)
  if (kind === 'number' && (PROPORTION_STATED.test(sentence) || RANK_STATED.test(sentence))) return true;
  if (kind === 'number' && thing && [...sentence.matchAll(COUNT_STATED)].some((m) => fresh(m[1]!) && thing.matches(sentence.slice(m.index + m[1]!.length).split(/\s+/).slice(0, COUNTED_REACH + 1).join(' ')))) return true;
  if (kind === 'number') return counted(sentence).some((token, i) => /\d/.test(token) && !/^(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?[.,]?$/.test(token) && !/^\d{1,2}[.)]$/.test(token) && !(i === 0 && /^\d+(?:\.\d+)+\.?$/.test(token)) && fresh(token));
  if (kind === 'code') return tokens.some((token) => /^(?=.*\p{Lu})(?=.*[\d.])[\p{L}\d.\-/]{2,}$|^\p{Lu}{2,}[\p{L}\d-]*$/u.test(token) && fresh(token));
  // A name: a capitalised word inside the sentence (not its first word) that the question does not hold.
  return tokens.slice(1).some((token) => /^\p{Lu}[\p{L}-]{1,}/u.test(token) && fresh(token));
}
