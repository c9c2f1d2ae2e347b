import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';
import { phrasePattern } from '../text/regexp.ts';
import { rowCells, tableRowOf } from './lookup-sentences.ts';

/**
 * Status reports put the state of each goal on lines under it ("Status: Delvis nådd", "Resultat 2025: 68
 * prosent (61 prosent i 2024)", "Progress: on track"): a question asking how far a goal has come ("Og hvor
 * langt har de kommet?") is answered by the goal with those lines; one asking for measurable targets
 * ("What measurable targets …") by the goals that state one. The labels and the question words are data
 * (data/goal-vocabulary.json `statusLabels`, `progressAsked`, `measurableAsked`).
 */

const PATH = fileURLToPath(new URL('../../data/goal-vocabulary.json', import.meta.url));
const WORDS = JSON.parse(readFileSync(PATH, 'utf8')) as { statusLabels: string[]; progressAsked: string[]; measurableAsked: string[]; statusStates: Record<StatusState, string[]> };
const alternatives = (words: string[]) => words.map(normalize).sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
/** A line that opens with a status label, a year or period after it allowed, and a colon. */
const STATUS_LINE = new RegExp(`^[ \\t]*(?:[-–•*][ \\t]+)?(?:${alternatives(WORDS.statusLabels)})(?:[ \\t]+(?:per[ \\t]+)?\\d{4}(?:[–-]\\d{2,4})?)?[ \\t]*:`, 'iu');
const PROGRESS_ASKED = new RegExp(`(?<![\\p{L}])(?:${alternatives(WORDS.progressAsked)})(?![\\p{L}])`, 'u');

/** True when a question asks how far a goal has come. */
export function asksProgress(question: string): boolean {
  return PROGRESS_ASKED.test(normalize(question));
}

/**
 * The status lines right under a goal in its passage (a line continuing a status line goes with it), as
 * the verbatim span from the end of the goal's text to the end of the last of them; null when the goal
 * is not found or no status line follows it.
 */
export function statusAfter(passage: string, goalText: string): { end: number; lines: string[] } | null {
  const at = passage.indexOf(goalText);
  if (at < 0) return null;
  let position = passage.indexOf('\n', at + goalText.length);
  const lines: string[] = [];
  let end = -1;
  while (position >= 0) {
    const next = passage.indexOf('\n', position + 1);
    const line = passage.slice(position + 1, next < 0 ? passage.length : next);
    if (STATUS_LINE.test(line)) lines.push(line.trim());
    // A status line wrapped before its sentence ends goes on, without a label of its own.
    else if (lines.length > 0 && line.trim() !== '' && !/[.!?]$/.test(lines.at(-1)!)) lines[lines.length - 1] += ` ${line.trim()}`;
    else break;
    end = next < 0 ? passage.length : next;
    position = next;
  }
  return lines.length > 0 ? { end, lines } : null;
}

const MEASURABLE_ASKED = new RegExp(`(?<![\\p{L}])(?:${alternatives(WORDS.measurableAsked)})(?![\\p{L}])`, 'u');

/** True when a question asks for the goals that state a measurable target ("What measurable targets …"). */
export function asksMeasurable(question: string): boolean {
  return MEASURABLE_ASKED.test(normalize(question));
}

/** The state a status report gives a goal (data/goal-vocabulary.json `statusStates`). */
export type StatusState = 'notStarted' | 'done' | 'late' | 'ongoing';

/** Each state's words as one pattern, in the data's order: "ikke startet" is read before "startet". */
const STATES = (Object.entries(WORDS.statusStates) as Array<[StatusState, string[]]>).map(([state, words]) => [state, new RegExp(`(?<![\\p{L}])(?:${alternatives(words)})(?![\\p{L}])`, 'u')] as const);

/** A verb saying a state of the subject, and a word between ("er nå fullført", "have been completed", "are rated red"). */
const SAID_OF = '(?<![\\p{L}])(?:er|blir|ble|vart|blitt|vorte|is|are|was|were|been|rated|marked)\\s+(?:[\\p{L}]+\\s+)?';
/** Each state said of the subject; "not started" carries its own verb. */
const STATES_SAID = STATES.map(([state, pattern]) => [state, state === 'notStarted' ? pattern : new RegExp(`${SAID_OF}(?:${pattern.source})`, 'u')] as const);

/** The state a text names first in the data's order, or null. */
function stateIn(text: string): StatusState | null {
  const normalized = normalize(text);
  return STATES.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null;
}

/**
 * The state a question asks the goals to be in, said of them ("Hvilke leveranser er fullført?", "Which
 * measures are delayed?", "… have not started") → done, late, notStarted; null otherwise: "complete all
 * services online" or "green IT" asks for no state.
 */
export function stateAsked(question: string): StatusState | null {
  const normalized = normalize(question);
  return STATES_SAID.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null;
}

/** The question's topic without the words of the state it asks ("veikart fullført" → "veikart"). */
export function withoutStateWords(topic: string, state: StatusState): string {
  const pattern = STATES.find(([name]) => name === state)![1];
  return normalize(topic).replace(new RegExp(pattern.source, 'gu'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The state a status report gives a goal: in the status lines under it ("Status: Fullført"), or in a cell
 * of the table row that holds it ("| 1.1 | Two-factor … | Q4 2025 | Completed | …"); null where it gives none.
 */
export function goalState(passage: string, goalText: string): StatusState | null {
  const lines = statusAfter(passage, goalText)?.lines;
  if (lines) return stateIn(lines.join(' '));
  const cell = stateCell(passage, goalText);
  return cell ? stateIn(cell) : null;
}

/**
 * The cell of a goal's table row that gives its state ("Pågår", "Completed"), as written; null where the
 * goal stands in no table row or no cell is a state. Only a short cell counts: the goal's own text may
 * name a state in passing.
 */
export function stateCell(passage: string, goalText: string): string | null {
  const row = tableRowOf(passage, goalText);
  if (!row) return null;
  return rowCells(row).find((c) => c && !goalText.includes(c) && c.split(/\s+/).length <= 3 && stateIn(c) !== null) ?? null;
}
