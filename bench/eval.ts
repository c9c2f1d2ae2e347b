/**
 * npm run eval: retrieval quality on the golden set, per category, for each retrieval mode (offline
 * embedder); then extraction accuracy on the development corpus (`--extraction-misses[=all]` lists misses);
 * then answer quality on the golden answers (`--answer-misses[=all]`; `--json` also writes JSON); then,
 * for each fresh set (test/fixtures/fresh/, fresh2/, …), extraction and answers on it, written blind to the rules.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
import { DEVELOPMENT_SET, formatAnswerReport, freshSet, GOLDEN_ANSWERS_PATH, runAnswerEval } from './answer-eval.ts';
import { formatExtraction, freshDirs, scoreStrategyCorpus } from './extraction.ts';
import { evaluate, loadGolden, pairAgreement, relevantIndex, scoreQuestion, type Evaluation } from './evaluate.ts';

const questions = loadGolden();
const store = await buildCorpusStore();
const evaluations: Evaluation[] = [];
for (const mode of ['lexical', 'vector', 'hybrid'] as const) evaluations.push(await evaluate(store.searcher, questions, mode));

const fmt = (n: number) => n.toFixed(3);
const categories = Object.keys(evaluations[0]!.byCategory);
console.log(`Golden set: ${questions.length} questions (${categories.map((c) => `${c} ${evaluations[0]!.byCategory[c]!.questions}`).join(', ')}), embedder ${store.embedder.id}\n`);
console.log('| mode | category | recall@5 | MRR | nDCG@10 |');
console.log('|---|---|---|---|---|');
for (const evaluation of evaluations) {
  for (const category of categories) {
    const m = evaluation.byCategory[category]!;
    console.log(`| ${evaluation.mode} | ${category} | ${fmt(m.recallAt5)} | ${fmt(m.mrr)} | ${fmt(m.ndcgAt10)} |`);
  }
  const o = evaluation.overall;
  console.log(`| **${evaluation.mode}** | **all** | **${fmt(o.recallAt5)}** | **${fmt(o.mrr)}** | **${fmt(o.ndcgAt10)}** |`);
}
const hybrid = evaluations.find((e) => e.mode === 'hybrid')!;
const agreement = pairAgreement(hybrid, questions);
console.log(`\nEnglish ↔ Norwegian pairs finding the same passage in the top 5 (hybrid): ${agreement.agreeing}/${agreement.pairs} (${(agreement.share * 100).toFixed(0)} %)${agreement.disagreeing.length ? `; not: ${agreement.disagreeing.join(', ')}` : ''}`);
if (process.argv.includes('--misses')) {
  for (const question of questions) {
    const results = hybrid.results.get(question.id) ?? [];
    const score = scoreQuestion(results, question);
    if (score.recallAt5 === 1 && score.reciprocalRank === 1) continue;
    const top = results.slice(0, 5).map((r) => `${relevantIndex(r, question) >= 0 ? '✓' : ''}${r.documentId.slice(0, 12)}:${r.section.slice(0, 30)}`);
    console.log(`${question.id} recall@5=${score.recallAt5.toFixed(2)} rr=${score.reciprocalRank.toFixed(2)}: ${top.join(' | ')}`);
  }
}
store.db.close();

const missesFlag = process.argv.find((arg) => arg.startsWith('--extraction-misses'));
const extractionMisses = missesFlag ? (missesFlag.endsWith('=all') ? 'all' : 'tune') : undefined;
console.log(`\n${formatExtraction(await scoreStrategyCorpus(), { misses: extractionMisses, title: 'Extraction on the development corpus (test/fixtures/strategies)' })}`);

// Answers: the golden answer sets through the real answerer (`--answer-misses[=all]` lists misses; `--json` also writes JSON).
const answerMisses = process.argv.find((arg) => arg.startsWith('--answer-misses'));
const answerOptions = { misses: answerMisses ? (answerMisses.endsWith('=all') ? 'all' : 'tune') : undefined } as const;
const reports = [];
if (existsSync(GOLDEN_ANSWERS_PATH)) reports.push(await runAnswerEval(DEVELOPMENT_SET));
else console.log(`\nAnswers: no ${GOLDEN_ANSWERS_PATH} yet`);

// The fresh sets: documents and questions written blind to the rules, each scored on its own corpus.
for (const dir of freshDirs()) {
  const fresh = freshSet(dir);
  if (!fresh) continue;
  console.log(`\n${formatExtraction(await scoreStrategyCorpus(dir), { misses: extractionMisses, title: `Extraction on the ${fresh.name}` })}`);
  reports.push(await runAnswerEval(fresh));
}
for (const report of reports) console.log(`\n${formatAnswerReport(report, answerOptions)}`);
if (reports.length > 0 && process.argv.includes('--json')) {
  mkdirSync('test/output', { recursive: true });
  writeFileSync('test/output/answer-eval.json', `${JSON.stringify(reports, null, 2)}\n`);
  console.log('Wrote test/output/answer-eval.json');
}
