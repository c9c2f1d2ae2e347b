import { createError } from '../errors.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import type { Embedder } from './embedder.ts';
import { createHashingEmbedder } from './hashing.ts';
import { createTransformersEmbedder } from './transformers.ts';

export type { Embedder } from './embedder.ts';

export interface EmbedderChoice {
  embeddings: 'auto' | 'transformers' | 'hashing';
  embeddingModel: string;
  modelsDir: string;
}

/**
 * Picks the embedder: `hashing` always works offline; `transformers` must load its model or fail;
 * `auto` tries the model and, where none can be loaded, says so once and falls back to hashing.
 */
export async function createEmbedder(choice: EmbedderChoice, thesaurus: Thesaurus, log: (message: string) => void = console.warn): Promise<Embedder> {
  if (choice.embeddings === 'hashing') return createHashingEmbedder({ thesaurus });
  try {
    return await createTransformersEmbedder({ model: choice.embeddingModel, modelsDir: choice.modelsDir, allowRemote: true, loadTimeoutMs: choice.embeddings === 'auto' ? 20_000 : 120_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (choice.embeddings === 'transformers') {
      throw createError('EMBEDDER_UNAVAILABLE', `Could not load ${choice.embeddingModel} (${reason}). Put the model in ${choice.modelsDir}/${choice.embeddingModel} or allow network access.`, {}, error);
    }
    log(`Embeddings: ${choice.embeddingModel} could not be loaded (${reason}); using the offline hashing embedder. Put the model files in ${choice.modelsDir}/${choice.embeddingModel} to use it.`);
    return createHashingEmbedder({ thesaurus });
  }
}

/** Recreates an embedder from the id the database records (query workers use the server's choice). */
export async function embedderFromId(id: string, modelsDir: string, thesaurus: Thesaurus): Promise<Embedder> {
  const hashing = /^hashing-v1:(\d+)$/.exec(id);
  if (hashing) return createHashingEmbedder({ thesaurus, dimension: Number(hashing[1]) });
  const model = /^transformers:(.+)$/.exec(id)?.[1];
  if (model) return createTransformersEmbedder({ model, modelsDir, allowRemote: true });
  throw createError('EMBEDDER_UNAVAILABLE', `Unknown embedder ${id}`);
}
