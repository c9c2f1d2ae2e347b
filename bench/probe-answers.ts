/**
 * Asks a few golden questions (tune half, by id) against the evaluation corpus and prints the answers
 * with the scorer's verdict — a debugging aid for answer work. Usage: npx tsx bench/probe-answers.ts cov-03 bt-03
 */
import { listDocuments } from '../src/store/index.ts';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
import { evaluationPaths, loadGoldenAnswers, scoreAnswer } from './answer-eval.ts';

const ids = process.argv.slice(2);
const questions = loadGoldenAnswers().filter((q) => q.split === 'tune' && (ids.length === 0 || ids.includes(q.id)));
const store = await buildCorpusStore(evaluationPaths());
const documents = listDocuments(store.db);
for (const question of questions) {
  const answer = await store.answerer.ask(question.question, question.history ?? []);
  const scored = scoreAnswer(question, answer, documents);
  console.log(`\n### ${question.id} ${question.question}\n${answer.answer.slice(0, 1500)}\n-- citations: ${answer.citations.map((c) => `[${documents.find((d) => d.id === c.documentId)?.organisation}] ${c.quote.slice(0, 100)}`).join('\n   ')}\n-- ${scored.correct ? 'OK' : scored.failures.join('; ')}`);
}
store.db.close();
