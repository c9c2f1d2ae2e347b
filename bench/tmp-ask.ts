import { buildCorpusStore } from '/work/wt-cmp/test/helpers/corpus.ts';
import { freshSet } from '/work/wt-cmp/bench/answer-eval.ts';
const set = freshSet()!;
const store = await buildCorpusStore(set.paths);
for (const q of process.argv.slice(2)) { const a = await store.answerer.ask(q); console.log('\n###', q, '\n' + a.answer, '\n--', a.citations.map((c) => `[${c.n}] ${c.quote.slice(0, 90).replace(/\n/g, ' ')}`).join('\n   ')); }
