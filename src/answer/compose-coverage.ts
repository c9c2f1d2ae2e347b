import { conceptWords, resolveConcept, termStats, type ConceptQuery, type TermStats } from '../search/match.ts';
import { requiringParts } from '../search/qualified-concept.ts';
import { conceptFromNotes } from '../search/theme-notes.ts';
import type { DocumentSummary } from '../store/index.ts';
import { findThemeLabels, loadVocabulary, widestMatches, type Vocabulary } from '../text/vocabulary.ts';
import { CitationList } from './citations.ts';
import { byOrganisation, scopeOf, type Composer } from './context.ts';
import { coveragePhrases, type CoveragePhrases } from './coverage-phrases.ts';
import { assessCoverage, RANK, type DocumentCoverage, type Evidence, type EvidenceKind } from './coverage.ts';
import type { AskedKind } from './goal-kinds.ts';
import { asksForFigure, givesNumberAsked } from './lookup-sentences.ts';
import { COUNTS_SUBJECTS, INTENT_PATTERNS, STUFF_WORDS } from './question-words.ts';
import { normalize, stem, tokenize } from '../text/analyze.ts';
import { narrowingCondition } from './narrowing.ts';
import { themeParts } from './showing-most.ts';
import { narrowerNamedBy, qualifyingWords } from './qualifying-words.ts';

/** Organisations named in the text as taking the topic up; the rest are counted and left to the full matrix. */
export const MAX_ORGANISATIONS = 20;
/** Strategies named as only mentioning the topic, or as not having it; the rest are counted. */
const MAX_OTHERS = 12;
/** Citations per strategy and per organisation. */
const PER_DOCUMENT = 2;
const PER_ORGANISATION = 3;

/**
 * "Hvilke kommuner prioriterer velferdsteknologi?": one line per organisation that has the topic as
 * a focus area, goal, measure or budget line, with its strongest evidence cited and a count; then
 * the strategies that do not, each said as what was (not) found, never as a fact about the document.
 * Readable at any corpus size: at most MAX_ORGANISATIONS named, the full matrix behind a link.
 */
