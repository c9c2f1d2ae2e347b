import { countRows, documentsVersion, type Db } from '../store/index.ts';
import { analyze, normalize, splitCompound, stem, STOP_WORDS, tokenize } from '../text/analyze.ts';
import { GENERIC_WORDS } from '../text/generic-words.ts';
import { findThemeLabels, widestMatches, withNarrower, type LabelMatch, type Vocabulary } from '../text/vocabulary.ts';
import { matchGroups, phraseStems, type Thesaurus } from './thesaurus.ts';
import { bokmål, englishForms, termsInBothSpellings } from '../text/cognates.ts';

/**
 * Topic matching for goals, budget rows and coverage: the question's topic as a list of concepts,
 * each a set of equivalent phrases (from the thesaurus, or the word itself). A text matches a
 * concept when it contains all the stems of one of its phrases, counting compound parts, so
 * "velferdsteknologiprogrammet" matches "velferdsteknologi".
 */
export interface TopicMatcher {
  /** The topic as given. */
  topic: string;
  concepts: string[][][];
  /** Substrings one of which every matching text contains (for a SQL prefilter); null: no topic. */
  fragments: string[] | null;
  /** Fraction of concepts the text matches (0 … 1). */
  score(text: string): number;
  matches(text: string): boolean;
}

export function createTopicMatcher(topic: string, thesaurus: Thesaurus): TopicMatcher {
  const text = normalize(topic);
  const groups = matchGroups(thesaurus, text);
  const concepts: string[][][] = groups.map((index) => (thesaurus.groups[index]?.members ?? []).filter((member) => member.length > 0));
  const covered = new Set(concepts.flat(2));
  for (const stem of phraseStems(text)) if (!covered.has(stem)) concepts.push([[stem]]);
  const score = (candidate: string) => {
    if (concepts.length === 0) return 0;
    // Stems are prefixes of word forms and compound parts substrings of words: a cheap test first.
    const lower = normalize(candidate);
    if (!concepts.some((concept) => concept.some((member) => member.every((stem) => lower.includes(stem))))) return 0;
    const terms = new Set(analyze(candidate));
    const hit = concepts.filter((concept) => concept.some((member) => member.every((stem) => terms.has(stem)))).length;
    return hit / concepts.length;
  };
  // A text matches some member only if it contains that member's first stem.
  const fragments = concepts.length === 0 ? null : [...new Set(concepts.flatMap((concept) => concept.map((member) => member[0] ?? '')).filter(Boolean))];
  return { topic, concepts, fragments, score, matches: (candidate) => score(candidate) > 0 };
}

/** How rare a word's stem is in the corpus: the share of passages holding it. */
export interface TermStats {
  passages: number;
  documentFrequency(stem: string): number;
}

/** A content word of a free-text topic, with its weight. */
export interface ConceptWord {
  word: string;
  /** The stem a text must hold (as a word or a compound part) to show the word. */
  stem: string;
  /** Passages holding the stem. */
  documentFrequency: number;
  /** Inverse document frequency: rare words weigh more. */
  weight: number;
  /** True when the word is in so many passages that it says nothing about a topic on its own ("IKT", "bruk"). */
  generic: boolean;
  /**
   * One-word equivalents from the vocabulary's equivalence groups ("integration" → "integrasjon",
   * "applications" → "søknad"): a text shows the word by any of them, so a free-text topic asked in
   * one language finds text written in another.
   */
  alternatives: Equivalent[];
  /** The parts of a compound word ("dataplattform" → data, plattform), each as a word with its stem; empty for a simple word. */
  parts: Array<{ word: string; stem: string }>;
}

/**
 * A compound's parts as words with stems, linking letters left out ("digitaliseringsprosjekter" → digitalisering,
 * prosjekter); a compound written with a hyphen is split there ("IOP-verktøyet" → IOP, verktøyet), whatever its parts.
 */
