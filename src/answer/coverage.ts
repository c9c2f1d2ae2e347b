import { lexicalSearch } from '../search/retrieve.ts';
import type { TopicMatcher } from '../search/match.ts';
import { firstPassagesOfSections, getPassages, getSectionsOf, listBudgets, listGoals, rowIdsBySlug, sectionLabel, type BudgetRow, type Db, type DocumentSummary, type GoalRow, type PassageRow } from '../store/index.ts';
import { analyze } from '../text/analyze.ts';

/** How a strategy addresses a topic, strongest first: a stated goal or focus area beats a budget line beats a mention. */
export type EvidenceKind = 'goal' | 'focus' | 'budget' | 'mention';

export interface Evidence {
  kind: EvidenceKind;
  /** The goal text, focus-area heading, budget label or mentioning sentence. */
  text: string;
  passage: PassageRow;
  goal?: GoalRow;
  budget?: BudgetRow;
}

export interface DocumentCoverage {
  document: DocumentSummary;
  /** 3: goal or focus area; 2: budget line; 1: mentioned only; 0: absent. */
  strength: number;
  evidence: Evidence[];
  counts: { goals: number; focusAreas: number; budgetItems: number; passages: number };
}

const STRENGTH: Record<EvidenceKind, number> = { goal: 3, focus: 3, budget: 2, mention: 1 };

/**
 * For each document: the goals, focus areas (section headings), budget rows and passages that match
 * the topic. Page chrome never reaches the store, so it can never count as evidence.
 */
export function assessCoverage(db: Db, documents: DocumentSummary[], matcher: TopicMatcher): DocumentCoverage[] {
  const ids = rowIdsBySlug(db, documents.map((document) => document.id));
  const sectionsBySlug = getSectionsOf(db, documents.map((document) => document.id));
  const goals = listGoals(db, ids, matcher.fragments).filter((goal) => matcher.matches(goal.text));
  const budgets = listBudgets(db, ids, undefined, matcher.fragments).filter((row) => !row.isSum && matcher.matches(`${row.label} ${row.table}`));
  const searchTerms = [...new Set(matcher.concepts.flat(2))];
  const hits = lexicalSearch(db, searchTerms.flatMap((term) => analyze(term)), 400, ids);
  const passages = getPassages(db, [...new Set([...hits.map((hit) => hit.id), ...goals.flatMap((g) => (g.passageId ? [g.passageId] : [])), ...budgets.flatMap((b) => (b.passageId ? [b.passageId] : []))])]);
  const mentioning = [...passages.values()].filter((passage) => matcher.matches(passage.text));

  const goalsByDoc = groupBy(goals, (goal) => goal.documentId);
  const budgetsByDoc = groupBy(budgets, (row) => row.documentId);
  const mentionsByDoc = groupBy(mentioning, (passage) => passage.documentId);
  const focusSections = documents.flatMap((document) => (sectionsBySlug.get(document.id) ?? []).filter((s) => s.level > 0 && matcher.matches(s.title)).map((section) => ({ document, section })));
  const firstPassages = firstPassagesOfSections(db, focusSections.map((item) => item.section.id));
  const focusByDoc = groupBy(focusSections, (item) => item.document.id);

  return documents.map((document) => {
    const evidence: Evidence[] = [];
    for (const goal of goalsByDoc.get(document.id) ?? []) {
      const passage = goal.passageId ? passages.get(goal.passageId) : undefined;
      if (passage) evidence.push({ kind: 'goal', text: goal.text, passage, goal });
    }
    for (const { section } of focusByDoc.get(document.id) ?? []) {
      const passage = firstPassages.get(section.id);
      if (passage) evidence.push({ kind: 'focus', text: sectionLabel(section.number, section.title), passage });
    }
    for (const row of budgetsByDoc.get(document.id) ?? []) {
      const passage = row.passageId ? passages.get(row.passageId) : undefined;
      if (passage) evidence.push({ kind: 'budget', text: row.label, passage, budget: row });
    }
    const mentions = mentionsByDoc.get(document.id) ?? [];
    for (const passage of mentions) evidence.push({ kind: 'mention', text: bestSentence(passage.text, matcher), passage });
    evidence.sort((a, b) => STRENGTH[b.kind] - STRENGTH[a.kind]);
    return {
      document,
      strength: evidence.reduce((max, item) => Math.max(max, STRENGTH[item.kind]), 0),
      evidence,
      counts: {
        goals: evidence.filter((e) => e.kind === 'goal').length,
        focusAreas: evidence.filter((e) => e.kind === 'focus').length,
        budgetItems: evidence.filter((e) => e.kind === 'budget').length,
        passages: mentions.length,
      },
    };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The sentence of a passage that matches the topic best (first on ties). */
export function bestSentence(text: string, matcher: TopicMatcher): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[\p{Lu}«"\d])/u).map((s) => s.trim()).filter(Boolean);
  let best = sentences[0] ?? text;
  let bestScore = -1;
  for (const sentence of sentences) {
    const score = matcher.score(sentence) - sentence.length / 100000;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}
