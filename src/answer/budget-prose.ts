import type { PassageRow } from '../store/index.ts';
import { AMOUNT_UNIT_SOURCE, SPENDING } from '../../ingest/structure/budget-words.ts';
import { sentencesOf } from './lookup-sentences.ts';

/**
 * Budget figures stated in running text rather than a table ("Investeringene i velferdsteknologi er
 * anslått til 6,5 millioner kroner i planperioden"): for a
 * strategy without budget tables, the sentences that give an amount of money for something.
 */

/** An amount of money, its unit a word of data/budget-words.json (a share of a budget is left out: "IKT-budsjetter utgjør ca 3 %" is seldom the strategy's own). */
const AMOUNT = new RegExp(`(?<![\\p{L}\\d])\\d{1,3}(?:[ \\u00a0.]\\d{3})*(?:,\\d+)?\\s*(?:${AMOUNT_UNIT_SOURCE})(?![\\p{L}])|(?:NOK|kr\\.?)\\s*\\d`, 'iu');

const MAX_SENTENCES = 2;

/** The sentences of a strategy's passages that state a budget amount (on the topic, when `shows` is given). */
export function proseAmounts(passages: PassageRow[], shows: ((text: string) => boolean) | null): Array<{ passage: PassageRow; quote: string }> {
  const found: Array<{ passage: PassageRow; quote: string }> = [];
  for (const passage of passages) {
    const sentences = sentencesOf(passage.text).map(({ start, end }) => passage.text.slice(start, end).trim());
    sentences.forEach((sentence, i) => {
      if (found.length >= MAX_SENTENCES || !AMOUNT.test(sentence) || (shows && !shows(sentence))) return;
      // The sentence after it may split the amount up ("… er rekna til 1,6 millionar kroner. Av dette er 700 000 kroner sette av i 2025 og …").
      const next = sentences[i + 1];
      const quote = next && AMOUNT.test(next) && SPENDING.test(`${sentence} ${next}`) ? `${sentence} ${next}` : sentence;
      if (SPENDING.test(quote)) found.push({ passage, quote });
    });
    if (found.length >= MAX_SENTENCES) return found;
  }
  return found;
}
