import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { getPassage } from '../../src/store/index.ts';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';

/**
 * Issue 9 (answers a planner can trust): a question naming a kind of goal ("visjonen", "hovudmålet",
 * "delmål", "measures") is answered by goals of that kind alone; a follow-up keeps the topic and the
 * organisations and narrows to the kind of evidence it names; a look-up quotes the sentence that shows
 * the topic and drops the ones that would only pad it. Real answers over the samples and the
 * tune-split development strategies.
 */
let store: CorpusStore;
const dev = (file: string) => `${ROOT}test/fixtures/strategies/${file}`;

beforeAll(async () => {
  store = await buildCorpusStore([
    CORPUS_DIR,
    dev('drammen-framtidens-drammen-2023-2027.md'),
    dev('sandnes-digitaliseringsstrategi-2021-2025.md'),
    dev('vestland-regional-plan-digitalisering-2022-2029.pdf'),
    dev('kristiansand-digitalisering-oppvekst-2021-2025.txt'),
    dev('tonsberg-handlingsplan-digitalisering-2024-2026.pdf'),
    dev('molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt'),
    dev('bodo-digitaliseringsstrategi-2020-2024.pdf'),
    dev('asker-digitaliseringsstrategi-2021-2025.md'),
  ]);
}, 180_000);

function expectVerbatim(answer: Answer): void {
  for (const citation of answer.citations) expect(getPassage(store.db, citation.passageId)!.text).toContain(citation.quote);
}

const organisations = (answer: Answer) => [...new Set(answer.citations.map((citation) => citation.organisation))];

describe('goals asked for by kind', () => {
  it('"Hva er visjonen til Drammen?" gives the vision alone (and "Drammen" is no budget "rammen")', async () => {
    const answer = await store.answerer.ask('Hva er visjonen til Drammen?');
    expect(answer.intent).toBe('goals');
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.quote).toMatch(/smart og inkluderende by/);
    expect(answer.answer).not.toMatch(/heldigitale|Smart by og bærekraft/);
    expectVerbatim(answer);
  });

  it('nynorsk "Kva er hovudmålet til Vestland?" gives the main goal, not the goals of the focus areas', async () => {
    const answer = await store.answerer.ask('Kva er hovudmålet til Vestland?');
    expect(answer.citations).toHaveLength(1);
    expect(answer.answer).toMatch(/leiande region for berekraftig digital omstilling/);
    expect(answer.answer).not.toMatch(/100 Mbit|eit fylke der alle/);
  });

  it('"Hvilke delmål har Kristiansand?" lists the four sub-goals without the main goal', async () => {
    const answer = await store.answerer.ask('Hvilke delmål har Kristiansand?');
    expect(answer.citations).toHaveLength(4);
    expect(answer.answer).toMatch(/læringsverktøy/);
    expect(answer.answer).toMatch(/foresatte/);
    expect(answer.answer).not.toMatch(/Hovedmålet er/);
  });

  it('English "Which measures does Tønsberg\'s action plan contain?" lists its four measures', async () => {
    const answer = await store.answerer.ask("Which measures does Tønsberg's action plan contain?");
    expect(answer.intent).toBe('goals');
    expect(organisations(answer)).toEqual(['Tønsberg kommune']);
    expect(answer.citations).toHaveLength(4);
    expect(answer.answer).toMatch(/trådløst nett/);
    expect(answer.answer).toMatch(/integrasjonsplattform/);
  });

  it('"Hvilke tiltak har Molde kommune for velferdsteknologi?" lists measures, not the goals of 6.2', async () => {
    const answer = await store.answerer.ask('Hvilke tiltak har Molde kommune for velferdsteknologi?');
    expect(answer.answer).toMatch(/responssenter/);
    expect(answer.answer).not.toMatch(/30 prosent/);
  });

  it('a kind the strategy has no goals of ("innsatsområder" that are headings) is answered from its text, not "not found"', async () => {
    const answer = await store.answerer.ask('Hvilke innsatsområder har IKT-strategien for Øvre Romerike?');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.answer).toMatch(/innsatsområde/i);
    expect(organisations(answer)).toEqual(['Øvre Romerike (ØRU)']);
  });
});

