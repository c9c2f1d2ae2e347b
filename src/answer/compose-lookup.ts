import { resolveConcept, termStats, type ConceptQuery, type TermStats } from '../search/match.ts';
import { normalize, stem } from '../text/analyze.ts';
import { findThemeLabels, loadVocabulary, withNarrower } from '../text/vocabulary.ts';
import { anyPassageContains, getDocumentPassages, getPassage, listGoals, rowIdsBySlug, type Db, type PassageRow } from '../store/index.ts';
import { CitationList, placeOf } from './citations.ts';
import { scopeOf, type ComposeContext, type Composer } from './context.ts';
import { listNames, PHRASES } from './language.ts';
import { asksForFigure, rankSentences, sentencesOf, tableHeaders, tableRowOf } from './lookup-sentences.ts';
import { raciAsked, rolesWith, RACI_PHRASES } from './raci.ts';
import { cognate } from '../text/cognates.ts';
import { INTENT_PATTERNS, LOOKUP_PATTERNS, withoutLeadingConjunction } from './question-words.ts';
import { topicParts } from './compare-topic-parts.ts';
import { showingMost } from './showing-most.ts';
import { amendmentOf, amendmentsIn } from './amendments.ts';

const MAX_PASSAGES = 3;
/** Sentences quoted per organisation when the question names several. */
const PER_ORGANISATION = 2;
/** Passages searched per named strategy (or over all): the answering sentence may sit below the best match. */
const CANDIDATES = 8;

/**
 * Any other question: the sentences that answer it, each quoted from its passage — chosen by the
 * topic's words they hold and the kind of answer asked for (lookup-sentences.ts), not only by which
 * passage matches best.
 */
