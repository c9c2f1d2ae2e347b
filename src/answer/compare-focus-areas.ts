import { firstPassagesOfSections, getDocumentPassages, getPassages, getSections, sectionLabel, type DocumentSummary, type GoalRow, type SectionRow } from '../store/index.ts';
import { normalize } from '../text/analyze.ts';
import { labelsOneArea } from '../../ingest/structure/goal-vocabulary.ts';
import { COMPARE_PHRASES } from './compare-phrases.ts';
import type { CitationList } from './citations.ts';
import type { ComposeContext } from './context.ts';
import { kindWordsIn } from './goal-kinds.ts';
import { sentencesOf } from './lookup-sentences.ts';
import type { Language } from './language.ts';

const AREAS_SHOWN = 12;

/** A strategy and its goals: what its focus areas are read from. */
export interface FocusColumn {
  document: DocumentSummary;
  goals: GoalRow[];
}

/**
 * A strategy's focus areas, asked of it ("Kva satsingsområde har tiltaksplanen?") or in a comparison
 * ("Hvordan skiller satsingsområdene i Kongsbergregionens eStrategi seg fra …"): its goals of kind
 * focus-area, or, where it marks none, the headings its goals stand under, counted — «satsingsområder (9): 1 Digital dialog, 2 Strategisk
 * ledelse og IKT, …». Cited by a sentence of the strategy that names its focus areas (one giving their
 * number first: "… 9 satsningsområder og ca 50 mål"), else by the headings themselves.
 */
export function focusAreaParts(context: ComposeContext, column: FocusColumn, citations: CitationList, language: Language): string[] {
  const marked = column.goals.filter((goal) => goal.kind === 'focus-area');
  const named = marked.length > 0 ? [] : areaHeadings(context, column.document);
  const areas = marked.length > 0 ? marked.map((goal) => goal.text) : named.length >= 2 ? named.map((section) => sectionLabel(section.number, section.title)) : [...new Set(column.goals.map((goal) => goal.section).filter(Boolean))];
  if (areas.length === 0) return [];
  const shown = areas.slice(0, AREAS_SHOWN).map((area) => `«${area}»`).join(', ') + (areas.length > AREAS_SHOWN ? ' …' : '');
  const stated = statingSentence(context, column);
  let cites: number[];
  // A sentence counting the areas ("… 9 satsningsområder og ca 50 mål") cites them best; else their own headings.
  if (stated && (stated.counted || named.length < 2)) cites = [citations.citeExact(stated.passage, column.document, stated.quote)];
  else if (named.length >= 2) cites = [...firstPassagesOfSections(context.db, named.slice(0, 3).map((section) => section.id)).values()].map((passage) => citations.cite(passage, column.document, passage.section.title));
  else cites = headingCitations(context, column, marked.length > 0 ? marked : column.goals, citations);
  return [`${COMPARE_PHRASES[language].focusAreas} (${areas.length}): ${shown}${cites.length > 0 ? ` ${cites.map((n) => `[${n}]`).join(' ')}` : ''}`];
}

/** The first sentence of the strategy naming its focus areas by a word of the kind, one with a number before any other. */
function statingSentence(context: ComposeContext, column: FocusColumn) {
  const found: Array<{ passage: ReturnType<typeof getDocumentPassages>[number]; quote: string; counted: boolean }> = [];
  for (const passage of getDocumentPassages(context.db, column.document.id)) {
    for (const { start, end } of sentencesOf(passage.text)) {
      const quote = passage.text.slice(start, end).trim();
      const words = kindWordsIn(normalize(quote)).filter((word) => FOCUS_WORD.test(word));
      if (words.length === 0 || quote.length > 300) continue;
      const counted = words.some((word) => new RegExp(`(?<![\\p{L}\\d])(?:\\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\\s+${word}`, 'u').test(normalize(quote)));
      found.push({ passage, quote, counted });
    }
  }
  return found.find((item) => item.counted) ?? found[0] ?? null;
}

/**
 * Headings that name a focus area by the kind's word and its own ("Innsatsområde 2: eSamhandling"), not the
 * container ("3 Innsatsområder") or a heading about them ("Valg av innsatsområder"); else the headings
 * under the first heading naming the areas.
 */
function areaHeadings(context: ComposeContext, document: DocumentSummary): SectionRow[] {
  const sections = getSections(context.db, document.id);
  const namesAreas = (section: SectionRow) => kindWordsIn(normalize(section.title)).some((word) => FOCUS_WORD.test(word));
  const labelled = sections.filter((section) => namesAreas(section) && labelsOneArea(section.title));
  if (labelled.length >= 2) return labelled;
  // Else the headings under the one naming the areas ("3 Felles satsingsområder for 2010-2013" → "3.1 Folkevalgte og lokaldemokrati", …).
  for (const container of sections.filter(namesAreas)) {
    const children = sections.filter((section) => section.parentId === container.id);
    if (children.length >= 2) return children;
  }
  return [];
}

/** Words of focus areas as goal-kinds reads them (satsingsområde, innsatsområde, fokusområde, tiltaksområde, focus area, priorit…). */
const FOCUS_WORD = /område|omrade|focus|priorit|grep/u;

/** One citation per heading the areas stand under, where the heading's words are in its passage. */
function headingCitations(context: ComposeContext, column: FocusColumn, goals: GoalRow[], citations: CitationList): number[] {
  const passages = getPassages(context.db, goals.flatMap((goal) => (goal.passageId ? [goal.passageId] : [])));
  const cited = new Map<string, number>();
  for (const goal of goals) {
    const passage = goal.passageId ? passages.get(goal.passageId) : undefined;
    const heading = passage?.section.title ?? '';
    if (!passage || !heading || cited.has(heading) || !passage.text.includes(heading)) continue;
    cited.set(heading, citations.citeExact(passage, column.document, heading));
    if (cited.size >= 3) break;
  }
  return [...cited.values()];
}
