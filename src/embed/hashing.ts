import { analyze, normalize } from '../text/analyze.ts';
import { expandQuery, type Thesaurus } from '../search/thesaurus.ts';
import { normalizeVector, type Embedder } from './embedder.ts';

/**
 * The offline embedder: no model files, deterministic. Features are the analysed terms (stems and
 * compound parts, so inflections and compounds meet) plus character 4-grams of each term (so
 * near-spellings meet), hashed into a fixed number of signed buckets with log term frequency.
 * Queries are first expanded with the domain thesaurus, which is what lets an English question
 * land near Norwegian passages.
 */
export interface HashingOptions {
  dimension?: number;
  thesaurus?: Thesaurus;
}

const VERSION = 'hashing-v1';

export function createHashingEmbedder(options: HashingOptions = {}): Embedder {
  const dimension = options.dimension ?? 512;
  const embed = (text: string): Float32Array => {
    const counts = new Map<string, number>();
    for (const term of analyze(text)) {
      counts.set(`w:${term}`, (counts.get(`w:${term}`) ?? 0) + 1);
      const padded = `<${term}>`;
      for (let i = 0; i + 4 <= padded.length; i++) {
        const gram = `g:${padded.slice(i, i + 4)}`;
        counts.set(gram, (counts.get(gram) ?? 0) + 0.25);
      }
    }
    const vector = new Float32Array(dimension);
    for (const [feature, count] of counts) {
      const hash = fnv1a(feature);
      const bucket = hash % dimension;
      const sign = (hash >>> 31) === 0 ? 1 : -1;
      vector[bucket] = (vector[bucket] ?? 0) + sign * (1 + Math.log(1 + count));
    }
    return normalizeVector(vector);
  };
  return {
    id: `${VERSION}:${dimension}`,
    dimension,
    description: `offline hashing embedder (${dimension} dimensions)`,
    async embedPassages(texts) {
      return texts.map(embed);
    },
    async embedQuery(text) {
      const expansion = options.thesaurus ? expandQuery(options.thesaurus, normalize(text)) : [];
      return embed([text, ...expansion].join(' '));
    },
  };
}

/** 32-bit FNV-1a. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
