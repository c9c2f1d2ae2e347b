/** The store: SQLite with FTS5 and sqlite-vec. Synchronous, like better-sqlite3 itself. */
export { isDatabaseDamage, openDatabase, quickCheck, RESTORE_ADVICE, withTransaction, type Db } from './db.ts';
export * from './read.ts';
export * from './goal-budget-rows.ts';
export { withActualFigures, type ActualFigure, type BudgetRowWithActual } from './budget-actuals.ts';
export { indexColumns, isUnchanged, passageHeader, saveDocument, slugFor, type SaveStatus } from './write.ts';
export { insertVector, prepareVectors, resetVectors, storedEmbedder, type EmbedderIdentity } from './vectors.ts';
export { documentRowIds, getTaggedItems, listThemeTags, retagDocuments, storedThemesVersion, themeTagSummary, type TaggedItemText, type ThemeCell, type ThemeTagRow } from './themes.ts';
