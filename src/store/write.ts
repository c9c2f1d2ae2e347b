import { basename, extname } from 'node:path';
import type { DocumentMetadata, ParsedDocument } from '../../ingest/model.ts';
import { analyze } from '../text/analyze.ts';
import { withTransaction, type Db } from './db.ts';
import { insertThemeTags } from './themes.ts';
import { insertVector, storedEmbedder } from './vectors.ts';

export type SaveStatus = 'added' | 'replaced' | 'unchanged';

/** A stable, URL-safe document id from the file name: "Sørum e-strategi.pdf" → "sorum-e-strategi". */
export function slugFor(sourceName: string): string {
  const stem = basename(sourceName, extname(sourceName));
  const slug = stem
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 80) || 'dokument';
}

/** True when this exact content is already stored under this source name (re-ingest is a no-op). */
export function isUnchanged(db: Db, sourceName: string, contentHash: string): boolean {
  const row = db.prepare('SELECT content_hash FROM documents WHERE source_name = ?').get(sourceName) as { content_hash: string } | undefined;
  return row?.content_hash === contentHash;
}

/** The names that say whose a passage is. */
export type Owner = Pick<DocumentMetadata, 'organisation' | 'aliases' | 'municipalities'>;

/** The organisation's names: what a question may call it. */
export function ownerNames(owner: Owner): string {
  return [...new Set([owner.organisation, ...owner.aliases, ...owner.municipalities])].join(', ');
}

/**
 * What a passage is about beyond its own words: the organisation (with its short names and
 * municipalities) and the section. Embedded with the passage, and indexed beside it, so "Sørum" in
 * a question finds a Sørum table that never names Sørum.
 */
export function passageHeader(owner: Owner, sectionNumber: string | null, sectionTitle: string): string {
  return `${ownerNames(owner)}\n${sectionNumber ? `${sectionNumber} ` : ''}${sectionTitle}`;
}

/** The FTS5 columns of a passage, analysed: owner names, section title, passage text. */
export function indexColumns(owner: Owner, sectionTitle: string, text: string): [string, string, string] {
  return [analyze(ownerNames(owner)).join(' '), analyze(sectionTitle).join(' '), analyze(text).join(' ')];
}

/**
 * Writes a parsed document with its passage vectors in one transaction. A document with the same
 * source name and content is left as it is; a revised one (same source name) replaces the old.
 */
