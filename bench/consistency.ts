/**
 * Checks that a database holds only whole documents: integrity_check is ok, and every document has
 * the sections, goals, budget rows and passages its source yields, with one index row and one vector
 * per passage. Used by the kill -9 stress run and its test.
 */
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';

export interface Expected {
  sections: number;
  goals: number;
  budgetItems: number;
  passages: number;
}

export function checkConsistency(path: string, expected: Map<string, Expected>): { integrity: string; documents: number; problems: string[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    sqliteVec.load(db);
    return checkOpen(db, expected);
  } finally {
    db.close();
  }
}

export function checkOpen(db: Database.Database, expected: Map<string, Expected>, options: { integrity?: boolean } = {}): { integrity: string; documents: number; problems: string[] } {
  const integrity = options.integrity === false ? 'not checked' : String(db.pragma('integrity_check', { simple: true }));
  const problems: string[] = [];
  // One read transaction: everything below sees the same snapshot.
  const read = db.transaction(() => {
    const rows = db.prepare(`SELECT d.id, d.source_name,
      (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS sections,
      (SELECT count(*) FROM goals g WHERE g.document_id = d.id) AS goals,
      (SELECT count(*) FROM budget_items b WHERE b.document_id = d.id) AS budgetItems,
      (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages,
      (SELECT count(*) FROM passages_fts f WHERE f.rowid IN (SELECT id FROM passages p WHERE p.document_id = d.id)) AS indexed,
      (SELECT count(*) FROM passage_vectors v WHERE v.rowid IN (SELECT id FROM passages p WHERE p.document_id = d.id)) AS vectors
      FROM documents d`).all() as Array<Expected & { id: number; source_name: string; indexed: number; vectors: number }>;
    for (const row of rows) {
      const want = expected.get(row.source_name);
      if (!want) problems.push(`${row.source_name}: unexpected document`);
      else for (const key of ['sections', 'goals', 'budgetItems', 'passages'] as const) if (row[key] !== want[key]) problems.push(`${row.source_name}: ${key} ${row[key]} ≠ ${want[key]}`);
      if (row.indexed !== row.passages) problems.push(`${row.source_name}: ${row.indexed} index rows for ${row.passages} passages`);
      if (row.vectors !== row.passages) problems.push(`${row.source_name}: ${row.vectors} vectors for ${row.passages} passages`);
    }
    const orphans = (db.prepare('SELECT count(*) AS n FROM passages_fts WHERE rowid NOT IN (SELECT id FROM passages)').get() as { n: number }).n;
    if (orphans > 0) problems.push(`${orphans} index rows without a passage`);
    return rows.length;
  });
  const documents = read();
  return { integrity, documents, problems };
}
