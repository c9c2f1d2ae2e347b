import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as sqliteVec from 'sqlite-vec';
import { migrate } from './migrations.ts';

export type Db = Database.Database;

/** Reads through the page cache by memory map (no pread copy per page): up to 4 GiB of the file, on every connection. */
const MMAP_PRAGMA = 'mmap_size = 4294967296';

/**
 * Opens (or creates) the database: sqlite-vec loaded, WAL, foreign keys on, migrations applied.
 * `:memory:` gives a private in-memory store for tests.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (options.readonly) {
    // A reader beside the writer (query workers): no migrations, no journal-mode change.
    const db = new Database(path, { readonly: true, fileMustExist: true });
    sqliteVec.load(db);
    db.pragma('busy_timeout = 5000');
    db.pragma(MMAP_PRAGMA);
    return db;
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  sqliteVec.load(db);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // FULL: a commit reported to the user survives a power loss too (see README, "Backup and durability").
  db.pragma('synchronous = FULL');
  db.pragma(MMAP_PRAGMA);
  migrate(db);
  return db;
}

/** Runs `fn` in one transaction: all of it is written, or none of it. */
export function withTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** What SQLite (and sqlite-vec) say when the file itself is damaged, as opposed to a bad query. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB', 'SQLITE_IOERR_SHORT_READ']);
const DAMAGE_MESSAGE = /database disk image is malformed|file is not a database|blob read error|malformed database schema/i;

/** True when `error` says the database file is damaged (corrupt pages, a bad header, unreadable vectors). */
export function isDatabaseDamage(error: unknown): boolean {
  const candidate = error as { code?: unknown; message?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  return (typeof candidate.code === 'string' && DAMAGE_CODES.has(candidate.code)) || (typeof candidate.message === 'string' && DAMAGE_MESSAGE.test(candidate.message));
}

/** The operator's instruction when the database is damaged (logged, never sent to clients). */
export const RESTORE_ADVICE = 'stop the server and restore the last backup (`npm run backup` writes one; see README, "Backup and durability")';

/** `PRAGMA quick_check`: "ok", or the first problems SQLite found (a damaged file may also throw). */
export function quickCheck(db: Db): string {
  try {
    const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
    return rows.map((row) => row.quick_check).join('; ');
  } catch (error) {
    if (isDatabaseDamage(error)) return (error as Error).message;
    throw error;
  }
}
