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
  // Topic look-ups over goals and budget lines read a trigram index of their text instead of testing
  // every row with instr(lower(…)): a fragment of three or more characters is an index look-up, in
  // any letter case (ø/Ø included). Contentless (the text stays in goals/budget_items only); triggers
  // keep the index in step with every insert and delete, including cascades from documents.
  `
  CREATE VIRTUAL TABLE goal_text USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1);
  CREATE VIRTUAL TABLE budget_text USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1);
  INSERT INTO goal_text (rowid, text) SELECT id, text FROM goals;
  INSERT INTO budget_text (rowid, text) SELECT id, label || ' ' || table_name FROM budget_items;
  CREATE TRIGGER goals_text_insert AFTER INSERT ON goals BEGIN INSERT INTO goal_text (rowid, text) VALUES (new.id, new.text); END;
  CREATE TRIGGER goals_text_delete AFTER DELETE ON goals BEGIN DELETE FROM goal_text WHERE rowid = old.id; END;
  CREATE TRIGGER budget_text_insert AFTER INSERT ON budget_items BEGIN INSERT INTO budget_text (rowid, text) VALUES (new.id, new.label || ' ' || new.table_name); END;
  CREATE TRIGGER budget_text_delete AFTER DELETE ON budget_items BEGIN DELETE FROM budget_text WHERE rowid = old.id; END;
  `,
  // Budget lines carry what their amount is (BudgetItem.basis): NULL for a budget, as every stored line was
  // before; 'actual' for the accounts ("Regnskap 2025" beside "Budsjett 2025"). Listings of the budget leave
  // the accounts out, so an older database reads exactly as before.
  `
  ALTER TABLE budget_items ADD COLUMN basis TEXT;
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