export const composeCoverage: Composer = async (context, question) => {
  const phrases = coveragePhrases(question.language);
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  const stats = termStats(context.db);
  const vocabulary = loadVocabulary();
  const asked = resolveConcept(question.topic, vocabulary, stats, question.language);
  if (asked.kind === 'empty') return { ...base, answer: phrases.noTopic, citations: [] };
  if (asked.kind === 'generic') return { ...base, answer: phrases.generic(question.topic), citations: [] };
  const scope = scopeOf(context, question);
  // "…og hvilke av dem har tiltak for det?": only the strategies with that kind of evidence.
  const kinds = question.refersBack && question.goalKinds.length > 0 ? evidenceKinds(question.goalKinds) : undefined;
  // "…og hvem av dem har et konkret tall på hvor mange datasett?": only evidence that states a figure.
  const figure = asksForFigure(question.text) && !COUNTS_SUBJECTS.test(normalize(question.text));
  // "…og hvem av dem nevner digitale tvillinger?": of the strategies before, a mention is enough. Asked of
  // all strategies, "Hvilke strategier nevner X?" asks which take X up like any other wording; those that
  // only mention it are listed as such.
  const mentions = question.refersBack && INTENT_PATTERNS.asksMention.test(normalize(question.text));
  // "kven av dei vil flytte e-post eller kontorstøtte til skyen?": of the strategies before, those whose
  // text shows what the follow-up adds to the topic before (a mention is enough: they already address it).
  const condition = question.refersBack ? narrowingCondition(question.topic, question.previousTopic, vocabulary, stats, question.text) : null;
  // The answer for a part of the topic that some strategy takes up, saying it is only that part; null when none does.
  const forPart = (part: string) => {
    const nearest = assessCoverage(context.db, scope, resolveConcept(part, vocabulary, stats, question.language), { maxEvidence: PER_DOCUMENT, kinds, mentions });
    if (!nearest.some((item) => item.addresses)) return null;
    const text = renderCoverage(nearest, part, phrases, new CitationList());
    return { ...base, answer: `${phrases.partOnly(question.topic, part)}\n${text.answer}`, citations: text.citations.items };
  };
  // "samarbeid med universiteter", "digital kompetanse i skolen": themes that qualify each other are looked
  // for together; where no strategy shows them so, the answer is about the first ("information security"
  // of "information security in schools") and says so.
  // "digital kompetanse for ledere": words that qualify the themes are looked for with them the same way;
  // where no strategy shows them so, the answer is about the themes and says so.
  const askedQualifier = !condition && asked.kind === 'theme' ? qualifyingWords(question.text, question.topic, asked.themes, vocabulary, stats, question.language) : null;
  // "gjøre lederne flinkere digitalt": words qualifying a theme that a theme under it is named by ask about that theme.
  const narrower = askedQualifier ? narrowerNamedBy(askedQualifier, asked.named, vocabulary) : null;
  const named = narrower ? resolveConcept(vocabulary.byId.get(narrower)!.prefLabel.nb, vocabulary, stats) : asked;
  const qualifier = narrower ? null : askedQualifier;
  const parts = !condition && named.kind === 'theme' ? withoutQualifierFamily(themeParts(question.text, named.named, vocabulary), question.text, qualifier, vocabulary) : null;
  const together = parts || qualifier ? requiringParts(named, parts ?? [new Set(named.themes)], vocabulary, qualifier ?? []) : named;
  const qualified = together.together ? assessCoverage(context.db, scope, together, { maxEvidence: PER_DOCUMENT, kinds, mentions }) : null;
  if (qualified && !qualified.some((item) => item.addresses)) {
    const head = parts ? vocabulary.byId.get([...parts[0]!][0]!)?.prefLabel[question.language] : withoutQualifier(question.topic, qualifier!);
    const answer = head ? forPart(head) : null;
    if (answer) return answer;
  }
  const concept = qualified ? together : named;
  const assessed = condition
    ? mergeCoverage(condition.map((alternative) => assessCoverage(context.db, scope, alternative, { maxEvidence: PER_DOCUMENT, kinds, mentions: true })))
    : (qualified ?? assessCoverage(context.db, scope, named, { maxEvidence: PER_DOCUMENT, kinds, mentions }));
  const coverage = assessed.flatMap((item) => {
    if (!kinds && !figure) return [item];
    const evidence = item.evidence.filter((e) => (!kinds || isOfKind(e, question.goalKinds)) && (!figure || givesNumberAsked(question.text, e.quote)));
    return item.addresses && evidence.length > 0 ? [{ ...item, evidence }] : [];
  });
  // "hvem hjelper eldre å bo hjemme lenger med teknologi?": a free-text topic no strategy takes up in its
  // own words is read as the theme whose scope note holds them (data/theme-notes.json), and says so.
  if (!condition && concept.kind === 'words' && !coverage.some((item) => item.addresses)) {
    const noted = conceptFromNotes(question.topic, vocabulary, stats, question.language);
    const byTheme = noted ? assessCoverage(context.db, scope, noted.concept, { maxEvidence: PER_DOCUMENT, kinds, mentions }) : [];
    if (noted && byTheme.some((item) => item.addresses)) {
      const label = noted.theme.prefLabel[question.language];
      const text = renderCoverage(byTheme, label, phrases, new CitationList());
      return { ...base, answer: `${phrases.readAsTheme(question.topic, label)}\n${text.answer}`, citations: text.citations.items };
    }
  }
  // "hvem gjør noe med lange ventetider på tannhelse?": a free-text topic no strategy shows whole is
  // answered for the largest part of it that some strategy takes up, and says so.
  if (!condition && !coverage.some((item) => item.addresses || item.nearest)) {
    for (const part of partsOfTopic(concept)) {
      const answer = forPart(part);
      if (answer) return answer;
    }
  }
  // "lange ventetider på medisindispensere": a theme named beside words no strategy has at all is answered
  // for the theme, and says which words were not found.
  const absent = !condition && concept.kind === 'theme' ? wordsBesideThemes(question.topic, vocabulary, stats) : null;
  const text = renderCoverage(coverage, absent ? absent.rest : question.topic, phrases, new CitationList());
  return { ...base, answer: absent ? `${phrases.wordsAbsent(absent.words, absent.rest)}\n${text.answer}` : text.answer, citations: text.citations.items };
};

