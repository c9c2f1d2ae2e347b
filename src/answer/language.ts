import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';

/** Bokmål, nynorsk or English: the language of a question, and of its answer. */
export type Language = 'nb' | 'nn' | 'en';

const MARKERS = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/language-markers.json', import.meta.url)), 'utf8')) as Record<'en' | 'norwegian' | 'nb' | 'nn', string[]>;
const SETS = { en: new Set(MARKERS.en), norwegian: new Set(MARKERS.norwegian), nb: new Set(MARKERS.nb), nn: new Set(MARKERS.nn) };

/**
 * Bokmål unless the question reads as English (more English marker words than Norwegian ones) or as
 * nynorsk (more nynorsk-only than bokmål-only words); the word lists are data/language-markers.json.
 */
export function detectLanguage(text: string): Language {
  const written = text.match(/[\p{L}']+/gu) ?? [];
  const words = written.map((word) => normalize(word));
  let en = 0;
  let no = 0;
  let nb = 0;
  let nn = 0;
  words.forEach((word, i) => {
    if (SETS.en.has(word)) en++;
    if (SETS.norwegian.has(word)) no++;
    if (SETS.nb.has(word)) nb++;
    if (SETS.nn.has(word)) nn++;
    // æ, ø, å in a common word; a capitalised name ("Sørum", "Tønsberg", "ØRU") is written so in English too.
    if (/[æøå]/.test(word) && !/^\p{Lu}/u.test(written[i] ?? '')) no += 0.5;
  });
  if (en > no + nb + nn) return 'en';
  return nn > nb ? 'nn' : 'nb';
}

/** Joins names the way each language lists them: "A, B og C" / "A, B and C". */
export function listNames(names: string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = language === 'en' ? 'and' : 'og';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Norwegian money format: 2 830 300 kr (no-break spaces); English: NOK 2,830,300. */
export function formatMoney(amount: number, language: Language): string {
  if (language === 'en') return `NOK ${amount.toLocaleString('en-GB')}`;
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0kr`;
}

/** "15. februar 2011" / "15 February 2011" from an ISO date; other strings are returned as they are. */
export function formatDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]) - 1;
  const names = language === 'en' ? EN_MONTHS : NO_MONTHS;
  return language === 'en' ? `${Number(m[3])} ${names[month]} ${m[1]}` : `${Number(m[3])}. ${names[month]} ${m[1]}`;
}

const NO_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const nb = {
  noTopic: 'Jeg trenger et tema for å svare, for eksempel «velferdsteknologi» eller «informasjonssikkerhet».',
  noDocuments: 'Ingen strategier er lastet inn ennå.',
  unknownOrganisation: (names: string, loaded: string) => `Ingen av de innlastede strategiene er fra ${names}. Innlastet er strategier fra ${loaded}.`,
  notFound: (topic: string) => `De innlastede strategiene sier ikke noe om «${topic}».`,
  /** A number or amount asked for that no sentence on the topic states. */
  figureNotFound: (topic: string) => `Fant ikke tallet det spørres om for «${topic}» i de innlastede strategiene.`,
  evidenceIntro: (topic: string) => `Dette står i strategiene om «${topic}»:`,
  coverageIntro: (topic: string) => `Disse strategiene tar opp «${topic}»:`,
  coverageNone: (topic: string) => `Ingen av de innlastede strategiene har «${topic}» som mål, satsingsområde eller budsjettpost.`,
  notAddressed: (names: string) => `Tar ikke opp temaet som mål eller satsingsområde: ${names}.`,
  mentionedOnly: (names: string) => `Nevnes bare i forbifarten i: ${names}.`,
  evidence: { goal: 'mål', indicator: 'resultatindikator', commitment: 'forpliktelse', focus: 'satsingsområde', budget: 'budsjettpost', mention: 'omtale' } as Record<string, string>,
  seeSection: 'Se også avsnittet',
  fromConversation: (names: string) => `Svaret gjelder ${names}, som samtalen handler om.`,
  noBudgetFor: (names: string) => `Ingen budsjettposter for temaet i: ${names}.`,
  goalsIntro: (topic: string) => (topic ? `Mål som gjelder «${topic}»:` : 'Mål i strategiene:'),
  goalsNone: (topic: string) => `Jeg fant ingen uttalte mål om «${topic}», men strategiene omtaler temaet her:`,
  /** Named strategies that state no goal on the topic (listed after those that do). */
  goalsMissing: (topic: string, names: string) => `Fant ingen mål, tiltak eller budsjettposter om «${topic}» i: ${names}.`,
  budgetIntro: (topic: string) => (topic ? `Budsjettposter for «${topic}»:` : 'Budsjettposter:'),
  budgetNone: (topic: string) => `Jeg fant ingen budsjettposter for «${topic}» i de innlastede strategiene.`,
  uncertainYear: 'året er usikkert i den flate tabellen',
  perYear: 'per år',
  inTable: 'tabell',
  tableUnit: { 1000: 'i 1000 kr', 1000000: 'i mill. kr' } as Record<number, string>,
  noBudgetFigures: (name: string) => `${name} har ingen budsjettall.`,
  totalsIntro: (name: string) => `Samlet budsjett i ${name}:`,
  topicTotalsIntro: (topic: string, name: string) => `Budsjett for «${topic}» i ${name}:`,
  totalIn: (year: number) => `${year}`,
  periodTotal: (from: number, to: number, amount: string) => `Til sammen ${from}–${to}: ${amount}.`,
  frameOverPeriod: (amount: string, from: number, to: number, total: string) => `${amount} per år ${from}–${to}, til sammen ${total} over perioden`,
  largestYear: (name: string, year: number, amount: string) => `${name} har størst samlet budsjett i ${year}: ${amount}.`,
  larger: (a: string, amountA: string, b: string, amountB: string) => `«${a}» har mest: ${amountA}, mot ${amountB} til «${b}».`,
  equalAmounts: (a: string, b: string, amount: string) => `«${a}» og «${b}» har like mye: ${amount}.`,
  source: { 'sum-row': 'sumrad', 'detail-rows': 'summen av linjene', 'summary-table': 'oversiktstabellens sumrad' } as Record<string, string>,
  noAmountFor: (topic: string) => `ingen budsjettposter for «${topic}»`,
  compareIntro: (topic: string, names: string) => `Sammenligning av ${names} på «${topic}»:`,
  compareIntroAll: (names: string) => `Sammenligning av ${names}:`,
  compareNeedTwo: 'Nevn minst to kommuner, regioner eller strategier som skal sammenlignes, for eksempel «Sammenlign ØRU og Kongsbergregionen på e-helse».',
  compareNothing: 'fant ingen mål eller omtale av temaet.',
  compareLabels: { goals: 'Mål', measures: 'Tiltak og omtale', budget: 'Budsjett', none: 'ingen' },
  shared: (items: string) => `Felles: ${items}.`,
  sharedNone: 'Ingen felles tema funnet.',
  onlyIn: (name: string, items: string) => `Bare hos ${name}: ${items}.`,
  goalsKept: 'Videreførte mål',
  goalsAdded: 'Nye mål',
  goalsDropped: 'Mål som er falt bort',
  lookupIntro: 'Dette sier strategiene:',
  page: 's.',
  section: 'avsnitt',
  adoptedBy: (title: string, body: string) => `${title} ble vedtatt av ${body}`,
  adoptedOn: (date: string) => ` den ${date}`,
  caseNumber: (number: string) => `sak ${number}`,
  notAdopted: (title: string) => `${title} sier ikke hvem som har vedtatt den eller når.`,
  adoptedIntro: (title: string) => `${title} er vedtatt av:`,
  period: (title: string, from: string, to: string) => `${title} gjelder perioden ${from}–${to}.`,
  periodUnknown: (title: string) => `${title} oppgir ingen periode.`,
  owner: (title: string, organisation: string) => `${title} eies av ${organisation}.`,
  members: (organisation: string, names: string) => `${organisation} omfatter kommunene ${names}.`,
  membersNone: (organisation: string) => `Medlemskommunene til ${organisation} er ikke registrert for de innlastede strategiene.`,
  version: (title: string, period: string) => `Innlastet versjon: ${title} (${period}).`,
  otherVersions: (organisation: string, list: string) => `Andre strategier fra ${organisation}: ${list}.`,
  statedVersion: (text: string) => `Dokumentet oppgir: «${text}»`,
  /** A decision that changed what the strategy's text says. */
  amendedBy: (text: string) => `Merk: vedtaket endret dette: «${text}»`,
  amendmentsNone: (title: string) => `${title}: fant ingen endringer i vedtaket.`,
  amendment: (text: string) => `Vedtaket endret strategien: «${text}»`,
};

export type Phrases = typeof nb;

const nn: Phrases = {
  noTopic: 'Eg treng eit tema for å svare, til dømes «velferdsteknologi» eller «informasjonstryggleik».',
  noDocuments: 'Ingen strategiar er lasta inn enno.',
  unknownOrganisation: (names, loaded) => `Ingen av dei innlasta strategiane er frå ${names}. Innlasta er strategiar frå ${loaded}.`,
  notFound: (topic) => `Dei innlasta strategiane seier ikkje noko om «${topic}».`,
  figureNotFound: (topic) => `Fann ikkje talet det blir spurt om for «${topic}» i dei innlasta strategiane.`,
  evidenceIntro: (topic) => `Dette står i strategiane om «${topic}»:`,
  coverageIntro: (topic) => `Desse strategiane tek opp «${topic}»:`,
  coverageNone: (topic) => `Ingen av dei innlasta strategiane har «${topic}» som mål, satsingsområde eller budsjettpost.`,
  notAddressed: (names) => `Tek ikkje opp temaet som mål eller satsingsområde: ${names}.`,
  mentionedOnly: (names) => `Vert berre nemnt i forbifarten i: ${names}.`,
  evidence: { goal: 'mål', indicator: 'resultatindikator', commitment: 'plikt', focus: 'satsingsområde', budget: 'budsjettpost', mention: 'omtale' },
  seeSection: 'Sjå òg avsnittet',
  fromConversation: (names) => `Svaret gjeld ${names}, som samtalen handlar om.`,
  noBudgetFor: (names) => `Ingen budsjettpostar for temaet i: ${names}.`,
  goalsIntro: (topic) => (topic ? `Mål som gjeld «${topic}»:` : 'Mål i strategiane:'),
  goalsNone: (topic) => `Eg fann ingen uttalte mål om «${topic}», men strategiane omtaler temaet her:`,
  goalsMissing: (topic, names) => `Fann ingen mål, tiltak eller budsjettpostar om «${topic}» i: ${names}.`,
  budgetIntro: (topic) => (topic ? `Budsjettpostar for «${topic}»:` : 'Budsjettpostar:'),
  budgetNone: (topic) => `Eg fann ingen budsjettpostar for «${topic}» i dei innlasta strategiane.`,
  uncertainYear: 'året er usikkert i den flate tabellen',
  perYear: 'per år',
  inTable: 'tabell',
  tableUnit: { 1000: 'i 1000 kr', 1000000: 'i mill. kr' } as Record<number, string>,
  noBudgetFigures: (name) => `${name} har ingen budsjettal.`,
  totalsIntro: (name) => `Samla budsjett i ${name}:`,
  topicTotalsIntro: (topic, name) => `Budsjett for «${topic}» i ${name}:`,
  totalIn: (year) => `${year}`,
  periodTotal: (from, to, amount) => `Til saman ${from}–${to}: ${amount}.`,
  frameOverPeriod: (amount, from, to, total) => `${amount} per år ${from}–${to}, til saman ${total} over perioden`,
  largestYear: (name, year, amount) => `${name} har størst samla budsjett i ${year}: ${amount}.`,
  larger: (a, amountA, b, amountB) => `«${a}» har mest: ${amountA}, mot ${amountB} til «${b}».`,
  equalAmounts: (a, b, amount) => `«${a}» og «${b}» har like mykje: ${amount}.`,
  source: { 'sum-row': 'sumrad', 'detail-rows': 'summen av linjene', 'summary-table': 'sumrada i oversiktstabellen' },
  noAmountFor: (topic) => `ingen budsjettpostar for «${topic}»`,
  compareIntro: (topic, names) => `Samanlikning av ${names} på «${topic}»:`,
  compareIntroAll: (names) => `Samanlikning av ${names}:`,
  compareNeedTwo: 'Nemn minst to kommunar, regionar eller strategiar som skal samanliknast, til dømes «Samanlikn ØRU og Kongsbergregionen på e-helse».',
  compareNothing: 'fann ingen mål eller omtale av temaet.',
  compareLabels: { goals: 'Mål', measures: 'Tiltak og omtale', budget: 'Budsjett', none: 'ingen' },
  shared: (items) => `Felles: ${items}.`,
  sharedNone: 'Fann ingen felles tema.',
  onlyIn: (name, items) => `Berre hjå ${name}: ${items}.`,
  goalsKept: 'Vidareførte mål',
  goalsAdded: 'Nye mål',
  goalsDropped: 'Mål som har falle bort',
  lookupIntro: 'Dette seier strategiane:',
  page: 's.',
  section: 'avsnitt',
  adoptedBy: (title, body) => `${title} vart vedteken av ${body}`,
  adoptedOn: (date) => ` den ${date}`,
  caseNumber: (number) => `sak ${number}`,
  notAdopted: (title) => `${title} seier ikkje kven som har vedteke han eller når.`,
  adoptedIntro: (title) => `${title} er vedteken av:`,
  period: (title, from, to) => `${title} gjeld perioden ${from}–${to}.`,
  periodUnknown: (title) => `${title} oppgjev ingen periode.`,
  owner: (title, organisation) => `${title} vert eigd av ${organisation}.`,
  members: (organisation, names) => `${organisation} omfattar kommunane ${names}.`,
  membersNone: (organisation) => `Medlemskommunane til ${organisation} er ikkje registrerte for dei innlasta strategiane.`,
  version: (title, period) => `Innlasta versjon: ${title} (${period}).`,
  otherVersions: (organisation, list) => `Andre strategiar frå ${organisation}: ${list}.`,
  statedVersion: (text) => `Dokumentet oppgjev: «${text}»`,
  amendedBy: (text) => `Merk: vedtaket endra dette: «${text}»`,
  amendmentsNone: (title) => `${title}: fann ingen endringar i vedtaket.`,
  amendment: (text) => `Vedtaket endra strategien: «${text}»`,
};

const en: Phrases = {
  noTopic: 'I need a topic to answer, for example "welfare technology" or "information security".',
  noDocuments: 'No strategies have been loaded yet.',
  unknownOrganisation: (names, loaded) => `None of the loaded strategies is from ${names}. Strategies are loaded from ${loaded}.`,
  notFound: (topic) => `The loaded strategies say nothing about "${topic}".`,
  figureNotFound: (topic) => `The loaded strategies do not state the figure asked for on "${topic}".`,
  evidenceIntro: (topic) => `This is what the strategies say about "${topic}":`,
  coverageIntro: (topic) => `These strategies address "${topic}":`,
  coverageNone: (topic) => `None of the loaded strategies has "${topic}" as a goal, focus area or budget line.`,
  notAddressed: (names) => `Not addressed as a goal or focus area: ${names}.`,
  mentionedOnly: (names) => `Only mentioned in passing in: ${names}.`,
  evidence: { goal: 'goal', indicator: 'result indicator', commitment: 'commitment', focus: 'focus area', budget: 'budget line', mention: 'mention' },
  seeSection: 'See also the section',
  fromConversation: (names) => `Answered from ${names}, which this conversation is about.`,
  noBudgetFor: (names) => `No budget lines for the topic in: ${names}.`,
  goalsIntro: (topic) => (topic ? `Goals concerning "${topic}":` : 'Goals in the strategies:'),
  goalsNone: (topic) => `I found no stated goals about "${topic}", but the strategies discuss it here:`,
  goalsMissing: (topic, names) => `Found no goals, measures or budget lines about "${topic}" in: ${names}.`,
  budgetIntro: (topic) => (topic ? `Budget lines for "${topic}":` : 'Budget lines:'),
  budgetNone: (topic) => `I found no budget lines for "${topic}" in the loaded strategies.`,
  uncertainYear: 'the year is uncertain in the flattened table',
  perYear: 'per year',
  inTable: 'table',
  tableUnit: { 1000: 'in NOK 1,000', 1000000: 'in NOK million' } as Record<number, string>,
  noBudgetFigures: (name) => `${name} has no budget figures.`,
  totalsIntro: (name) => `Total budget in ${name}:`,
  topicTotalsIntro: (topic, name) => `Budget for "${topic}" in ${name}:`,
  totalIn: (year) => `${year}`,
  periodTotal: (from, to, amount) => `In total ${from}–${to}: ${amount}.`,
  frameOverPeriod: (amount, from, to, total) => `${amount} per year ${from}–${to}, ${total} over the period`,
  largestYear: (name, year, amount) => `${name} has its largest total budget in ${year}: ${amount}.`,
  larger: (a, amountA, b, amountB) => `"${a}" has more: ${amountA}, against ${amountB} for "${b}".`,
  equalAmounts: (a, b, amount) => `"${a}" and "${b}" have the same: ${amount}.`,
  source: { 'sum-row': 'sum row', 'detail-rows': 'sum of the lines', 'summary-table': 'sum row of the overview table' },
  noAmountFor: (topic) => `no budget lines for "${topic}"`,
  compareIntro: (topic, names) => `Comparing ${names} on "${topic}":`,
  compareIntroAll: (names) => `Comparing ${names}:`,
  compareNeedTwo: 'Name at least two municipalities, regions or strategies to compare, for example "Compare ØRU and Kongsbergregionen on e-health".',
  compareNothing: 'found no goals or mention of the topic.',
  compareLabels: { goals: 'Goals', measures: 'Measures and mentions', budget: 'Budget', none: 'none' },
  shared: (items) => `Shared: ${items}.`,
  sharedNone: 'No shared themes found.',
  onlyIn: (name, items) => `Only in ${name}: ${items}.`,
  goalsKept: 'Goals kept',
  goalsAdded: 'New goals',
  goalsDropped: 'Goals dropped',
  lookupIntro: 'This is what the strategies say:',
  page: 'p.',
  section: 'section',
  adoptedBy: (title, body) => `${title} was adopted by ${body}`,
  adoptedOn: (date) => ` on ${date}`,
  caseNumber: (number) => `case ${number}`,
  notAdopted: (title) => `${title} does not say who adopted it or when.`,
  adoptedIntro: (title) => `${title} was adopted by:`,
  period: (title, from, to) => `${title} covers ${from}–${to}.`,
  periodUnknown: (title) => `${title} states no period.`,
  owner: (title, organisation) => `${title} is owned by ${organisation}.`,
  members: (organisation, names) => `${organisation} comprises the municipalities ${names}.`,
  membersNone: (organisation) => `The member municipalities of ${organisation} are not recorded for the loaded strategies.`,
  version: (title, period) => `Loaded version: ${title} (${period}).`,
  otherVersions: (organisation, list) => `Other strategies from ${organisation}: ${list}.`,
  statedVersion: (text) => `The document states: "${text}"`,
  amendedBy: (text) => `Note: the decision amended this: "${text}"`,
  amendmentsNone: (title) => `${title}: found no amendments in the decision.`,
  amendment: (text) => `The decision amended the strategy: "${text}"`,
};

/** All fixed answer phrases, per language. */
export const PHRASES: Record<Language, Phrases> = { nb, nn, en };
