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
  db.pragma('synchronous = NORMAL');
  db.pragma(MMAP_PRAGMA);
  migrate(db);
  return db;
}

/** Runs `fn` in one transaction: all of it is written, or none of it. */
export function withTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
