/** The shared suite every Embedder implementation passes (see src/embed/embedder.ts). */
import { describe, expect, it } from 'vitest';
import { cosine, type Embedder } from '../../src/embed/embedder.ts';

export function embedderSuite(name: string, make: () => Promise<Embedder>): void {
  describe(`Embedder contract: ${name}`, () => {
    let embedder: Embedder;
    it('loads and names itself', async () => {
      embedder = await make();
      expect(embedder.id).toMatch(/\S/);
      expect(embedder.dimension).toBeGreaterThan(0);
    });
    it('returns one unit vector of the stated dimension per text', async () => {
      const vectors = await embedder.embedPassages(['Velferdsteknologi i kommunene', 'Budsjett for skole', 'Informasjonssikkerhet']);
      expect(vectors).toHaveLength(3);
      for (const vector of vectors) {
        expect(vector).toBeInstanceOf(Float32Array);
        expect(vector.length).toBe(embedder.dimension);
        expect(cosine(vector, vector)).toBeCloseTo(1, 4);
      }
    });
    it('is deterministic', async () => {
      const [a] = await embedder.embedPassages(['Digital dialog med innbyggere']);
      const [b] = await embedder.embedPassages(['Digital dialog med innbyggere']);
      expect(Array.from(a!)).toEqual(Array.from(b!));
    });
    it('puts related texts closer than unrelated ones', async () => {
      const [query] = [await embedder.embedQuery('velferdsteknologi i kommunen')];
      const [near, far] = await embedder.embedPassages(['velferd og teknologi for kommunene', 'budsjett for skole og barnehage']);
      expect(cosine(query!, near!)).toBeGreaterThan(cosine(query!, far!));
    });
    it('copes with empty and very long input', async () => {
      const [empty, long] = await embedder.embedPassages(['', 'informasjonssikkerhet '.repeat(2000)]);
      expect(empty!.length).toBe(embedder.dimension);
      expect(long!.length).toBe(embedder.dimension);
      expect(Number.isFinite(long![0]!)).toBe(true);
    });
  });
}
