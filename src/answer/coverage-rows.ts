import { resolveConcept, termStats } from '../search/match.ts';
import { listDocuments, type Db } from '../store/index.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import { assessCoverage } from './coverage.ts';

/**
 * The data of GET /api/coverage: per strategy whether it addresses the topic, how strongly, the
 * counts per kind of evidence and up to six pieces of evidence (or the nearest mention).
 */
export function coverageRows(db: Db, topic: string) {
  const concept = resolveConcept(topic, loadVocabulary(), termStats(db));
  const coverage = assessCoverage(db, listDocuments(db), concept, { maxEvidence: 6 });
  return {
    topic,
    /** theme: the topic names themes (ids in `themes`); words: free text; generic: only words found almost everywhere. */
    match: { kind: concept.kind, themes: concept.named, words: concept.words.map((word) => ({ word: word.word, generic: word.generic })) },
    rows: coverage.map((item) => ({
      document: item.document,
      addresses: item.addresses,
      strength: item.strength,
      kind: item.kind,
      counts: { goals: item.counts.goal, focusAreas: item.counts.focus, measures: item.counts.measure, budgetItems: item.counts.budget, passages: item.counts.mention },
      evidence: (item.addresses ? item.evidence : item.nearest ? [item.nearest] : []).map((e) => ({ kind: e.goalKind && e.goalKind !== 'goal' ? e.goalKind : e.kind, text: e.text, quote: e.quote, page: e.passage.page, passageId: e.passage.id, url: e.passage.url })),
    })),
  };
}
