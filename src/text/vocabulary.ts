import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createError } from '../errors.ts';
import { asciiForms, normalize, stem, STOP_WORDS, tokenize } from './analyze.ts';
import { termsInBothSpellings } from './cognates.ts';
import { withCoordinatedCompounds } from './coordinated-compounds.ts';
import { phraseCompounds } from './phrase-compounds.ts';

/**
 * The theme vocabulary (data/themes.json): the subjects of municipal digitalisation as a controlled
 * vocabulary in the SKOS manner, and the one way to find its labels in a text. Ingest tags with it,
 * search maps question topics onto it, and the thesaurus is a view over it.
 */

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type VocabularyLanguage = (typeof LANGUAGES)[number];

const labelsPerLanguage = z.object({ nb: z.array(z.string().min(1)), nn: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });
const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  prefLabel: z.object({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) }),
  altLabel: labelsPerLanguage,
  hiddenLabel: z.array(z.string().min(1)),
  searchOnly: z.array(z.string().min(1)).default([]),
  tagOnly: z.array(z.string().min(1)).default([]),
  broader: z.array(z.string()),
  narrower: z.array(z.string()),
});
const fileSchema = z.object({ themes: z.array(themeSchema).min(1), equivalences: z.array(z.array(z.string().min(1)).min(2)).default([]) });

/** One theme. */
export interface Theme {
  /** Stable id used in tags, URLs and the API ("velferdsteknologi", "sak-arkiv"). */
  id: string;
  /** The preferred label per language: bokmål, nynorsk, English. */
  prefLabel: Record<VocabularyLanguage, string>;
  /** Other names per language ("omsorgsteknologi", "assistive technology"). */
  altLabel: Record<VocabularyLanguage, string[]>;
  /** Spellings, inflections, compounds and abbreviations that find the theme but are never shown. */
  hiddenLabel: string[];
  /** Words that widen a search for the theme but are too general to tag a text with it ("sikkerhet"). */
  searchOnly: string[];
  /** Words that tag a text with the theme but do not widen a search for it (compounds whose expansion pulls other passages up: "skyplattform"). */
  tagOnly: string[];
  /** Ids of wider themes (skole → skole-barnehage). */
  broader: string[];
  /** Ids of narrower themes (felleskomponenter → id-porten, altinn, …). */
  narrower: string[];
}

/** A label compiled for matching: one key per word (a stem, or the word itself for a stop word). */
interface CompiledLabel {
  theme: string;
  label: string;
  keys: string[];
}

/** A row of the English–Norwegian glossary. */
export interface GlossaryEntry {
  english: string[];
  norwegian: string[];
}

export interface Vocabulary {
  themes: Theme[];
  byId: ReadonlyMap<string, Theme>;
  /** Groups of equivalent words that are not themes (query expansion only). */
  equivalences: string[][];
  /** English words with their Norwegian equivalents (query expansion of English questions only; data/glossary-en-nb-nn.tsv). */
  glossary: GlossaryEntry[];
  /** A hash of the vocabulary file: stored tags made with another version are re-made. */
  version: string;
  /** Tagging labels (preferred, alternative, hidden) by the key of their first word. */
  labelsByFirstKey: ReadonlyMap<string, CompiledLabel[]>;
}

/** Every label that tags a text with the theme (preferred, alternative and hidden, all languages). */
export function taggingLabels(theme: Theme): string[] {
  return [...new Set([...LANGUAGES.map((l) => theme.prefLabel[l]), ...LANGUAGES.flatMap((l) => theme.altLabel[l]), ...theme.hiddenLabel, ...theme.tagOnly])];
}

