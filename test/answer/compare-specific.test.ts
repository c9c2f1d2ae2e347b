import { beforeAll, describe, expect, it } from 'vitest';
import { withoutAskedParts } from '../../src/answer/compare-specific.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons show the evidence most specific to what is asked inside a theme (compare-specific.ts):
 * the passage naming the theme's items (Sørum's list of felleskomponenter), and the subject of a
 * compound joined to question wording ("smartby-satsingen" → smartby) — real answers on the samples
 * and tuning-split development fixtures.
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const dev = ['asker-digitaliseringsstrategi-2021-2025.md', 'gjovik-ikt-strategi-2019-2022.txt', 'bodo-digitaliseringsstrategi-2020-2024.pdf', 'stavanger-strategi-innovasjon-digitalisering-2023-2027.pdf'];
  store = await buildCorpusStore([`${ROOT}data/corpus`, ...dev.map((file) => `${dir}/${file}`)]);
}, 180_000);

const line = (answer: string, organisation: string) => answer.split('\n').find((text) => text.startsWith(`• ${organisation}`)) ?? '';

describe('specific evidence in comparisons', () => {
  it('shows the passage that names the theme\'s items (its narrower themes) among the side\'s evidence', async () => {
    const answer = await store.answerer.ask('Hva sier Asker, Gjøvik og Sørum om nasjonale felleskomponenter?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    // «- ID-porten … - Kontakt- og reservasjonsregisteret … - Digital postkasse …»: the list, not only the goals on standards.
    expect(line(answer.answer, 'Sørum kommune')).toMatch(/reservasjonsregister/);
  }, 60_000);

  it('reads "smartby-satsingen" as smartby and quotes the passage on it', async () => {
    const answer = await store.answerer.ask('sammenlign smartby-satsingen i Bodø og Stavanger');
    expectGrounded(store.db, answer);
    expect(answer.answer.split('\n')[0]).toContain('«smartby»');
    expect(line(answer.answer, 'Bodø kommune')).toMatch(/bydel/);
    expect(line(answer.answer, 'Stavanger kommune')).toMatch(/energibruk/);
  }, 60_000);

  it('drops only a hyphenated part that is question wording', () => {
    expect(withoutAskedParts('smartby-satsingen')).toBe('smartby');
    expect(withoutAskedParts('e-helse')).toBe('e-helse');
    expect(withoutAskedParts('nasjonale felleskomponenter')).toBe('nasjonale felleskomponenter');
  });
});
