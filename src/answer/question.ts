import type { DocumentSummary } from '../store/index.ts';
import { findCollaboration, isKnownPlace, membersOf, organisationWords } from '../../ingest/gazetteer.ts';
import { analyze, normalize, STOP_WORDS, tokenize } from '../text/analyze.ts';
import { withoutYears, yearsIn } from '../text/years.ts';
import { phraseStems } from '../search/thesaurus.ts';
import { findThemeLabels, loadVocabulary, taggingLabels } from '../text/vocabulary.ts';
import { equivalentStems } from '../search/match.ts';
import { detectLanguage, type Language } from './language.ts';
import { groupBy } from './context.ts';
import { documentsOfKind, namesDocumentKind, wordsNamingDocument } from './document-kinds.ts';
import { kindsAsked, withoutKindWords, type AskedKind } from './goal-kinds.ts';
import { cognate } from '../text/cognates.ts';
import { answerKind, asksForFigure } from './lookup-sentences.ts';
import { asksProgress } from './goal-status.ts';
import type { OrganisationKind } from '../../ingest/model.ts';
import { ACROSS_STRATEGIES, APPLIES_TO, ASKED_SUBJECTS, TOWARDS_YEAR, asciiSpellings, BUDGET_PATTERNS, SUCH_LIKE, STUFF_WORDS, WHOLE_PERIOD, investsOnlyAsPriority, namesKindBeforeExamples, withoutGloss, withoutStructurePhrases, speaksOfMoney, asksHow, EVIDENCE_KIND_WORDS, INTENT_PATTERNS, isHowVerb, organisationKindsNamed, partSubjectsIn, QUESTION_WORDS, SHARED_BY_NAMED, SHARED_WORDS, withoutLeadingConjunction, withoutPartEndings, withStandardForms } from './question-words.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { isGenericWord } from '../text/generic-words.ts';
import { withCoordinatedCompounds } from '../text/coordinated-compounds.ts';

export type Intent = 'coverage' | 'goals' | 'budget' | 'compare' | 'lookup' | 'document';

/** What a question asks, in structured form. */
export interface Question {
  text: string;
  intent: Intent;
  language: Language;
  /** Documents the question names (by organisation, alias or municipality); empty means all. */
  documents: DocumentSummary[];
  /** The subject left after question words, names and years are taken out. */
  topic: string;
  year: number | null;
  /** "…av dem / …of them": the question refers to the organisations of the previous answer. */
  refersBack: boolean;
  /** Organisations the question names that no loaded strategy belongs to ("Bergen kommune"). */
  unknownOrganisations: string[];
  /** The kinds of goal it asks for ("visjonen", "delmål", "tiltak"; data/goal-vocabulary.json); empty: any. */
  goalKinds: AskedKind[];
  /** A follow-up's earlier question, as asked: what it leaves unsaid (which fact about a document) is read there. */
  previousText?: string;
  /** A follow-up's earlier topic: "…og hvem av dem har et tall på datasett?" picks among those that took up the topic before. */
  previousTopic?: string;
  /** Every strategy the conversation has named so far, in order: "…av dem" after "X?" → "og Y?" means both. */
  discussed?: DocumentSummary[];
  /**
   * The question names the subject of the question before by a demonstrative or a pronoun: "hvem har
   * ansvaret for det tiltaket?", "hvilke kommuner står bak den strategien?", "which of them plans to
   * introduce it?" (data/question-words.json `pointsBack`, `topicPronoun`). As a follow-up it keeps the
   * strategies and the topic before; its other words ask what about them.
   */
  pointsBack?: boolean;
  /** The topic of the question before, whether or not this one reads as a follow-up (index.ts: the context of a question with no answer of its own). */
  earlierTopic?: string;
  /**
   * It asks what a strategy says about something ("Hva sier X om …", "And what does X say about it?"), or
   * is a follow-up naming only another strategy after such a question ("kva med Vestland?"): the text
   * is quoted with its section (compose-lookup.ts).
   */
  saysAbout?: boolean;
  /**
   * "kven av dei er regionale eller interkommunale samarbeid?": the kinds of organisation a follow-up
   * picks among the strategies of the answer before (data/question-words.json `organisationKinds`);
   * its topic stays the one before.
   */
  organisationKinds?: OrganisationKind[];
  /**
   * "Når ble Gjøviks IKT-strategi vedtatt?" → "hva er målet for oppetid?": a question in a conversation that
   * names no organisation and reads as no follow-up, nor asks across the strategies ("Hvilke kommuner …",
   * "hvem …"): the strategies the question before was about. index.ts answers it from them where they
   * have the answer (and says so), else across all.
   */
  conversationDocuments?: DocumentSummary[];
}

export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** The wording of each intent, as patterns over the normalised question (data/question-words.json). */
const { compare: COMPARE, budget: BUDGET, document: DOCUMENT, goals: GOALS, coverage: COVERAGE, whoHas: WHO_HAS, refersBack: REFERS_BACK, versionChange: VERSION_CHANGE, compareNamed: COMPARE_NAMED, otherDocument: OTHER_DOCUMENT, saysAbout: SAYS_ABOUT, continuesPrevious: CONTINUES_PREVIOUS, adoptionOrder: ADOPTION_ORDER, relates: RELATES, pointsBack: POINTS_BACK, topicPronoun: TOPIC_PRONOUN, allItems: ALL_ITEMS, notMoney: NOT_MONEY, budgetAsEvidence: BUDGET_AS_EVIDENCE } = INTENT_PATTERNS;
/** Every demonstrative naming the subject before ("det tiltaket"), to take out of the question's words. */
const POINTS_BACK_ALL = new RegExp(POINTS_BACK.source, `${POINTS_BACK.flags}g`);

