import type { Language } from './language.ts';

/** Phrases for answers about the document itself beyond the shared catalogue (language.ts), per language. */
export interface DocumentPhrases {
  /** After a member list that comes from the register of collaborations rather than the strategy's text. */
  membersFromRegister: string;
  /** " i februar 2023": an adoption known only to the month. */
  adoptedIn: (month: string) => string;
  /** Where the case number was asked for and the strategy gives none. */
  noCaseNumber: string;
  /** After "does not say who adopted it": what its front matter states instead. */
  frontMatterStates: (quote: string) => string;
  /** A document its front matter calls a draft sent out for consultation, not adopted. */
  consultationDraft: (title: string, quote: string) => string;
  /** "Sunnfjord kommune ble dannet av Førde, Gaular, Jølster og Naustdal." */
  mergedFrom: (organisation: string, names: string, when: string | null) => string;
  /** Who prepared a document and when, where neither its front matter nor its text says. */
  preparedUnknown: (title: string) => string;
  /** "Nyest er X, vedtatt 7. september 2021.": the strategy adopted last of those asked. */
  latest: (name: string, date: string) => string;
  /** "Eldst er X, vedtatt 16. juni 2022.": the strategy adopted first. */
  earliest: (name: string, date: string) => string;
  /** "Antall kommuner: ROR-IKT 6 og Øvre Romerike (ØRU) 6.": the members of several organisations counted. */
  memberCounts: (counts: string) => string;
  /** "Strategier som gjelder for Molde:": the strategies of a place, its own and its collaborations'. */
  appliesTo: (place: string) => string;
  /** After a collaboration's strategy in that list: "(Molde er med i ROR-IKT)". */
  memberOf: (place: string, organisation: string) => string;
  /** Asked whether it still applies, in the year the question is asked: its period ended, ends this year, runs on, or has not begun. */
  validity: { ended: (to: number) => string; endsThisYear: (to: number) => string; running: (to: number) => string; notBegun: (from: number) => string };
}

export const DOCUMENT_PHRASES: Record<Language, DocumentPhrases> = {
  nb: { appliesTo: (place) => `Strategier som gjelder for ${place}:`, memberOf: (place, organisation) => `${place} er med i ${organisation}`, membersFromRegister: '(medlemmene er hentet fra registeret over interkommunale samarbeid; strategien lister dem ikke selv).', adoptedIn: (month) => ` i ${month}`, noCaseNumber: 'strategien oppgir ikke saksnummer', frontMatterStates: (quote) => `Forsiden oppgir: «${quote}»`, consultationDraft: (title, quote) => `${title} er et høringsutkast, ikke vedtatt: «${quote}»`, mergedFrom: (organisation, names, when) => `${organisation} ble dannet${when ? ` ${when}` : ''} ved sammenslåing av ${names}.`, preparedUnknown: (title) => `${title} oppgir ikke hvem som utarbeidet den, eller når.`, latest: (name, date) => `Nyest er ${name}, vedtatt ${date}.`, earliest: (name, date) => `Først vedtatt er ${name}, den ${date}.`, memberCounts: (counts) => `Antall kommuner: ${counts}.`, validity: { ended: (to) => `Perioden gikk ut i ${to}, så den gjelder ikke lenger, med mindre den er forlenget.`, endsThisYear: (to) => `Den gjelder ut ${to}, som er i år.`, running: (to) => `Den gjelder fortsatt, til og med ${to}.`, notBegun: (from) => `Perioden begynner først i ${from}.` } },
  nn: { appliesTo: (place) => `Strategiar som gjeld for ${place}:`, memberOf: (place, organisation) => `${place} er med i ${organisation}`, membersFromRegister: '(medlemene er henta frå registeret over interkommunale samarbeid; strategien listar dei ikkje sjølv).', adoptedIn: (month) => ` i ${month}`, noCaseNumber: 'strategien oppgir ikkje saksnummer', frontMatterStates: (quote) => `Framsida oppgir: «${quote}»`, consultationDraft: (title, quote) => `${title} er eit høyringsutkast, ikkje vedteke: «${quote}»`, mergedFrom: (organisation, names, when) => `${organisation} vart skipa${when ? ` ${when}` : ''} ved samanslåing av ${names}.`, preparedUnknown: (title) => `${title} oppgjev ikkje kven som utarbeidde han, eller når.`, latest: (name, date) => `Nyast er ${name}, vedteken ${date}.`, earliest: (name, date) => `Først vedteken er ${name}, den ${date}.`, memberCounts: (counts) => `Tal på kommunar: ${counts}.`, validity: { ended: (to) => `Perioden gjekk ut i ${to}, så han gjeld ikkje lenger, med mindre han er forlengd.`, endsThisYear: (to) => `Han gjeld ut ${to}, som er i år.`, running: (to) => `Han gjeld framleis, til og med ${to}.`, notBegun: (from) => `Perioden tek først til i ${from}.` } },
  en: { appliesTo: (place) => `Strategies that apply to ${place}:`, memberOf: (place, organisation) => `${place} is a member of ${organisation}`, membersFromRegister: '(the members come from the register of inter-municipal collaborations; the strategy does not list them itself).', adoptedIn: (month) => ` in ${month}`, noCaseNumber: 'the strategy gives no case number', frontMatterStates: (quote) => `Its front matter states: "${quote}"`, consultationDraft: (title, quote) => `${title} is a draft sent out for consultation, not adopted: "${quote}"`, mergedFrom: (organisation, names, when) => `${organisation} was formed${when ? ` on ${when}` : ''} by merging ${names}.`, preparedUnknown: (title) => `${title} does not say who prepared it, or when.`, latest: (name, date) => `The newest is ${name}, adopted on ${date}.`, earliest: (name, date) => `The first adopted is ${name}, on ${date}.`, memberCounts: (counts) => `Number of municipalities: ${counts}.`, validity: { ended: (to) => `Its period ended in ${to}, so it no longer applies unless it has been extended.`, endsThisYear: (to) => `It applies until the end of ${to}, which is this year.`, running: (to) => `It still applies, through ${to}.`, notBegun: (from) => `Its period only begins in ${from}.` } },
};
