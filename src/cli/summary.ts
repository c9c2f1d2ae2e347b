import type { IngestResult } from '../load.ts';

/** Prints one block per ingested file and a closing count line. */
export function printSummary(results: IngestResult[]): void {
  for (const result of results) {
    if (result.status === 'failed') {
      console.log(`✗ ${result.file}: ${result.error.code}: ${result.error.message}`);
      continue;
    }
    const s = result.summary;
    console.log(`✓ ${result.file} → ${result.documentId} (${result.status}): ${result.organisation} – ${result.title}`);
    console.log(`    ${s.sections} sections, ${s.goals} goals, ${s.budgetItems} budget rows, ${s.passages} passages`);
    for (const warning of s.warnings) console.log(`    warning: ${warning}`);
  }
  const failed = results.filter((result) => result.status === 'failed').length;
  const counts = ['added', 'replaced', 'unchanged'].map((status) => `${results.filter((result) => result.status === status).length} ${status}`).join(', ');
  console.log(`${results.length} file(s): ${counts}, ${failed} failed`);
}

