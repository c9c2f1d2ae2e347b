/**
 * Asks a few golden questions (tune half, by id) against the evaluation corpus and prints the answers
 * with the scorer's verdict — a debugging aid for answer work. Usage: npx tsx bench/probe-answers.ts cov-03 bt-03
 * (`--fresh`: the fresh set's tuning half, over its own documents).
 */
import { listDocuments } from '../src/store/index.ts';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
import { DEVELOPMENT_SET, freshSet, loadGoldenAnswers, organisationText, quoteShows, scoreAnswer } from './answer-eval.ts';

// `--fresh`: the fresh set's tuning half over its own documents; `--fresh=fresh3`: another fresh folder's.
const freshArg = process.argv.find((arg) => arg.startsWith('--fresh'));
const set = freshArg ? freshSet(freshArg.includes('=') ? `test/fixtures/${freshArg.split('=')[1]}/` : undefined) : DEVELOPMENT_SET;
if (!set) throw new Error('no fresh set in test/fixtures/fresh/');
const ids = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const questions = loadGoldenAnswers(set.goldenPath).filter((q) => q.split === 'tune' && (ids.length === 0 || ids.includes(q.id)));
const store = await buildCorpusStore(set.paths);
const documents = listDocuments(store.db);
const textOf = organisationText(store.db, documents);
for (const question of questions) {
  const answer = await store.answerer.ask(question.question, question.history ?? []);
  const scored = scoreAnswer(question, answer, documents, textOf);
  const concepts = question.expect.concept ?? [];
  // Citations whose quote does not show the question's concept are marked ✗ (citation precision).
  console.log(`\n### ${question.id} ${(question.history ?? []).map((h) => `${typeof h === 'string' ? h : JSON.stringify(h).slice(0, 120)} → `).join('')}${question.question}\n-- concept: ${concepts.join(' | ')}\n${answer.answer.slice(0, 4000)}\n-- citations: ${answer.citations.map((c) => `${concepts.length > 0 && !quoteShows(c.quote, concepts) ? '✗' : ' '}[${documents.find((d) => d.id === c.documentId)?.organisation}] ${c.quote.slice(0, 160)}`).join('\n   ')}\n-- ${scored.correct ? 'OK' : scored.failures.join('; ')}`);
}
store.db.close();