/**
 * The words of a topic outside the theme labels it names that no passage holds ("lange ventetider" beside
 * "medisindispensere"), and the rest of the topic; null when there are none.
 */
function wordsBesideThemes(topic: string, vocabulary: Vocabulary, stats: TermStats): { words: string; rest: string } | null {
  const labelled = widestMatches(findThemeLabels(vocabulary, topic));
  const tokens = tokenize(topic);
  const inLabel = (i: number) => labelled.some((m) => m.firstWord <= i && i < m.lastWord);
  // "digital stuff": a word for "stuff" names no thing a strategy could lack.
  const outside = tokens.filter((token, i) => !inLabel(i) && !STUFF_WORDS.has(token.word)).map((token) => token.word);
  const absent = conceptWords(outside.join(' '), vocabulary, stats).filter((word) => !word.generic && word.documentFrequency === 0);
  const rest = tokens.filter((_, i) => inLabel(i)).map((token) => token.word).join(' ');
  return absent.length > 0 && rest ? { words: absent.map((word) => word.word).join(' '), rest } : null;
}

/** A topic without its qualifying words ("digital kompetanse ledere" without "ledere", "lærernes …" without "lærerne"). */
function withoutQualifier(topic: string, concepts: ConceptQuery[]): string {
  const own = new Set(concepts.flatMap((concept) => concept.words.map((word) => word.word)));
  return tokenize(topic).map((token) => token.word).filter((word) => !own.has(word) && !own.has(word.replace(/s$/u, ''))).join(' ');
}

/**
 * Of a free-text topic of two specific words or more, the parts to answer for when no strategy shows it
 * whole, largest first: its words that some strategy has, then fewer and fewer of them, the commonest left
 * out first, down to the rarest alone.
 */
export function partsOfTopic(concept: ConceptQuery): string[] {
  if (concept.kind !== 'words') return [];
  const specific = concept.words.filter((word) => !word.generic);
  if (specific.length < 2) return [];
  const present = specific.filter((word) => word.documentFrequency > 0);
  const parts: string[] = [];
  // Rarest first, so that the commonest is the first left out.
  const kept = [...present].sort((a, b) => a.documentFrequency - b.documentFrequency);
  if (present.length === specific.length) kept.pop();
  while (kept.length > 0) {
    parts.push(specific.filter((word) => kept.includes(word)).map((word) => word.word).join(' '));
    kept.pop();
  }
  return parts;
}

/**
 * One coverage per document from several (one per alternative of a condition, each in the same
 * document order): the strongest, with the evidence of all, strongest first.
 */
export function mergeCoverage(alternatives: DocumentCoverage[][]): DocumentCoverage[] {
  const [first, ...rest] = alternatives;
  if (!first) return [];
  return first.map((item, i) => {
    const all = [item, ...rest.map((other) => other[i]).filter((other): other is DocumentCoverage => other !== undefined)];
    const strongest = all.reduce((best, other) => (other.strength > best.strength ? other : best));
    const evidence = all.flatMap((other) => other.evidence).sort((a, b) => RANK[b.kind] - RANK[a.kind]);
    const counts = { ...strongest.counts };
    for (const other of all) if (other !== strongest) for (const kind of Object.keys(counts) as EvidenceKind[]) counts[kind] += other.counts[kind];
    return { ...strongest, addresses: all.some((other) => other.addresses), evidence: [...new Map(evidence.map((e) => [e.quote, e])).values()].slice(0, PER_DOCUMENT), counts, nearest: all.find((other) => other.nearest)?.nearest ?? null };
  });
}

