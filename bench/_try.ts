import { buildCorpusStore } from '../test/helpers/corpus.ts';
const store = await buildCorpusStore();
const qs = process.argv.slice(2);
for (const q of qs) {
  const a = await store.answerer.ask(q);
  console.log(`\n=== ${q} [${a.intent}/${a.language}/${a.topic}]\n${a.answer}`);
  for (const c of a.citations) console.log(`   [${c.n}] ${c.documentId.slice(0, 20)} p${c.page}: ${c.quote.slice(0, 120)}`);
}
