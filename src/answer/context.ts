import type { Searcher } from '../search/search.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import type { Db, DocumentSummary } from '../store/index.ts';
import type { Citation } from './citations.ts';
import type { Intent, Question } from './question.ts';
import { phraseStems } from '../search/thesaurus.ts';
import { cognate } from '../text/cognates.ts';
import { findThemeLabels, loadVocabulary, themesIn } from '../text/vocabulary.ts';
import { STOP_WORDS, tokenize } from '../text/analyze.ts';
import { GENERIC_WORDS } from '../text/generic-words.ts';
import type { Language } from './language.ts';

/** What every answer composer may use. */
export interface ComposeContext {
  db: Db;
  searcher: Searcher;
  thesaurus: Thesaurus;
  /** All loaded documents. */
  documents: DocumentSummary[];
  /** The year the question is asked (whether a strategy's period has ended); unknown when not given. */
  year?: number;
}

export interface Answer {
  answer: string;
  citations: Citation[];
  intent: Intent;
  language: Language;
  /** The topic the answer is about (shown in the UI, used by follow-ups). */
  topic: string;
}

export type Composer = (context: ComposeContext, question: Question) => Promise<Answer>;

/** The documents a question is about: those it names, or all. */
export function scopeOf(context: ComposeContext, question: Question): DocumentSummary[] {
  return question.documents.length > 0 ? question.documents : context.documents;
}

/** "Tittel (Organisasjon)" for naming a strategy in running text. */
export function strategyName(document: DocumentSummary): string {
  return `${document.title} (${document.organisation})`;
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Groups documents by organisation, keeping first-seen order. */
export function byOrganisation<T extends { document: DocumentSummary }>(items: T[]): Map<string, T[]> {
  return groupBy(items, (item) => item.document.organisation);
}

/**
 * The question's topic without the words of the named strategies' titles ("Hvilket år har størst
 * budsjett i Tønsbergs handlingsplan for digitalisering?" names the plan, not a topic): empty when
 * nothing else is left. Only where the named strategies are the whole scope (a budget or a comparison
 * of them); a goal or look-up question keeps title words as its topic.
 */
export function topicBeyondTitles(question: Pick<Question, 'topic' | 'documents' | 'refersBack'>): string {
  // "…hvem av disse…": the documents are those of the previous answer, chosen for the topic itself.
  if (!question.topic || question.documents.length === 0 || question.refersBack) return question.topic;
  // A word names the strategies when every one of them has it in its title.
  const titles = question.documents.map((document) => new Set(phraseStems(document.title)));
  // So do the words of a theme's label in any language ("welfare technology") when every title names that theme ("… for velferdsteknologi").
  const vocabulary = loadVocabulary();
  const titleThemes = question.documents.map((document) => new Set(themesIn(vocabulary, document.title)));
  const labels = findThemeLabels(vocabulary, question.topic).filter((match) => match.lastWord - match.firstWord >= 2);
  const wordsOf = (matches: typeof labels) => new Set(matches.flatMap((match) => question.topic.slice(match.start, match.end).split(/\s+/)));
  // (a label of several words: a single word is matched by its stem above, and alone it may be part of another phrase, "pupil computers")
  const namingTheme = wordsOf(labels.filter((match) => titleThemes.every((themes) => themes.has(match.theme))));
  // The words of a theme's label the titles do not name, one of them in a title or not ("green IT" of «Smart
  // and Green Rana»): kept where the rest would be only words too general to be a topic ("IT").
  const otherTheme = wordsOf(labels.filter((match) => !titleThemes.every((themes) => themes.has(match.theme))));
  const beyond = (keep: ReadonlySet<string>) => question.topic
    .split(/\s+/)
    .filter((word) => {
      if (namingTheme.has(word)) return false;
      if (keep.has(word)) return true;
      // An English word for a title's Norwegian one ("e-strategy" for "e-strategi") names it too.
      const forms = [phraseStems(word), phraseStems(cognate(word))];
      return forms[0]!.length === 0 || !forms.some((own) => own.length > 0 && titles.every((title) => own.every((stem) => title.has(stem))));
    })
    .join(' ');
  const rest = beyond(new Set());
  const general = tokenize(rest).every((token) => STOP_WORDS.has(token.word) || GENERIC_WORDS.has(token.word));
  return general && otherTheme.size > 0 ? beyond(otherTheme) : rest;
}
