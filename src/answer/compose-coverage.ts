import { createTopicMatcher } from '../search/match.ts';
import { CitationList } from './citations.ts';
import { byOrganisation, scopeOf, strategyName, type Composer } from './context.ts';
import { assessCoverage } from './coverage.ts';
import { listNames, PHRASES, type Language } from './language.ts';

/**
 * "Hvilke kommuner prioriterer velferdsteknologi?": one line per organisation that has the topic as a
 * goal, focus area or budget line, with its strongest evidence cited, then the strategies that do not.
 */
export const composeCoverage: Composer = async (context, question) => {
  const phrases = PHRASES[question.language];
  const base = { intent: question.intent, language: question.language, topic: question.topic };
  if (!question.topic) return { ...base, answer: phrases.noTopic, citations: [] };
  const coverage = assessCoverage(context.db, scopeOf(context, question), createTopicMatcher(question.topic, context.thesaurus));
  const addressing = coverage.filter((item) => item.strength >= 2);
  const citations = new CitationList();
  const lines: string[] = [];
  for (const [organisation, items] of byOrganisation(addressing)) {
    const evidence = items.flatMap((item) => item.evidence.filter((e) => e.kind !== 'mention').map((e) => ({ e, document: item.document })));
    const shown = pickDistinct(evidence, 2).map(({ e, document }) => {
      const n = citations.cite(e.passage, document, e.text);
      const label = phrases.evidence[e.goal && e.goal.kind !== 'goal' ? e.goal.kind : e.kind] ?? e.kind;
      const number = e.goal?.number ? ` ${e.goal.number}` : '';
      return `${label}${number}: «${truncate(e.text, 160)}» [${n}]`;
    });
    const titles = items.map((item) => item.document.title).join('; ');
    lines.push(`• ${organisation} (${titles}): ${shown.join('; ')}`);
  }
  const absent = coverage.filter((item) => item.strength < 2);
  const mentionedOnly = absent.filter((item) => item.strength === 1).map((item) => strategyName(item.document));
  const text = [
    addressing.length > 0 ? phrases.coverageIntro(question.topic) : phrases.coverageNone(question.topic),
    ...lines,
    absent.length > 0 ? phrases.notAddressed(listNames(capped(absent.map((item) => strategyName(item.document)), question.language), question.language)) : '',
    mentionedOnly.length > 0 ? phrases.mentionedOnly(listNames(capped(mentionedOnly, question.language), question.language)) : '',
  ].filter(Boolean);
  return { ...base, answer: text.join('\n'), citations: citations.items };
};

const MAX_NAMES = 15;

/** A long list of names is cut to the first ones and a count ("… og 40 andre"). */
function capped(names: string[], language: Language): string[] {
  if (names.length <= MAX_NAMES) return names;
  return [...names.slice(0, MAX_NAMES), language === 'en' ? `${names.length - MAX_NAMES} others` : `${names.length - MAX_NAMES} andre`];
}

/** Up to `count` pieces of evidence of different kinds, strongest first. */
function pickDistinct<T extends { e: { kind: string } }>(evidence: T[], count: number): T[] {
  const picked: T[] = [];
  for (const item of evidence) if (!picked.some((p) => p.e.kind === item.e.kind) && picked.length < count) picked.push(item);
  return picked;
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
