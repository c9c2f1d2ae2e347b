import { conceptWords, resolveConcept, type ConceptQuery, type TermStats } from '../search/match.ts';
import { normalize, stem, STOP_WORDS, tokenize } from '../text/analyze.ts';
import { bokmål } from '../text/cognates.ts';
import { findThemeLabels, widestMatches, withNarrower, type Theme, type Vocabulary } from '../text/vocabulary.ts';
import { GENERIC_WORDS } from '../text/generic-words.ts';
import { QUALIFYING } from './question-words.ts';

/**
 * The words that qualify the themes a question names, read four ways:
 * - after a theme's label and a preposition (data/question-words.json `qualifyingWords`): "digital kompetanse
 *   for ledere", "skills for managers", "digitalt tilsyn i hjemmetjenesten eller på sykehjem" — up to the end
 *   of the question or a word ending the phrase ("som", "that"), "og"/"eller" joining alternatives;
 * - the object of a label that is a verb phrase: "lære opp lederne";
 * - an owner in the genitive before the label: "lærernes digitale kompetanse", "teachers' digital skills",
 *   "leiarane sine digitale ferdigheiter", or the subject of verbs that make it the label: "lærerne skal bli
 *   flinkere digitalt";
 * - where every label the themes are named by is of words found almost everywhere ("digitale tenester"), the
 *   rarest specific word beside it ("kor nøgde innbyggjarane er med dei digitale tenestene": satisfaction).
 * The people goals are for by default ("hos de ansatte", "for residents") qualify nothing. Only words the
 * question's topic kept count (its question and structure words are gone), and only when each is in some
 * passage (a word in none is said as not found instead). Returned as concepts of words, one per
 * alternative, or null when there are none.
 */
export function qualifyingWords(question: string, topic: string, themes: readonly string[], vocabulary: Vocabulary, stats: TermStats, language?: string): ConceptQuery[] | null {
  const wanted = new Set(themes);
  const labels = widestMatches(findThemeLabels(vocabulary, question));
  const named = labels.filter((m) => wanted.has(m.theme)).sort((a, b) => a.start - b.start);
  // "velferdsteknologi hjemme hos brukerne, sånn som digitalt tilsyn": themes under one named before them are
  // its examples; the words qualify the theme they follow.
  const example = (match: (typeof labels)[number]) => named.some((other) => other.start < match.start && other.theme !== match.theme && withNarrower(vocabulary, other.theme).includes(match.theme));
  const last = named.filter((match) => !example(match)).at(-1);
  // Words that name a theme make a part of their own (showing-most.ts themeParts).
  if (!last || labels.some((m) => m.start >= last.end && !example(m))) return null;
  const kept = new Set(tokenize(normalize(topic)).map((token) => token.word));
  const tokens = tokenize(question);
  // The labels a question names the theme by (tag-only phrases such as "bo trygt hjemme" are evidence, not
  // names), of the themes and of the kinds they belong to ("digital postkasse" is a kind of "digital post").
  const namesOf = (theme: Theme) => [...Object.values(theme.prefLabel), ...Object.values(theme.altLabel).flat(), ...theme.hiddenLabel];
  // (Of the themes the question names, not those under them: "ledere" in a label of leaders' skills does not
  // make "digital kompetanse for ledere" repeat digital skills.)
  const withBroader = [...new Set(named.map((m) => m.theme))].flatMap((id) => [id, ...(vocabulary.byId.get(id)?.broader ?? [])]);
  const labelWords = new Set(withBroader.flatMap((id) => { const theme = vocabulary.byId.get(id); return theme ? namesOf(theme).flatMap((label) => tokenize(normalize(label)).map((token) => token.word)) : []; }));
  // Each word must be in some passage, and — asked in English of strategies mostly written in Norwegian —
  // have a Norwegian equivalent: "managers" (ledere) qualifies, a word only English text has would leave
  // only the English strategies. A year or a number is no qualifier ("i 2025").
  const findable = (word: ConceptQuery['words'][number]) => word.generic || (word.documentFrequency > 0 && !/^\d/.test(word.word) && (language !== 'en' || word.alternatives.length > 0));
  // An alternative of only words found all over the corpus ("opplæring i digitale verktøy") narrows nothing a
  // planner means by it: at least one word must be rarer than QUALIFIER_SHARE of the passages.
  const narrows = (concept: ConceptQuery) => concept.words.some((word) => !word.generic && word.documentFrequency < QUALIFIER_SHARE * stats.passages);
  const usable = (concept: ConceptQuery) => concept.kind === 'words' && concept.words.every(findable) && narrows(concept);
  // The readings in turn; one whose words cannot be looked for ("in leading digital change") gives way to the next.
  const readings = [() => phraseAfter(question.slice(last.end)), () => objectAfter(tokens, last.lastWord), () => ownerBefore(question, tokens, named[0]!.firstWord)];
  for (const reading of readings) {
    const phrase = reading();
    if (!phrase) continue;
    const alternatives: string[][] = [[]];
    for (const word of phrase) {
      if (isJoining(word)) alternatives.push([]);
      else if (kept.has(word) || kept.has(`${word}s`)) alternatives.at(-1)!.push(word);
    }
    const asked = alternatives.filter((words) => words.length > 0);
    // An alternative of only such people ("for ledere og ansatte") leaves the theme unqualified; so does one
    // of only words the themes' own labels use ("digital postkasse for brev": "digitale brev" is a label).
    if (asked.some((words) => words.every((word) => QUALIFYING.defaultSubjects.has(word) || labelWords.has(word)))) return null;
    const concepts = asked.map((words) => resolveConcept(words.filter((word) => !QUALIFYING.defaultSubjects.has(word)).join(' '), vocabulary, stats, language));
    if (concepts.length > 0 && concepts.every(usable)) return concepts;
  }
  return besideGenericLabels(topic, named, vocabulary, stats, language, findable);
}

