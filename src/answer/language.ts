import { normalize } from '../text/analyze.ts';

export type Language = 'nb' | 'en';

const ENGLISH = new Set('the what which who how why where when is are does do did have has and of for in on to about between with municipalities municipality goals goal budget budgeted compare differ strategy strategies security welfare technology their its much many there any'.split(' '));
const NORWEGIAN = new Set('hva hvilke hvilken hvem hvordan hvorfor hvor når er har og av for i på til om mellom med kommuner kommunene kommune mål målene budsjett budsjettert sammenlign strategi strategien sikkerhet kva kven korleis kor dei det den de som ikke ikkje'.split(' '));

/** Norwegian unless the question reads as English. */
export function detectLanguage(text: string): Language {
  const words = normalize(text).match(/[\p{L}']+/gu) ?? [];
  let en = 0;
  let nb = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) en++;
    if (NORWEGIAN.has(word)) nb++;
    if (/[æøå]/.test(word)) nb += 0.5;
  }
  return en > nb ? 'en' : 'nb';
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

/** All fixed answer phrases, per language. */
export const PHRASES = {
  nb: {
    noTopic: 'Jeg trenger et tema for å svare, for eksempel «velferdsteknologi» eller «informasjonssikkerhet».',
    noDocuments: 'Ingen strategier er lastet inn ennå.',
    unknownOrganisation: (names: string, loaded: string) => `Ingen av de innlastede strategiene er fra ${names}. Innlastet er strategier fra ${loaded}.`,
    notFound: (topic: string) => `De innlastede strategiene sier ikke noe om «${topic}».`,
    coverageIntro: (topic: string) => `Disse strategiene tar opp «${topic}»:`,
    coverageNone: (topic: string) => `Ingen av de innlastede strategiene har «${topic}» som mål, satsingsområde eller budsjettpost.`,
    notAddressed: (names: string) => `Tar ikke opp temaet som mål eller satsingsområde: ${names}.`,
    mentionedOnly: (names: string) => `Nevnes bare i forbifarten i: ${names}.`,
    evidence: { goal: 'mål', indicator: 'resultatindikator', commitment: 'forpliktelse', focus: 'satsingsområde', budget: 'budsjettpost', mention: 'omtale' } as Record<string, string>,
    seeSection: 'Se også avsnittet',
    noBudgetFor: (names: string) => `Ingen budsjettposter for temaet i: ${names}.`,
    goalsIntro: (topic: string) => (topic ? `Mål som gjelder «${topic}»:` : 'Mål i strategiene:'),
    goalsNone: (topic: string) => `Jeg fant ingen uttalte mål om «${topic}», men strategiene omtaler temaet her:`,
    budgetIntro: (topic: string) => (topic ? `Budsjettposter for «${topic}»:` : 'Budsjettposter:'),
    budgetNone: (topic: string) => `Jeg fant ingen budsjettposter for «${topic}» i de innlastede strategiene.`,
    budgetNoYear: (year: number) => `Ingen av postene gjelder ${year}; dette er det som finnes:`,
    uncertainYear: 'året er usikkert i den flate tabellen',
    perYear: 'per år',
    inTable: 'tabell',
    compareIntro: (topic: string, names: string) => `Sammenligning av ${names} på «${topic}»:`,
    compareNeedTwo: 'Nevn minst to kommuner, regioner eller strategier som skal sammenlignes, for eksempel «Sammenlign ØRU og Kongsbergregionen på e-helse».',
    compareNothing: 'sier ikke noe om temaet.',
    lookupIntro: 'Dette sier strategiene:',
    page: 's.',
  },
  en: {
    noTopic: 'I need a topic to answer, for example "welfare technology" or "information security".',
    noDocuments: 'No strategies have been loaded yet.',
    unknownOrganisation: (names: string, loaded: string) => `None of the loaded strategies is from ${names}. Strategies are loaded from ${loaded}.`,
    notFound: (topic: string) => `The loaded strategies say nothing about "${topic}".`,
    coverageIntro: (topic: string) => `These strategies address "${topic}":`,
    coverageNone: (topic: string) => `None of the loaded strategies has "${topic}" as a goal, focus area or budget line.`,
    notAddressed: (names: string) => `Not addressed as a goal or focus area: ${names}.`,
    mentionedOnly: (names: string) => `Only mentioned in passing in: ${names}.`,
    evidence: { goal: 'goal', indicator: 'result indicator', commitment: 'commitment', focus: 'focus area', budget: 'budget line', mention: 'mention' } as Record<string, string>,
    seeSection: 'See also the section',
    noBudgetFor: (names: string) => `No budget lines for the topic in: ${names}.`,
    goalsIntro: (topic: string) => (topic ? `Goals concerning "${topic}":` : 'Goals in the strategies:'),
    goalsNone: (topic: string) => `I found no stated goals about "${topic}", but the strategies discuss it here:`,
    budgetIntro: (topic: string) => (topic ? `Budget lines for "${topic}":` : 'Budget lines:'),
    budgetNone: (topic: string) => `I found no budget lines for "${topic}" in the loaded strategies.`,
    budgetNoYear: (year: number) => `None of the lines is for ${year}; this is what there is:`,
    uncertainYear: 'the year is uncertain in the flattened table',
    perYear: 'per year',
    inTable: 'table',
    compareIntro: (topic: string, names: string) => `Comparing ${names} on "${topic}":`,
    compareNeedTwo: 'Name at least two municipalities, regions or strategies to compare, for example "Compare ØRU and Kongsbergregionen on e-health".',
    compareNothing: 'says nothing about the topic.',
    lookupIntro: 'This is what the strategies say:',
    page: 'p.',
  },
} as const;