/** Kinds of goal a strategy has one of: asked of a named strategy, they need no topic. */
const ONE_PER_STRATEGY = new Set<AskedKind>(['vision', 'main-goal']);

/** True for a word that says what kind of question it is ("hvilke", "mål", "budsjett"), not what it is about. */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(normalize(word));
}

/**
 * Names a user may use for each document, normalised, longest first: its organisation, aliases and
 * municipalities, and (from the gazetteer) the members of the collaboration it belongs to, so
 * "Flesberg" reaches Kongsbergregionen's strategies even when they were stored without members.
 */
export function documentNames(documents: DocumentSummary[]): Array<{ name: string; document: DocumentSummary }> {
  return documents
    .flatMap((document) => {
      const collaboration = [document.organisation, ...document.aliases].map(findCollaboration).find(Boolean);
      const members = collaboration ? membersOf(collaboration) : [];
      return [document.organisation, ...document.aliases, ...document.municipalities, ...members, document.organisation.replace(/ (?:fylkes)?kommune$/, '')].map(normalize).flatMap((name) => [name, ...asciiSpellings(name)]).map((name) => ({ name, document }));
    })
    .filter((entry) => entry.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * Places the question names without "kommune" that the gazetteer knows ("Bergen", "Nore og Uvdal",
 * "Vestland") and no loaded document answers to. The question's first word counts only when it is
 * not a question word.
 */
function unknownPlaces(text: string, known: Set<string>): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d-])\p{Lu}[\p{L}-]*(?:\s+(?:og\s+)?\p{Lu}[\p{L}-]*){0,2}/gu)) {
    const words = m[0].split(/\s+/);
    // "Sørum og Oslo": each place in turn, the longest name first at each ("Nore og Uvdal" is one).
    for (let from = 0; from < words.length; ) {
      let taken = 1;
      for (let n = words.length - from; n >= 1; n--) {
        const written = words.slice(from, from + n).join(' ');
        // "Bergens", "Bergen's": the genitive of a place.
        const name = isKnownPlace(written) ? written : written.replace(/(?:'s|s)$/, '');
        if (!isKnownPlace(name)) continue;
        const folded = normalize(name);
        const first = from === 0 && text.slice(0, m.index).trim() === '' && n === 1 && (QUESTION_WORDS.has(folded) || STOP_WORDS.has(folded));
        if (!first && !known.has(folded)) found.push(name);
        taken = n;
        break;
      }
      from += taken;
    }
  }
  return [...new Set(found)];
}

/** Reads a question (and, for follow-ups, the previous one) into intent, documents, topic and year. */
export function interpretQuestion(text: string, documents: DocumentSummary[], history: HistoryTurn[] = []): Question {
  // Earlier questions are read in order, each follow-up completed by the one before it, so that a
  // chain ("hva med Øvre Romerike?" → "og i 2018?") keeps what the first question said.
  const earlier = history.filter((turn) => turn.role === 'user' && turn.content.trim() !== '').slice(-MAX_HISTORY).map((turn) => turn.content);
  let previous: Question | null = null;
  for (const turn of earlier) previous = followUp(interpretOne(turn, documents), previous, documents);
  const question = followUp(interpretAsked(text, documents), previous, documents);
  return previous?.topic ? { ...question, earlierTopic: previous.topic } : question;
}

const MAX_HISTORY = 6;
const FOLLOW_UP_START = /^(?:og|and|men|but|hva med|kva med|what about|how about|enn|then|samme|same)\b/i;

/** A follow-up keeps what it does not say again: the topic, the intent, the organisations, the year. */
function followUp(own: Question, previous: Question | null, all: DocumentSummary[]): Question {
  // "Hvem av dem har tenkt å flytte ting over i skyen?" with nothing asked before: "them" are all the
  // strategies, and the question asks across them who takes the topic up.
  if (!previous && own.refersBack && own.documents.length === 0 && own.topic !== '' && (own.intent === 'lookup' || own.intent === 'goals')) return { ...own, intent: 'coverage', refersBack: false, discussed: [] };
  if (!previous) return { ...own, discussed: own.documents };
  // "kva seier dei om velferdsteknologi?": a pronoun for the strategies asked about before.
  const isFollowUp = own.topic === '' || own.refersBack || own.pointsBack || FOLLOW_UP_START.test(own.text.trim()) || (own.documents.length === 0 && CONTINUES_PREVIOUS.test(normalize(own.text)));
  if (!isFollowUp) return { ...own, discussed: own.documents, ...(inConversation(own, previous, all) ? { conversationDocuments: previous.documents } : {}) };
  const otherDocument = own.documents.length === 0 ? OTHER_DOCUMENT.exec(normalize(own.text)) : null;
  const documents = otherDocument ? otherDocuments(previous.documents, all) : followUpDocuments(own, previous);
  // "kva med den andre planen?": the words naming the other strategy are no topic, the one before stays.
  // "hvem har ansvaret for det tiltaket, og hva er fristen?": the measure before is the topic; "ansvaret",
  // "fristen" ask what about it (a budget line's row holds its unit and deadline).
  // "kven av dei er interkommunale samarbeid?": words that only name kinds of organisation pick among
  // the strategies before; the topic and the intent stay those before.
  const organisationKinds = own.refersBack ? organisationKindsNamed(own.topic) : [];
  const topic = (own.pointsBack && previous.topic) || organisationKinds.length > 0 || onlyDescribes(own, all) ? '' : otherDocument ? withoutWords(own.topic, otherDocument[0]) : own.topic;
  // "og kven leverer IKT-tenestene til dei?" after "Kva kommunar er med i X?": a question with a topic
  // of its own asks no fact of the document itself, as the one before did.
  const keepsDocumentFact = previous.intent !== 'document' || topic === '';
  // "og hva er totalen for alle tiltakene i 2025?": asked of every item, not of the one before.
  const ofAllItems = ALL_ITEMS.test(normalize(own.text));
  // "og kven har ansvaret for den nye innbyggjarportalen?" after a goals question asks a name: a look-up of its own.
  const asksFact = answerKind(own.text) !== 'any' && topic !== '' && !own.refersBack;
  return {
    ...own,
    // "…og hva sier de om X?" asks for the text, whatever the question before asked for.
    // "Og hva er status for det tiltaket?": how far the goal or measure before has come, whatever was asked of it.
    intent: asksProgress(own.text) && own.topic === '' ? 'goals' : organisationKinds.length > 0 ? previous.intent : narrowedIntent(((own.intent === 'lookup' && !asksFact) || (otherDocument && !topic)) && !own.saysAbout && keepsDocumentFact ? previous.intent : own.intent, own, previous),
    topic: topic || (ofAllItems ? '' : previous.topic),
    // "Kva seier Sunnfjord om X?" → "kva med Vestland?": still what the strategy says.
    saysAbout: own.saysAbout || (own.topic === '' && previous.saysAbout),
    organisationKinds,
    previousTopic: previous.topic,
    documents,
    discussed: union(previous.discussed ?? previous.documents, documents),
    previousText: previous.previousText ? `${previous.previousText} ${previous.text}` : previous.text,
    // "og til sammen for hele perioden?" after "og i 2017?": the year before no longer holds.
    year: own.year ?? (WHOLE_PERIOD.test(normalize(own.text)) ? null : previous.year),
    refersBack: own.refersBack,
    // "Hva er visjonen til Drammen?" → "hva med Sandnes?": still the vision.
    goalKinds: own.goalKinds.length > 0 || own.intent !== 'lookup' ? own.goalKinds : previous.goalKinds,
  };
}

/**
 * "og Rælingen, som også ligger på Romerike?": a follow-up naming an organisation and then, in a
 * relative clause, saying something about it asks what was asked before; the clause is no topic.
 */
function onlyDescribes(own: Question, all: DocumentSummary[]): boolean {
  const clause = RELATIVE_CLAUSE.exec(own.text);
  return own.documents.length > 0 && clause !== null && interpretOne(own.text.slice(0, clause.index), all).topic === '';
}
const RELATIVE_CLAUSE = /,\s*(?:som|which|who|that)\s/iu;

/** The intents a question naming no organisation may ask of the strategy a conversation is about. */
const CONVERSATION_INTENTS = new Set<Intent>(['lookup', 'goals', 'budget']);

/**
 * A question with a topic of its own that names no organisation, after one about some (not all) of the
 * strategies, and asks nothing across them: it may be about the strategies the conversation is about.
 */
function inConversation(own: Question, previous: Question, all: DocumentSummary[]): boolean {
  if (own.documents.length > 0 || own.unknownOrganisations.length > 0 || own.refersBack || own.topic === '' || !CONVERSATION_INTENTS.has(own.intent)) return false;
  if (previous.documents.length === 0 || previous.documents.length >= all.length) return false;
  const normalized = normalize(own.text);
  return !ACROSS_STRATEGIES.test(normalized) && !COVERAGE.test(normalized) && !WHO_HAS.test(normalized) && !ASKED_SUBJECTS.test(normalized);
}

/**
 * "Hvilke kommuner har mål for velferdsteknologi?" → "og hva med Sandnes?": a question across the
 * strategies that asked for their goals (or a kind of goal), narrowed to the strategies a follow-up
 * names, asks for those strategies' goals. Asked without goal words ("Hvilke strategier omtaler åpne
 * data?" → "hva med Øvre Romerike?") it stays a question of whether they address it.
 */
function narrowedIntent(intent: Intent, own: Question, previous: Question): Intent {
  const narrows = intent === 'coverage' && previous.intent === 'coverage' && own.documents.length > 0 && !own.refersBack && !COVERAGE.test(normalize(own.text));
  return narrows && (GOALS.test(normalize(previous.text)) || previous.goalKinds.length > 0) ? 'goals' : intent;
}

/**
 * The strategies a follow-up is about: those it names, else those before. After a comparison, those it
 * names join the compared ones ("Sammenlign Molde og ØRU på velferdsteknologi" → "og hva med Sandnes?"
 * compares all three), unless it asks for a comparison of its own.
 */
function followUpDocuments(own: Question, previous: Question): DocumentSummary[] {
  // "Hva sier Sørum om X?" → "og Kongsbergregionen?" → "hvem av dem har budsjett til det?": both.
  if (own.documents.length === 0 && own.refersBack) return previous.discussed ?? previous.documents;
  if (own.documents.length === 0) return previous.documents;
  const joinsComparison = previous.intent === 'compare' && own.intent === 'lookup' && previous.documents.length > 0;
  return joinsComparison ? union(previous.documents, own.documents) : own.documents;
}

/** A topic without the words of a phrase ("planen" without "den andre planen": ""). */
function withoutWords(topic: string, phrase: string): string {
  const words = new Set(phrase.split(/\s+/));
  return topic.split(/\s+/).filter((word) => word && !words.has(normalize(word))).join(' ');
}

/** The strategies of both lists, each once, in first-seen order. */
function union(first: DocumentSummary[], second: DocumentSummary[]): DocumentSummary[] {
  const ids = new Set(first.map((document) => document.id));
  return [...first, ...second.filter((document) => !ids.has(document.id))];
}

/**
 * "kva med den andre planen?" after a question about one of an organisation's strategies: its other
 * strategies (the same ones when it has no other).
 */
function otherDocuments(previous: DocumentSummary[], all: DocumentSummary[]): DocumentSummary[] {
  const asked = new Set(previous.map((document) => document.id));
  const organisations = new Set(previous.map((document) => document.organisation));
  const others = all.filter((document) => organisations.has(document.organisation) && !asked.has(document.id));
  return others.length > 0 ? others : previous;
}

/**
 * "Sørum gikk inn i Lillestrøm i 2020. Hvordan skiller budsjettet i Sørums e-strategi seg fra …?": a
 * question after statements that set the scene is read alone, when it names the strategies itself; the
 * statements' words are no topic.
 */
function interpretAsked(text: string, documents: DocumentSummary[]): Question {
  const sentences = text.trim().split(/(?<=[.!])\s+(?=\p{Lu})/u);
  const asked = sentences.at(-1)!;
  if (sentences.length < 2 || !asked.trim().endsWith('?')) return interpretOne(text, documents);
  const alone = interpretOne(asked, documents);
  return alone.documents.length > 0 ? { ...alone, text } : interpretOne(text, documents);
}

function interpretOne(written: string, documents: DocumentSummary[]): Question {
  // "ka kommuna ska …" is read as "kva kommunar skal …".
  const text = withStandardForms(written);
  // "investerings- og driftstiltak" is read as "investeringstiltak og driftstiltak".
  const normalized = normalize(withCoordinatedCompounds(text));
  const language = detectLanguage(text);
  let rest = ` ${normalized} `;
  const mentioned = new Map<string, DocumentSummary>();
  for (const { document, pattern } of compiledDocumentNames(documents)) {
    pattern.lastIndex = 0;
    if (pattern.test(rest)) {
      for (const same of documents.filter((d) => d.organisation === document.organisation)) mentioned.set(same.id, same);
      rest = rest.replace(pattern, ' ');
    }
  }
  // Names the question gives an organisation ("Bergen kommune", "Bergen municipality") that matched no document.
  const unknownOrganisations = [...rest.matchAll(/(?<![\p{L}])([\p{L}][\p{L}-]+)(?:'s)? (kommune|fylkeskommune|municipality|county|council)(?![\p{L}])/gu)]
    .map((m) => `${capitalise(m[1] ?? '')} ${m[2]}`)
    .filter((name) => !/^(?:hver|hvilken|which|each|every|en|a|the|din|vår|our|your|egen|own)\s/i.test(name))
    // "the digitalisation council": a word written in lower case that names no place is no organisation's name.
    .filter((name) => isKnownPlace(name.split(' ')[0]!) || new RegExp(`(?<![\\p{L}])${escapeRegExp(name.split(' ')[0]!)}`, 'u').test(text))
    // "smart kommune", "host municipality": a theme's label, not an organisation's name.
    .filter((name) => !findThemeLabels(loadVocabulary(), name).some((match) => match.firstWord === 0 && match.lastWord === 2));
  const knownNames = new Set(compiledDocumentNames(documents).map((entry) => entry.name));
  for (const place of unknownPlaces(text, knownNames)) {
    if (!unknownOrganisations.some((name) => normalize(name).startsWith(`${normalize(place)} `))) unknownOrganisations.push(place);
  }
  for (const name of unknownOrganisations) rest = rest.replace(new RegExp(escapeRegExp(normalize(name)), 'g'), ' ');
  // "… oppnå fram mot 2027?": the year a goal is reached by; "fram mot" is no topic.
  rest = rest.replace(TOWARDS_YEAR, ' ');
  // A period ("2016–2018") names a strategy's span, not the year asked about.
  const periods = [...rest.matchAll(PERIOD)].map((m) => ({ from: Number(m[1]), to: Number(m[2]) }));
  rest = rest.replace(PERIOD, ' ');
  const yearsWritten = yearsIn(rest);
  const year = yearsWritten[0] ?? null;
  // A year in a question of money is the budget year, not which strategy ("Hvor mye koster … i 2017?").
  const years = speaksOfMoney(text) ? [] : yearsWritten;
  rest = withoutYears(rest);
  rest = rest.replace(ASKED_SUBJECTS, ' ');
  // "Hvem bryr seg egentlig om …", "… og sånt", "… noe sted": colloquial wording of the question, no topic.
  rest = withoutStructurePhrases(rest);
  // "trygghetsalarmer, digitalt tilsyn og sånt": examples of a kind; the kind is asked about.
  SUCH_LIKE.lastIndex = 0;
  const namesTheme = (part: string) => findThemeLabels(loadVocabulary(), part).length > 0;
  const examplesOfKind = SUCH_LIKE.test(rest) && !namesKindBeforeExamples(rest, namesTheme);
  rest = withoutGloss(rest, namesTheme);
  rest = rest.replace(SUCH_LIKE, ' ');
  // "Which organisations invest in welfare technology?": asked across, with no amount asked, investing is
  // prioritising; the verb is no topic.
  const investsAsPriority = (COVERAGE.test(normalized) || WHO_HAS.test(normalized)) && mentioned.size === 0 && investsOnlyAsPriority(normalized, BUDGET);
  if (investsAsPriority) rest = rest.replace(new RegExp(BUDGET_PATTERNS.investsIn.source, BUDGET_PATTERNS.investsIn.flags), ' ');
  // "det tiltaket", "den strategien", "that measure": the subject before, named by a demonstrative; its
  // noun is no topic and no kind of goal asked.
  const pointsBack = POINTS_BACK.test(normalized) || TOPIC_PRONOUN.test(normalized);
  rest = rest.replace(POINTS_BACK_ALL, ' ');
  // Words naming a kind of goal ("visjonen", "delmål", "tiltak") say what kind of answer, not what about.
  const goalKinds = kindsAsked(rest);
  rest = withoutKindWords(rest);
  // "…velferdsteknologikapittelet i helse- og omsorgsplanen": the subject of a part of a document is the topic even where a title has it.
  const partSubjects = new Set(partSubjectsIn(rest));
  rest = withoutPartEndings(rest);
  const allWords = rest
    .replace(/[^\p{L}\d\s-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1);
  // A question word inside a theme's multi-word label is part of the topic ("case management", "plan og bygg").
  const inLabel = labelWords(rest);
  // "…have in common", "…har til felles": in a comparison "common"/"felles" asks what is shared, elsewhere it is content ("felles journal").
  // Two versions of one organisation's strategy named with "kept / dropped / new goals" ask for the changes between them.
  const versionsNamed = [...groupBy([...mentioned.values()], (document) => document.organisation).values()].some((siblings) => siblings.length >= 2);
  // "Which priorities do Kristiansand and Drammen share?": what two named organisations share is a comparison.
  const organisationsNamed = new Set([...mentioned.values()].map((document) => document.organisation)).size;
  // "Hvem av X og Y satser mest på …", "Står X og Y likt på …", "X mot Y: …", "Which of X and Y does more on …":
  // a choice or a measure between two named organisations is a comparison (not of their budgets: "which of
  // them spends more" is a budget question).
  // "Hvordan henger X sammen med Y?", "How does X relate to Y?": how two named strategies relate is both sides compared.
  const relating = organisationsNamed >= 2 && RELATES.test(normalized);
  const choosingBetween = organisationsNamed >= 2 && (COMPARE_NAMED.test(normalized) || relating) && !BUDGET.test(normalized);
  const comparing = COMPARE.test(normalized) || (versionsNamed && VERSION_CHANGE.test(normalized)) || (organisationsNamed >= 2 && allWords.some((word) => SHARED_BY_NAMED.has(word))) || choosingBetween;
  // "Sammenlign hvordan Hamar og Steinkjer arbeider med informasjonssikkerhet", "How do X and Y approach AI?":
  // the verb says how they work on the topic, not what it is (data/question-words.json); asked of named
  // strategies, what they do about it is their goals and measures on it.
  const how = asksHow(normalized);
  const howWorks = how && allWords.some((word) => isHowVerb(word) && !inLabel.has(word));
  // Between two versions, the words asking what changed ("endret seg", "change", "new") are no topic either.
  const kept = allWords.filter((word) => (!QUESTION_WORDS.has(word) && !(comparing && SHARED_WORDS.has(word)) && !(versionsNamed && VERSION_CHANGE.test(word)) && !(how && isHowVerb(word))) || inLabel.has(word));
  // Stop words at either end ("…from 2011–2014 to 2016–2018", "frå … til") are no topic; inside one they
  // may join its parts ("trådløst nett eller integrasjonsplattform").
  // A label's own stop word stays only where a label can begin or end with it ("green IT"), not "og" of "plan, bygg og geodata".
  const loose = (word: string) => STOP_WORDS.has(word) && (!inLabel.has(word) || !labelEdgeWords().has(word));
  const words = trimmed(kept, loose);
  // An English question names a strategy also by the Norwegian spelling of its words ('eStrategy' → 'eStrategi').
  const spellings = (word: string) => [...new Set([word, word.replace(/-/g, ' '), ...(language === 'en' ? [cognate(word)] : [])])];
  const named = chooseVersions([...mentioned.values()], allWords.flatMap(spellings), [...periods, ...years.map((y) => ({ from: y, to: y, single: true }))], text);
  // Words of the named strategies' titles ("tiltaksplan", "eStrategien") say which strategy, not what
  // about; but when nothing else is left they are the topic ("Rælingens mål for velferdsteknologi",
  // whose only strategy is "Strategi for velferdsteknologi"). Words that tell an organisation's
  // strategies apart always choose the version.
  const stemsIn = (stems: Set<string>) => (word: string) =>
    spellings(word).some((spelt) => {
      const own = phraseStems(spelt);
      return own.length > 0 && own.every((stem) => stems.has(stem));
    });
  const choosesVersion = stemsIn(distinctiveTitleStems([...mentioned.values()]));
  // A word of a title in other words is one too: "den digitale omstillinga" names "Strategi for digital transformasjon".
  const titleStems = new Set([...mentioned.values()].flatMap((document) => phraseStems(document.title)));
  // So is the first part of a title's compound ("digitaliseringa" of "Digitaliseringsstrategi for Ullensvang").
  const titleParts = new Set([...mentioned.values()].flatMap((document) => analyze(document.title)));
  const inTitle = (word: string) => {
    if (stemsIn(titleStems)(word)) return true;
    const [only, ...more] = phraseStems(word);
    return only !== undefined && more.length === 0 && (titleParts.has(only) || [...equivalentStems(loadVocabulary(), only)].some((stem) => titleStems.has(stem)));
  };
  const topicWords = words.filter((word) => !choosesVersion(word));
  // A word of a theme's label is the topic even where a title has it ("digital kompetanse" beside "Digital strategi for Tromsø").
  // Stop words left at either end once the title words are gone ("… seg fra [eStrategien]") are no topic either.
  // A part's subject named twice ("strategien for velferdsteknologi … velferdsteknologikapittelet") is one topic word.
  const beyondTitles = trimmed(topicWords.filter((word, i) => (inLabel.has(word) || partSubjects.has(word) || !inTitle(word)) && !(partSubjects.has(word) && topicWords.indexOf(word) < i)), loose);
  // "Cloud services: which municipalities … on adopting them?": a pronoun after a topic named first, before a
  // colon, stands for that topic, not for the strategies of the answer before.
  const namesTopicFirst = /^[^:?]{3,60}:\s/u.test(text.trim());
  const refersBack = REFERS_BACK.test(normalized) && !mentioned.size && !namesTopicFirst;
  // "…which of them have it as a focus area?": words that only say how, not what about, leave the
  // topic to the question before.
  // So do they in a comparison ("Which priorities do X and Y share?"): the whole strategies are compared.
  const kindOnly = (refersBack || comparing) && words.every((word) => EVIDENCE_KIND_WORDS.has(word));
  // "Kva er hovudmålet i Telemark sin regionale plan for digital omstilling?": where a kind of goal is asked
  // and every word left names the strategy (its title), the question is about that strategy, not a topic.
  // In another language than the title ("the main goal of Telemark's regional plan for digital transformation"),
  // the words after the kind of document name it, where the one goal of a strategy (its vision, main goal) is asked.
  const naming = wordsNamingDocument(text);
  const oneGoalAsked = goalKinds.length > 0 && goalKinds.every((kind) => ONE_PER_STRATEGY.has(kind));
  const namesStrategyOnly = goalKinds.length > 0 && mentioned.size > 0 && (beyondTitles.length === 0 || (oneGoalAsked && beyondTitles.every((word) => naming.has(word))));
  // "Korleis heng digitaliseringsstrategien til Sunnfjord saman med den regionale planen til Vestland?": words that
  // only name the related strategies by their titles leave no topic; the whole strategies are compared.
  const namesRelatedOnly = relating && beyondTitles.length === 0;
  // Title words are the topic only where they say what the strategy is about: a word naming the kind of
  // document ("Hva er målene i Bodøs digitaliseringsstrategi?") says which one, and leaves no topic.
  const titleTopic = trimmed(topicWords.filter((word) => !namesDocumentKind(word) && !(STOP_WORDS.has(word) && !inLabel.has(word))), loose);
  // "Kva vil Trondheim oppnå med den digitale omstillinga?": goals asked of a named strategy in words of its
  // title alone ("Strategi for digital transformasjon") ask for its goals; a theme's label there stays the topic.
  // So do words of its other names ("What objectives has ROR-IKT in Romsdal set itself?": "Romsdal IKT" is one).
  const namesOrganisation = stemsIn(new Set([...mentioned.values()].flatMap((document) => document.aliases.flatMap((alias) => phraseStems(alias)))));
  // And so do words found in every strategy ("Kva vil Trondheim oppnå med digitaliseringa?").
  const goalsOfTitle = GOALS.test(normalized) && mentioned.size > 0 && beyondTitles.every((word) => namesOrganisation(word) || isGenericWord(word)) && !namesTheme(topicWords.join(' '));
  const ownTopic = kindOnly || namesStrategyOnly || namesRelatedOnly || goalsOfTitle ? '' : (beyondTitles.length > 0 ? beyondTitles : titleTopic).join(' ').trim();
  const topic = examplesOfKind ? kindOfExamples(ownTopic, language) : ownTopic;
  // "What measures does Tønsberg prioritise in its action plan?": asked of a named strategy with no topic
  // left, the wording of priorities asks for its goals and measures, not which strategies take a topic up.
  // "Hvor mange kommuner har mål om åpne data?", no organisation named: how many strategies take a topic up (a
  // coverage answer says how many). "Hvor mange kommuner er med i ROR-IKT?" asks about a strategy's members.
  const countsAcross = INTENT_PATTERNS.countsAcross.test(normalized) && named.length === 0 && topic !== '' && (GOALS.test(normalized) || COVERAGE.test(normalized) || INTENT_PATTERNS.countsStrategies.test(normalized));
  const asksAcross = (COVERAGE.test(normalized) && !(mentioned.size > 0 && topic === '')) || (WHO_HAS.test(normalized) && mentioned.size === 0) || countsAcross;
  // "…og hvilke av dem har det som mål?": the goals of the organisations found before, not coverage again.
  const goalsOfThem = refersBack && GOALS.test(normalized) && !BUDGET.test(normalized);
  // "Hva sier ROR-IKT om hvordan kostnadene deles?": the text about money, not budget rows, unless a figure is asked.
  const saysAbout = SAYS_ABOUT.test(withoutLeadingConjunction(normalized));
  // "How do the ROR-IKT municipalities split the costs?": asking how, with no figure asked, is about the text too.
  // "How much does X want to reduce the time caseworkers spend on …": an amount of time or a reduction, not money.
  // "Hvilke strategier har tiltak eller budsjettmidler for …": a budget line is one kind of evidence asked
  // across the strategies, beside goals and measures; no figure is asked.
  const budgetAsEvidence = asksAcross && BUDGET_AS_EVIDENCE.test(normalized) && !asksForFigure(text);
  const asksBudget = BUDGET.test(normalized) && !((saysAbout || how) && !asksForFigure(text)) && !investsAsPriority && !NOT_MONEY.test(normalized) && !budgetAsEvidence;
  // "Hvilken strategi er nyest, Askers eller Sandnes'?", "Which is newer, X or Y?": which of two named
  // strategies came first is told by their adoptions (compose-document.ts).
  const adoptionOrder = named.length >= 2 && ADOPTION_ORDER.test(normalized);
  // "Hvor mye har eierkommunene satt av til …": a figure of money asked is a budget question, whatever words
  // of the document ("eierkommunene") it has.
  // "Which strategies apply to Molde?": the strategies of a place named, its own and its collaborations'.
  const appliesTo = APPLIES_TO.test(normalized) && named.length > 0;
  const asksDocument = (DOCUMENT.test(normalized) || appliesTo) && !(asksBudget && asksForFigure(text)) && !countsAcross;
  // "Sammenlign de samlede kostnadene i Tynsets handlingsplan og Fitjars plan": a comparison of money
  // with no topic beside the strategies' titles compares their budgets (compose-compare.ts), not their goals on the title words.
  // A title word may stand first in a title's compound ("digitalisering" in "Digitaliseringsstrategi"); the titles are
  // analysed once, and only for such a question.
  let titleTerms: string[] | null = null;
  const inNamedTitle = (word: string) => {
    titleTerms ??= named.flatMap((document) => analyze(document.title));
    const terms = titleTerms;
    return analyze(word).every((term) => terms.some((title) => title === term || (term.length >= 6 && title.startsWith(term))));
  };
  const comparesBudgets = asksBudget && named.length >= 2 && words.every((word) => STOP_WORDS.has(word) || BUDGET_PATTERNS.budgetWord.test(word) || BUDGET_PATTERNS.total.test(word) || inNamedTitle(word));
  const intent: Intent = asksDocument || adoptionOrder
    ? 'document'
    : comparing && (named.length >= 2 || COMPARE.test(normalized))
    ? 'compare'
    : goalsOfThem
    ? 'goals'
    : asksAcross && !asksBudget
      ? 'coverage'
      : asksBudget
        ? 'budget'
        : GOALS.test(normalized) || goalKinds.length > 0 || (howWorks && mentioned.size > 0 && topic !== '')
          ? 'goals'
          : asksAcross
            ? 'coverage'
            : 'lookup';
  // Compared by their budgets, the strategies' title words are no topic: their budgets are compared.
  const budgetTopic = words.filter((word) => BUDGET_PATTERNS.budgetWord.test(word) || BUDGET_PATTERNS.total.test(word)).join(' ');
  return { text, intent, language, documents: named, topic: comparesBudgets ? budgetTopic : topic, year, refersBack, unknownOrganisations, goalKinds, pointsBack, saysAbout };
}

/**
 * The kind that the themes a topic names are examples of ("trygghetsalarmer digitalt tilsyn" →
 * "velferdsteknologi (trygghetsalarmer digitalt tilsyn)"): their broader themes (data/themes.json), named
 * in the question's language before the examples. A topic naming a theme with no broader one, or no
 * theme, is itself the kind and stays as it is.
 */
export function kindOfExamples(topic: string, language: Language): string {
  const vocabulary = loadVocabulary();
  const matches = findThemeLabels(vocabulary, topic);
  // "smartby-greier, altså sensorer og sånt": a theme named with a word for "stuff" is the kind asked.
  const tokens = tokenize(topic);
  const namesKind = matches.some((match) => STUFF_WORDS.has(tokens[match.lastWord - 1]?.word.split('-').at(-1) ?? '') || STUFF_WORDS.has(tokens[match.lastWord]?.word ?? ''));
  if (namesKind) return topic;
  const named = [...new Set(matches.map((match) => match.theme))];
  const broader = named.map((id) => vocabulary.byId.get(id)?.broader ?? []);
  if (named.length === 0 || broader.some((ids) => ids.length === 0)) return topic;
  const kinds = [...new Set(broader.flat())].flatMap((id) => vocabulary.byId.get(id)?.prefLabel[language] ?? []);
  return kinds.length > 0 ? `${kinds.join(' / ')} (${topic})` : topic;
}

/** The words without those at either end that `loose` says are no part of a topic. */
function trimmed(words: string[], loose: (word: string) => boolean): string[] {
  let first = 0;
  let last = words.length;
  while (first < last && loose(words[first]!)) first++;
  while (last > first && loose(words[last - 1]!)) last--;
  return words.slice(first, last);
}

/** The words of the multi-word theme labels a text names (data/themes.json). */
function labelWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of findThemeLabels(loadVocabulary(), text)) {
    if (match.lastWord - match.firstWord < 2) continue;
    for (const word of text.slice(match.start, match.end).split(/[^\p{L}\d-]+/u)) if (word) words.add(normalize(word));
  }
  return words;
}

let edgeWords: Set<string> | null = null;
/** Words that begin or end a theme label (data/themes.json). */
function labelEdgeWords(): Set<string> {
  if (!edgeWords) {
    edgeWords = new Set();
    for (const theme of loadVocabulary().themes) {
      for (const label of taggingLabels(theme)) {
        const words = normalize(label).split(/[^\p{L}\d-]+/u).filter(Boolean);
        if (words.length > 0) edgeWords.add(words[0]!).add(words[words.length - 1]!);
      }
    }
  }
  return edgeWords;
}

/** Title stems that some, but not all, of an organisation's named strategies have. */
function distinctiveTitleStems(documents: DocumentSummary[]): Set<string> {
  const stems = new Set<string>();
  for (const siblings of groupBy(documents, (document) => document.organisation).values()) {
    if (siblings.length < 2) continue;
    const titles = siblings.map((document) => new Set(phraseStems(document.title)));
    for (const title of titles) for (const stem of title) if (!titles.every((other) => other.has(stem))) stems.add(stem);
  }
  return stems;
}

const PERIOD = /(?<!\d)((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})(?!\d)/g;

/**
 * Where the question names an organisation with several strategies and also words or a period that
 * only some of their titles have ("Kongsbergregionens tiltaksplan 2016–2018"), or a year that only
 * some of their periods cover ("kongsbergregionen 2011"), those strategies.
 */
function chooseVersions(documents: DocumentSummary[], words: string[], periods: Array<{ from: number; to: number; single?: boolean }>, text = ''): DocumentSummary[] {
  const wordStems = new Set(words.flatMap((word) => phraseStems(word)));
  const chosen = new Set<string>();
  for (const siblings of groupBy(documents, (document) => document.organisation).values()) {
    const picked = siblings.filter((document) => {
      const others = new Set(siblings.filter((other) => other !== document).flatMap((other) => phraseStems(other.title)));
      const distinctive = phraseStems(document.title).filter((stem) => !others.has(stem) && !/^\d+$/.test(stem));
      // A single year ("kongsbergregionen 2011", "Hva budsjetterte X i 2017?") picks the strategies in force that year.
      const samePeriod = periods.some((p) =>
        p.single
          ? document.period.from !== null && document.period.to !== null && document.period.from <= p.from && p.from <= document.period.to
          : (p.from === document.period.from && p.to === document.period.to) || document.title.includes(`${p.from}–${p.to}`) || document.title.includes(`${p.from}-${p.to}`),
      );
      return samePeriod || distinctive.some((stem) => wordStems.has(stem));
    });
    // A kind of document named in any language ("action plan" → "Tiltaksplan …", data/document-kinds.json),
    // besides those named otherwise ("… its action plan … its eStrategy").
    const ofKind = siblings.length > 1 ? documentsOfKind(text, siblings) : [];
    const both = [...new Set([...picked, ...ofKind])];
    for (const document of both.length > 0 ? both : siblings) chosen.add(document.id);
  }
  return documents.filter((document) => chosen.has(document.id));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Words for a kind of organisation that may follow its name and are part of it ("the 3-1 ICT collaboration",
 * "Vestland County's plan", "Sørum kommunes mål"): data/gazetteer/organisation-words.json, longest first.
 */
const ORGANISATION_KIND = (() => {
  const { kindAfterName, municipalityNames, ownerNames } = organisationWords();
  const words = [...new Set([...kindAfterName, ...municipalityNames, ...ownerNames].map(normalize))].sort((a, b) => b.length - a.length);
  return `(?:${words.map(escapeRegExp).join('|')})(?:'s|s)?`;
})();

/** Words for the kind of organisation before its name ("the City of Trondheim"): part of the name, not the topic. */
const ORGANISATION_KIND_BEFORE = (() => {
  const words = [...new Set(organisationWords().kindBeforeName.map(normalize))].sort((a, b) => b.length - a.length);
  return `(?:(?:${words.map(escapeRegExp).join('|')})\\s+)?`;
})();

/**
 * The document names as compiled patterns, once per document list: the answerer keeps one list per
 * corpus version, so a question never compiles them again (issue 11).
 */
const compiled = new WeakMap<DocumentSummary[], Array<{ name: string; document: DocumentSummary; pattern: RegExp }>>();
function compiledDocumentNames(documents: DocumentSummary[]): Array<{ name: string; document: DocumentSummary; pattern: RegExp }> {
  let entries = compiled.get(documents);
  if (!entries) {
    // A word for the kind of organisation right after its name is part of the name ("the 3-1 ICT collaboration", "ØRU-samarbeidet").
    entries = documentNames(documents).map(({ name, document }) => ({ name, document, pattern: new RegExp(`(?<![\\p{L}\\d])${ORGANISATION_KIND_BEFORE}${escapeRegExp(name)}(?:'s|s)?(?:[\\s-]+(?:ict\\s+|ikt-?)?${ORGANISATION_KIND})?(?![\\p{L}\\d])`, 'gu') }));
    compiled.set(documents, entries);
  }
  return entries;
}