/** The kinds of coverage evidence that may show goals of the kinds asked for (a focus area is also a section on the topic). */
function evidenceKinds(kinds: AskedKind[]): EvidenceKind[] {
  return [...new Set(kinds.flatMap((kind): EvidenceKind[] => (kind === 'focus-area' ? ['focus', 'goal'] : kind === 'measure' || kind === 'indicator' ? ['measure'] : ['goal'])))];
}

/** Evidence of a kind asked for: a section on the topic is a focus area; a goal counts by its own kind. */
function isOfKind(evidence: Evidence, kinds: AskedKind[]): boolean {
  if (evidence.kind === 'focus') return kinds.includes('focus-area');
  const kind = evidence.goalKind;
  return kind !== undefined && (kinds.some((asked) => asked === kind) || (kind === 'goal' && kinds.includes('main-goal')));
}

/** True when two evidence texts are the same words, numbering, bullets and case aside. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => normalize(text).replace(/^[\s\-–•*]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

/** The answer text for a coverage result; citations are added to `citations` in order of use. */
export function renderCoverage(coverage: DocumentCoverage[], topic: string, phrases: CoveragePhrases, citations: CitationList): { answer: string; citations: CitationList } {
  const addressing = coverage.filter((item) => item.addresses);
  const organisations = groupByOrganisation(addressing).sort((a, b) => b.rank - a.rank || b.count - a.count || a.name.localeCompare(b.name, 'nb'));
  const lines: string[] = [addressing.length > 0 ? phrases.intro(topic, addressing.length, coverage.length) : phrases.none(topic)];
  for (const organisation of organisations.slice(0, MAX_ORGANISATIONS)) {
    let budget = PER_ORGANISATION;
    const rows = organisation.items.map((item) => {
      // The same words twice (a focus area's heading and its numbered entry in a list of focus areas) are cited once.
      const distinct = item.evidence.filter((e, i, all) => all.findIndex((other) => sameWords(other.text, e.text)) === i);
      const shown = distinct.slice(0, Math.min(PER_DOCUMENT, budget));
      budget -= shown.length;
      const cited = shown.map((e) => `${labelOf(e, phrases)}: «${truncate(e.text, 160)}» [${citations.cite(e.passage, item.document, e.quote)}]`);
      return `${rowName(item.document)}: ${cited.join('; ')} (${countText(item, phrases)})`;
    });
    if (rows.length === 1) lines.push(`• ${organisation.name} – ${rows[0]}`);
    else lines.push(`• ${organisation.name}:`, ...rows.map((row) => `  – ${row}`));
  }
  if (organisations.length > MAX_ORGANISATIONS) lines.push(phrases.more(organisations.length - MAX_ORGANISATIONS));

  const mentioned = coverage.filter((item) => !item.addresses && item.nearest);
  const absent = coverage.filter((item) => !item.addresses && !item.nearest);
  if (mentioned.length + absent.length > 0) {
    lines.push(phrases.notAddressedHeading(topic));
    if (mentioned.length > 0) {
      const names = mentioned.slice(0, MAX_OTHERS).map((item) => {
        const near = item.nearest!;
        // A mention is evidence too, of the weakest grade: cited, so the reader can check it.
        return `${strategyLabel(item.document)} (${phrases.nearest} ${phrases.page} ${near.passage.page}: «${truncate(near.text, 120)}» [${citations.cite(near.passage, item.document, near.quote)}])`;
      });
      if (mentioned.length > MAX_OTHERS) names.push(phrases.more(mentioned.length - MAX_OTHERS));
      lines.push(phrases.mentionedOnly(names.join('; ')));
    }
    if (absent.length > 0) lines.push(phrases.notFound(topic, capped(absent.map((item) => strategyLabel(item.document)), phrases).join('; ')));
  }
  if (organisations.length > MAX_ORGANISATIONS || mentioned.length + absent.length > MAX_OTHERS) lines.push(phrases.matrix(coverageUrl(topic)));
  return { answer: lines.join('\n'), citations };
}

