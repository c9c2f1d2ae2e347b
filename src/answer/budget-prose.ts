import type { PassageRow } from '../store/index.ts';
import { AMOUNT_UNIT_SOURCE } from '../../ingest/structure/budget-words.ts';
import { sentencesOf } from './lookup-sentences.ts';

/**
 * Budget figures stated in running text rather than a table ("Investeringene i velferdsteknologi er
 * anslått til 6,5 millioner kroner i planperioden"): for a
 * strategy without budget tables, the sentences that give an amount of money for something.
 */

/** An amount of money, its unit a word of data/budget-words.json (a share of a budget is left out: "IKT-budsjetter utgjør ca 3 %" is seldom the strategy's own). */
const AMOUNT = new RegExp(`(?<![\\p{L}\\d])\\d{1,3}(?:[ \\u00a0.]\\d{3})*(?:,\\d+)?\\s*(?:${AMOUNT_UNIT_SOURCE})(?![\\p{L}])|(?:NOK|kr\\.?)\\s*\\d`, 'iu');
/** Words that make the amount a cost, budget or investment (not a threshold or a statistic). */
const SPENDING = /(?<![\p{L}])(?:\p{L}*kost\p{L}*|\p{L}*invest\p{L}*|\p{L}*budsjett\p{L}*|\p{L}*budget\p{L}*|finansi\p{L}*|ramme\p{L}*|anslått|anslag|bruker|brukar|sett av|satt av|avsatt|spend\p{L}*|cost\p{L}*|fund\p{L}*|allocat\p{L}*)(?![\p{L}])/iu;

const MAX_SENTENCES = 2;

/** The sentences of a strategy's passages that state a budget amount (on the topic, when `shows` is given). */
export function proseAmounts(passages: PassageRow[], shows: ((text: string) => boolean) | null): Array<{ passage: PassageRow; quote: string }> {
  const found: Array<{ passage: PassageRow; quote: string }> = [];
  for (const passage of passages) {
    for (const { start, end } of sentencesOf(passage.text)) {
      const sentence = passage.text.slice(start, end).trim();
      if (!AMOUNT.test(sentence) || !SPENDING.test(sentence) || (shows && !shows(sentence))) continue;
      found.push({ passage, quote: sentence });
      if (found.length >= MAX_SENTENCES) return found;
    }
  }
  return found;
}