describe('follow-ups keep the topic and narrow to the kind they name', () => {
  it('"hva med Sandnes?" after a question for Drammen\'s vision gives Sandnes\' vision', async () => {
    const answer = await store.answerer.ask('hva med Sandnes?', [{ role: 'user', content: 'Hva er visjonen til Drammen?' }]);
    expect(organisations(answer)).toEqual(['Sandnes kommune']);
    expect(answer.answer).toMatch(/digital og nær/);
    expect(answer.citations).toHaveLength(1);
  });

  it('a kind kept from the question before gives way to the goals on the topic where the strategy has none of it', async () => {
    const answer = await store.answerer.ask('and Asker?', [{ role: 'user', content: "What are Vestland's sub-goals for digital competence?" }]);
    expect(organisations(answer)).toEqual(['Asker kommune']);
    expect(answer.answer).toMatch(/bibliotekene/);
  });

  it('a vision asked of a strategy that has none is "not found", not its other goals', async () => {
    const answer = await store.answerer.ask('og Tønsberg?', [{ role: 'user', content: 'Kva er visjonen til Vestland?' }]);
    expect(answer.citations).toEqual([]);
    expect(answer.answer).not.toMatch(/trådløst nett/);
  });

  it('"og hvilke av dem har tiltak for det?" keeps velferdsteknologi and only the strategies with measures on it', async () => {
    const answer = await store.answerer.ask('og hvilke av dem har tiltak for det?', [{ role: 'user', content: 'Hvilke kommuner prioriterer velferdsteknologi?' }]);
    expect(answer.intent).toBe('coverage');
    expect(organisations(answer)).toEqual(expect.arrayContaining(['Molde kommune', 'Tønsberg kommune']));
    // ØRU has velferdsteknologi as an innsatsområde and commitments, but no measure.
    expect(organisations(answer)).not.toContain('Øvre Romerike (ØRU)');
    for (const citation of answer.citations) expect(citation.quote).toMatch(/velferdsteknolog|trygghetsalarm|digitalt tilsyn|medisin/i);
  });

  it('"og hvem av disse har satt av penger til det?" quotes the amount a strategy without budget tables states in its text', async () => {
    const answer = await store.answerer.ask('og hvem av disse har satt av penger til det?', [{ role: 'user', content: 'Hvilke kommuner prioriterer velferdsteknologi?' }]);
    expect(answer.intent).toBe('budget');
    expect(organisations(answer)).toEqual(expect.arrayContaining(['Kongsbergregionen', 'Tønsberg kommune', 'Molde kommune']));
    expect(answer.answer).toMatch(/6,5 millioner kroner/);
    expect(answer.answer).not.toMatch(/Ingen budsjettposter for temaet i:[^\n]*Molde/);
  });
});

describe('look-ups quote the sentence that shows the topic', () => {
  it('"Hvilken standard for informasjonssikkerhet følger Sørum kommune?" quotes the ISO sentence alone, not other standards', async () => {
    const answer = await store.answerer.ask('Hvilken standard for informasjonssikkerhet følger Sørum kommune?');
    expect(answer.answer).toMatch(/ISO/);
    for (const citation of answer.citations) expect(citation.quote).toMatch(/informasjonssikkerhet/i);
    expect(answer.answer).not.toMatch(/NOARK|ELMER/);
  });

  it('English "What broadband speed does Vestland want for all households?" quotes the goal with 100 Mbit/s', async () => {
    const answer = await store.answerer.ask('What broadband speed does Vestland want for all households?');
    expect(answer.answer).toMatch(/100 Mbit/);
    expect(answer.citations).toHaveLength(1);
    expectVerbatim(answer);
  });

  it('"How much does Bodø want to reduce paper use by 2022?" asks for an amount, not money: the goal answers', async () => {
    const answer = await store.answerer.ask('How much does Bodø want to reduce paper use by 2022?');
    expect(answer.answer).toMatch(/75\s+prosent/);
    expect(answer.answer).not.toMatch(/no budget figures/);
  });

  it('English "What share of applications should Asker receive digitally by 2024?" finds the goal row (was "not found")', async () => {
    const answer = await store.answerer.ask('What share of applications should Asker receive digitally by 2024?');
    expect(organisations(answer)).toEqual(['Asker kommune']);
    expect(answer.answer).toMatch(/80 prosent/);
  });
});