export const composeLookup: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const query = question.topic || question.text;
  const scope = scopeOf(context, question);
  // An English question searches Norwegian text also by the cognates of its words ("medicine" → "medisine").
  const english = question.language === 'en';
  const searchText = english ? `${query} ${query.split(/\s+/).map(cognate).join(' ')}` : query;
  const results = (
    await Promise.all(
      (question.documents.length > 0 ? scope.map((document) => document.id) : [undefined]).map((documentId) => context.searcher.search({ q: searchText, k: CANDIDATES, documentId })),
    )
  )
    .flat()
    .sort((a, b) => b.score - a.score);
  const stats = termStats(context.db);
  const concept = resolveConcept(query, loadVocabulary(), stats, question.language);
  const shows = concept.kind === 'theme' || concept.kind === 'words' ? concept.shows : undefined;
  if (!english && namesAbsentWord(context.db, concept, stats)) return { ...base, answer: (asksForFigure(question.text) ? phrases.figureNotFound : phrases.notFound)(query), citations: [] };
  // Of a topic with several parts, a further sentence shows about as much of it as the best one does.
  const parts = shows ? topicParts(context.db, query, concept, stats) : null;
  const rank = (candidates: typeof results, max: number) => {
    const ranked = showingConcept(rankSentences(question.text, query, candidates, context.thesaurus, stats, max, english, shows), concept).slice(0, max);
    return parts ? showingMost(ranked, (item) => item.sentence, parts) : ranked;
  };
  // Two or more organisations named ("Asker og Bodø: hvordan hjelper de innbyggere …?"): each one's best
  // sentences, so that one side's strong passages do not crowd out the other's.
  const organisations = [...new Set(scope.map((document) => document.organisation))];
  const best =
    question.documents.length > 0 && organisations.length >= 2
      ? organisations.flatMap((organisation) => {
          const own = new Set(scope.filter((document) => document.organisation === organisation).map((document) => document.id));
          return rank(results.filter((result) => own.has(result.documentId)), PER_ORGANISATION);
        })
      : rank(results, MAX_PASSAGES);
  if (best.length === 0) {
    // "Kva er oppetidskravet til Gjøvik?" where the text says "oppetid på minst 99,5 prosent": a compound
    // no passage writes is searched again as the parts the corpus does write ("oppetid krav").
    const parted = question.topic ? writtenParts(question.topic, stats, question.language) : null;
    if (parted) return composeLookup(context, { ...question, topic: parted.topic });
    return { ...base, answer: (asksForFigure(question.text) ? phrases.figureNotFound : phrases.notFound)(query), citations: [] };
  }
  const citations = new CitationList();
  const lines: string[] = [phrases.lookupIntro];
  const documentAmendments = memo((id: string) => amendmentsIn(getDocumentPassages(context.db, id)));
  const documentGoals = memo((id: string) => listGoals(context.db, rowIdsBySlug(context.db, [id])));
  const saysAbout = question.saysAbout ?? INTENT_PATTERNS.saysAbout.test(normalize(question.text));
  const letter = raciAsked(question.text);
  const asksWhen = LOOKUP_PATTERNS.whenAsked.test(withoutLeadingConjunction(normalize(question.text)));
  for (const { result, sentence: found, header } of best) {
    const passage = getPassage(context.db, result.passageId);
    const document = scope.find((d) => d.id === result.documentId) ?? context.documents.find((d) => d.id === result.documentId);
    if (!passage || !document) continue;
    const chosen = saysAbout && header === undefined && shows ? (wholeSection(passage, shows) ?? found) : found;
    // "Når skal … være på plass?": a sentence stating no time is quoted with the line after it that does
    // ("Ferdig: 1. kvartal 2026").
    const sentence = asksWhen ? withTimeAfter(passage.text, chosen) : chosen;
    const n = citations.cite(passage, document, sentence);
    const place = placeOf(document, result.page, '', question.language);
    // "…Felleskomponenter som skal brukes:" at the end of a passage: the list is the start of the next one.
    const list = sentence.trimEnd().endsWith(':') && passage.text.trimEnd().endsWith(sentence.trimEnd()) ? listAfter(context, passage.id, document.id) : null;
    const more = list ? ` «${list.quote.replace(/\s+/g, ' ')}» [${citations.cite(list.passage, document, list.quote)}]` : '';
    // A table row is shown under its header, so that its cells can be read ("| Tiltak | Ansvar | … | … |"); a
    // table that runs on from the passage before has its header there.
    const rowHeader = header ?? (sentence.trimStart().startsWith('|') ? headerBefore(context.db, passage) : undefined);
    const columns = rowHeader ? `«${rowHeader}» … ` : '';
    // "Hvem utfører arbeidet med …?" of a responsibility matrix: the roles whose cells hold the letter asked.
    const row = rowHeader && letter ? tableRowOf(passage.text, sentence.split('\n')[0]!.trim()) : null;
    const roles = row && letter ? rolesWith(rowHeader!, row, letter) : null;
    const holders = roles && letter ? ` — ${RACI_PHRASES[question.language][letter]}: ${listNames(roles, question.language)}` : '';
    lines.push(`• ${document.organisation} – ${result.section}${place ? ` (${place})` : ''}: ${columns}«${citations.items[n - 1]?.quote.replace(/\s+/g, ' ') ?? sentence}» [${n}]${holders}${more}`);
    // "Når skal alle skolene ha …?" where the decision moved the goal's deadline: the change is said too.
    const amended = amendmentOf(sentence, documentGoals(document.id), documentAmendments(document.id));
    if (amended) lines.push(`  ${phrases.amendedBy(amended.quote.replace(/\s+/g, ' '))} [${citations.cite(amended.passage, document, amended.quote)}]`);
  }
  return { ...base, answer: lines.join('\n'), citations: citations.items };
};

/** True when a specific word of the topic is nowhere in the corpus (see namesAbsentWord): "droner". */
export function topicNamesAbsentWord(db: Db, topic: string): boolean {
  const stats = termStats(db);
  return namesAbsentWord(db, resolveConcept(topic, loadVocabulary(), stats), stats);
}

/**
 * True when a specific word of a free-text topic is nowhere in the corpus: no passage has it or an
 * equivalent word (data/themes.json) as a word, nor its stem inside any word (a compound, another
 * inflection: "samarbeidsorgan" in "samarbeidsorganet", "ikt-selskap" in "IKT-selskapet"), nor its last
 * part as a word. "Har noen
 * av strategiene mål om bruk av droner?" where no strategy says "drone": no sentence can show the
 * topic, and one holding only its other words ("bruk") is no answer. (English questions search by
 * cognates, so their words are not counted absent.) A word of a long topic that is nowhere ("taste" of
 * "redusere tiden saksbehandlerne bruker taste inn ting manuelt") does not make its other words no
 * answer: absent words count when they are a third of its specific words or more.
 */
