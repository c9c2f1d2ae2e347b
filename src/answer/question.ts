import type { DocumentSummary } from '../store/index.ts';
import { findCollaboration, isKnownPlace, membersOf } from '../../ingest/gazetteer.ts';
import { normalize, STOP_WORDS } from '../text/analyze.ts';
import { detectLanguage, type Language } from './language.ts';

export type Intent = 'coverage' | 'goals' | 'budget' | 'compare' | 'lookup';

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
}

export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

const COMPARE = /sammenlign|sammenlikn|samanlikn|forskjell|skiller seg|compare|comparison|\bdiffer|difference|versus|\bvs\b/;
const BUDGET = /budsjett|kostnad|kroner|\bkr\b|\bmill|hvor mye|kor mykje|how much|budget|spend|funding|\bcost|beløp|penger|bevilg|money|\bnok\b/;
const GOALS = /(?<![\p{L}])(?:mål|målene|måla|målet|målsetting\w*|målsetning\w*|resultatmål)(?![\p{L}])|\bgoals?\b|\bobjectives?\b|\btargets?\b|\bambitions?\b/u;
const COVERAGE = /hvilke (?:kommuner|strategier|regioner|organisasjoner|samarbeid)|kva kommunar|kva for kommunar|hvem (?:har|prioriterer|satser)|which (?:municipalities|strategies|regions|councils|organisations|organizations)|who (?:prioriti|has|have)|prioriter|prioriti[sz]e|satser på|which of them|hvilke av dem/;
const REFERS_BACK = /(?<![\p{L}])(?:dem|disse|them|those|these|dei)(?![\p{L}])/u;

/** Words that say what kind of question it is, not what it is about. */
const QUESTION_WORDS = new Set(
  `hva hvilke hvilken hvem hvordan hvorfor hvor mye når kva kven korleis kor mykje what which who how why where when much many
  kommuner kommunene kommunar kommune municipalities municipality strategier strategiene strategies strategy regioner regions
  prioriterer prioritere prioritert prioritise prioritize prioritises prioritizes prioritised prioritized satser satse satsing
  mål målene måla målet målsetting målsettinger målsetninger goal goals objective objectives target targets ambitions
  budsjett budsjettet budsjettert budsjetterte budget budgets budgeted kostnad kostnader kroner kr mill money spend spent funding
  sammenlign sammenligne sammenlikn samanlikn forskjell forskjellen compare comparison differ difference versus vs
  har have has had er is are sier say says står stand tar take takes opp up about om på on for i in til to of av og and
  the a an do does did som that with med mellom between dem de disse them those these dei seg its their deres sin sine sitt
  vil will skal shall kan can gjør gjøre plan planer planlagt planned ønsker want wants noe something anything tema topic
  address addresses adresserer omtaler nevner mention mentions already allerede ennå yet det it this dette den
  hver hvert hvar kvar each every`
    .split(/\s+/)
    .filter(Boolean),
);

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
      return [document.organisation, ...document.aliases, ...document.municipalities, ...members, document.organisation.replace(/ kommune$/, '')].map((name) => ({ name: normalize(name), document }));
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
    for (let n = words.length; n >= 1; n--) {
      const written = words.slice(0, n).join(' ');
      // "Bergens", "Bergen's": the genitive of a place.
      const name = isKnownPlace(written) ? written : written.replace(/(?:'s|s)$/, '');
      if (!isKnownPlace(name)) continue;
      const folded = normalize(name);
      const first = text.slice(0, m.index).trim() === '' && n === 1 && (QUESTION_WORDS.has(folded) || STOP_WORDS.has(folded));
      if (!first && !known.has(folded)) found.push(name);
      break;
    }
  }
  return [...new Set(found)];
}

/** Reads a question (and, for follow-ups, the previous one) into intent, documents, topic and year. */
export function interpretQuestion(text: string, documents: DocumentSummary[], history: HistoryTurn[] = []): Question {
  const own = interpretOne(text, documents);
  const previousText = [...history].reverse().find((turn) => turn.role === 'user' && turn.content.trim() !== '')?.content;
  if (!previousText) return own;
  const previous = interpretOne(previousText, documents);
  // A follow-up keeps what it does not say again: the topic, the organisations, the year.
  const isFollowUp = own.topic === '' || own.refersBack || /^(?:og|and|men|but|hva med|what about|enn|then)\b/i.test(text.trim());
  if (!isFollowUp) return own;
  return {
    ...own,
    intent: own.intent === 'lookup' ? previous.intent : own.intent,
    topic: own.topic || previous.topic,
    documents: own.documents.length > 0 ? own.documents : previous.documents,
    year: own.year ?? previous.year,
    refersBack: own.refersBack,
  };
}

function interpretOne(text: string, documents: DocumentSummary[]): Question {
  const normalized = normalize(text);
  const language = detectLanguage(text);
  let rest = ` ${normalized} `;
  const mentioned = new Map<string, DocumentSummary>();
  for (const { name, document } of documentNames(documents)) {
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?:'s|s)?(?![\\p{L}\\d])`, 'gu');
    if (pattern.test(rest)) {
      for (const same of documents.filter((d) => d.organisation === document.organisation)) mentioned.set(same.id, same);
      rest = rest.replace(pattern, ' ');
    }
  }
  // Names the question gives an organisation ("Bergen kommune", "Bergen municipality") that matched no document.
  const unknownOrganisations = [...rest.matchAll(/(?<![\p{L}])([\p{L}][\p{L}-]+)(?:'s)? (kommune|fylkeskommune|municipality|county|council)(?![\p{L}])/gu)]
    .map((m) => `${capitalise(m[1] ?? '')} ${m[2]}`)
    .filter((name) => !/^(?:hver|hvilken|which|each|every|en|a|the|din|vår|our|your|egen|own)\s/i.test(name));
  const knownNames = new Set(documentNames(documents).map((entry) => entry.name));
  for (const place of unknownPlaces(text, knownNames)) {
    if (!unknownOrganisations.some((name) => normalize(name).startsWith(`${normalize(place)} `))) unknownOrganisations.push(place);
  }
  for (const name of unknownOrganisations) rest = rest.replace(new RegExp(escapeRegExp(normalize(name)), 'g'), ' ');
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(rest);
  rest = rest.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ' ');
  const topic = rest
    .replace(/[^\p{L}\d\s-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1 && !QUESTION_WORDS.has(word))
    .join(' ')
    .trim();
  const intent: Intent = COMPARE.test(normalized)
    ? 'compare'
    : COVERAGE.test(normalized) && !BUDGET.test(normalized)
      ? 'coverage'
      : BUDGET.test(normalized)
        ? 'budget'
        : GOALS.test(normalized)
          ? 'goals'
          : COVERAGE.test(normalized)
            ? 'coverage'
            : 'lookup';
  return { text, intent, language, documents: [...mentioned.values()], topic, year: year ? Number(year[1]) : null, refersBack: REFERS_BACK.test(normalized) && !mentioned.size, unknownOrganisations };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
