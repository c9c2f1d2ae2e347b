/**
 * npm run backup [-- target.db]: a consistent copy of the database (VACUUM INTO), safe while serving.
 * Default target: data/backups/strategiarkiv-<date-time>.db
 */
import Database from 'better-sqlite3';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../store/index.ts';
import { backupDatabase } from '../store/backup.ts';

const config = loadConfig();
const target = process.argv[2] ?? `data/backups/strategiarkiv-${new Date().toISOString().replace(/[:.]/g, '-')}.db`;
const db = openDatabase(config.databasePath);
try {
  const result = backupDatabase(db, target);
  const copy = new Database(result.path, { readonly: true });
  const integrity = copy.pragma('integrity_check', { simple: true });
  const documents = (copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  copy.close();
  console.log(`Backup written to ${result.path}: ${documents} documents, integrity ${integrity}`);
  process.exitCode = integrity === 'ok' ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  db.close();
}
