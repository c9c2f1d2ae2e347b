/**
 * npm run eval:rephrasings — answers that must agree with each other, needing no golden answers: for
 * every theme of data/themes.json, over the development corpus,
 *   1. coverage asked by each of its labels (bokmål, nynorsk, English) names the organisations its
 *      preferred label names (a label shared by two themes may name more);
 *   2. coverage asked in colloquial wordings names the organisations the plain question names;
 *   3. a goal look-up of an organisation that coverage names, in several wordings, cites that organisation
 *      (no false "not found");
 *   4. a comparison of two organisations that coverage names, in several wordings, is a comparison naming both.
 * Prints each disagreement and a summary; `--quiet` prints the summary only. A tool for finding what
 * rephrasing breaks, not a score to tune: the golden sets' held-out half is the score.
 */
import { listDocuments } from '../src/store/index.ts';
import { loadVocabulary } from '../src/text/vocabulary.ts';
import type { Answer } from '../src/answer/index.ts';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
import { evaluationPaths, scoreAnswer } from './answer-eval.ts';

type Language = 'nb' | 'nn' | 'en';
const quiet = process.argv.includes('--quiet');
const store = await buildCorpusStore(evaluationPaths());
const documents = listDocuments(store.db);
const vocabulary = loadVocabulary();

/** The organisations a coverage answer names as addressing its topic (as the golden-answer scorer reads it). */
const named = (question: string, answer: Answer) =>
  [...scoreAnswer({ id: 'r', split: 'tune', category: 'coverage', language: 'nb', question, expect: { organisations: [] } }, answer, documents).named].sort().join(', ');
const coverage = async (question: string) => named(question, await store.answerer.ask(question));
/** How a question names an organisation: "Sørum", "Øvre Romerike". */
const shortName = (organisation: string) => organisation.replace(/ (?:fylkes)?kommune$/, '').replace(/ \(ØRU\)$/, '');
const report = (line: string) => {
  if (!quiet) console.log(line);
};

const plain: Record<Language, (label: string) => string> = {
  nb: (label) => `Hvilke kommuner tar opp ${label}?`,
  nn: (label) => `Kva kommunar tek opp ${label}?`,
  en: (label) => `Which municipalities take up ${label}?`,
};
const colloquial: Array<[Language, (label: string) => string]> = [
  ['nb', (label) => `hvem driver med ${label}?`],
  ['nb', (label) => `${label} - hvem har det i strategien sin`],
  ['nb', (label) => `Finnes det strategier med mål om ${label}?`],
  ['nn', (label) => `Er det nokon kommunar som vil satse på ${label}?`],
  ['en', (label) => `is anyone doing anything on ${label}?`],
  ['en', (label) => `Who's got plans for ${label}?`],
  ['en', (label) => `Which municipalities are investing in ${label}?`],
];
const lookups: Array<[Language, (organisation: string, label: string) => string]> = [
  ['nb', (organisation, label) => `Hva er ${organisation} sine mål for ${label}?`],
  ['nb', (organisation, label) => `hva sier ${organisation.toLowerCase()} om ${label}`],
  ['nn', (organisation, label) => `Kva vil ${organisation} gjere med ${label}?`],
  ['en', (organisation, label) => `What are ${organisation}'s plans for ${label}?`],
];
const comparisons: Array<[Language, (a: string, b: string, label: string) => string]> = [
  ['nb', (a, b, label) => `Sammenlign ${a} og ${b} på ${label}`],
  ['nb', (a, b, label) => `${a.toLowerCase()} vs ${b.toLowerCase()} på ${label}?`],
  ['nn', (a, b, label) => `Korleis skil ${a} og ${b} seg når det gjeld ${label}?`],
  ['en', (a, b, label) => `Compare ${a}'s and ${b}'s approach to ${label}.`],
];

const tally = { labels: { agree: 0, total: 0 }, colloquial: { agree: 0, total: 0 }, lookups: { agree: 0, total: 0 }, comparisons: { agree: 0, total: 0 } };
for (const theme of vocabulary.themes) {
  const base = await coverage(plain.nb(theme.prefLabel.nb));
  for (const language of ['nb', 'nn', 'en'] as const) {
    for (const label of [theme.prefLabel[language], ...theme.altLabel[language]]) {
      const got = await coverage(plain[language](label));
      tally.labels.total++;
      if (got === base) tally.labels.agree++;
      else report(`label ${theme.id} «${label}» (${language}): ${got || '–'} | preferred label: ${base || '–'}`);
    }
  }
  for (const [language, wording] of colloquial) {
    const question = wording(theme.prefLabel[language]);
    const got = await coverage(question);
    tally.colloquial.total++;
    if (got === base) tally.colloquial.agree++;
    else report(`colloquial ${theme.id}: «${question}» → ${got || '–'} | plain: ${base || '–'}`);
  }
  const organisations = base ? base.split(', ') : [];
  for (const organisation of organisations.slice(0, 3)) {
    for (const [language, wording] of lookups) {
      const question = wording(shortName(organisation), theme.prefLabel[language]);
      const answer = await store.answerer.ask(question);
      tally.lookups.total++;
      if (answer.citations.some((citation) => citation.organisation === organisation)) tally.lookups.agree++;
      else report(`look-up ${theme.id}: «${question}» cites nothing of ${organisation}: ${answer.answer.slice(0, 100).replace(/\n/g, ' ')}`);
    }
  }
  if (organisations.length >= 2) {
    const [first, last] = [organisations[0]!, organisations[organisations.length - 1]!];
    for (const [language, wording] of comparisons) {
      const question = wording(shortName(first), shortName(last), theme.prefLabel[language]);
      const answer = await store.answerer.ask(question);
      const cited = new Set(answer.citations.map((citation) => citation.organisation));
      tally.comparisons.total++;
      if (answer.intent === 'compare' && cited.has(first) && cited.has(last)) tally.comparisons.agree++;
      else report(`comparison ${theme.id}: «${question}» (${answer.intent}) cites ${[...cited].join(', ') || 'nothing'}`);
    }
  }
}
store.db.close();

console.log(`\nRephrasings over ${vocabulary.themes.length} themes and ${documents.length} documents\n`);
console.log('| check | agree | of | share |\n|---|---|---|---|');
for (const [name, { agree, total }] of Object.entries(tally)) console.log(`| ${name} | ${agree} | ${total} | ${total ? Math.round((100 * agree) / total) : 100} % |`);
