import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoalKind } from '../../ingest/model.ts';
import type { GoalRow } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { phrasePattern } from '../text/regexp.ts';

/**
 * The kinds of goal a question asks for ("Hva er visjonen …", "Kva delmål …", "Which measures …"),
 * from the words in data/goal-vocabulary.json (`questionKinds`), and the narrowing of a goal list to
 * them. `main-goal` is a goal (kind `goal`) that its strategy calls its main one: under a heading or
 * in a sentence that uses one of the main-goal words ("Hovedmål", "Hovudmålet er …").
 */
export type AskedKind = GoalKind | 'main-goal';

const PATH = fileURLToPath(new URL('../../data/goal-vocabulary.json', import.meta.url));
const QUESTION_KINDS = (JSON.parse(readFileSync(PATH, 'utf8')) as { questionKinds: Record<AskedKind, string[]> }).questionKinds;

const wordPattern = (words: string[]) =>
  new RegExp(`(?<![\\p{L}\\d-])(?:${words.map(normalize).sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})(?![\\p{L}\\d-])`, 'gu');
const PATTERNS = (Object.entries(QUESTION_KINDS) as Array<[AskedKind, string[]]>).map(([kind, words]) => ({ kind, pattern: wordPattern(words) }));
const MAIN_GOAL = wordPattern(QUESTION_KINDS['main-goal']);

/** The goal kinds a (normalised) question names, in the vocabulary's order. */
export function kindsAsked(normalized: string): AskedKind[] {
  return PATTERNS.filter(({ pattern }) => new RegExp(pattern.source, 'u').test(normalized)).map(({ kind }) => kind);
}

/** The words of the text that name goal kinds, as written ("innsatsområder", "focus areas"). */
export function kindWordsIn(normalized: string): string[] {
  return PATTERNS.flatMap(({ pattern }) => [...normalized.matchAll(pattern)].map((m) => m[0]));
}

/** A word naming each kind (the first of its question words: "visjon", "hovedmål", "tiltak"). */
export function wordsForKinds(kinds: AskedKind[]): string[] {
  return kinds.flatMap((kind) => QUESTION_KINDS[kind]?.slice(0, 1) ?? []);
}

/** The text without the words that name goal kinds (they say what kind of answer, not what about). */
export function withoutKindWords(normalized: string): string {
  return PATTERNS.reduce((text, { pattern }) => text.replace(pattern, ' '), normalized);
}

/**
 * The goals of the kinds asked for. A strategy's main goal is the goal its heading or own words call
 * main; where a strategy marks none, its goals of kind `goal` stand for it. No kind asked: all of them.
 */
export function narrowToKinds<T extends { goal: GoalRow }>(items: T[], kinds: AskedKind[]): T[] {
  if (kinds.length === 0) return items;
  const plain = new Set<GoalKind>(kinds.filter((kind): kind is GoalKind => kind !== 'main-goal'));
  const mainOf = new Map<string, T[]>();
  if (kinds.includes('main-goal')) {
    for (const item of items) {
      if (item.goal.kind !== 'goal') continue;
      mainOf.set(item.goal.documentId, [...(mainOf.get(item.goal.documentId) ?? []), item]);
    }
    for (const [documentId, goals] of mainOf) {
      const marked = goals.filter(({ goal }) => new RegExp(MAIN_GOAL.source, 'u').test(normalize(`${goal.section} ${goal.text}`)));
      mainOf.set(documentId, marked.length > 0 ? marked : goals);
    }
  }
  const main = new Set([...mainOf.values()].flat());
  return items.filter((item) => plain.has(item.goal.kind) || main.has(item));
}

/**
 * The kinds a question for goals ("Hva er målene …", "What are X's goals?") means when it names no other,
 * in order of preference: the goals proper, else the strategy's commitments ("Kommunen vil …").
 */
const GOAL_TIERS: ReadonlyArray<ReadonlySet<GoalKind>> = [new Set(['goal', 'sub-goal', 'indicator']), new Set(['commitment'])];

/**
 * "Kva er måla i digitaliseringsstrategien til Sunnfjord?": a question that asks for goals in so many
 * words, and for no kind, is answered per strategy by its goals, sub-goals and indicators; where it has
 * none, by its commitments; only where it has neither, by its vision, focus areas and measures
 * ("Tiltak"). A question for measures or a vision names that kind and is narrowed by `narrowToKinds`.
 */
export function preferGoals<T extends { goal: GoalRow }>(items: T[]): T[] {
  const tierOf = (item: T) => GOAL_TIERS.findIndex((tier) => tier.has(item.goal.kind));
  const best = new Map<string, number>();
  for (const item of items) {
    const tier = tierOf(item);
    if (tier < 0) continue;
    const current = best.get(item.goal.documentId);
    if (current === undefined || tier < current) best.set(item.goal.documentId, tier);
  }
  return items.filter((item) => !best.has(item.goal.documentId) || tierOf(item) === best.get(item.goal.documentId));
}
