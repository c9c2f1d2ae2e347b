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
  /** "Sunnfjord kommune ble dannet av Førde, Gaular, Jølster og Naustdal." */
  mergedFrom: (organisation: string, names: string) => string;
  /** Who prepared a document and when, where neither its front matter nor its text says. */
  preparedUnknown: (title: string) => string;
}

export const DOCUMENT_PHRASES: Record<Language, DocumentPhrases> = {
  nb: { membersFromRegister: '(medlemmene er hentet fra registeret over interkommunale samarbeid; strategien lister dem ikke selv).', adoptedIn: (month) => ` i ${month}`, noCaseNumber: 'strategien oppgir ikke saksnummer', frontMatterStates: (quote) => `Forsiden oppgir: «${quote}»`, mergedFrom: (organisation, names) => `${organisation} ble dannet ved sammenslåing av ${names}.`, preparedUnknown: (title) => `${title} oppgir ikke hvem som utarbeidet den, eller når.` },
  nn: { membersFromRegister: '(medlemene er henta frå registeret over interkommunale samarbeid; strategien listar dei ikkje sjølv).', adoptedIn: (month) => ` i ${month}`, noCaseNumber: 'strategien oppgir ikkje saksnummer', frontMatterStates: (quote) => `Framsida oppgir: «${quote}»`, mergedFrom: (organisation, names) => `${organisation} vart skipa ved samanslåing av ${names}.`, preparedUnknown: (title) => `${title} oppgjev ikkje kven som utarbeidde han, eller når.` },
  en: { membersFromRegister: '(the members come from the register of inter-municipal collaborations; the strategy does not list them itself).', adoptedIn: (month) => ` in ${month}`, noCaseNumber: 'the strategy gives no case number', frontMatterStates: (quote) => `Its front matter states: "${quote}"`, mergedFrom: (organisation, names) => `${organisation} was formed by merging ${names}.`, preparedUnknown: (title) => `${title} does not say who prepared it, or when.` },
};