/** A qualifying word in this share of passages or more is too common to narrow a theme (tuned on the tune half). */
const QUALIFIER_SHARE = 0.06;

/**
 * The specific words of a topic outside its theme labels, where every label naming the themes is of words
 * found almost everywhere: "kor nøgde innbyggjarane er med dei digitale tenestene" asks about satisfaction,
 * and "digitale tenester" (in most strategies) only says with what. As one concept, or null.
 */
function besideGenericLabels(topic: string, named: ReadonlyArray<{ theme: string }>, vocabulary: Vocabulary, stats: TermStats, language: string | undefined, findable: (word: ConceptQuery['words'][number]) => boolean): ConceptQuery[] | null {
  const themes = new Set(named.map((m) => m.theme));
  const labels = widestMatches(findThemeLabels(vocabulary, topic)).filter((m) => themes.has(m.theme));
  // (A nynorsk label's words are as common as their bokmål spelling: "tenestene" as "tjenestene". A label
  // with a function word is a phrase of its own: "ikkje er digitale" names digital exclusion.)
  const generic = (label: string) => !tokenize(label).some((token) => STOP_WORDS.has(token.word)) && conceptWords(label.split(/\s+/u).map(bokmål).join(' '), vocabulary, stats).every((word) => word.generic);
  if (labels.length === 0 || !labels.every((m) => generic(topic.slice(m.start, m.end)))) return null;
  const outside = tokenize(topic).filter((token) => !labels.some((m) => token.start < m.end && token.end > m.start)).map((token) => token.word).filter((word) => !QUALIFYING.defaultSubjects.has(word));
  // (Only words that can be looked for: "numeric" of "a numeric target for residents' satisfaction" has no Norwegian word.)
  const specific = conceptWords(outside.join(' '), vocabulary, stats, language).filter((word) => !word.generic && findable(word));
  if (specific.length === 0) return null;
  // The rarest of them says most: "måler fornøyde" is about satisfaction, whether or not measuring is written.
  const rarest = specific.reduce((a, b) => (b.documentFrequency < a.documentFrequency ? b : a));
  const concept = resolveConcept(rarest.word, vocabulary, stats, language);
  return concept.kind === 'words' ? [concept] : null;
}

/**
 * The words after a preposition right after the label ("… for ledere og mellomledere som …"); where those
 * are only the people goals are for by default, what a relative clause about them says ("for folk som får
 * hjemmetjenester": "hjemmetjenester"); a word of place right after the label ("velferdsteknologi hjemme
 * hos brukerne": "hjemme"); or null.
 */
function phraseAfter(rest: string): string[] | null {
  const after = tokenize(rest);
  if (!after[0] || rest.slice(0, after[0].start).trim() !== '') return null;
  if (QUALIFYING.placeWords.has(after[0].word)) return [after[0].word];
  // The preposition right after the label: "utenfor digitalt, for eksempel …" goes on with an example, not a qualifier.
  if (!QUALIFYING.prepositions.has(after[0].word)) return null;
  const endOf = (from: number) => {
    const end = after.findIndex((token, i) => i > from && QUALIFYING.phraseEnds.has(token.word) && !isJoining(token.word));
    return end < 0 ? after.length : end;
  };
  const end = endOf(0);
  const phrase = after.slice(1, end).map((token) => token.word);
  // "for å …": a purpose, no qualifier.
  if (phrase.length === 0 || ['å', 'to'].includes(phrase[0]!)) return null;
  // "for folk som får hjemmetjenester": the relative clause's words after its verb.
  if (phrase.every((word) => QUALIFYING.defaultSubjects.has(word)) && after[end] && QUALIFYING.relatives.has(after[end]!.word)) {
    const clause = after.slice(end + 2, endOf(end + 1)).map((token) => token.word);
    if (clause.length > 0) return clause;
  }
  return phrase;
}

