import { normalize } from '../text/analyze.ts';
import { BUDGET_PATTERNS } from './question-words.ts';

/**
 * A budget question asking what was actually spent: "Hvor mye brukte Lunner faktisk på åpne data i 2025?",
 * "Kva seier rekneskapen …?", "How much did X actually spend on Y?" (data/question-words.json `budget`:
 * accountsAsked, spentAsked). Such a question is answered from the accounts' lines (BudgetItem.basis
 * 'actual', read from "Regnskap 2025" beside "Budsjett 2025"); with the budget named too ("budsjettert og
 * faktisk brukt", budgetNamed) from both, one after the other. Any other budget question reads the budget only.
 */
export interface AccountsAsked {
  /** 'actual': what was spent; 'both': the budget and what was spent. */
  basis: 'actual' | 'both';
  /**
   * True when the question names the accounts or actual spending ("faktisk", "regnskapet", "actually"); false
   * for a verb of spending in the past only ("brukte", "spent"), which asks the budget where no accounts are given.
   */
  explicit: boolean;
}

/** What of the money a question asks beside the budget; null: the budget, as always. */
export function accountsAsked(text: string): AccountsAsked | null {
  const normalized = normalize(text);
  const explicit = BUDGET_PATTERNS.accountsAsked.test(normalized);
  if (!explicit && !BUDGET_PATTERNS.spentAsked.test(normalized)) return null;
  return { basis: BUDGET_PATTERNS.budgetNamed.test(normalized) ? 'both' : 'actual', explicit };
}

/** "faktisk", "brukte", "regnskapet", "actually", "spent": words asking for the accounts, no topic (`accountsWord`). */
export function isAccountsWord(word: string): boolean {
  return BUDGET_PATTERNS.accountsWord.test(normalize(word));
}
