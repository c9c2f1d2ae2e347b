/**
 * The accounts' lines (BudgetItem.basis 'actual', "Regnskap 2025" beside "Budsjett 2025") are stored and read
 * back; a database written before they were read gets the column from a migration and reads as before. Listings
 * of the budget leave the accounts out; `withActualFigures` gives each budget line the accounts' figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { ensureVectors, ingestBytes } from '../../src/load.ts';
import { getDocument, listBudgets, openDatabase, withActualFigures } from '../../src/store/index.ts';

const embedder = createHashingEmbedder();
const encode = (text: string) => new TextEncoder().encode(text);

const BUDGET_ONLY = `# Handlingsplan digitalisering 2025

Eksempelvik kommune

## Kostnader

Tall i 1000 kr.

| Tiltak | 2025 |
|---|---|
| Ny kundeportal | 400 |
| Sensorer | 150 |
`;

const WITH_ACCOUNTS = `# Statusrapport digitalisering 2025

Lunner kommune

## Økonomi

Tall i 1000 kr.

| Tiltak | Budsjett 2025 | Regnskap 2025 | Avvik |
|---|---|---|---|
| Åpne data | 500 | 420 | 80 |
| Ny nettside | 300 | 350 | -50 |
`;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('the basis of a budget line in the store', () => {
  it('migrates a database written before the accounts were read: its lines stay budget lines, and accounts can be added', async () => {
    dir = mkdtempSync(join(tmpdir(), 'actual-basis-'));
    const path = join(dir, 'old.db');
    // A database as the schema before the `basis` column left it (user_version 4).
    const old = openDatabase(path);
    await ensureVectors(old, embedder);
    await ingestBytes({ db: old, embedder }, encode(BUDGET_ONLY), 'eksempelvik-handlingsplan-digitalisering-2025.md');
    old.exec('ALTER TABLE budget_items DROP COLUMN basis');
    old.pragma('user_version = 4');
    old.close();

    const db = openDatabase(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
      const columns = (db.prepare('PRAGMA table_info(budget_items)').all() as Array<{ name: string }>).map((column) => column.name);
      expect(columns).toContain('basis');
      // The old lines read as before: budget lines, no basis.
      const before = listBudgets(db, null);
      expect(before.map((row) => [row.label, row.amount, row.basis])).toEqual([['Ny kundeportal', 400_000, undefined], ['Sensorer', 150_000, undefined]]);

      await ensureVectors(db, embedder);
      await ingestBytes({ db, embedder }, encode(WITH_ACCOUNTS), 'lunner-statusrapport-digitalisering-2025.md');
      const lunner = listBudgets(db, null).filter((row) => row.documentId.startsWith('lunner'));
      expect(lunner.map((row) => [row.label, row.amount])).toEqual([['Åpne data', 500_000], ['Ny nettside', 300_000]]);
      const actual = listBudgets(db, null, undefined, null, { basis: 'actual' });
      expect(actual.map((row) => [row.label, row.amount, row.basis])).toEqual([['Åpne data', 420_000, 'actual'], ['Ny nettside', 350_000, 'actual']]);
      expect(listBudgets(db, null, undefined, null, { basis: 'all' })).toHaveLength(6);
      expect(getDocument(db, lunner[0]!.documentId)?.counts.budgetItems).toBe(2);
      // Each budget line carries the accounts' figure of its printed row.
      expect(withActualFigures(db, lunner).map((row) => [row.label, row.amount, row.actual?.amount])).toEqual([['Åpne data', 500_000, 420_000], ['Ny nettside', 300_000, 350_000]]);
      expect(withActualFigures(db, before).every((row) => row.actual === undefined)).toBe(true);
    } finally {
      db.close();
    }
  });
});
