import { describe, expect, it } from 'vitest';
import { cosine } from '../../src/embed/embedder.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { loadThesaurus } from '../../src/search/thesaurus.ts';
import { embedderSuite } from './embedder.suite.ts';

const thesaurus = loadThesaurus();
embedderSuite('offline hashing', async () => createHashingEmbedder({ thesaurus }));

describe('offline hashing embedder', () => {
  it('brings an English question near the Norwegian passage through the thesaurus', async () => {
    const embedder = createHashingEmbedder({ thesaurus });
    const query = await embedder.embedQuery('welfare technology');
    const [norwegian, other] = await embedder.embedPassages(['Velferdsteknologi er brukerrettede teknologier', 'Bredbånd med tilstrekkelig kapasitet']);
    expect(cosine(query, norwegian!)).toBeGreaterThan(cosine(query, other!) + 0.1);
  });
  it('records its dimension in its id', () => expect(createHashingEmbedder({ dimension: 256 }).id).toBe('hashing-v1:256'));
});
