import { labelledNameNumber } from './goal-vocabulary.ts';
import type { PlacedHeading } from './sections.ts';

/**
 * Sub-headings that label the items of a series under a marked heading, in text whose headings are marked by
 * underlining or a newsletter's marks: "Objective 1 – Digital first for residents", "Objective 2 – …" (a kind's
 * word, data/goal-vocabulary.json, a number counting up, and a name), each alone on its line after a blank line
 * with its text right under it. They stand one level under the marked heading above them; two of them at
 * least, numbered 1, 2, … in order.
 */

interface Candidate {
  start: number;
  number: number;
}

/** The labelled lines under `marked` headings as headings one level deeper, when they count up from 1 (two or more). */
export function labelledSubheadings(text: string, marked: PlacedHeading[]): PlacedHeading[] {
  if (marked.length === 0) return [];
  const found: Candidate[] = [];
  let at = 0;
  let previous = '';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const number = previous.trim() === '' && (lines[i + 1] ?? '').trim() !== '' ? labelledNameNumber(line) : null;
    if (number !== null) found.push({ start: at, number });
    previous = line;
    at += line.length + 1;
  });
  const inOrder = found.length >= 2 && found.every((candidate, k) => candidate.number === k + 1);
  if (!inOrder) return [];
  const known = new Set(marked.map((heading) => heading.start));
  return found
    .filter((candidate) => !known.has(candidate.start))
    .flatMap((candidate) => {
      const above = marked.filter((heading) => heading.start < candidate.start).at(-1);
      return above ? [{ start: candidate.start, level: above.level + 1 }] : [];
    });
}
