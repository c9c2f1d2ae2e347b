import { expect } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { getPassage, type Db } from '../../src/store/index.ts';

/** A no-break space: answers group thousands with it ("1 200 000 kr"). */
export const NBSP = '\u00a0';

/** An amount as answers print it: "2 450 000" → "2 450 000 kr" with no-break spaces. */
export const kr = (digits: string) => `${digits.replace(/ /g, NBSP)}${NBSP}kr`;

/**
 * Every citation quotes its passage verbatim (more than a few characters), links to it with its page,
 * and is referred to in the text, and every [n] in the text is a citation; `cited` (default true) also asks for at least one citation.
 */
export function expectGrounded(db: Db, answer: Answer, options: { cited?: boolean } = {}): void {
  if (options.cited ?? true) expect(answer.citations.length).toBeGreaterThan(0);
  for (const citation of answer.citations) {
    const passage = getPassage(db, citation.passageId);
    expect(passage, `passage ${citation.passageId}`).not.toBeNull();
    expect(passage!.text).toContain(citation.quote);
    expect(citation.quote.trim().length).toBeGreaterThan(3);
    expect(citation.url).toBe(`/documents/${citation.documentId}#p-${citation.passageId}`);
    expect(citation.page).toBe(passage!.page);
    expect(answer.answer).toContain(`[${citation.n}]`);
  }
  for (const m of answer.answer.matchAll(/\[(\d+)\]/g)) expect(answer.citations.map((c) => c.n)).toContain(Number(m[1]));
}

/** The part of a coverage answer that names the strategies addressing the topic (before "Tar ikke opp …"). */
export const addressing = (answer: { answer: string }) => answer.answer.split(/\n(?:Tar ikke opp|Tek ikkje opp|Not addressed)/)[0] ?? '';
