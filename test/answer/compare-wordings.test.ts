import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons asked in the ways planners ask (issue 9, golden-answers-h / fresh golden-answers-k): a
 * choice or a measure between named organisations ("Hvem av X og Y …", "Står X og Y likt …", "X mot Y: …",
 * "Which of X and Y does more …", "Contrast X and Y …"), a follow-up that adds an organisation to a
 * comparison, and a member named beside its collaboration — real answers on tune documents.
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const fresh = `${ROOT}test/fixtures/fresh`;
  const files = [
    `${dir}/sandnes-digitaliseringsstrategi-2021-2025.md`,
    `${dir}/molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt`,
    `${dir}/asker-digitaliseringsstrategi-2021-2025.md`,
    `${dir}/kristiansand-digitalisering-oppvekst-2021-2025.txt`,
    `${fresh}/fosen-ikt-felles-strategi-2024-2027.txt`,
    `${fresh}/lindesnes-handlingsplan-velferdsteknologi-2024-2027.txt`,
  ];
  store = await buildCorpusStore(files);
}, 180_000);

const cited = (answer: Answer) => new Set(answer.citations.map((citation) => listDocuments(store.db).find((d) => d.id === citation.documentId)?.organisation));

describe('comparison wordings', () => {
  it.each([
    ['Which of Sandnes and Molde does more on welfare technology?'],
    ['Hvem av Sandnes og Molde satser mest på velferdsteknologi?'],
    ['Står Sandnes og Molde likt på velferdsteknologi?'],
    ['Sandnes mot Molde: velferdsteknologi'],
    ['Contrast Sandnes and Molde on welfare technology.'],
    ["How do Sandnes's and Molde's plans for welfare technology differ?"],
  ])('"%s" compares both on the topic alone', async (question) => {
    const answer = await store.answerer.ask(question);
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.topic).toMatch(/^(?:velferdsteknologi|welfare technology)$/);
    expect(cited(answer)).toEqual(new Set(['Sandnes kommune', 'Molde kommune']));
  });

  it('reads the nynorsk "mot kvarandre" and "informasjonssikkerheit"', async () => {
    const answer = await store.answerer.ask('Korleis står Asker og Kristiansand seg mot kvarandre på informasjonssikkerheit?');
    expect(answer.intent).toBe('compare');
    expect(answer.topic).toBe('informasjonssikkerheit');
    expect(cited(answer)).toEqual(new Set(['Asker kommune', 'Kristiansand kommune']));
    for (const citation of answer.citations) expect(citation.quote.toLowerCase()).toContain('informasjonssikkerhet');
  });

  it('a question naming one organisation and "mest" is no comparison', async () => {
    const answer = await store.answerer.ask('Hva satser Sandnes mest på innen velferdsteknologi?');
    expect(answer.intent).not.toBe('compare');
  });

  it('a follow-up naming another organisation joins the comparison; one with nothing on the topic is said as such', async () => {
    const history = [{ role: 'user' as const, content: 'Sammenlign Sandnes og Molde på velferdsteknologi' }];
    const answer = await store.answerer.ask('og hva med Lindesnes?', history);
    expect(answer.intent).toBe('compare');
    expect(cited(answer)).toEqual(new Set(['Sandnes kommune', 'Molde kommune', 'Lindesnes kommune']));
    const none = await store.answerer.ask('og hva med Kristiansand?', history);
    expect(none.answer).toMatch(/• Kristiansand kommune: fant ingen/);
    expect(cited(none).has('Kristiansand kommune')).toBe(false);
  });

  it('a member named beside its collaboration gets the collaboration\'s strategy, said as such', async () => {
    const answer = await store.answerer.ask('Sammenlign Fosen IKT og Ørland på velferdsteknologi');
    expectGrounded(store.db, answer);
    expect(cited(answer)).toEqual(new Set(['Fosen IKT']));
    expect(answer.answer).toContain('Ørland er med i Fosen IKT');
  });
});
