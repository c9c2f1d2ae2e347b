import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createError } from '../errors.ts';
import type { Db } from './db.ts';

/**
 * Writes a consistent copy of the database with `VACUUM INTO`. Safe while the server is running:
 * in WAL mode it reads one snapshot and blocks no reader or writer for long.
 */
export function backupDatabase(db: Db, target: string): { path: string; bytes: number } {
  if (existsSync(target)) throw createError('INVALID_INPUT', `${target} exists already; choose a new file name`);
  mkdirSync(dirname(target), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
  const check = db.prepare(`SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()`).get() as { bytes: number };
  return { path: target, bytes: check.bytes };
}
