import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../text/analyze.ts';

/** Words of a question's structure, not its subject (data/question-words.json). */
interface QuestionWords {
  howWords: string[];
  howVerbs: Record<'nb' | 'nn' | 'en', string[]>;
}

const WORDS = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/question-words.json', import.meta.url)), 'utf8')) as QuestionWords;
const HOW = new Set(WORDS.howWords.map(normalize));
const HOW_VERBS = new Set(Object.values(WORDS.howVerbs).flat().map(normalize));

/** True when the question asks how ("hvordan", "korleis", "how"). */
export function asksHow(normalized: string): boolean {
  return normalized.split(/[^\p{L}\d-]+/u).some((word) => HOW.has(word));
}

/** True for a verb that, in a question asking how, says that someone works on the topic ("arbeider", "approach"). */
export function isHowVerb(word: string): boolean {
  return HOW_VERBS.has(normalize(word));
}
