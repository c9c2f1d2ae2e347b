import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons that show what a strategy says on a topic even where the goal's own sentence does not
 * name it: goals under a heading naming the topic, each side's adoption facts, and "Hva sier X og Y om
 * …" answered side by side — real answers over real fixtures (tune questions cm-11, q-cm-25, q-cm-10,
 * q-cm-07, q-cm-24, fresh f-cm-07).
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const fresh = `${ROOT}test/fixtures/fresh`;
  store = await buildCorpusStore([
    `${dir}/trondheim-strategi-digital-transformasjon-2022-2026.pdf`,
    `${dir}/stavanger-strategi-innovasjon-digitalisering-2023-2027.pdf`,
    `${dir}/asker-digitaliseringsstrategi-2021-2025.md`,
    `${dir}/sandnes-digitaliseringsstrategi-2021-2025.md`,
    `${dir}/kristiansand-digitalisering-oppvekst-2021-2025.txt`,
    `${dir}/molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt`,
    `${dir}/ror-ikt-strategi-2021-2024.txt`,
    `${dir}/gjovik-ikt-strategi-2019-2022.txt`,
    `${dir}/sunnfjord-digitaliseringsstrategi-2021-2024.md`,
    `${fresh}/sandefjord-digitaliseringsstrategi-2025-2028.md`,
    `${fresh}/baerum-digital-strategy-summary-2024-2027.md`,
  ]);
}, 180_000);

describe('comparisons beyond the goal sentence', () => {
  it('shows goals under a heading that names the topic, cited by the heading', async () => {
    const answer = await store.answerer.ask('Hvordan skiller Trondheim og Stavanger seg i samarbeidet med næringslivet?');
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toContain('mål under «Innbyggere og næringsliv»');
    expect(answer.answer).toMatch(/oppstartsbedrifter|innovasjonspartnerskap/);
    expect(answer.citations.some((citation) => citation.quote === 'Innbyggere og næringsliv')).toBe(true);
    expectGrounded(store.db, answer);
  });

  it('leaves out a heading matched only through a wider word', async () => {
    const answer = await store.answerer.ask('Compare the green IT ambitions of Sandefjord and Bærum');
    expect(answer.answer).toContain('goals under "Sustainable IT"');
    // "Hovedmål 3: Bærekraftig og ansvarlig teknologibruk" matches green IT by "bærekraftig" only.
    expect(answer.answer).not.toContain('Hovedmål 3');
    expect(answer.answer).not.toContain('etiske retningslinjer');
    expectGrounded(store.db, answer);
  });

  it('answers "who of X and Y adopted it first" with each one\'s adoption', async () => {
    const answer = await store.answerer.ask('Hvem av Asker og Sandnes vedtok digitaliseringsstrategien sin først?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toContain('84/21');
    expect(answer.answer).toContain('61/21');
    expectGrounded(store.db, answer);
  });

  it('answers "Hva sier X og Y om …" side by side, saying which has nothing', async () => {
    const answer = await store.answerer.ask('Hva sier Kristiansand og Molde om velferdsteknologi?');
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toMatch(/Kristiansand kommune: fant ingen/);
    expect(answer.answer).toContain('30 prosent');
    expectGrounded(store.db, answer);
  });

  it('answers "Kva planar har X og Y for …" with each side', async () => {
    const answer = await store.answerer.ask('Kva planar har Gjøvik og Sunnfjord for skytenester?');
    expect(answer.intent).toBe('compare');
    expect(answer.topic).toBe('skytenester');
    const organisations = new Set(answer.citations.map((citation) => citation.organisation));
    expect(organisations).toEqual(new Set(['Gjøvik kommune', 'Sunnfjord kommune']));
    expect(answer.answer).toContain('e-post');
    expectGrounded(store.db, answer);
  });

  it('reads "henger … sammen med" as how two strategies relate, not as a topic', async () => {
    const answer = await store.answerer.ask('Hvordan henger ROR-IKT sin felles strategi sammen med Molde kommunes plan for velferdsteknologi? Hva sier de om samarbeid i Romsdal?');
    expect(answer.topic).not.toMatch(/henger|sammen/);
    // Both strategies answer side by side, each with what it says of the collaboration in Romsdal.
    expect(answer.intent).toBe('compare');
    for (const organisation of ['ROR-IKT', 'Molde kommune']) expect(answer.citations.some((citation) => citation.organisation === organisation && /Romsdal/.test(citation.quote))).toBe(true);
    expectGrounded(store.db, answer);
  });
});