/** The match key of one word of a label: its stem (hyphens joined), or the word itself for a stop word. */
function labelKey(word: string): string {
  return STOP_WORDS.has(word) ? word : stem(word.replace(/[-']/g, ''));
}

/** Parses and checks a vocabulary (the JSON text of data/themes.json). */
export function parseVocabulary(json: string, source = 'themes.json'): Vocabulary {
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(json));
  } catch (error) {
    throw createError('INVALID_INPUT', `${source}: not a theme vocabulary (${error instanceof Error ? error.message.slice(0, 300) : String(error)})`, { file: source }, error);
  }
  const byId = new Map(parsed.themes.map((theme) => [theme.id, theme]));
  for (const theme of parsed.themes) {
    for (const id of [...theme.broader, ...theme.narrower]) if (!byId.has(id)) throw createError('INVALID_INPUT', `${source}: theme "${theme.id}" refers to unknown theme "${id}"`, { file: source });
  }
  const labelsByFirstKey = new Map<string, CompiledLabel[]>();
  for (const theme of parsed.themes) {
    for (const label of taggingLabels(theme)) {
      // A question typed without æ, ø and å ("gronn it", "breibandsdekning pa bygda") finds the label too.
      for (const written of new Set([label, ...asciiForms(label), withCoordinatedCompounds(label)])) {
        const keys = tokenize(written).map((token) => labelKey(token.word));
        const first = keys[0];
        if (!first || keys.every((key) => STOP_WORDS.has(key))) continue;
        labelsByFirstKey.set(first, [...(labelsByFirstKey.get(first) ?? []), { theme: theme.id, label, keys }]);
      }
    }
  }
  const version = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { themes: parsed.themes, byId, equivalences: parsed.equivalences, glossary: [], version, labelsByFirstKey };
}

const DEFAULT_PATH = fileURLToPath(new URL('../../data/themes.json', import.meta.url));
const GLOSSARY_PATH = fileURLToPath(new URL('../../data/glossary-en-nb-nn.tsv', import.meta.url));

const loaded = new Map<string, Vocabulary>();

/**
 * Loads the vocabulary once per path (data/themes.json by default). The default one also has the glossary
 * (data/glossary-en-nb-nn.tsv: English words with their bokmål and nynorsk equivalents).
 */
export function loadVocabulary(path: string = DEFAULT_PATH): Vocabulary {
  const known = loaded.get(path);
  if (known) return known;
  const parsed = parseVocabulary(readFileSync(path, 'utf8'), path);
  const vocabulary = path === DEFAULT_PATH && existsSync(GLOSSARY_PATH) ? { ...parsed, glossary: parseGlossary(readFileSync(GLOSSARY_PATH, 'utf8')) } : parsed;
  loaded.set(path, vocabulary);
  return vocabulary;
}

/** The glossary's rows: the English forms of a row ("procure|procured") and its bokmål and nynorsk forms ("anskaffe|kjøpe inn"). */
export function parseGlossary(tsv: string): GlossaryEntry[] {
  const forms = (column: string | undefined) => (column ?? '').split('|').map((form) => form.trim()).filter(Boolean);
  return tsv
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .map(([english, bokmål, nynorsk]) => ({ english: forms(english), norwegian: [...new Set([...forms(bokmål), ...forms(nynorsk)])] }))
    .filter((entry) => entry.english.length > 0 && entry.norwegian.length > 0);
}

/** A theme and the themes under it, at any depth. */
export function withNarrower(vocabulary: Vocabulary, id: string): string[] {
  const result: string[] = [];
  const visit = (current: string) => {
    if (result.includes(current)) return;
    result.push(current);
    for (const child of vocabulary.byId.get(current)?.narrower ?? []) visit(child);
  };
  visit(id);
  return result;
}

/** The themes above a theme, at any depth (helsemeldinger → e-helse). */
export function broaderOf(vocabulary: Vocabulary, id: string): string[] {
  const above = new Set<string>();
  const visit = (current: string) => {
    for (const parent of vocabulary.byId.get(current)?.broader ?? []) {
      if (above.has(parent)) continue;
      above.add(parent);
      visit(parent);
    }
  };
  visit(id);
  return [...above];
}

/** The themes at the top of a theme's tree (those above it with nothing above them; the theme itself when none is). */
export function rootsOf(vocabulary: Vocabulary, id: string): string[] {
  return [id, ...broaderOf(vocabulary, id)].filter((theme) => (vocabulary.byId.get(theme)?.broader ?? []).length === 0);
}

/** The themes of `ids` that are under none of the others ("nasjonale felleskomponenter som ID-porten": ID-porten is an example). */
export function withoutExamples(vocabulary: Vocabulary, ids: string[]): string[] {
  return ids.filter((id) => !ids.some((other) => other !== id && withNarrower(vocabulary, other).includes(id)));
}

/** A place where a text names a theme. */
export interface LabelMatch {
  theme: string;
  label: string;
  /** Character span of the matching words in the text. */
  start: number;
  end: number;
  /** Index of the first and one past the last matching word. */
  firstWord: number;
  lastWord: number;
  /** True when the label's first and last words are the text's words whole, not parts of compounds ("digitale helsetjenester" as a label, not "digitale tjenester" inside it). */
  whole: boolean;
  /** How many of the label's words are content words: what a match weighs against one it overlaps. */
  contentWords: number;
}

/**
 * Every place where the text names a theme by one of its labels, inflected or inside a compound
 * ("velferdsteknologiprogrammet" names velferdsteknologi; "sak/arkiv-systemet" names sak-arkiv). A
 * multi-word label matches consecutive words; at one position the longest label wins.
 */
export function findThemeLabels(vocabulary: Vocabulary, text: string): LabelMatch[] {
  const tokens = tokenize(text);
  // A nynorsk word is also read in its bokmål spelling ("miljøvenleg" as "miljøvennlig"), so that labels
  // written once in bokmål are found in nynorsk text; a word opening with an abbreviation also as it.
  const keys = tokens.map((token) => (STOP_WORDS.has(token.word) ? [token.word] : labelKeysOf(token.word)));
  const matches: LabelMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = new Map<string, LabelMatch>();
    for (const key of keys[i] ?? []) {
      for (const label of vocabulary.labelsByFirstKey.get(key) ?? []) {
        const last = matchRest(label.keys, keys, i + 1);
        if (last === null) continue;
        const previous = found.get(label.theme);
        const whole = keys[i]?.[0] === label.keys[0] && keys[last - 1]?.[0] === label.keys[label.keys.length - 1];
        const contentWords = label.keys.filter((key) => !STOP_WORDS.has(key)).length;
        if (!previous || previous.lastWord < last) found.set(label.theme, { theme: label.theme, label: label.label, start: tokens[i]?.start ?? 0, end: tokens[last - 1]?.end ?? 0, firstWord: i, lastWord: last, whole, contentWords });
      }
    }
    matches.push(...found.values());
  }
  // "sikkerhet rundt informasjon", "tryggleik kring informasjonen": a phrase standing for a compound that is a
  // one-word label ("informasjonssikkerhet", "informasjonstryggleik") names its theme.
  for (const { compound, first, last } of phraseCompounds(tokens)) {
    const key = labelKey(compound);
    for (const label of vocabulary.labelsByFirstKey.get(key) ?? []) {
      if (label.keys.length !== 1 || matches.some((m) => m.theme === label.theme && m.firstWord === first && m.lastWord === last)) continue;
      matches.push({ theme: label.theme, label: label.label, start: tokens[first]!.start, end: tokens[last - 1]!.end, firstWord: first, lastWord: last, whole: true, contentWords: 2 });
    }
  }
  return matches;
}

