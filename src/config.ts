import { z } from 'zod';

/** Everything the environment can configure, read once in `loadConfig` (see DESIGN.md). */
const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/strategiarkiv.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  EMBEDDINGS: z.enum(['auto', 'transformers', 'hashing']).default('auto'),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/multilingual-e5-small'),
  MODELS_DIR: z.string().min(1).default('models'),
  ADMIN_TOKEN: z.string().min(8, 'ADMIN_TOKEN must be at least 8 characters').optional(),
  SAMPLE_CORPUS_DIR: z.string().min(1).default('data/corpus'),
  UPLOAD_DIR: z.string().min(1).default('data/uploads'),
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  PDF_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  PDF_MAX_MEMORY_MB: z.coerce.number().int().min(128).default(1024),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().default('llama3.1'),
  LOG_REQUESTS: z.enum(['0', '1']).default('1'),
  QUERY_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  QUERY_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(64),
});

export interface Config {
  databasePath: string;
  port: number;
  host: string;
  embeddings: 'auto' | 'transformers' | 'hashing';
  embeddingModel: string;
  modelsDir: string;
  adminToken: string | undefined;
  sampleCorpusDir: string;
  uploadDir: string;
  maxFileBytes: number;
  pdfLimits: { timeoutMs: number; maxMemoryMb: number };
  llmBaseUrl: string | undefined;
  llmModel: string;
  logRequests: boolean;
  /** Worker threads for search and answers (0: run them in the server's thread). */
  queryWorkers: number;
  /** Queries that may wait for a worker; beyond them a query is refused with OVERLOADED (503). */
  queryQueueMax: number;
}

/** Reads and validates the environment; throws with every problem listed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = result.data;
  return {
    databasePath: e.DATABASE_PATH,
    port: e.PORT,
    host: e.HOST,
    embeddings: e.EMBEDDINGS,
    embeddingModel: e.EMBEDDING_MODEL,
    modelsDir: e.MODELS_DIR,
    adminToken: e.ADMIN_TOKEN,
    sampleCorpusDir: e.SAMPLE_CORPUS_DIR,
    uploadDir: e.UPLOAD_DIR,
    maxFileBytes: e.MAX_FILE_BYTES,
    pdfLimits: { timeoutMs: e.PDF_TIMEOUT_MS, maxMemoryMb: e.PDF_MAX_MEMORY_MB },
    llmBaseUrl: e.LLM_BASE_URL,
    llmModel: e.LLM_MODEL,
    logRequests: e.LOG_REQUESTS === '1',
    queryWorkers: e.QUERY_WORKERS,
    queryQueueMax: e.QUERY_QUEUE_MAX,
  };
}