/** Where the full matrix for a topic is. */
export function coverageUrl(topic: string): string {
  return `/coverage?q=${encodeURIComponent(topic)}`;
}

interface OrganisationGroup {
  name: string;
  items: DocumentCoverage[];
  rank: number;
  count: number;
}

/** Documents grouped under their organisation; two strategies of one organisation stay two rows. */
function groupByOrganisation(items: DocumentCoverage[]): OrganisationGroup[] {
  return [...byOrganisation(items).entries()].map(([name, group]) => ({
    name,
    items: [...group].sort((a, b) => (a.document.period.from ?? 0) - (b.document.period.from ?? 0)),
    rank: Math.max(0, ...group.map((item) => item.strength)),
    count: group.reduce((sum, item) => sum + strongCount(item), 0),
  }));
}

function strongCount(item: DocumentCoverage): number {
  return item.counts.focus + item.counts.goal + item.counts.measure + item.counts.budget;
}

/** A strategy's row name: its title, with its period when the title does not say it. */
export function rowName(document: DocumentSummary): string {
  const { from, to } = document.period;
  if (from === null || document.title.includes(String(from))) return document.title;
  return `${document.title} (${from}${to !== null && to !== from ? `–${to}` : ''})`;
}

/** "Title (Organisation)" for lists of strategies that do not address the topic. */
function strategyLabel(document: DocumentSummary): string {
  return `${rowName(document)} (${document.organisation})`;
}

function labelOf(evidence: Evidence, phrases: CoveragePhrases): string {
  const label = (evidence.goalKind && evidence.goalKind !== 'goal' && phrases.evidence[evidence.goalKind]) || phrases.evidence[evidence.kind] || evidence.kind;
  return evidence.label ? `${label} ${evidence.label}` : label;
}

function countText(item: DocumentCoverage, phrases: CoveragePhrases): string {
  return (Object.keys(RANK) as EvidenceKind[])
    .filter((kind) => item.counts[kind] > 0)
    .map((kind) => `${item.counts[kind]} ${phrases.counted[kind][item.counts[kind] === 1 ? 0 : 1]}`)
    .join(', ');
}

function capped(names: string[], phrases: CoveragePhrases): string[] {
  if (names.length <= MAX_OTHERS) return names;
  return [...names.slice(0, MAX_OTHERS), phrases.more(names.length - MAX_OTHERS)];
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

/**
 * The parts without a theme named only by a word of the qualifier's own family: in "lederes kompetanse i å
 * lede digital endring" the verb "lede" (a label of ledelse by its stem) says the qualifier "lederes" again
 * and is no part of its own. A stem counts as one family with another it begins (three letters or more).
 */
function withoutQualifierFamily(parts: Array<Set<string>> | null, question: string, qualifier: ConceptQuery[] | null, vocabulary: Vocabulary): Array<Set<string>> | null {
  if (!parts || !qualifier) return parts;
  const qualifierStems = qualifier.flatMap((concept) => concept.words.map((word) => stem(word.word)));
  const family = (word: string) => { const own = stem(word); return own.length >= 3 && qualifierStems.some((other) => other.startsWith(own) || own.startsWith(other)); };
  const matches = findThemeLabels(vocabulary, question);
  const kept = parts.filter((part) => {
    const words = matches.filter((match) => part.has(match.theme)).flatMap((match) => tokenize(question.slice(match.start, match.end)).map((token) => token.word));
    return words.length === 0 || !words.every(family);
  });
  return kept.length > 0 ? kept : parts;
}