function namesAbsentWord(db: Db, concept: ConceptQuery, stats: TermStats): boolean {
  if (concept.kind !== 'words') return false;
  const specific = concept.words.filter((word) => !word.generic);
  const absent = specific.filter((word) => {
    if (word.documentFrequency > 0) return false;
    const forms = [...new Set([word.stem, word.word.replace(/^-+|-+$/g, '')])].filter((form) => form.length >= 3);
    if (forms.length === 0 || forms.some((form) => anyPassageContains(db, form))) return false;
    // A compound the corpus does not write whose last part it does ("digitaliseringsprosjektene" where
    // the text says "prosjekter"): its parts may still answer.
    const heads = Array.from({ length: Math.max(0, word.stem.length - MIN_HEAD) }, (_, i) => word.stem.slice(i + 1));
    if (heads.some((head) => stats.documentFrequency(head) > 0)) return false;
    // Nor one whose first part the corpus writes, a word of its own ("breibandsfart" where the text says
    // "breibandsdekning"): the sentences on that part may answer.
    return !modifiersOf(word.stem).some((modifier) => anyPassageContains(db, modifier));
  });
  return absent.length > 0 && absent.length * ABSENT_SHARE >= specific.length;
}

/** A topic whose absent words are at least one in this many of its specific words names something absent. */
const ABSENT_SHARE = 3;

/**
 * The topic with each compound the corpus does not have as a word written as its first part the corpus
 * has and the rest ("oppetidskravet" → "oppetid krav": a first part, its linking "s" dropped, and the
 * rest, which the corpus may lack: "samiskspråklige" → "samisk språklige"); null when no word splits so.
 * `rare` says a first part is a rare word of the corpus ("samisk"), which the topic's other words cannot
 * stand in for.
 */
export function writtenParts(topic: string, stats: TermStats, language = 'nb'): { topic: string; rare: boolean } | null {
  let split = false;
  let rare = false;
  const words = topic.split(/\s+/).map((word) => {
    const written = normalize(word);
    const own = stem(written);
    if (own.length < MIN_MODIFIER + MIN_REST || stats.documentFrequency(own) > 0) return word;
    const splits: Array<{ first: string; modifier: string; rest: string }> = [];
    for (let end = own.length - MIN_REST; end >= MIN_MODIFIER; end--) {
      const first = own.slice(0, end);
      const modifier = first.endsWith('s') ? first.slice(0, -1) : first;
      // The rest as the question writes it ("tilfredshet"), whose stem the corpus may have.
      const rest = written.startsWith(own) ? written.slice(end) : own.slice(end);
      if (stats.documentFrequency(stem(modifier)) > 0) splits.push({ first, modifier, rest });
    }
    // A rest the corpus has first; else, in Norwegian, the longest first part, with a rest the corpus lacks
    // ("samisk språklige"), an "s" between them read as the rest's own ("språklige"), not as a linking "s".
    const corpusRest = splits.find((s) => stats.documentFrequency(stem(s.rest)) > 0 || stats.documentFrequency(s.rest) > 0);
    const absent = corpusRest || language === 'en' ? null : splits.find((s) => s.rest.length >= MIN_MODIFIER);
    const chosen = corpusRest ?? absent;
    if (!chosen) return word;
    split = true;
    rare ||= stats.documentFrequency(stem(chosen.modifier)) <= Math.max(1, stats.passages * RARE_SHARE);
    return corpusRest ? `${chosen.modifier} ${chosen.rest}` : `${chosen.modifier} ${chosen.first === chosen.modifier ? chosen.rest : `s${chosen.rest}`}`;
  });
  return split ? { topic: words.join(' '), rare } : null;
}

/** A first part in at most this share of the passages is rare: the compound's meaning rests on it. */
const RARE_SHARE = 0.01;

/** The shortest first part of a compound counted as a word of its own, and the shortest rest after it. */
const MIN_MODIFIER = 6;
const MIN_REST = 3;

/** The first parts a compound may have, longest first, with and without a linking "s" ("breibandsfart" → …, "breibands", "breiband", …). */
function modifiersOf(stem: string): string[] {
  const parts: string[] = [];
  for (let end = stem.length - MIN_REST; end >= MIN_MODIFIER; end--) {
    const part = stem.slice(0, end);
    parts.push(part);
    if (part.endsWith('s') && part.length - 1 >= MIN_MODIFIER) parts.push(part.slice(0, -1));
  }
  return parts;
}

/** The shortest last part of a compound counted as a word of its own. */
const MIN_HEAD = 4;

/**
 * The sentences that show the topic as a concept (a label of its theme, or all its specific words),
 * when some do: a sentence that only shares a word with the topic ("data and open standards" for
 * "open data") is padding, not evidence.
 */
