import { resolveConcept, termStats } from '../src/search/match.ts';
import { loadVocabulary } from '../src/text/vocabulary.ts';
import { listDocuments } from '../src/store/index.ts';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
import { DEVELOPMENT_SET, loadGoldenAnswers } from './answer-eval.ts';
import { interpretQuestion } from '../src/answer/question.ts';
const ids = process.argv.slice(2);
const qs = loadGoldenAnswers(DEVELOPMENT_SET.goldenPath).filter((q) => q.split === 'tune' && ids.includes(q.id));
const store = await buildCorpusStore(DEVELOPMENT_SET.paths);
const docs = listDocuments(store.db);
for (const q of qs) {
  const iq = interpretQuestion(q.question, docs, (q.history ?? []) as never);
  const c = resolveConcept(iq.topic || iq.text, loadVocabulary(), termStats(store.db));
  const a = await store.answerer.ask(q.question, q.history ?? []);
  console.log(q.id, JSON.stringify(iq.topic), iq.intent, c.kind, c.named ?? '', (c.words ?? []).map((w: any) => `${w.word}${w.generic ? '(g)' : ''}`).join(','));
  for (const cit of a.citations) console.log('  ', c.shows(cit.quote), cit.quote.slice(0, 90).replace(/\n/g, ' '));
}
store.db.close();
