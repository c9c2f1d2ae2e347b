import { normalizeVector, type Embedder } from './embedder.ts';

/**
 * A sentence-embedding model run by @xenova/transformers (ONNX, quantized by default), loaded from
 * `modelsDir/<model>` or the transformers.js cache, and from the Hugging Face hub only when
 * `allowRemote` is set. E5 models get their "query: " / "passage: " prefixes.
 */
export interface TransformersOptions {
  model: string;
  modelsDir: string;
  allowRemote: boolean;
  quantized?: boolean;
  batchSize?: number;
  /** Give up loading after this long (a hub that does not answer must not hang start-up). */
  loadTimeoutMs?: number;
}

type FeatureExtractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ data: Float32Array; dims: number[] }>;

export async function createTransformersEmbedder(options: TransformersOptions): Promise<Embedder> {
  const transformers = await import('@xenova/transformers');
  const { env, pipeline } = transformers;
  env.localModelPath = options.modelsDir.endsWith('/') ? options.modelsDir : `${options.modelsDir}/`;
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemote;
  const load = pipeline('feature-extraction', options.model, { quantized: options.quantized ?? true }) as Promise<unknown>;
  const timeout = options.loadTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const extractor = (await Promise.race([
    load,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`loading ${options.model} took longer than ${timeout} ms`)), timeout);
    }),
  ]).finally(() => clearTimeout(timer))) as FeatureExtractor;

  const e5 = /e5/i.test(options.model);
  const batchSize = options.batchSize ?? 16;
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const batch = texts.slice(i, i + batchSize);
      const output = await extractor(batch, { pooling: 'mean', normalize: true });
      const dimension = output.dims[output.dims.length - 1] ?? 0;
      for (let row = 0; row < batch.length; row++) {
        vectors.push(normalizeVector(Float32Array.from(output.data.subarray(row * dimension, (row + 1) * dimension))));
      }
    }
    return vectors;
  };
  const probe = await run(['dimensjon']);
  const dimension = probe[0]?.length ?? 0;
  if (dimension === 0) throw new Error(`${options.model} produced empty embeddings`);
  return {
    id: `transformers:${options.model}`,
    dimension,
    description: `${options.model} via @xenova/transformers (${dimension} dimensions)`,
    embedPassages: (texts) => run(texts.map((text) => (e5 ? `passage: ${text}` : text))),
    embedQuery: async (text) => (await run([e5 ? `query: ${text}` : text]))[0] ?? new Float32Array(dimension),
  };
}
