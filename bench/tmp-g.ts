import { listDocuments, listGoals, rowIdsBySlug, getPassage } from '../src/store/index.ts';
import { buildCorpusStore } from '../test/helpers/corpus.ts';
const store = await buildCorpusStore([process.argv[2]!]);
for (const d of listDocuments(store.db)) for (const g of listGoals(store.db, rowIdsBySlug(store.db, [d.id]), null)) {
  const p = getPassage(store.db, g.passageId!);
  console.log(g.section, '|', g.kind, '|', g.text.slice(0, 80), '| sect:', p?.section.title, p?.text.includes(p?.section.title ?? 'x'));
}
