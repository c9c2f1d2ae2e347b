import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createError } from '../errors.ts';
import { STOP_WORDS, tokenize } from '../text/analyze.ts';
import { termsInBothSpellings } from '../text/cognates.ts';
import { broaderOf, withNarrower, type Theme, type Vocabulary } from '../text/vocabulary.ts';
import { conceptWords, resolveConcept, type ConceptQuery, type TermStats } from './match.ts';

/**
 * The scope notes of the themes (data/theme-notes.json, SKOS `scopeNote`): what each theme is about in
 * everyday words, per language. A topic asked in words no label holds ("hjelpe eldre å bo hjemme lenger
 * med teknologi") is read as the theme whose note holds most of its words, weighted by how few notes hold
 * each ("eldre" tells more than "innbyggere").
 */

const notesSchema = z.object({ notes: z.record(z.string(), z.object({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) })) });

const NOTES_PATH = fileURLToPath(new URL('../../data/theme-notes.json', import.meta.url));

/** Per theme, the terms of its notes in all languages (stems, compound parts, nynorsk words in bokmål spelling). */
interface NoteIndex {
  terms: ReadonlyMap<string, ReadonlySet<string>>;
  /** How many themes' notes hold each term. */
  themesHolding: ReadonlyMap<string, number>;
}

/** The index, made once per vocabulary version. */
let index: { version: string; notes: NoteIndex } | null = null;

function noteIndex(vocabulary: Vocabulary): NoteIndex {
  if (index?.version === vocabulary.version) return index.notes;
  const notes = existsSync(NOTES_PATH) ? parseNotes(readFileSync(NOTES_PATH, 'utf8')) : {};
  const terms = new Map<string, Set<string>>();
  const themesHolding = new Map<string, number>();
  for (const [id, note] of Object.entries(notes)) {
    if (!vocabulary.byId.has(id)) continue;
    const own = new Set(tokenize(`${note.nb} ${note.nn} ${note.en}`).filter((token) => !STOP_WORDS.has(token.word)).flatMap((token) => termsInBothSpellings(token.word)));
    terms.set(id, own);
    for (const term of own) themesHolding.set(term, (themesHolding.get(term) ?? 0) + 1);
  }
  index = { version: vocabulary.version, notes: { terms, themesHolding } };
  return index.notes;
}

/** Parses and checks the notes file (the JSON text of data/theme-notes.json). */
export function parseNotes(json: string, source = 'theme-notes.json'): Record<string, { nb: string; nn: string; en: string }> {
  try {
    return notesSchema.parse(JSON.parse(json)).notes;
  } catch (error) {
    throw createError('INVALID_INPUT', `${source}: not a file of theme notes (${error instanceof Error ? error.message.slice(0, 300) : String(error)})`, { file: source }, error);
  }
}

/** A topic read by the notes: the theme, and the topic's words its note holds. */
export interface NotedTheme {
  theme: string;
  words: string[];
}

/** Of the topic's specific words, at least this share (by weight) must be in one theme's note. */
const MIN_SHARE = 0.6;
/** And at least this many of them. */
const MIN_WORDS = 2;
/** A compound's part held by more notes than this says nothing of which theme. */
const FEW_NOTES = 3;
/** The best theme must lead the next by this factor, or the notes cannot tell them apart. */
const LEAD = 1.25;

/**
 * The theme a free-text topic describes, read from the notes; null when no note holds most of its specific
 * words (at least two of them), or when two notes hold them about equally. Words found in most passages
 * ("digital", "kommune") do not count.
 */
export function themeFromNotes(topic: string, vocabulary: Vocabulary, stats: TermStats, language?: string): NotedTheme | null {
  const { terms, themesHolding } = noteIndex(vocabulary);
  if (terms.size === 0) return null;
  const words = conceptWords(topic, vocabulary, stats, language).filter((word) => !word.generic);
  if (words.length < MIN_WORDS) return null;
  const themes = terms.size;
  // A word's terms: its stem first, then its compound's parts ("hjemmetjenesten" → hjemmetjenest, hjemme, tjeneste).
  const scored = words.map((word) => {
    const own = termsInBothSpellings(word.word);
    // By its stem, or by a part of its compound that few notes hold ("tjeneste" of "hjemmetjenesten" tells nothing).
    const held = (id: string) => terms.get(id)!.has(own[0]!) || own.slice(1).some((term) => terms.get(id)!.has(term) && (themesHolding.get(term) ?? 0) <= FEW_NOTES);
    const rarest = Math.min(...own.map((term) => themesHolding.get(term) ?? themes));
    // Rare in the notes and rare in the corpus: "omstillinga" tells more than "ta" or "dag".
    return { word: word.word, held, weight: Math.log(1 + themes / Math.max(1, rarest)) * word.weight };
  });
  const total = scored.reduce((sum, word) => sum + word.weight, 0);
  if (total === 0) return null;
  const ranked = [...terms.keys()]
    .map((id) => {
      const matched = scored.filter((word) => word.held(id));
      return { id, matched, share: matched.reduce((sum, word) => sum + word.weight, 0) / total };
    })
    .sort((a, b) => b.share - a.share);
  const best = ranked[0];
  if (!best || best.share < MIN_SHARE || best.matched.length < MIN_WORDS) return null;
  // A theme above or below the best one is no rival: "meldinger om pasienter" is health messaging, and e-health too.
  const family = new Set([...withNarrower(vocabulary, best.id), ...broaderOf(vocabulary, best.id)]);
  const next = ranked.slice(1).find((other) => !family.has(other.id));
  if (next && next.share * LEAD > best.share) return null;
  return { theme: best.id, words: best.matched.map((word) => word.word) };
}

/** The theme a free-text topic describes (themeFromNotes) with its concept; null when the notes name none. */
export function conceptFromNotes(topic: string, vocabulary: Vocabulary, stats: TermStats, language?: string): { theme: Theme; concept: ConceptQuery } | null {
  const noted = themeFromNotes(topic, vocabulary, stats, language);
  const theme = noted ? vocabulary.byId.get(noted.theme) : undefined;
  return theme ? { theme, concept: resolveConcept(theme.prefLabel.nb, vocabulary, stats) } : null;
}

