import type { Embedder } from '../embed/index.ts';
import { getDocuments, getPassages, type Db, type PassageRow } from '../store/index.ts';
import { resolveFilter } from './filters.ts';
import { createTopicMatcher, type TopicMatcher } from './match.ts';
import { tokenize, wordTerms } from '../text/analyze.ts';
import { DEFAULT_FUSION, fuseRankings, type FusionWeights, type RankedHit } from './fuse.ts';
import { analyseQuery } from './query.ts';
import { COLUMN_WEIGHTS, expansionTerms, lexicalSearch, selectiveTerms, vectorSearch } from './retrieve.ts';
import type { Thesaurus } from './thesaurus.ts';

export type SearchMode = 'hybrid' | 'lexical' | 'vector';

export interface SearchRequest {
  q: string;
  k?: number;
  documentId?: string | undefined;
  municipality?: string | undefined;
  mode?: SearchMode;
}

export interface SearchResult {
  passageId: number;
  documentId: string;
  title: string;
  organisation: string;
  section: string;
  sectionNumber: string | null;
  page: number;
  text: string;
  score: number;
  /** Character spans of the passage text that match the query's terms. */
  highlights: Array<[number, number]>;
  url: string;
}

export interface Searcher {
  search(request: SearchRequest): Promise<SearchResult[]>;
}

export const MAX_K = 100;
const RERANK_DEPTH = 20;
const CANDIDATES = 60;

/** The search core: lexical and vector retrieval fused, filtered by document or municipality. */
export function createSearcher(deps: { db: Db; embedder: Embedder; thesaurus: Thesaurus; fusion?: FusionWeights; columns?: typeof COLUMN_WEIGHTS }): Searcher {
  const { db, embedder, thesaurus } = deps;
  const fusion = deps.fusion ?? DEFAULT_FUSION;
  const columns = deps.columns ?? COLUMN_WEIGHTS;
  return {
    async search(request) {
      const k = Math.min(Math.max(1, Math.trunc(request.k ?? 10)), MAX_K);
      const mode = request.mode ?? 'hybrid';
      const query = analyseQuery(request.q, thesaurus);
      if (query.terms.length === 0 && query.expansion.length === 0) return [];
      const filter = resolveFilter(db, { documentId: request.documentId, municipality: request.municipality });
      const depth = Math.max(CANDIDATES, k);
      // Both lexical passes use only the selective terms; when the expansion adds none, its pass
      // would return the same list as the first, which is reused instead of queried again.
      const ownTerms = mode === 'vector' ? [] : selectiveTerms(db, query.terms);
      const expandedTerms = mode === 'vector' || query.expansion.length === 0 ? [] : expansionTerms(db, ownTerms, query.expansion);
      const own = ownTerms.length === 0 ? [] : lexicalSearch(db, ownTerms, depth, filter, columns);
      const sameTerms = expandedTerms.length === ownTerms.length && expandedTerms.every((term) => ownTerms.includes(term));
      const expanded = expandedTerms.length === 0 ? [] : sameTerms ? own : lexicalSearch(db, expandedTerms, depth, filter, columns);
      const vector = mode === 'lexical' ? [] : vectorSearch(db, await embedder.embedQuery(query.text), depth, filter);
      const lists = [
        { hits: own, weight: fusion.lexical },
        { hits: expanded, weight: fusion.expanded },
        { hits: vector, weight: mode === 'hybrid' ? fusion.vector : 1 },
      ].filter((list) => list.hits.length > 0);
      const ranked: RankedHit[] = mode === 'vector' ? vector : fuseRankings(lists, fusion.k);
      const passages = getPassages(db, ranked.slice(0, Math.max(RERANK_DEPTH, k)).map((hit) => hit.id));
      const top = rerankBySentence(ranked, passages, createTopicMatcher(query.text, thesaurus), mode === 'hybrid' ? fusion.sentence : 0).slice(0, k);
      const documents = getDocuments(db, top.flatMap((hit) => passages.get(hit.id)?.documentId ?? []));
      const matchTerms = new Set(query.core);
      return top.flatMap((hit) => {
        const passage = passages.get(hit.id);
        const document = passage ? documents.get(passage.documentId) : undefined;
        if (!passage || !document) return [];
        return [{
          passageId: passage.id, documentId: document.id, title: document.title, organisation: document.organisation,
          section: passage.section.number ? `${passage.section.number} ${passage.section.title}` : passage.section.title, sectionNumber: passage.section.number,
          page: passage.page, text: passage.text, score: Number(hit.score.toFixed(6)), highlights: highlight(passage.text, matchTerms), url: passage.url,
        }];
      });
    },
  };
}

/**
 * Re-ranks the head of a fused ranking by its best sentence: a passage in which one sentence
 * covers the question's concepts rises above a neighbour that only shares scattered words.
 */
export function rerankBySentence(ranked: RankedHit[], passages: Map<number, PassageRow>, matcher: TopicMatcher, weight: number): RankedHit[] {
  if (weight <= 0) return ranked;
  const head = ranked.slice(0, RERANK_DEPTH).map((hit) => {
    const text = passages.get(hit.id)?.text ?? '';
    const best = Math.max(0, ...text.split(/(?<=[.!?:])\s+|\n+/).map((sentence) => matcher.score(sentence)));
    return { id: hit.id, score: hit.score + weight * best };
  });
  return [...head.sort((a, b) => b.score - a.score || a.id - b.id), ...ranked.slice(RERANK_DEPTH)];
}

/** Spans of words in `text` that share an index term with the query. */
export function highlight(text: string, terms: Set<string>): Array<[number, number]> {
  return tokenize(text)
    .filter((token) => wordTerms(token.word).some((term) => terms.has(term)))
    .map((token) => [token.start, token.end] as [number, number]);
}
