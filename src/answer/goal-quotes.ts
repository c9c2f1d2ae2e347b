import type { ConceptQuery } from '../search/match.ts';
import type { PassageRow } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { findQuote } from './citations.ts';
import { kindWordsIn } from './goal-kinds.ts';

/**
 * Which goals are on a topic, and what to quote for them. A goal is on the topic when its own words
 * show the concept, or when the heading or lead-in it stands under does ("6.2 Mål for
 * velferdsteknologi … d) Pårørende skal …"): then the quote is the passage from its start (the
 * heading) to the end of the goal when that is short, else the heading and lead-in alone — always
 * verbatim text of the passage, and always text that shows the concept.
 */

/** How a goal is on the topic: its own words (1), its heading or lead-in (HEADING_MATCH), not at all (0). */
export const OWN_MATCH = 1;
export const HEADING_MATCH = 0.75;

/** Longest quote that runs from a passage's heading to the goal. */
const MAX_SPAN = 350;
/** Longest heading-and-lead-in quote. */
const MAX_INTRO = 300;

export interface GoalOnTopic {
  score: number;
  /** Verbatim text of the passage to quote, or null: quote the goal's own text. */
  quote: string | null;
  /** The passage the quote is from when it is not the goal's own (the first passage of its section). */
  passage?: PassageRow;
}

/**
 * The part of a passage before its first goal: its heading and lead-in ("Mål for «Digital
 * samhandling» Kommunene i Kongsbergregionen skal …"). `goalTexts` are the passage's goals.
 */
export function introOf(passage: string, goalTexts: string[]): string {
  let first = passage.length;
  for (const text of goalTexts) {
    const quote = findQuote(passage, text);
    const at = passage.indexOf(quote);
    if (at >= 0 && quote.length >= Math.min(20, text.length)) first = Math.min(first, at);
  }
  // The list marker of the first goal ("a)", "1.", "•", "-") is not part of the lead-in.
  return passage.slice(0, first).replace(/(?:^|\s)(?:[-–•*]|[a-zæøå]\)|\d{1,2}[.)])\s*$/u, '').trimEnd();
}

/**
 * Whether a goal is on the concept and what to quote: its own text when that shows the concept;
 * else the heading/lead-in of its passage (or its section title, or the title of a section enclosing
 * it: `enclosing`, nearest first) when they do.
 */
export function goalOnTopic(
  concept: ConceptQuery,
  goal: { text: string; section: string },
  passage: PassageRow | undefined,
  siblings: string[],
  sectionStart?: { passage: PassageRow; goals: string[] },
  enclosing: string[] = [],
): GoalOnTopic {
  const ownScore = concept.shows(goal.text) ? OWN_MATCH : 0;
  if (!passage) return { score: ownScore || (concept.shows(goal.section) ? HEADING_MATCH : 0), quote: null };
  // A heading or lead-in on the topic is the better evidence even for a goal that names it too: it
  // says the strategy lists the goal under the topic, not only that the goal uses one of its words.
  const intro = introOf(passage.text, siblings);
  if (intro && concept.shows(intro)) {
    const score = Math.max(ownScore, HEADING_MATCH);
    const own = findQuote(passage.text, goal.text);
    const at = passage.text.indexOf(own);
    if (at >= 0 && at + own.length <= MAX_SPAN) return { score, quote: passage.text.slice(0, at + own.length) };
    return { score, quote: shorten(intro, concept) };
  }
  // A long section goes on in later passages: its heading and lead-in are in the first one.
  if (sectionStart && sectionStart.passage.id !== passage.id) {
    const first = introOf(sectionStart.passage.text, sectionStart.goals);
    if (first && concept.shows(first)) return { score: Math.max(ownScore, HEADING_MATCH), quote: shorten(first, concept), passage: sectionStart.passage };
  }
  if (ownScore) return { score: ownScore, quote: null };
  // "6 Velferdsteknologi og digitale tjenester › 6.3 Tiltak": a chapter on the topic holds its parts' goals.
  return { score: concept.shows(goal.section) || concept.shows(passage.section.title) || enclosing.some((title) => concept.shows(title)) ? HEADING_MATCH : 0, quote: null };
}

/** A heading-and-lead-in quote of at most MAX_INTRO characters that still shows the concept. */
function shorten(intro: string, concept: ConceptQuery): string {
  if (intro.length <= MAX_INTRO) return intro;
  const firstLine = intro.split('\n')[0] ?? intro;
  if (firstLine.length <= MAX_INTRO && concept.shows(firstLine)) return firstLine;
  const at = Math.max(0, concept.locate(intro));
  const start = intro.lastIndexOf('\n', at) + 1;
  return intro.slice(start, Math.min(intro.length, start + MAX_INTRO)).replace(/\s+\S*$/u, '');
}

/** A goal's own label before it on its line: a word naming a kind of goal, a number, a colon or dash ("Delmål 2:"). */
const LABEL = /(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(\p{L}+(?:[ \t]+\d{1,2}[a-z]?)?[ \t]*[:–-])[ \t]*$/u;

/**
 * The goal's own text as quoted from its passage, with the label it stands under on its own line when
 * that names a kind of goal: «Delmål 1: Alle elever fra 1. til 10. trinn skal ha …», so that a
 * question for the sub-goals sees in the quote that this is one. Else the goal's text as found.
 */
export function goalQuote(passage: string, goalText: string): string {
  const own = findQuote(passage, goalText);
  const at = passage.indexOf(own);
  if (at < 0) return own;
  const label = LABEL.exec(passage.slice(Math.max(0, at - 40), at));
  if (!label?.[1] || kindWordsIn(normalize(label[1])).length === 0) return own;
  return passage.slice(at - (label[0].length - label[0].search(/\S/u)), at + own.length);
}
