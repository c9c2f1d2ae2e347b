import type { Language } from './language.ts';

/** Phrases for answers about the document itself beyond the shared catalogue (language.ts), per language. */
export interface DocumentPhrases {
  /** After a member list that comes from the register of collaborations rather than the strategy's text. */
  membersFromRegister: string;
}

export const DOCUMENT_PHRASES: Record<Language, DocumentPhrases> = {
  nb: { membersFromRegister: '(medlemmene er hentet fra registeret over interkommunale samarbeid; strategien lister dem ikke selv).' },
  nn: { membersFromRegister: '(medlemene er henta frå registeret over interkommunale samarbeid; strategien listar dei ikkje sjølv).' },
  en: { membersFromRegister: '(the members come from the register of inter-municipal collaborations; the strategy does not list them itself).' },
};
