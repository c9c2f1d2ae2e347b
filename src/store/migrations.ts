import type { Db } from './db.ts';

/**
 * Schema migrations, applied in order and recorded in `PRAGMA user_version`. Never edit a shipped
 * migration; add the next one. The vector table is created separately (its dimension depends on
 * the embedder; see vectors.ts).
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    source_name TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL,
    organisation_kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    municipalities TEXT NOT NULL,
    period_from INTEGER,
    period_to INTEGER,
    adopted TEXT NOT NULL,
    page_count INTEGER NOT NULL,
    text TEXT NOT NULL,
    page_starts TEXT NOT NULL,
    warnings TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    number TEXT,
    title TEXT NOT NULL,
    level INTEGER NOT NULL,
    parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    page_from INTEGER NOT NULL,
    page_to INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX sections_document ON sections(document_id, ordinal);
  CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    page_from INTEGER NOT NULL,
    page_to INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX passages_document ON passages(document_id, ordinal);
  CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    ordinal INTEGER NOT NULL,
    label TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX goals_document ON goals(document_id, ordinal);
  CREATE TABLE budget_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    ordinal INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    label TEXT NOT NULL,
    year INTEGER,
    period_from INTEGER,
    period_to INTEGER,
    amount INTEGER NOT NULL,
    kind TEXT,
    is_sum INTEGER NOT NULL,
    raw TEXT NOT NULL,
    confidence TEXT NOT NULL,
    page INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX budget_items_document ON budget_items(document_id, ordinal);
  CREATE VIRTUAL TABLE passages_fts USING fts5(owner, title, body, tokenize = 'unicode61 remove_diacritics 0');
  `,
  // Theme tags (ingest/structure/themes.ts): coverage and the theme matrix are index look-ups.
  // item_kind: document | section | goal | budget | passage; item_id: the row in that table (null for
  // the document); strength: focus | goal | measure | budget | mention, rank 5 … 1.
  `
  CREATE TABLE theme_tags (
    id INTEGER PRIMARY KEY,
    theme TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_kind TEXT NOT NULL,
    item_id INTEGER,
    passage_id INTEGER REFERENCES passages(id) ON DELETE CASCADE,
    strength TEXT NOT NULL,
    rank INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    hits INTEGER NOT NULL
  );
  CREATE INDEX theme_tags_theme ON theme_tags(theme, document_id, rank);
  CREATE INDEX theme_tags_document ON theme_tags(document_id, theme);
  CREATE INDEX goals_passage ON goals(passage_id);
  CREATE INDEX budget_items_passage ON budget_items(passage_id);
  `,
  // Goals carry whether they are measurable (a number, percentage or deadline); kinds grew finer (TEXT already).
  `
  ALTER TABLE goals ADD COLUMN measurable INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX goals_kind ON goals(kind);
  `,
];

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