function showingConcept<T extends { sentence: string; answersKind: boolean }>(ranked: T[], concept: ConceptQuery): T[] {
  // Only common words ("hvor mange tilsette arbeider …"): nothing to show, so a number question needs a number.
  if (concept.kind !== 'theme' && concept.kind !== 'words') return ranked.filter((item) => item.answersKind);
  // Free words shown, but no number where one is asked for ("kor mange tilsette arbeider …" and "arbeidet"): no answer.
  // (A number asked of a theme, "Hva kostet velferdsteknologiprogrammet i 2019?", likewise: only a sentence stating one answers.)
  const showing = ranked.filter((item) => concept.shows(item.sentence) && item.answersKind);
  // No sentence names the theme: the best answers alone, the others would only pad it. (Free words
  // are seldom all in one sentence; the ranking already asks each further sentence for one of them.
  // But a question for a number is not answered by a sentence that shows neither the concept nor any
  // number: "how many employees work in the digitalisation unit" → "not found".)
  const answering = ranked.filter((item) => item.answersKind);
  if (showing.length === 0) return concept.kind === 'theme' ? answering.slice(0, 1) : answering;
  if (concept.named.length < 2) return showing;
  // A topic naming several themes ("standard for informasjonssikkerhet"): the sentences showing most of them.
  const vocabulary = loadVocabulary();
  const perTheme = concept.named.map((id) => new Set(withNarrower(vocabulary, id)));
  const count = (sentence: string) => {
    const found = new Set(findThemeLabels(vocabulary, sentence).map((match) => match.theme));
    return perTheme.filter((themes) => [...themes].some((theme) => found.has(theme))).length;
  };
  const most = Math.max(...showing.map((item) => count(item.sentence)));
  return showing.filter((item) => count(item.sentence) === most);
}

/** The list that opens the passage after `passageId` in the same document (its items, up to a sentence that is not one). */
function listAfter(context: ComposeContext, passageId: number, documentId: string): { passage: PassageRow; quote: string } | null {
  const next = getPassage(context.db, passageId + 1);
  if (!next || next.documentId !== documentId || !/^\s*[-–•]/.test(next.text)) return null;
  const units = sentencesOf(next.text);
  let end = 0;
  for (const unit of units) {
    if (!/^\s*[-–•]?\s*/.test(next.text.slice(unit.start)) || unit.end > LIST_QUOTE) break;
    end = unit.end;
  }
  return end > 0 ? { passage: next, quote: next.text.slice(0, end).trim() } : null;
}

const LIST_QUOTE = 400;

/** Longest section quoted whole for "Hva sier X om Y?". */
const WHOLE_SECTION = 500;

/**
 * "Hva sier Sørum kommunes e-strategi om grønn IT?": where the answer stands in a short section headed
 * by the topic ("3.3 Grønn IT Kommunen skal … Papirforbruket skal reduseres til et minimum."), what the
 * strategy says about it is that whole section, heading included — not its best sentence alone. Null
 * for a passage that is no whole short section on the topic.
 */
function wholeSection(passage: PassageRow, shows: (text: string) => boolean): string | null {
  const heading = `${passage.section.number ? `${passage.section.number} ` : ''}${passage.section.title}`.trim();
  const text = passage.text.trim();
  if (text.length > WHOLE_SECTION || !shows(passage.section.title) || !text.startsWith(heading) || text.length <= heading.length + 20) return null;
  return text;
}

/** A function of a key computed once per key. */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

/** The header of the table a passage opens with a row of, from the passage before it in the same document. */
function headerBefore(db: Db, passage: PassageRow): string | undefined {
  const before = getPassage(db, passage.id - 1);
  if (!before || before.documentId !== passage.documentId || !before.text.trimEnd().endsWith('|')) return undefined;
  return tableHeaders(before.text).at(-1)?.text;
}

/** How far after a sentence a line stating its time may stand. */
const TIME_REACH = 160;

/**
 * The sentence, extended to the end of the first line after it that states a time (a year, a quarter, a
 * month), where the sentence states none and that line follows within a short reach; else the sentence.
 */
function withTimeAfter(passage: string, sentence: string): string {
  if (LOOKUP_PATTERNS.timeStated.test(sentence)) return sentence;
  const at = passage.indexOf(sentence);
  if (at < 0) return sentence;
  let end = at + sentence.length;
  for (let line = 0; line < 3 && end < passage.length; line++) {
    const next = passage.indexOf('\n', end + 1);
    const lineEnd = next < 0 ? passage.length : next;
    if (lineEnd - (at + sentence.length) > TIME_REACH) break;
    if (LOOKUP_PATTERNS.timeStated.test(passage.slice(end, lineEnd))) return passage.slice(at, lineEnd).trimEnd();
    end = lineEnd;
  }
  return sentence;
}

