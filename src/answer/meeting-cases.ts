import type { DocumentSummary, PassageRow } from '../store/index.ts';
import { caseNumberOf } from '../../ingest/structure/meeting-minutes.ts';
import { normalize } from '../text/analyze.ts';

/**
 * The minutes of a political meeting (møteprotokoll) hold many cases, and only one of them is the
 * strategy: ingest makes each case a section numbered by its case number ("PS 14/26", "KS-15/26",
 * data/meeting-minutes.json), its labelled parts ("Behandling", "Votering") sections after it. What
 * another case decides ("Investeringsbudsjettet for 2026 økes med 4,8 mill. kr til ny mannskapsbil")
 * is no part of the strategy: its budget, its figures, are the strategy's own case's alone.
 */

/**
 * The passages of a document that belong to the strategy's own case, in minutes whose cases are
 * sections: the case numbered as an adoption record of the document, or else titled as the document
 * is; the passages before the first case (the meeting's opening) stay too. Every passage where the
 * document is no minutes of several cases, or none of its cases is recognised as the strategy's.
 */
export function ownCasePassages(document: Pick<DocumentSummary, 'title' | 'adopted'>, passages: PassageRow[]): PassageRow[] {
  const cases = new Map<string, string>();
  for (const passage of passages) {
    const number = caseNumberOf(passage.section.number);
    if (number && !cases.has(number)) cases.set(number, passage.section.title);
  }
  if (cases.size < 2) return passages;
  const adoptedIn = new Set(document.adopted.flatMap((record) => (record.caseNumber ? [record.caseNumber.trim()] : [])));
  const title = normalize(document.title);
  const own = [...cases].find(([number]) => adoptedIn.has(number)) ?? [...cases].find(([, caseTitle]) => normalize(caseTitle) === title);
  if (!own) return passages;
  let current: string | null = null;
  return passages.filter((passage) => {
    current = caseNumberOf(passage.section.number) ?? current;
    return current === null || current === own[0];
  });
}
