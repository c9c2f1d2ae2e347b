import { resolveConcept, termStats } from '../search/match.ts';
import { documentRowIds, getPassages, getTaggedItems, listDocuments, themeTagSummary, type Db, type ThemeCell } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { loadVocabulary, type VocabularyLanguage } from '../text/vocabulary.ts';
import { sentenceAt } from '../text/sentences.ts';

/** Strength of a matrix cell: a focus area counts as a goal. */
export type CellStrength = 'goal' | 'measure' | 'budget' | 'mention';

export interface ThemeMatrix {
  themes: Array<{ id: string; label: string; broader: string[]; narrower: string[] }>;
  organisations: Array<{ name: string; documents: Array<{ id: string; title: string; period: { from: number | null; to: number | null } }> }>;
  cells: Array<{ theme: string; documentId: string; organisation: string; strength: CellStrength; count: number; evidence: Array<{ passageId: number; url: string; quote: string }> }>;
}

/** Above this many cells the matrix comes without evidence quotes (ask with q= or documentId= for them). */
export const MAX_CELLS_WITH_EVIDENCE = 5000;

/**
 * The theme × organisation matrix from the stored tags (GET /api/themes): the vocabulary's themes
 * labelled in `language`, optionally only those a topic `q` names (or whose label contains it), and
 * optionally one document; each cell with its strongest evidence.
 */
export function themeMatrix(db: Db, options: { language: VocabularyLanguage; q?: string | undefined; documentId?: string | undefined }): ThemeMatrix {
  const vocabulary = loadVocabulary();
  let themeIds = vocabulary.themes.map((theme) => theme.id);
  if (options.q) {
    const concept = resolveConcept(options.q, vocabulary, termStats(db));
    const wanted = normalize(options.q);
    themeIds = concept.kind === 'theme' ? concept.themes : vocabulary.themes.filter((theme) => Object.values(theme.prefLabel).some((label) => normalize(label).includes(wanted))).map((theme) => theme.id);
  }
  const documents = listDocuments(db).filter((document) => !options.documentId || document.id === options.documentId);
  const rowIds = documentRowIds(db, options.documentId ? [options.documentId] : null);
  const bySlug = new Map(documents.map((document) => [document.id, document]));
  const slugByRow = new Map([...rowIds].map(([slug, id]) => [id, slug]));
  const cells = themeTagSummary(db, options.documentId ? [...rowIds.values()] : null, options.q ? themeIds : null);
  const quotes = cells.length <= MAX_CELLS_WITH_EVIDENCE ? evidenceQuotes(db, cells) : new Map<ThemeCell, string>();
  const passages = cells.length <= MAX_CELLS_WITH_EVIDENCE ? getPassages(db, [...new Set(cells.flatMap((cell) => (cell.passageId === null ? [] : [cell.passageId])))]) : new Map();
  const organisations = new Map<string, ThemeMatrix['organisations'][number]>();
  for (const document of documents) {
    const entry = organisations.get(document.organisation) ?? { name: document.organisation, documents: [] };
    entry.documents.push({ id: document.id, title: document.title, period: document.period });
    organisations.set(document.organisation, entry);
  }
  return {
    themes: themeIds.map((id) => vocabulary.byId.get(id)!).map((theme) => ({ id: theme.id, label: theme.prefLabel[options.language], broader: theme.broader, narrower: theme.narrower })),
    organisations: [...organisations.values()],
    cells: cells.flatMap((cell) => {
      const document = bySlug.get(slugByRow.get(cell.documentRowId) ?? '');
      if (!document) return [];
      const passage = cell.passageId === null ? undefined : passages.get(cell.passageId);
      const quote = quotes.get(cell) ?? (cell.item === 'document' ? document.title : undefined);
      return [{
        theme: cell.theme, documentId: document.id, organisation: document.organisation,
        strength: cell.strength === 'focus' ? 'goal' : cell.strength, count: cell.count,
        evidence: passage && quote ? [{ passageId: passage.id, url: passage.url, quote }] : [],
      }];
    }),
  };
}

/** The text that shows each cell's theme: the goal, budget label, heading or mentioning sentence. */
function evidenceQuotes(db: Db, cells: ThemeCell[]): Map<ThemeCell, string> {
  const items = getTaggedItems(db, cells);
  const passages = getPassages(db, [...new Set(cells.flatMap((cell) => (cell.item === 'passage' && cell.passageId !== null ? [cell.passageId] : [])))]);
  const result = new Map<ThemeCell, string>();
  for (const cell of cells) {
    const id = cell.itemId ?? -1;
    const text = cell.item === 'goal' ? items.goal.get(id)?.text : cell.item === 'budget' ? items.budget.get(id)?.text : cell.item === 'section' ? items.section.get(id)?.text
      : cell.item === 'passage' ? (passages.get(cell.passageId ?? -1) ? sentenceAt(passages.get(cell.passageId ?? -1)!.text, cell.offset) : undefined) : undefined;
    if (text) result.set(cell, text);
  }
  return result;
}
