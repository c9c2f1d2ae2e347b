import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import snowball from 'snowball-stemmers';
import { normalize, wordTerms } from './analyze.ts';

interface CognateData {
  minLength: number;
  prefix: number;
  rules: Array<[string, string]>;
  /** Nynorsk spellings to their bokmål forms ("sikkerheit" → "sikkerhet"). */
  nynorsk: Array<[string, string]>;
}

const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/cognates.json', import.meta.url)), 'utf8')) as CognateData;
const RULES = DATA.rules.map(([from, to]) => [new RegExp(from, 'g'), to] as const);
const NYNORSK = DATA.nynorsk.map(([from, to]) => [new RegExp(from, 'g'), to] as const);

/** An English word spelt the Norwegian way by the rules of data/cognates.json ("electronic" → "elektronik"). */
export function cognate(word: string): string {
  let spelt = normalize(word);
  for (const [from, to] of RULES) spelt = spelt.replace(from, to);
  return spelt;
}

/**
 * The Norwegian cognates of an English topic's longer words, as the leading letters a Norwegian word
 * must contain ("medicine dispensers" → "medisi", "dispen"): a word of the text holds the cognate when
 * one of its parts starts with it, so compounds count ("medisindispensere").
 */
export function cognatePrefixes(topic: string, from: 'en' | 'nn' = 'en'): string[] {
  const words = normalize(topic).split(/[^\p{L}]+/u).filter((word) => word.length >= DATA.minLength);
  return [...new Set(words.map((word) => (from === 'nn' ? bokmål(word) : cognate(word)).slice(0, DATA.prefix)))];
}

/** A nynorsk word spelt the bokmål way by data/cognates.json ("sikkerheitsovervakinga" → "sikkerhetsovervåkinga"). */
export function bokmål(word: string): string {
  let spelt = normalize(word);
  for (const [from, to] of NYNORSK) spelt = spelt.replace(from, to);
  return spelt;
}

/**
 * A word's terms (wordTerms) and, where its bokmål spelling differs, those of that spelling too ("tenestene" →
 * "tenest", "tjenest"), so that a nynorsk text word shows a bokmål word or label; remembered per word.
 */
export function termsInBothSpellings(word: string): readonly string[] {
  const known = spellingCache.get(word);
  if (known) return known;
  const spelt = bokmål(word);
  const terms = spelt === normalize(word) ? wordTerms(word) : [...new Set([...wordTerms(word), ...wordTerms(spelt)])];
  if (spellingCache.size >= 100_000) spellingCache.clear();
  spellingCache.set(word, terms);
  return terms;
}
const spellingCache = new Map<string, readonly string[]>();

/**
 * True when a word of the text contains the cognate prefix (at its start or inside a compound), double
 * letters read as single ones on both sides (English "platform", Norwegian "plattform").
 */
export function holdsCognate(text: string, prefix: string): boolean {
  const wanted = undoubled(prefix);
  return normalize(text).split(/[^\p{L}]+/u).some((word) => undoubled(word).includes(wanted));
}

function undoubled(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

const englishStemmer = snowball.newStemmer('english');

/**
 * The forms by which a Norwegian text shows an English word: its English stem, which Norwegian
 * inflections of the same word share ("sending" → "send", as in "sendes"), and, for a longer word, the
 * first letters of its Norwegian cognate ("digitally" → "digita", as in "digitalt").
 */
export function englishForms(word: string): Array<{ word: string; stem: string }> {
  const folded = normalize(word);
  const forms: Array<{ word: string; stem: string }> = [];
  const stem = englishStemmer.stem(folded);
  if (stem.length >= 3) forms.push({ word: stem, stem });
  if (folded.length >= DATA.minLength) {
    const prefix = cognate(folded).slice(0, DATA.prefix);
    forms.push({ word: prefix, stem: prefix });
  }
  return forms;
}
