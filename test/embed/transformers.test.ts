/**
 * The real @xenova/transformers code path, on the tiny BERT-shaped model in test/fixtures/models
 * (made by test/fixtures/make-tiny-model.ts), with remote models disallowed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/index.ts';
import { createTransformersEmbedder } from '../../src/embed/transformers.ts';
import { loadThesaurus } from '../../src/search/thesaurus.ts';
import { embedderSuite } from './embedder.suite.ts';

const MODELS = fileURLToPath(new URL('../fixtures/models', import.meta.url));

embedderSuite('transformers (tiny fixture model)', () => createTransformersEmbedder({ model: 'tiny/bert-tiny-nb', modelsDir: MODELS, allowRemote: false, quantized: false }));

describe('transformers embedder', () => {
  it('loads the quantized file by default and names the model', async () => {
    const embedder = await createTransformersEmbedder({ model: 'tiny/bert-tiny-nb', modelsDir: MODELS, allowRemote: false });
    expect(embedder.id).toBe('transformers:tiny/bert-tiny-nb');
    expect(embedder.dimension).toBe(32);
  });
  it('fails clearly when EMBEDDINGS=transformers and the model is missing', async () => {
    await expect(createEmbedder({ embeddings: 'transformers', embeddingModel: 'nobody/no-such-model', modelsDir: MODELS }, loadThesaurus())).rejects.toMatchObject({ code: 'EMBEDDER_UNAVAILABLE' });
  });
  it('falls back to the offline embedder with one message when EMBEDDINGS=auto finds no model', async () => {
    const messages: string[] = [];
    const embedder = await createEmbedder({ embeddings: 'auto', embeddingModel: 'nobody/no-such-model', modelsDir: MODELS }, loadThesaurus(), (m) => messages.push(m));
    expect(embedder.id).toMatch(/^hashing/);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/nobody\/no-such-model.*offline/);
  });
});
