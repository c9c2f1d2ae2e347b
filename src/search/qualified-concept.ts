import { findThemeLabels, rootsOf, type Vocabulary } from '../text/vocabulary.ts';
import type { ConceptQuery } from './match.ts';
import { sentenceUnits } from '../text/sentences.ts';

/**
 * A theme concept whose themes make parts that qualify each other ("samarbeid med universiteter",
 * "digital kompetanse i skolen": answer/showing-most.ts themeParts), or that words qualify ("digital
 * kompetanse for ledere": `qualifiers`, concepts of words that are alternatives): a text shows it only
 * where one of its sentences shows every part, each by a label of one of the part's themes (or of a theme
 * under them), and the words of one of the qualifiers.
 */
export function requiringParts(concept: ConceptQuery, asked: ReadonlyArray<ReadonlySet<string>>, vocabulary: Vocabulary, qualifiers: readonly ConceptQuery[] = []): ConceptQuery {
  const parts = unrelatedParts(asked, vocabulary);
  // "digital kompetanse for ledere": words that qualify the themes are a part too, shown by any of its alternatives.
  const words = qualifiers.length > 0 ? qualifiers : null;
  if (concept.kind !== 'theme' || parts.length + (words ? 1 : 0) < 2) return concept;
  // Each sentence, list item or heading line (a PDF's line breaks inside a sentence do not end it).
  const sentences = (text: string) =>
    sentenceUnits(text).map((unit) => {
      const found = findThemeLabels(vocabulary, unit.text);
      const shown = parts.map((part) => found.filter((label) => part.has(label.theme)).map((label) => label.start));
      const at = words ? words.map((alternative) => alternative.locate(unit.text)).filter((start) => start >= 0) : [];
      return { start: unit.start, shown: words ? [...shown, at.length > 0 ? [Math.min(...at)] : []] : shown };
    });
  const showing = (text: string) => sentences(text).filter((sentence) => sentence.shown.every((matches) => matches.length > 0));
  const locate = (text: string) => {
    const first = showing(text)[0];
    return first ? first.start + Math.min(...first.shown.map((matches) => matches[0]!)) : -1;
  };
  const occurrences = (text: string) => showing(text).length;
  return { ...concept, locate, shows: (text) => locate(text) >= 0, showsSome: concept.shows, occurrences, together: true };
}

/**
 * Parts whose themes are of one tree made one: "felleskomponenter som ID-porten" names an example of the
 * kind, "meldingsutveksling … eller tilkobling til Helsenettet" two kinds of e-health, and neither
 * qualifies the other.
 */
function unrelatedParts(parts: ReadonlyArray<ReadonlySet<string>>, vocabulary: Vocabulary): Array<Set<string>> {
  const merged: Array<{ themes: Set<string>; roots: Set<string> }> = [];
  for (const part of parts) {
    const roots = new Set([...part].flatMap((id) => rootsOf(vocabulary, id)));
    const related = merged.find((other) => [...roots].some((root) => other.roots.has(root)));
    if (related) {
      for (const id of part) related.themes.add(id);
      for (const root of roots) related.roots.add(root);
    } else merged.push({ themes: new Set(part), roots });
  }
  return merged.map((part) => part.themes);
}
