import { resolveConcept, termStats, type ConceptQuery } from '../search/match.ts';
import type { DocumentSummary } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import type { CitationList } from './citations.ts';
import { COMPARE_PHRASES } from './compare-phrases.ts';
import { truncate } from './compose-coverage.ts';
import type { ComposeContext } from './context.ts';
import { assessCoverage } from './coverage.ts';
import { PHRASES, type Language } from './language.ts';

/** Evidence a comparison on a theme takes from the theme tags, where the topic's words do not reach it. */

const EVIDENCE_SHOWN = 2;

/** A column's evidence on a theme from the theme tags (goals, measures, budget lines; mentions only when nothing stronger). */
export function themeEvidence(context: ComposeContext, documents: DocumentSummary[], concept: ConceptQuery, citations: CitationList, language: Language): string[] {
  const phrases = PHRASES[language];
  const evidenceOf = (wanted: ConceptQuery) =>
    assessCoverage(context.db, documents, wanted, { maxEvidence: EVIDENCE_SHOWN }).flatMap((coverage) =>
      coverage.evidence.filter((evidence) => evidence.kind !== 'mention' && wanted.shows(evidence.quote)).map((evidence) => ({ evidence, document: coverage.document })),
    );
  const show = (found: ReturnType<typeof evidenceOf>) => found.map(({ evidence, document }) => `${phrases.evidence[evidence.kind] ?? (evidence.kind === 'measure' ? COMPARE_PHRASES[language].measure : evidence.kind)}: «${truncate(evidence.quote, 160)}» [${citations.cite(evidence.passage, document, evidence.quote)}]`);
  const own = evidenceOf(concept);
  if (own.length > 0) return show(own);
  // Nothing on the theme itself: its siblings under the same broader theme (informasjonssikkerhet → personvern), said as such.
  const vocabulary = loadVocabulary();
  const stats = termStats(context.db);
  for (const id of concept.named) {
    for (const broader of vocabulary.byId.get(id)?.broader ?? []) {
      for (const sibling of (vocabulary.byId.get(broader)?.narrower ?? []).filter((other) => !concept.themes.includes(other))) {
        const theme = vocabulary.byId.get(sibling);
        if (!theme) continue;
        const found = evidenceOf(resolveConcept(theme.prefLabel.nb, vocabulary, stats));
        if (found.length > 0) return [`${COMPARE_PHRASES[language].related(theme.prefLabel[language])}: ${show(found).join(', ')}`];
      }
    }
  }
  return [];
}
/**
 * A narrower theme of the topic that the column's parts do not name, with the strategy's strongest
 * evidence on it from the theme tags: velferdsteknologi in Molde's plan → «trygghetsalarm: «Etablere et
 * felles responssenter for trygghetsalarmer …»». The topic's words do not reach a narrower theme's
 * labels, so without this a comparison on the wider theme never shows it.
 */
export function narrowerEvidence(context: ComposeContext, documents: DocumentSummary[], concept: ConceptQuery, told: string, citations: CitationList, language: Language): string[] {
  const vocabulary = loadVocabulary();
  const stats = termStats(context.db);
  const phrases = PHRASES[language];
  const parts: string[] = [];
  for (const id of concept.themes.filter((theme) => !concept.named.includes(theme))) {
    if (parts.length > 0) break;
    const theme = vocabulary.byId.get(id);
    if (!theme) continue;
    const wanted = resolveConcept(theme.prefLabel.nb, vocabulary, stats);
    if (wanted.shows(told)) continue;
    // The quote must name the theme by a label of its own, not a word it is only found by.
    const labels = [...Object.values(theme.prefLabel), ...Object.values(theme.altLabel).flat()].map(normalize);
    const names = (quote: string) => labels.some((label) => normalize(quote).includes(label));
    const found = assessCoverage(context.db, documents, wanted, { maxEvidence: 1 }).flatMap((coverage) => coverage.evidence.filter((evidence) => evidence.kind !== 'mention' && names(evidence.quote)).map((evidence) => ({ evidence, document: coverage.document })))[0];
    // A quote the side already has (told shortened, so the label may be cut off there) is no new hint.
    if (!found || told.includes(found.evidence.quote.slice(0, 60))) continue;
    const kind = phrases.evidence[found.evidence.kind] ?? (found.evidence.kind === 'measure' ? COMPARE_PHRASES[language].measure : found.evidence.kind);
    parts.push(`${theme.prefLabel[language]} (${kind}): «${truncate(found.evidence.quote, 160)}» [${citations.cite(found.evidence.passage, found.document, found.evidence.quote)}]`);
  }
  return parts;
}