/** The terms a text's word is matched to labels by: its own, its bokmål spelling's, and an abbreviation it opens with. */
function labelKeysOf(word: string): readonly string[] {
  const known = labelKeyCache.get(word);
  if (known) return known;
  // A two-letter abbreviation before a hyphen names a theme of its own ("KI-assistent", "AI-based").
  const abbreviation = /^(\p{L}{2})-\p{L}/u.exec(word)?.[1];
  const terms = [...new Set([...termsInBothSpellings(word), ...(abbreviation && !STOP_WORDS.has(abbreviation) ? [abbreviation] : [])])];
  if (labelKeyCache.size >= 100_000) labelKeyCache.clear();
  labelKeyCache.set(word, terms);
  return terms;
}
const labelKeyCache = new Map<string, readonly string[]>();

/**
 * Where a label whose first word matched at `at - 1` ends in the text (one past its last word), or null.
 * Function words inside a label may be missing from the text, and the text may have others inside it:
 * "sliter med å bruke digitale" matches the topic "sliter bruke digitale" a question leaves after its
 * stop words are dropped, and "sliter med bruke digitale"; the label's content words stay in order and
 * its last word must match.
 */
function matchRest(label: readonly string[], text: ReadonlyArray<readonly string[]>, at: number): number | null {
  let j = at;
  for (let k = 1; k < label.length; k++) {
    const key = label[k]!;
    const inner = k < label.length - 1 && STOP_WORDS.has(key);
    if ((text[j] ?? []).includes(key)) {
      j++;
      continue;
    }
    if (inner) continue;
    // A function word of the text that the label does not have, between two of its words.
    while (j < text.length && STOP_WORDS.has(text[j]![0] ?? '') && !(text[j] ?? []).includes(key)) j++;
    if (!(text[j] ?? []).includes(key)) return null;
    j++;
  }
  return j;
}

/**
 * The matches no wider match shares words with ("informasjonssikkerhet og personvern" is one theme, not
 * the "personvern" inside it), in the order given.
 */
export function widestMatches(matches: LabelMatch[]): LabelMatch[] {
  const width = (m: LabelMatch) => m.lastWord - m.firstWord;
  const inside = (m: LabelMatch, other: LabelMatch) => other.firstWord <= m.firstWord && m.lastWord <= other.lastWord;
  // A match inside a wider one gives way to it. Of two overlapping at an end, the one with more content
  // words wins ("sliter med å bruke digitale" over "digitale tjenester"), and the wider on a tie; function
  // words the text puts inside a match do not make it win: "training for their employees" gives way to
  // "security awareness training".
  const outweighs = (other: LabelMatch, m: LabelMatch) =>
    inside(m, other) ? width(other) > width(m) : other.contentWords > m.contentWords || (other.contentWords === m.contentWords && width(other) > width(m));
  // Two labels of one theme overlapping at an end both stay: together they cover the words the theme names
  // ("developing services together with" and "together with the people who use").
  const widest = matches.filter(
    (m) => !matches.some((other) => other !== m && other.firstWord < m.lastWord && m.firstWord < other.lastWord && !(other.theme === m.theme && !inside(m, other)) && outweighs(other, m)),
  );
  // Of matches on the same words, one that names them whole wins over one found inside a compound:
  // "digitale helsetjenester" is e-health, not "digitale tjenester"; "integrasjonsplattform" not "integrasjon".
  return widest.filter((m) => m.whole || !widest.some((other) => other.whole && other.firstWord === m.firstWord && other.lastWord === m.lastWord));
}

/** The ids of the themes a text names, each once, in order of first mention. */
export function themesIn(vocabulary: Vocabulary, text: string): string[] {
  return [...new Set(findThemeLabels(vocabulary, text).map((m) => m.theme))];
}

/** Normalised label text, for comparing a topic with a label. */
export function labelText(label: string): string {
  return normalize(label).replace(/\s+/g, ' ').trim();
}
