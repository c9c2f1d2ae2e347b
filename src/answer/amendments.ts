import type { GoalRow, PassageRow } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { sentenceUnits } from '../text/sentences.ts';
import { DOCUMENT_STATEMENTS } from './question-words.ts';

/**
 * A strategy adopted with changes: the decision that adopts it ("Kommunestyret vedtar … med følgende
 * tillegg: Fristen i mål 4 i strategien endres fra utgangen av 2028 til utgangen av 2027.") amends what
 * the strategy's own text says. An answer that quotes the text the decision changed says so, and a
 * question asking what the council changed is answered by the decision's changes. The words of
 * changing are data (data/question-words.json `documentStatements.amends`).
 */
export interface Amendment {
  passage: PassageRow;
  /** The sentence of the decision, verbatim. */
  quote: string;
  /** The goal it changes by number ("mål 4" → "4"), or null when it names none. */
  goal: string | null;
}

/** "mål 4", "delmål 2.1", "goal 3": the goal a sentence names by its number. */
const GOAL_NUMBER = /(?<![\p{L}])(?:mål|målet|delmål|delmålet|goal|objective)\s+(\d+(?:\.\d+)*)/iu;

/**
 * The changes a document's decision makes, each once: the proposal that was carried and the decision
 * that repeats it are one change; the last of them, the decision, is quoted.
 */
export function amendmentsIn(passages: readonly PassageRow[]): Amendment[] {
  const found = new Map<string, Amendment>();
  for (const passage of passages) {
    for (const unit of sentenceUnits(passage.text)) {
      const quote = unit.text.trim();
      if (!DOCUMENT_STATEMENTS.amends.test(quote)) continue;
      const key = changeText(quote);
      found.delete(key);
      found.set(key, { passage, quote, goal: GOAL_NUMBER.exec(quote)?.[1] ?? null });
    }
  }
  return [...found.values()];
}

/** The change to the goal a quoted sentence states, if the decision made one: the goal is found by its text. */
export function amendmentOf(sentence: string, goals: readonly GoalRow[], amendments: readonly Amendment[]): Amendment | null {
  if (amendments.length === 0) return null;
  const said = normalize(sentence);
  const goal = goals.find((g) => g.number !== null && g.text.length > 20 && (said.includes(normalize(g.text)) || normalize(g.text).includes(said)));
  return goal ? amendmentOfGoal(goal, amendments) : null;
}

/** The change the decision made to a numbered goal, if any; never the decision's own point taken for a goal. */
export function amendmentOfGoal(goal: Pick<GoalRow, 'number' | 'text'>, amendments: readonly Amendment[]): Amendment | null {
  if (goal.number === null) return null;
  const own = normalize(goal.text);
  return amendments.find((change) => change.goal === goal.number && !normalize(change.quote).includes(own) && !own.includes(changeText(change.quote))) ?? null;
}

/** A change without its numbering and quotation marks: what it says ("4. Fristen …", "«Fristen …»" → "fristen …"). */
function changeText(quote: string): string {
  return normalize(quote).replace(/^[\d.)\s«"]+|[»".\s]+$/gu, '');
}
