import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { detectLanguage } from '../../src/answer/language.ts';
import { interpretQuestion } from '../../src/answer/question.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons and English questions (issue 9): what two strategies share, two versions of one
 * organisation's strategy, structure words that are no topic ('all the focus areas', 'from … to'),
 * cross-language words (applications → søknader, integration platform → integrasjonsplattform,
 * broadband → breiband) and answers in the asker's language — real answers on the samples and
 * tuning-split development fixtures.
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const dev = ['tromso-digital-strategi-2022-2026.txt', 'tonsberg-handlingsplan-digitalisering-2024-2026.pdf', 'vestland-regional-plan-digitalisering-2022-2029.pdf', 'asker-digitaliseringsstrategi-2021-2025.md', 'sandnes-digitaliseringsstrategi-2021-2025.md', 'drammen-framtidens-drammen-2023-2027.md'];
  store = await buildCorpusStore([`${ROOT}data/corpus`, ...dev.map((file) => `${dir}/${file}`)]);
}, 180_000);


const citedOrganisations = (answer: Answer) => new Set(answer.citations.map((citation) => listDocuments(store.db).find((d) => d.id === citation.documentId)?.organisation));

describe('comparisons', () => {
  it.each([
    ['What do Sørum and ØRU have in common on e-health?', 'en', 'Comparing', '"e-health"'],
    ['Hva har Sørum og Øvre Romerike felles når det gjelder e-helse?', 'nb', 'Sammenligning', '«e-helse»'],
    ['Kva har Sørum og Øvre Romerike til felles når det gjeld e-helse?', 'nn', 'Samanlikning', '«e-helse»'],
  ])('"%s" compares both on the topic alone, in the asker\'s language', async (question, language, intro, topic) => {
    const answer = await store.answerer.ask(question);
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.language).toBe(language);
    expect(answer.answer.startsWith(intro)).toBe(true);
    // "common" / "felles" asks what is shared; it is not part of the topic.
    expect(answer.answer.split('\n')[0]).toContain(topic);
    expect(citedOrganisations(answer)).toEqual(new Set(['Sørum kommune', 'Øvre Romerike (ØRU)']));
  });

  it('keeps "felles" as content outside a comparison', () => {
    const question = interpretQuestion('Hvilke strategier nevner felles journalsystem?', listDocuments(store.db));
    expect(question.intent).toBe('coverage');
    expect(question.topic).toBe('felles journalsystem');
  });

  it('compares two versions of one strategy on their goals, not on "from"', async () => {
    const answer = await store.answerer.ask("What changed in Kongsbergregionen's strategy from 2011–2014 to 2016–2018?");
    expectGrounded(store.db, answer);
    expect(answer.topic).toBe('');
    expect(answer.answer).toMatch(/Goals kept \([1-9]\d*\)/);
    expect(answer.answer).toMatch(/New goals \([1-9]\d*\)/);
    expect(answer.answer).toMatch(/Goals dropped \([1-9]\d*\)/);
  });

  it.each([
    ['What are the differences between ØRU and Sørum when it comes to cloud services?', 'cloud services'],
    ["Compare Kongsbergregionen's two strategies on social media", 'social media'],
    ['Hvordan er Bodø og Drammen like når det gjelder smartby?', 'smartby'],
    ['What is similar and what is different between Sørum and Kongsbergregionen on broadband?', 'broadband'],
    ['Sammenlign velferdsteknologi hos Molde og Sandnes', 'velferdsteknologi'],
    ['Sammenlign Sørums e-strategi og ØRUs IKT-strategi på informasjonssikkerhet', 'informasjonssikkerhet'],
    ['Compare the 3-1 collaboration and Kongsbergregionen on procurement', 'procurement'],
    ['Sammenlign Sørum og 3-1 på plan, bygg og geodata', 'plan bygg og geodata'],
  ])('"%s" is a comparison on "%s"', (text, topic) => {
    const question = interpretQuestion(text, listDocuments(store.db));
    expect(question.intent).toBe('compare');
    expect(question.topic).toBe(topic);
  });

  it("names a strategy by the English spelling of its title ('its eStrategy') beside a kind ('action plan')", () => {
    const question = interpretQuestion("How does Kongsbergregionen's action plan differ from its eStrategy on social media?", listDocuments(store.db));
    expect(question.documents.map((document) => document.id).sort()).toEqual(['kongsbergregionen-estrategi-2011-2014', 'kongsbergregionen-tiltaksplan-2016-2018']);
    expect(question.topic).toBe('social media');
  });

  it.each([
    ['Which goals did Kongsbergregionen keep from its eStrategy in the action plan?', /Goals kept \([1-9]/],
    ['Hvilke mål har falt bort fra Kongsbergregionens eStrategi til tiltaksplanen?', /Mål som er falt bort \([1-9]/],
  ])('"%s" asks for the changes between the two versions', async (text, line) => {
    const answer = await store.answerer.ask(text);
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toMatch(line);
  });

  it('keeps a word of a theme label in the topic though a compared title has it', () => {
    const question = interpretQuestion('Hva skiller Tromsø og Asker når det gjelder digital kompetanse?', listDocuments(store.db));
    expect(question.topic).toBe('digital kompetanse');
  });

  it('answers a nynorsk comparison in nynorsk, with the goal that names broadband inside a compound', async () => {
    const answer = await store.answerer.ask('Kva er skilnaden mellom Vestland og Kongsbergregionen når det gjeld breiband?');
    expectGrounded(store.db, answer);
    expect(answer.language).toBe('nn');
    expect(answer.answer).toContain('Samanlikning');
    expect(answer.answer).toContain('«breiband»');
    expect(answer.answer).toContain('100 Mbit/s');
  });
});

describe('English questions', () => {
  it.each([
    ["What is the total budget for all the focus areas in Kongsbergregionen's action plan?", '28,098,600'],
    ['Hva er det totale budsjettet for alle satsingsområdene i Kongsbergregionens tiltaksplan?', '28\u00a0098\u00a0600'],
  ])('"%s": the parts a budget is laid out in are no topic', async (question, total) => {
    const answer = await store.answerer.ask(question);
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(total);
  });

  it('finds an integration platform written as one Norwegian compound, in coverage and in the budget', async () => {
    const coverage = await store.answerer.ask('Which strategies mention an integration platform?');
    expect(citedOrganisations(coverage)).toEqual(new Set(['Tønsberg kommune']));
    expect(coverage.citations.some((citation) => /integrasjonsplattform/i.test(citation.quote))).toBe(true);
    const budget = await store.answerer.ask("How much will Tønsberg spend on the integration platform?");
    expectGrounded(store.db, budget);
    expect(budget.answer).toMatch(/NOK 750,000/);
  });

  it('finds a phrase by its equivalent phrase in another language ("wireless networks" → "trådløst nett")', async () => {
    const answer = await store.answerer.ask('Which strategies mention wireless networks?');
    expect(citedOrganisations(answer)).toContain('Tønsberg kommune');
    expect(answer.citations.some((citation) => /trådløst nett/i.test(citation.quote))).toBe(true);
  });

  it('reads "applications" as søknader', async () => {
    const answer = await store.answerer.ask('How many building applications should Sandnes receive digitally?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain('90 % av byggesøknadene');
  });

  it('answers a question on broadband speed with the figure', async () => {
    const answer = await store.answerer.ask('What broadband speed does Vestland want for all households?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain('100 Mbit/s');
  });

  it('does not read a municipality whose name holds "rammen" as a budget question', () => {
    const question = interpretQuestion("What are Drammen's focus areas?", listDocuments(store.db));
    expect(question.intent).not.toBe('budget');
  });

  it('names the adopting body in English too, beside its Norwegian name', async () => {
    const english = await store.answerer.ask("When was Vestland's regional plan adopted?");
    expectGrounded(store.db, english);
    expect(english.answer).toContain('the county council (fylkestinget) on 14 June 2022');
    const norwegian = await store.answerer.ask('Når ble Vestlands regionale plan vedteken?');
    expect(norwegian.answer).not.toContain('county council');
  });

  it('reads terse English with Norwegian names as English', () => {
    expect(detectLanguage('Sørum vs ØRU on e-health')).toBe('en');
    expect(detectLanguage('Digital skills: Asker vs Tromsø')).toBe('en');
    expect(detectLanguage('Åpne data i Asker?')).toBe('nb');
  });

  it('tells nynorsk from bokmål when "mellom" is the only other marker', () => {
    expect(detectLanguage('Kva er skilnaden mellom Vestland og Sunnfjord?')).toBe('nn');
    expect(detectLanguage('Hva er forskjellen mellom Vestland og Sunnfjord?')).toBe('nb');
  });
});