/** The object of a label that is a verb phrase ("lære opp lederne", "train managers", "upskilling their managers"): the word after it; or null. */
function objectAfter(tokens: Token[], afterLabel: number): string[] | null {
  const particle = tokens[afterLabel - 1];
  // Over a determiner: "upskilling their managers".
  const object = tokens[afterLabel] && QUALIFYING.determiners.has(tokens[afterLabel]!.word) ? tokens[afterLabel + 1] : tokens[afterLabel];
  return particle && object && QUALIFYING.verbParticles.has(particle.word) && !GENERIC_WORDS.has(object.word) ? [object.word] : null;
}

/**
 * The owner named right before the label, in the genitive: "lærernes digitale kompetanse", "læreres
 * digitale kompetanse", "teachers' digital skills", "leiarane sine digitale ferdigheiter" — the word
 * without its genitive ending; or the subject of a verb that makes it the label ("lærerne skal bli
 * flinkere digitalt"); or the word a causative verb makes so ("get teachers better at using digital tools"); or null.
 */
function ownerBefore(question: string, tokens: Token[], labelWord: number): string[] | null {
  // "lærerne skal bli …": the subject before the verbs.
  let verbs = labelWord - 1;
  while (verbs >= 0 && labelWord - verbs <= 3 && QUALIFYING.subjectVerbs.has(tokens[verbs]!.word)) verbs--;
  if (verbs < labelWord - 1) return verbs >= 0 && !GENERIC_WORDS.has(tokens[verbs]!.word) ? [tokens[verbs]!.word] : null;
  // "get teachers better at using digital tools": the word a causative verb makes what the label names.
  // Only a plural, as people are (data/question-words.json `pluralEndings`: "lærerne", "leiarar", "teachers";
  // "gjøre tilgjengelig åpne data" makes data available, not anyone).
  const made = tokens[labelWord - 1]?.word;
  if (labelWord >= 2 && made && QUALIFYING.causatives.has(tokens[labelWord - 2]!.word) && !GENERIC_WORDS.has(made) && QUALIFYING.plural.test(made)) return [made];
  // Over a general word the label does not hold ("teachers' digital competence").
  let at = labelWord - 1;
  while (at > 0 && labelWord - at <= 2 && GENERIC_WORDS.has(tokens[at]!.word)) at--;
  const before = tokens[at];
  if (!before) return null;
  // "X sin/si/sitt/sine …": the owner is the word before the possessive.
  if (QUALIFYING.possessives.has(before.word)) return tokens[at - 1] ? [tokens[at - 1]!.word] : null;
  if (/^['’]s?/.test(question.slice(before.end, before.end + 2))) return [before.word];
  // A Norwegian genitive of a plural: "lærernes", "ledernes", "leiaranes", "læreres".
  return /(?:ene|ane|erne|arne|ere|are)s$/u.test(before.word) ? [before.word.slice(0, -1)] : null;
}

type Token = ReturnType<typeof tokenize>[number];

/** "og", "eller", "and", "or": a word joining alternatives of the qualifier. */
function isJoining(word: string): boolean {
  return QUALIFYING.joining.has(word);
}

/**
 * The theme under the named ones that the qualifying words name with them: "digital kompetanse for ledere",
 * "gjøre lederne flinkere digitalt", "sjefene skal kunne digitalisering" are all leaders' digital skills
 * (a narrower theme whose labels hold "ledere", "lederne", "sjefene"), whichever way the question put it.
 * Null when no theme under them has a label with every word of an alternative.
 */
export function narrowerNamedBy(qualifier: readonly ConceptQuery[], named: readonly string[], vocabulary: Vocabulary): string | null {
  const below = [...new Set(named.flatMap((id) => withNarrower(vocabulary, id)))].filter((id) => !named.includes(id));
  for (const id of below) {
    const theme = vocabulary.byId.get(id);
    if (!theme) continue;
    const labelStems = new Set([...Object.values(theme.prefLabel), ...Object.values(theme.altLabel).flat(), ...theme.hiddenLabel].flatMap((label) => tokenize(normalize(label)).map((token) => stem(token.word))));
    if (qualifier.some((concept) => concept.words.length > 0 && concept.words.every((word) => labelStems.has(word.stem)))) return id;
  }
  return null;
}