export function saveDocument(db: Db, doc: ParsedDocument, vectors: Float32Array[]): { status: SaveStatus; slug: string } {
  if (vectors.length !== doc.passages.length) throw new Error(`expected ${doc.passages.length} vectors, got ${vectors.length}`);
  return withTransaction(db, () => {
    const existing = db.prepare('SELECT id, slug, content_hash FROM documents WHERE source_name = ?').get(doc.sourceName) as
      | { id: number; slug: string; content_hash: string }
      | undefined;
    if (existing?.content_hash === doc.contentHash) return { status: 'unchanged' as const, slug: existing.slug };
    if (existing) deleteDocumentRows(db, existing.id);
    const slug = existing?.slug ?? uniqueSlug(db, slugFor(doc.sourceName));
    const embedder = storedEmbedder(db);
    if (!embedder) throw new Error('prepareVectors() must run before documents are saved');

    const m = doc.metadata;
    const documentId = Number(
      db.prepare(`INSERT INTO documents (slug, source_name, content_hash, format, title, organisation, organisation_kind, aliases, municipalities,
        period_from, period_to, adopted, page_count, text, page_starts, warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`).run(
        slug, doc.sourceName, doc.contentHash, doc.format, m.title, m.organisation, m.organisationKind, JSON.stringify(m.aliases), JSON.stringify(m.municipalities),
        m.period.from, m.period.to, JSON.stringify(m.adopted), doc.pageCount, doc.text, JSON.stringify(doc.pageStarts), JSON.stringify(doc.warnings), new Date().toISOString(),
      ).lastInsertRowid,
    );

    const sectionIds: number[] = [];
    const insertSection = db.prepare('INSERT INTO sections (document_id, ordinal, number, title, level, parent_id, page_from, page_to, start, end) VALUES (?,?,?,?,?,?,?,?,?,?)');
    doc.sections.forEach((s, i) => {
      const parent = s.parent === null ? null : (sectionIds[s.parent] ?? null);
      sectionIds.push(Number(insertSection.run(documentId, i, s.number, s.title, s.level, parent, s.pageFrom, s.pageTo, s.start, s.end).lastInsertRowid));
    });

    const passageIds: number[] = [];
    const insertPassage = db.prepare('INSERT INTO passages (document_id, section_id, ordinal, text, page_from, page_to, start, end) VALUES (?,?,?,?,?,?,?,?)');
    const insertTerms = db.prepare('INSERT INTO passages_fts (rowid, owner, title, body) VALUES (?, ?, ?, ?)');
    doc.passages.forEach((p, i) => {
      const id = Number(insertPassage.run(documentId, sectionIds[p.section], i, p.text, p.pageFrom, p.pageTo, p.start, p.end).lastInsertRowid);
      passageIds.push(id);
      const section = doc.sections[p.section];
      insertTerms.run(BigInt(id), ...indexColumns(m, section?.title ?? '', p.text));
      insertVector(db, id, vectors[i] ?? new Float32Array(), embedder.dimension);
    });
    const passageAt = (offset: number) => {
      const index = doc.passages.findIndex((p) => offset >= p.start && offset < p.end);
      if (index >= 0) return passageIds[index] ?? null;
      // An offset between passages (a heading, a table cell) belongs to the next passage.
      const next = doc.passages.findIndex((p) => p.start >= offset);
      return passageIds[next >= 0 ? next : doc.passages.length - 1] ?? null;
    };

    const insertGoal = db.prepare('INSERT INTO goals (document_id, section_id, passage_id, ordinal, label, text, kind, measurable, page, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
    const goalIds = doc.goals.map((g, i) => Number(insertGoal.run(documentId, sectionIds[g.section], passageAt(g.start), i, g.label, g.text, g.kind, g.measurable ? 1 : 0, g.page, g.start, g.end).lastInsertRowid));

    const insertBudget = db.prepare(`INSERT INTO budget_items (document_id, section_id, passage_id, ordinal, table_name, label, year, period_from, period_to, amount, kind,
      is_sum, raw, confidence, page, start, end, basis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const budgetIds = doc.budgets.map((b, i) =>
      Number(insertBudget.run(documentId, sectionIds[b.section], passageAt(b.start), i, b.table, b.label, b.year, b.period?.from ?? null, b.period?.to ?? null, b.amount, b.kind, b.isSum ? 1 : 0, b.raw, b.confidence, b.page, b.start, b.end, b.basis ?? null).lastInsertRowid),
    );
    const starts = { section: doc.sections, goal: doc.goals, budget: doc.budgets };
    insertThemeTags(db, doc.themes, { documentId, sections: sectionIds, goals: goalIds, budgets: budgetIds, passages: passageIds, passageOf: (item, index) => passageAt(starts[item][index]?.start ?? 0) });
    return { status: existing ? ('replaced' as const) : ('added' as const), slug };
  });
}

/** Removes a document and everything derived from it (virtual tables have no cascades). */
export function deleteDocumentRows(db: Db, documentId: number): void {
  const ids = (db.prepare('SELECT id FROM passages WHERE document_id = ?').all(documentId) as Array<{ id: number }>).map((row) => BigInt(row.id));
  const deleteTerms = db.prepare('DELETE FROM passages_fts WHERE rowid = ?');
  const deleteVector = db.prepare('DELETE FROM passage_vectors WHERE rowid = ?');
  for (const id of ids) {
    deleteTerms.run(id);
    deleteVector.run(id);
  }
  db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
}

function uniqueSlug(db: Db, base: string): string {
  let slug = base;
  for (let n = 2; db.prepare('SELECT 1 FROM documents WHERE slug = ?').get(slug); n++) slug = `${base}-${n}`;
  return slug;
}
