import type { EvidenceKind } from './coverage.ts';

/** The fixed wording of coverage answers, per answer language (bokmål, nynorsk, English). */
export interface CoveragePhrases {
  noTopic: string;
  intro: (topic: string, count: number, total: number) => string;
  none: (topic: string) => string;
  /** A free-text topic no strategy shows whole, answered for the part that some strategy has. */
  partOnly: (topic: string, part: string) => string;
  /** Words of the topic no strategy holds, beside the theme it names that the answer is about. */
  wordsAbsent: (words: string, part: string) => string;
  /** A topic no strategy shows in its own words, read as the theme whose scope note has them. */
  readAsTheme: (topic: string, theme: string) => string;
  notAddressedHeading: (topic: string) => string;
  mentionedOnly: (names: string) => string;
  notFound: (topic: string, names: string) => string;
  generic: (topic: string) => string;
  more: (count: number) => string;
  matrix: (url: string) => string;
  nearest: string;
  page: string;
  and: string;
  /** Label of a piece of evidence by kind, or by goal kind (commitment, indicator). */
  evidence: Record<string, string>;
  /** Singular and plural of each kind, for counts. */
  counted: Record<EvidenceKind, [string, string]>;
}

export const COVERAGE_PHRASES: Record<'nb' | 'nn' | 'en', CoveragePhrases> = {
  nb: {
    noTopic: 'Jeg trenger et tema for å svare, for eksempel «velferdsteknologi» eller «informasjonssikkerhet».',
    intro: (topic, count, total) => `Disse strategiene tar opp «${topic}» (${count} av ${total}):`,
    none: (topic) => `Ingen av de innlastede strategiene har «${topic}» som mål, satsingsområde, tiltak eller budsjettpost.`,
    partOnly: (topic, part) => `Ingen av de innlastede strategiene tar opp hele «${topic}». Det nærmeste er det de sier om «${part}»:`,
    wordsAbsent: (words, part) => `«${words}» står ikke i noen av de innlastede strategiene; svaret gjelder «${part}».`,
    readAsTheme: (topic, theme) => `Ingen av strategiene bruker ordene «${topic}» sammen; jeg leser spørsmålet som temaet «${theme}»:`,
    notAddressedHeading: (topic) => `Tar ikke opp «${topic}» som mål, satsingsområde, tiltak eller budsjettpost:`,
    mentionedOnly: (names) => `• Nevnes bare i: ${names}`,
    notFound: (topic, names) => `• Fant ingen mål eller omtale av «${topic}» i: ${names}`,
    generic: (topic) => `«${topic}» står i de fleste avsnittene i strategiene og sier alene ikke hvem som tar opp et tema. Prøv et mer presist tema, for eksempel «velferdsteknologi» eller «arkiv».`,
    more: (count) => `… og ${count} til.`,
    matrix: (url) => `Hele oversikten: ${url}`,
    nearest: 'nærmeste omtale',
    page: 's.',
    and: 'og',
    evidence: { focus: 'satsingsområde', 'focus-area': 'satsingsområde', vision: 'visjon', 'sub-goal': 'delmål', goal: 'mål', commitment: 'forpliktelse', measure: 'tiltak', indicator: 'resultatindikator', budget: 'budsjettpost', mention: 'omtale' },
    counted: { focus: ['satsingsområde', 'satsingsområder'], goal: ['mål', 'mål'], measure: ['tiltak', 'tiltak'], budget: ['budsjettpost', 'budsjettposter'], mention: ['omtale', 'omtaler'] },
  },
  nn: {
    noTopic: 'Eg treng eit tema for å svare, til dømes «velferdsteknologi» eller «informasjonstryggleik».',
    intro: (topic, count, total) => `Desse strategiane tek opp «${topic}» (${count} av ${total}):`,
    none: (topic) => `Ingen av dei innlasta strategiane har «${topic}» som mål, satsingsområde, tiltak eller budsjettpost.`,
    partOnly: (topic, part) => `Ingen av dei innlasta strategiane tek opp heile «${topic}». Det nærmaste er det dei seier om «${part}»:`,
    wordsAbsent: (words, part) => `«${words}» står ikkje i nokon av dei innlasta strategiane; svaret gjeld «${part}».`,
    readAsTheme: (topic, theme) => `Ingen av strategiane brukar orda «${topic}» saman; eg les spørsmålet som temaet «${theme}»:`,
    notAddressedHeading: (topic) => `Tek ikkje opp «${topic}» som mål, satsingsområde, tiltak eller budsjettpost:`,
    mentionedOnly: (names) => `• Vert berre nemnt i: ${names}`,
    notFound: (topic, names) => `• Fann ingen mål eller omtale av «${topic}» i: ${names}`,
    generic: (topic) => `«${topic}» står i dei fleste avsnitta i strategiane og seier åleine ikkje kven som tek opp eit tema. Prøv eit meir presist tema, til dømes «velferdsteknologi» eller «arkiv».`,
    more: (count) => `… og ${count} til.`,
    matrix: (url) => `Heile oversikta: ${url}`,
    nearest: 'nærmaste omtale',
    page: 's.',
    and: 'og',
    evidence: { focus: 'satsingsområde', 'focus-area': 'satsingsområde', vision: 'visjon', 'sub-goal': 'delmål', goal: 'mål', commitment: 'forplikting', measure: 'tiltak', indicator: 'resultatindikator', budget: 'budsjettpost', mention: 'omtale' },
    counted: { focus: ['satsingsområde', 'satsingsområde'], goal: ['mål', 'mål'], measure: ['tiltak', 'tiltak'], budget: ['budsjettpost', 'budsjettpostar'], mention: ['omtale', 'omtalar'] },
  },
  en: {
    noTopic: 'I need a topic to answer, for example "welfare technology" or "information security".',
    intro: (topic, count, total) => `These strategies address "${topic}" (${count} of ${total}):`,
    none: (topic) => `None of the loaded strategies has "${topic}" as a goal, focus area, measure or budget line.`,
    partOnly: (topic, part) => `None of the loaded strategies takes up all of "${topic}". Nearest is what they say about "${part}":`,
    wordsAbsent: (words, part) => `"${words}" appears in none of the loaded strategies; the answer is about "${part}".`,
    readAsTheme: (topic, theme) => `No strategy uses the words "${topic}" together; I read the question as the theme "${theme}":`,
    notAddressedHeading: (topic) => `Not addressed as a goal, focus area, measure or budget line ("${topic}"):`,
    mentionedOnly: (names) => `• Only mentioned in: ${names}`,
    notFound: (topic, names) => `• Found no goals or mention of "${topic}" in: ${names}`,
    generic: (topic) => `"${topic}" appears in most passages of the strategies and does not tell on its own who addresses a topic. Try a more precise topic, for example "welfare technology" or "archives".`,
    more: (count) => `… and ${count} more.`,
    matrix: (url) => `The full overview: ${url}`,
    nearest: 'nearest mention',
    page: 'p.',
    and: 'and',
    evidence: { focus: 'focus area', 'focus-area': 'focus area', vision: 'vision', 'sub-goal': 'sub-goal', goal: 'goal', commitment: 'commitment', measure: 'measure', indicator: 'result indicator', budget: 'budget line', mention: 'mention' },
    counted: { focus: ['focus area', 'focus areas'], goal: ['goal', 'goals'], measure: ['measure', 'measures'], budget: ['budget line', 'budget lines'], mention: ['mention', 'mentions'] },
  },
};

/** The phrases for an answer language (bokmål where the language has none of its own). */
export function coveragePhrases(language: string): CoveragePhrases {
  return COVERAGE_PHRASES[language as 'nb' | 'nn' | 'en'] ?? COVERAGE_PHRASES.nb;
}
