import { createTopicMatcher } from '../search/match.ts';
import { getPassages, listBudgets, rowIdsBySlug, type BudgetRow } from '../store/index.ts';
import { CitationList } from './citations.ts';
import { scopeOf, strategyName, type Composer } from './context.ts';
import { formatMoney, listNames, PHRASES, type Language } from './language.ts';

const MAX_ROWS = 20;

/** "Hvor mye har Kongsbergregionen budsjettert til velferdsteknologi i 2017?": amounts with year, table and label. */
export const composeBudget: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const scope = scopeOf(context, question);
  const ids = rowIdsBySlug(context.db, scope.map((document) => document.id));
  const matcher = createTopicMatcher(question.topic, context.thesaurus);
  const matching = (year?: number) =>
    dedupe(listBudgets(context.db, ids, year, question.topic ? matcher.fragments : null).filter((row) => (question.topic ? !row.isSum && matcher.matches(`${row.label} ${row.table}`) : !row.isSum)));
  let rows = question.year === null ? matching() : matching(question.year);
  const lines: string[] = [];
  if (rows.length === 0 && question.year !== null) {
    rows = matching();
    if (rows.length > 0) lines.push(phrases.budgetNoYear(question.year));
  }
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  if (rows.length === 0) return { ...base, answer: phrases.budgetNone(question.topic || question.text), citations: [] };
  if (lines.length === 0) lines.push(phrases.budgetIntro(question.topic));
  const passages = getPassages(context.db, rows.flatMap((row) => (row.passageId ? [row.passageId] : [])));
  const citations = new CitationList();
  for (const row of rows.slice(0, MAX_ROWS)) {
    const document = scope.find((d) => d.id === row.documentId);
    const passage = row.passageId ? passages.get(row.passageId) : undefined;
    const cite = passage && document ? ` [${citations.cite(passage, document, row.label)}]` : '';
    lines.push(`• ${row.organisation}, ${when(row, question.language)}: ${formatMoney(row.amount, question.language)} – ${row.label} (${phrases.inTable} «${row.table}», ${phrases.page} ${row.page})${cite}`);
  }
  const without = scope.filter((document) => !rows.some((row) => row.documentId === document.id));
  if (question.topic && new Set(scope.map((document) => document.organisation)).size > 1 && without.length > 0) lines.push(phrases.noBudgetFor(listNames(without.map(strategyName), question.language)));
  return { ...base, answer: lines.join('\n'), citations: citations.items };
};

function when(row: BudgetRow, language: Language): string {
  const phrases = PHRASES[language];
  if (row.year !== null) return String(row.year);
  if (row.period) return `${row.period.from ?? '?'}–${row.period.to ?? '?'} (${phrases.perYear})`;
  return `? (${phrases.uncertainYear})`;
}

/** The same amount for the same year in one strategy is one line (a detail table and its summary). */
function dedupe(rows: BudgetRow[]): BudgetRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.documentId}|${row.year ?? row.id}|${row.amount}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
