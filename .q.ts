import { listBudgets, listDocuments, rowIdsBySlug, getPassage } from './src/store/index.ts';
import { buildCorpusStore } from './test/helpers/corpus.ts';
import { evaluationPaths } from './bench/answer-eval.ts';
const store = await buildCorpusStore(evaluationPaths());
const docs = listDocuments(store.db);
for (const d of docs) console.log(d.id, '|', d.title, '|', d.organisation, d.period, JSON.stringify(d.adopted).slice(0,200), d.municipalities.join(','));
for (const d of docs.filter(d => /tiltaksplan|tonsberg|sorum|lillestrom/.test(d.id))) {
  for (const r of listBudgets(store.db, rowIdsBySlug(store.db, [d.id]))) console.log(d.id.slice(0,20), r.table, '|', r.label, '|', r.year, r.period, r.amount, r.isSum, r.raw, r.passageId);
}
const p = getPassage(store.db, listBudgets(store.db, rowIdsBySlug(store.db, [docs.find(d=>/tiltaksplan/.test(d.id))!.id])).find(r=>r.isSum && r.amount===11530300)!.passageId!);
console.log(p?.text);
store.db.close();
