/**
 * npm run ingest -- <files or folders…>
 * Loads strategies (PDF, .txt, .md) into the database named by DATABASE_PATH, with a progress bar
 * and a summary per document. Exits 1 if any file failed.
 */
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createEmbedder } from '../embed/index.ts';
import { ensureVectors, ingestPaths } from '../load.ts';
import { printSummary } from './summary.ts';
import { loadThesaurus } from '../search/thesaurus.ts';
import { openDatabase } from '../store/index.ts';

const USAGE = `Usage: npm run ingest -- [--json] <file.pdf|file.txt|file.md|folder> …

Loads adopted strategies into the database named by DATABASE_PATH (default data/strategiarkiv.db).
Re-loading an unchanged file does nothing; a revised file with the same name replaces the old one.
A sidecar <file>.meta.json overrides detected metadata (title, organisation, municipalities, period …).

Options:
  --json   print the results as JSON
  --help   show this help`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  try {
    const embedder = await createEmbedder(config, loadThesaurus());
    await ensureVectors(db, embedder);
    const bar = process.stderr.isTTY && !values.json ? new SingleBar({ format: 'Ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic) : null;
    let started = false;
    const results = await ingestPaths({ db, embedder }, positionals, {
      maxFileBytes: config.maxFileBytes,
      pdfLimits: config.pdfLimits,
      onProgress: ({ file, index, total, stage }) => {
        if (!bar) return void (stage === 'reading' && !values.json && console.error(`[${index + 1}/${total}] ${file}`));
        if (!started) {
          bar.start(total, 0, { file });
          started = true;
        }
        bar.update(stage === 'done' ? index + 1 : index, { file: `${file} (${stage})` });
      },
    });
    bar?.stop();
    if (values.json) console.log(JSON.stringify(results, null, 2));
    else printSummary(results);
    return results.some((result) => result.status === 'failed') ? 1 : 0;
  } finally {
    db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
