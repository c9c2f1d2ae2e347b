import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';
import { phrasePattern } from '../text/regexp.ts';

/**
 * Status reports put the state of each goal on lines under it ("Status: Delvis nådd", "Resultat 2025: 68
 * prosent (61 prosent i 2024)", "Progress: on track"): a question asking how far a goal has come ("Og hvor
 * langt har de kommet?") is answered by the goal with those lines; one asking for measurable targets
 * ("What measurable targets …") by the goals that state one. The labels and the question words are data
 * (data/goal-vocabulary.json `statusLabels`, `progressAsked`, `measurableAsked`).
 */

const PATH = fileURLToPath(new URL('../../data/goal-vocabulary.json', import.meta.url));
const WORDS = JSON.parse(readFileSync(PATH, 'utf8')) as { statusLabels: string[]; progressAsked: string[]; measurableAsked: string[] };
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