function compoundParts(word: string): Array<{ word: string; stem: string }> {
  const written = word.split('-').filter((part) => part.length >= 2);
  if (written.length >= 2) return written.map((part) => ({ word: part, stem: stem(part) }));
  const spans = splitCompound(word.replace(/[-']/g, ''));
  if (!spans) return [];
  const joined = word.replace(/[-']/g, '');
  return spans.map((span, i) => {
    const part = joined.slice(span.start, i === spans.length - 1 ? joined.length : span.end);
    return { word: part, stem: stem(part) };
  });
}

/** An equivalent of a topic word: one word, or a phrase whose words must stand together ("trådløst nett" for "wireless"). */
export interface Equivalent {
  /** The word, or the phrase's first word. */
  word: string;
  /** Its stem: what a full-text prefilter looks for. */
  stem: string;
  /** A phrase's words in order (absent for one word). */
  parts?: Array<{ word: string; stem: string }>;
}

/**
 * A question's topic as a concept: the themes it names (any label in any language, inflected or in a
 * compound), or — when it names none — its content words, weighted by rarity.
 */
export interface ConceptQuery {
  topic: string;
  /** 'theme': names themes; 'words': free text with at least one specific word; 'generic': only words found almost everywhere; 'empty': nothing to look for. */
  kind: 'theme' | 'words' | 'generic' | 'empty';
  /** Themes the topic names. */
  named: string[];
  /** The named themes and every theme under them: what a tag must be to count. */
  themes: string[];
  /** Content words of a free-text topic (empty when it names a theme). */
  words: ConceptWord[];
  /** Where the text shows the concept (character offset), or -1. */
  locate(text: string): number;
  /** True when the text shows the concept: a label of one of the themes, or every specific word. */
  shows(text: string): boolean;
  /** True when the text shows part of it: a label of one of the themes, or at least one specific word ("finansiering" of "finansiering av digitalisering", never "digitalisering" alone). */
  showsSome(text: string): boolean;
  /** How many times the text shows the concept: labels of its themes, or words showing a specific word. */
  occurrences(text: string): number;
  /** True when its themes qualify each other and a text must show them all in one sentence (qualified-concept.ts): few tagged texts do. */
  together?: boolean;
}

/**
 * Of a topic naming several themes, those named only by generic words give way to one named by a specific
 * word: "universell utforming av digitale tjenester" asks about universal design, and "digitale
 * tjenester" (found in most strategies) only says of what.
 */
function withoutGenericThemes(matches: LabelMatch[], topic: string, vocabulary: Vocabulary, stats: TermStats): LabelMatch[] {
  if (new Set(matches.map((m) => m.theme)).size < 2) return matches;
  const generic = (m: LabelMatch) => conceptWords(topic.slice(m.start, m.end), vocabulary, stats).every((word) => word.generic);
  const specific = matches.filter((m) => !generic(m));
  return specific.length > 0 ? specific : matches;
}

/**
 * A theme named after one under it only says where that one is: "digitale læringsverktøy for elevane i
 * skulen" asks about learning tools, not about school. (Named before it, the narrower ones are its
 * examples: "nasjonale felleskomponenter som ID-porten".)
 */
function withoutPlaces(matches: LabelMatch[], vocabulary: Vocabulary): LabelMatch[] {
  const placing = (m: LabelMatch) => matches.some((other) => other.theme !== m.theme && other.start < m.start && withNarrower(vocabulary, m.theme).includes(other.theme));
  const kept = matches.filter((m) => !placing(m));
  return kept.length > 0 ? kept : matches;
}

/**
 * A theme named by words that another named theme's preferred label holds is part of that theme, not a
 * second one: "samarbeider med universiteter" asks about "samarbeid med universitet og forskning", not about
 * collaboration between municipalities as well.
 */
function withoutImplied(matches: LabelMatch[], topic: string, vocabulary: Vocabulary): LabelMatch[] {
  if (new Set(matches.map((m) => m.theme)).size < 2) return matches;
  const stemsOf = (text: string) => tokenize(normalize(text)).map((token) => stem(token.word));
  const prefStems = (id: string) => new Set(Object.values(vocabulary.byId.get(id)?.prefLabel ?? {}).flatMap(stemsOf));
  const implied = (m: LabelMatch) => matches.some((other) => other.theme !== m.theme && stemsOf(topic.slice(m.start, m.end)).every((word) => prefStems(other.theme).has(word)));
  const kept = matches.filter((m) => !implied(m));
  return kept.length > 0 ? kept : matches;
}

/** A word in more than this share of passages is generic (tuned on the tune half of the golden answers). */
export const GENERIC_SHARE = 0.2;

/**
 * The concept a topic names. `language` is the question's: an English topic's free words are also
 * shown by their English stems and Norwegian cognates (src/text/cognates.ts).
 */
export function resolveConcept(topic: string, vocabulary: Vocabulary, stats: TermStats, language?: string): ConceptQuery {
  const matches = findThemeLabels(vocabulary, topic);
  // Keep the widest matches: "informasjonssikkerhet og personvern" is one theme, not three.
  const widest = withoutImplied(withoutPlaces(withoutGenericThemes(widestMatches(matches), topic, vocabulary, stats), vocabulary), topic, vocabulary);
  let named = [...new Set(widest.map((m) => m.theme))];
  // A topic whose specific words are all search-only words of a theme ("security", "helse", "miljø og
  // klima i digitaliseringsarbeidet") still means the theme.
  if (named.length === 0) named = searchOnlyThemes(topic, vocabulary, stats);
  // "gjere data opne", "make data open": a two-word label said in predicative order still names its theme.
  if (named.length === 0) named = predicativeThemes(topic, vocabulary);
  named = withBroaderOfAll(named, vocabulary);
  if (named.length > 0) {
    const themes = [...new Set(named.flatMap((id) => withNarrower(vocabulary, id)))];
    const wanted = new Set(themes);
    const locate = (text: string) => findThemeLabels(vocabulary, text).find((m) => wanted.has(m.theme))?.start ?? -1;
    const shows = (text: string) => locate(text) >= 0;
    const occurrences = (text: string) => findThemeLabels(vocabulary, text).filter((m) => wanted.has(m.theme)).length;
    return { topic, kind: 'theme', named, themes, words: [], locate, shows, showsSome: shows, occurrences };
  }
  const words = conceptWords(topic, vocabulary, stats, language);
  const specific = words.filter((word) => !word.generic);
  const kind = words.length === 0 ? 'empty' : specific.length === 0 ? 'generic' : 'words';
  const wordAt = (tokens: ReturnType<typeof tokenize>, word: ConceptWord) =>
    tokens.find((token, i) => showsWord(token.word, word) || word.alternatives.some((alternative) => (alternative.parts ? alternative.parts.every((part, j) => tokens[i + j] !== undefined && showsWord(tokens[i + j]!.word, part)) : showsWord(token.word, alternative)))) ??
    // A compound asked for is also shown by its parts written apart: "dataplattform" by "plattform for deling av data".
    (word.parts.length > 0 && word.parts.every((part) => tokens.some((token) => showsWord(token.word, part))) ? tokens.find((token) => showsWord(token.word, word.parts[0]!)) : undefined);
  const locate = (text: string) => {
    if (kind !== 'words') return -1;
    const tokens = tokenize(text);
    let first = -1;
    for (const word of specific) {
      const at = wordAt(tokens, word);
      if (!at) return -1;
      if (first < 0 || at.start < first) first = at.start;
    }
    return first;
  };
  const showsSome = (text: string) => {
    if (kind !== 'words') return false;
    const tokens = tokenize(text);
    return specific.some((word) => wordAt(tokens, word) !== undefined);
  };
  const occurrences = (text: string) => (kind === 'words' ? tokenize(text).filter((token) => specific.some((word) => showsWord(token.word, word))).length : 0);
  return { topic, kind, named: [], themes: [], words, locate, shows: (text) => locate(text) >= 0, showsSome, occurrences };
}

/** The themes of which every specific word of a topic is a search-only word; none when a word is not. */
function searchOnlyThemes(topic: string, vocabulary: Vocabulary, stats: TermStats): string[] {
  const specific = conceptWords(topic, vocabulary, stats).filter((word) => !word.generic).map((word) => word.word);
  const words = specific.length > 0 ? specific : [normalize(topic).trim()];
  // "helse og omsorg" asked as "helse omsorg" (its stop words gone): a search-only phrase said whole.
  const bare = (text: string) => tokenize(normalize(text)).map((token) => token.word).filter((word) => !STOP_WORDS.has(word)).join(' ');
  const phrase = bare(topic);
  return vocabulary.themes.filter((theme) => words.every((word) => theme.searchOnly.some((only) => normalize(only) === word)) || theme.searchOnly.some((only) => only.includes(' ') && bare(only) === phrase)).map((theme) => theme.id);
}

/**
 * A topic naming every narrower theme of a broader one, or three of them, names the broader one: "SvarUt,
 * Digipost eller digital postkasse" lists all kinds of digital post, so a strategy writing only "digital
 * post" has it; "ID-porten, Altinn eller SvarUt" are examples of the national shared components.
 */
function withBroaderOfAll(named: string[], vocabulary: Vocabulary): string[] {
  const all = new Set(named);
  for (const theme of vocabulary.themes) {
    if (theme.narrower.length < 2) continue;
    // Themes named anywhere under it (SvarUt is digital post, and so a shared component).
    const below = new Set(withNarrower(vocabulary, theme.id).filter((id) => id !== theme.id));
    if (theme.narrower.every((id) => all.has(id)) || named.filter((id) => below.has(id)).length >= EXAMPLES_OF_KIND) all.add(theme.id);
  }
  return [...all];
}

/** This many narrower themes named together are examples of their broader theme. */
const EXAMPLES_OF_KIND = 3;

/**
 * Themes a topic names by a two-word label with its words the other way round: an adjective after its
 * noun, as a predicate ("Kven vil gjere data opne?" → "opne data", "make data open" → "open data").
 * Only whole two-word labels count, both words content words.
 */
export function predicativeThemes(topic: string, vocabulary: Vocabulary): string[] {
  const words = tokenize(topic).map((token) => token.word).filter((word) => !STOP_WORDS.has(word));
  const found = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    for (const match of findThemeLabels(vocabulary, `${words[i + 1]} ${words[i]}`)) if (match.firstWord === 0 && match.lastWord === 2) found.add(match.theme);
  }
  return [...found];
}

/**
 * The content words of a free-text topic, each with its weight and whether it is generic: in
 * data/generic-words.txt, or (with its commonest equivalent) in more than GENERIC_SHARE of the passages.
 */
export function conceptWords(topic: string, vocabulary: Vocabulary, stats: TermStats, language?: string): ConceptWord[] {
  const total = Math.max(1, stats.passages);
  const topicStems = new Set(tokenize(topic).map((token) => stem(token.word.replace(/[-']/g, ''))));
  return [...new Set(tokenize(topic).map((token) => token.word).filter((word) => word.length > 1 && !STOP_WORDS.has(word)))].map((word): ConceptWord => {
    const wordStem = stem(word.replace(/[-']/g, ''));
    const alternatives = [
      ...equivalentWords(equivalenceForms(vocabulary), wordStem, topicStems),
      ...(language === 'en' ? [...equivalentWords(glossaryForms(vocabulary), wordStem, topicStems), ...englishForms(word).filter((form) => form.stem !== wordStem)] : []),
      ...bokmålForms(word),
    ];
    // A word is as common as its commonest equivalent: "data" stays generic whatever it is called.
    // A phrase is no commoner than its rarest word: "felles inngang" does not make "inngang" as common as "felles".
    const frequency = (alternative: Equivalent) => (alternative.parts ? Math.min(...alternative.parts.map((part) => stats.documentFrequency(part.stem))) : stats.documentFrequency(alternative.stem));
    const df = Math.max(stats.documentFrequency(wordStem), ...alternatives.map(frequency));
    return { word, stem: wordStem, documentFrequency: df, weight: Math.log(1 + total / (1 + df)), generic: GENERIC_WORDS.has(word) || df / total > GENERIC_SHARE, alternatives, parts: compoundParts(word) };
  });
}

/**
 * A nynorsk word's bokmål spelling (data/cognates.json: "modenheit" → "modenhet", "heimebuande" →
 * "hjemmeboende", "løysingar" → "løsninger"), so that it finds bokmål text.
 */
function bokmålForms(word: string): Equivalent[] {
  const spelt = bokmål(word);
  return spelt !== word && word.length >= 5 ? [{ word: spelt, stem: stem(spelt) }] : [];
}

/** A word or phrase as its content words with stems. */
type Form = Array<{ word: string; stem: string }>;

/** Members that name a word ("own") and the members that stand for it ("others"). */
interface FormGroup {
  own: Form[];
  others: Form[];
}

const forms = (member: string): Form => tokenize(member).filter((token) => !STOP_WORDS.has(token.word)).map((token) => ({ word: token.word, stem: stem(token.word.replace(/[-']/g, '')) }));
const groupForms = new WeakMap<Vocabulary, FormGroup[]>();
const glossaryGroups = new WeakMap<Vocabulary, FormGroup[]>();

/** Each equivalence group's members as forms, analysed once per vocabulary: any member stands for any other. */
function equivalenceForms(vocabulary: Vocabulary): FormGroup[] {
  let groups = groupForms.get(vocabulary);
  if (!groups) {
    groups = vocabulary.equivalences.map((group) => group.map(forms).filter((parts) => parts.length > 0)).map((members) => ({ own: members, others: members }));
    groupForms.set(vocabulary, groups);
  }
  return groups;
}

/** The glossary's rows as forms: an English word stands for its Norwegian ones, never one Norwegian word for another. */
function glossaryForms(vocabulary: Vocabulary): FormGroup[] {
  let groups = glossaryGroups.get(vocabulary);
  if (!groups) {
    const nonEmpty = (members: string[]) => members.map(forms).filter((parts) => parts.length > 0);
    groups = vocabulary.glossary.map((entry) => ({ own: nonEmpty(entry.english), others: nonEmpty(entry.norwegian) }));
    glossaryGroups.set(vocabulary, groups);
  }
  return groups;
}

/**
 * The stems of the one-word members of the equivalence groups that hold a word's stem as a one-word member
 * ("omstilling" → "transformasjon", "transformation"), the stem itself included.
 */
export function equivalentStems(vocabulary: Vocabulary, wordStem: string): ReadonlySet<string> {
  const stems = new Set([wordStem]);
  for (const { own: members } of equivalenceForms(vocabulary)) {
    const single = members.filter((parts) => parts.length === 1).map((parts) => parts[0]!.stem);
    if (single.includes(wordStem)) for (const other of single) stems.add(other);
  }
  return stems;
}

/**
 * The other members of the equivalence groups that hold a word: groups where the word is a member, or
 * where it is part of a member phrase the whole topic holds ("wireless" in "wireless networks" →
 * "trådløst nett", "wifi"). Phrases keep their words, to be found together.
 */
function equivalentWords(groups: FormGroup[], wordStem: string, topicStems: ReadonlySet<string>): Equivalent[] {
  const found: Equivalent[] = [];
  for (const group of groups) {
    const own = group.own.filter((parts) => parts.some((part) => part.stem === wordStem) && parts.every((part) => topicStems.has(part.stem)));
    if (own.length === 0) continue;
    for (const parts of group.others) {
      if (own.includes(parts)) continue;
      found.push(parts.length === 1 ? parts[0]! : { ...parts[0]!, parts });
    }
  }
  return [...new Map(found.filter((form) => form.parts || form.stem !== wordStem).map((form) => [form.parts ? form.parts.map((part) => part.stem).join(' ') : form.stem, form])).values()];
}

/**
 * Shortest stem that also matches as the first part of a compound it is not a known part of
 * ("tannhelse" in "tannhelsetenesta", "signering" in "signeringsløsning"): shorter stems would
 * match unrelated words ("data" in "datamaskin").
 */
export const MIN_PREFIX_STEM = 6;

/** The forms of a topic word that also count as the first part of a compound: the word and its stem, when long enough. */
export function prefixForms(word: Pick<ConceptWord, 'word' | 'stem'>): string[] {
  return [...new Set([normalize(word.word).replace(/[-']/g, ''), word.stem])].filter((form) => form.length >= MIN_PREFIX_STEM);
}

/** True when a text's word shows a topic word: as a term of it (stem, compound part) or as its first part. */
export function showsWord(textWord: string, word: Pick<ConceptWord, 'word' | 'stem'>): boolean {
  // The stemmer takes one ending off: "kurset" gives "kurs", "Kurs" gives "kur"; a second pass meets them.
  const again = stem(word.stem);
  // A nynorsk text word also in its bokmål spelling: "husstandar" shows "husstander".
  if (termsInBothSpellings(textWord).some((term) => term === word.stem || term === again || stem(term) === word.stem)) return true;
  const joined = textWord.replace(/[-']/g, '');
  return prefixForms(word).some((form) => joined.startsWith(form));
}

const statsCache = new WeakMap<Db, { version: string; stats: TermStats }>();

/** Document frequencies from the full-text index, cached per corpus version. */
export function termStats(db: Db): TermStats {
  const version = documentsVersion(db);
  const cached = statsCache.get(db);
  if (cached?.version === version) return cached.stats;
  const passages = countRows(db).passages;
  const frequencies = new Map<string, number>();
  const count = db.prepare('SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH ?');
  const stats: TermStats = {
    passages,
    documentFrequency(wordStem) {
      const safe = wordStem.replace(/[^\p{L}\p{N}]/gu, '');
      if (!safe) return 0;
      let n = frequencies.get(safe);
      if (n === undefined) {
        n = (count.get(`body : "${safe}"`) as { n: number }).n;
        frequencies.set(safe, n);
      }
      return n;
    },
  };
  statsCache.set(db, { version, stats });
  return stats;
}
