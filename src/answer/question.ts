import type { DocumentSummary } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
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
  hver hvert hvar kvar each every satt sett avsatt penger pengar`
    .split(/\s+/)
    .filter(Boolean),
);

/** Names a user may use for each document, normalised, longest first. */
export function documentNames(documents: DocumentSummary[]): Array<{ name: string; document: DocumentSummary }> {
  return documents
    .flatMap((document) => [document.organisation, ...document.aliases, ...document.municipalities, document.organisation.replace(/ kommune$/, '')].map((name) => ({ name: normalize(name), document })))
    .filter((entry) => entry.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
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
    .filter((name) => !/^(?:hver|hvilken|which|each|every|en|a|the|din|vår|our|your|egen|own)\s/i.test(name));
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

/**
 * The document names as compiled patterns, once per document list: the answerer keeps one list per
 * corpus version, so a question never compiles them again (issue 11).
 */
const compiled = new WeakMap<DocumentSummary[], Array<{ name: string; document: DocumentSummary; pattern: RegExp }>>();
function compiledDocumentNames(documents: DocumentSummary[]): Array<{ name: string; document: DocumentSummary; pattern: RegExp }> {
  let entries = compiled.get(documents);
  if (!entries) {
    entries = documentNames(documents).map(({ name, document }) => ({ name, document, pattern: new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?:'s|s)?(?![\\p{L}\\d])`, 'gu') }));
    compiled.set(documents, entries);
  }
  return entries;
}
