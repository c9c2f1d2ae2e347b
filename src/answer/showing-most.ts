import type { TopicParts } from './compare-topic-parts.ts';
import { TOP_SHARE } from './compare-topic-parts.ts';
import { normalize } from '../text/analyze.ts';
import { COORDINATED, isAlternativeWord } from './question-words.ts';
import { findThemeLabels, widestMatches, withNarrower, type Vocabulary } from '../text/vocabulary.ts';

/**
 * Of the evidence an answer would cite, the pieces that show the most of a topic with several parts
 * (themes it names, specific words beside them; compare-topic-parts.ts): "digital kompetanse hos
 * ansatte i barnehage og skole" is shown by «Alle ansatte i barnehage og skole skal ha profesjonsfaglig
 * digital kompetanse», not by a goal that names only «barnehager og skoler»; "andel IKT-budsjetter
 * utgjør" by the sentence on the ICT budgets, not by a further one that only shares «utgjør». A piece
 * is kept when it is its group's first (the ranking's choice) or shows at least TOP_SHARE of what the best piece of its group (one strategy's, one
 * organisation's) shows. A topic of one part, or a group where no piece shows any part, is left as it is.
 */
export function showingMost<T>(items: T[], textOf: (item: T) => string, parts: TopicParts, groupOf: (item: T) => string = () => ''): T[] {
  if (parts.parts.length < 2) return items;
  const scores = new Map(items.map((item) => [item, parts.score(textOf(item))]));
  const best = new Map<string, number>();
  for (const item of items) best.set(groupOf(item), Math.max(best.get(groupOf(item)) ?? 0, scores.get(item) ?? 0));
  // The first piece of each group is the ranking's own choice (it weighs the kind of answer asked too): it stays.
  const firsts = new Set([...new Map(items.map((item) => [groupOf(item), item] as const).reverse()).values()]);
  return items.filter((item) => {
    const top = best.get(groupOf(item)) ?? 0;
    return firsts.has(item) || top === 0 || (scores.get(item) ?? 0) >= top * TOP_SHARE;
  });
}

/**
 * The parts a question's named themes make, read from its wording: themes joined by "og", "eller",
 * "and", "or" or a comma are alternatives, one part ("barnehage og skole"), and so are themes with "eller"
 * or "or" anywhere between them ("automatisere oppgaver eller ta i bruk KI"); a theme joined to the next
 * any other way qualifies it, a part of its own ("digital kompetanse hos ansatte i barnehage og skole":
 * two parts). Each part is the set of themes (with those under them) a text shows it by. Null when a
 * named theme is not in the question's words (a topic carried over from the question before).
 */
export function themeParts(question: string, named: string[], vocabulary: Vocabulary): Array<Set<string>> | null {
  if (named.length < 2) return null;
  const wanted = new Set(named);
  const matches = findThemeLabels(vocabulary, question).filter((m) => wanted.has(m.theme));
  // The widest match at each place: "informasjonssikkerhet og personvern" is one theme, not two.
  const widest = widestMatches(matches).sort((a, b) => a.start - b.start);
  if (!named.every((id) => widest.some((m) => m.theme === id))) return null;
  const parts: Array<Set<string>> = [];
  widest.forEach((match, i) => {
    const between = i === 0 ? null : normalize(question.slice(widest[i - 1]!.end, match.start));
    // "automatisere oppgaver eller ta i bruk KI": a word of alternatives anywhere between them joins them too.
    // Side by side with nothing between ("information security training") the first qualifies the next.
    const joined = between !== null && between.trim() !== '' && (COORDINATED.test(between) || between.split(/[^\p{L}]+/u).some(isAlternativeWord));
    const themes = new Set(withNarrower(vocabulary, match.theme));
    if (joined) for (const theme of themes) parts.at(-1)!.add(theme);
    else parts.push(themes);
  });
  return parts;
}


/**
 * Of the goals (or other evidence) on a topic of several parts, those that show every part where some
 * piece of the same group does: «Alle ansatte i barnehage og skole skal ha profesjonsfaglig digital
 * kompetanse», not «Barnehager og skoler skal bruke felles løsninger …», for "digital kompetanse hos
 * ansatte i barnehage og skole". A group where no piece shows the whole topic is left as it is.
 */
export function showingWhole<T>(items: T[], textOf: (item: T) => string, parts: Array<Set<string>> | null, vocabulary: Vocabulary, groupOf: (item: T) => string = () => ''): T[] {
  if (!parts || parts.length < 2) return items;
  const whole = (item: T) => {
    const found = new Set(findThemeLabels(vocabulary, textOf(item)).map((m) => m.theme));
    return parts.every((part) => [...part].some((theme) => found.has(theme)));
  };
  const complete = new Set(items.filter(whole));
  const groups = new Set([...complete].map(groupOf));
  return items.filter((item) => !groups.has(groupOf(item)) || complete.has(item));
}
