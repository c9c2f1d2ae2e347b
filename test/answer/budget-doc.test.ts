import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded, kr } from '../helpers/answers.ts';

/**
 * Budget totals and document questions (issue 9, helper budget-doc): real answers on the samples, three
 * development fixtures and the two pipe-table action plans of layouts/ (Lier: Tiltak | Ansvar | Frist |
 * Kostnad; Stord: Tiltak | 2024 | 2025 | 2026 without outer pipes).
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const files = ['tonsberg-handlingsplan-digitalisering-2024-2026.pdf', 'asker-digitaliseringsstrategi-2021-2025.md', 'molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt', 'layouts/lier-handlingsplan-digitalisering-2025-2027.md', 'layouts/stord-tiltaksplan-digitalisering-2024-2026.txt'];
  store = await buildCorpusStore([`${ROOT}data/corpus`, ...files.map((file) => `${dir}/${file}`)]);
}, 180_000);

const TOTAL_WORD = /\b(?:sum|samlet|totalt|budsjett)/i;


describe('budget totals from pipe tables', () => {
  it('"Hva koster tiltakene?" on a plan whose costs are a markdown Kostnad column: the sum row, not "no budget figures"', async () => {
    const answer = await store.answerer.ask('Hva koster tiltakene i Liers handlingsplan?');
    expectGrounded(store.db, answer);
    expect(answer.answer).not.toMatch(/ingen budsjettall/);
    expect(answer.answer).toContain(kr('2 450 000'));
    expect(answer.citations.every((c) => c.organisation === 'Lier kommune' && /^Sum\b/.test(c.quote))).toBe(true);
  });

  it('the year with the largest total of a yearly table pasted without outer pipes, cited to its Totalt row (nynorsk)', async () => {
    const answer = await store.answerer.ask('Kva år har Stord det største budsjettet i tiltaksplanen?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toMatch(/størst samla budsjett i 2024/);
    expect(answer.answer).toContain(kr('1 450 000'));
    expect(answer.citations[0]!.quote).toMatch(/^Totalt/);
  });
});

describe('budget citations show what the figure is', () => {
  it('cites a sum row printed without its label with the table and the sentence that introduces it, one citation for the row\'s three years', async () => {
    const answer = await store.answerer.ask('Hva koster hele tiltaksplanen 2016–2018 i Kongsbergregionen til sammen?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(kr('28 098 600'));
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.quote).toMatch(/^Samlet budsjett for alle satsningsområdene\/tiltak i perioden: Satsningsområder og tiltak 2016 2017 2018 .* 10 880 300 11 530 300 5 688 000$/s);
  });

  it('every citation of a total quotes a total or budget word', async () => {
    for (const question of ['Kva er totalbudsjettet i tiltaksplanen til Kongsbergregionen for 2018?', 'What is the total budget of Tønsberg\'s action plan in 2025?', 'Hvilket år har størst budsjett i Kongsbergregionens tiltaksplan 2016–2018?']) {
      const answer = await store.answerer.ask(question);
      expectGrounded(store.db, answer);
      for (const citation of answer.citations) expect(citation.quote, question).toMatch(TOTAL_WORD);
    }
  });
});

describe('which of two lines costs more', () => {
  it('adds up the lines named, not every row the thesaurus relates to one of them (kompetanse ≠ opplæring in other tables)', async () => {
    const answer = await store.answerer.ask('Hva koster mest i Kongsbergregionens tiltaksplan, digital dialog eller kompetanse?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(`«digital dialog» har mest: ${kr('3 550 000')}, mot ${kr('1 400 000')} til «kompetanse»`);
  });

  it('reads an English question\'s lines by their Norwegian cognates (dialogue → dialog, competence → kompetanse, platform → plattform)', async () => {
    const kongsberg = await store.answerer.ask("Which costs more in Kongsbergregionen's action plan, digital dialogue or competence?");
    expect(kongsberg.answer).toContain('"digital dialogue" has more: NOK 3,550,000, against NOK 1,400,000 for "competence"');
    const tonsberg = await store.answerer.ask("Which costs more in Tønsberg's action plan, wireless network or the integration platform?");
    expect(tonsberg.answer).toContain('NOK 1,500,000');
  });
});

describe('budget questions in English', () => {
  it('reads an English word for a word of the named strategy\'s title as naming the strategy, not as a topic ("e-strategy" for "e-strategi")', async () => {
    const answer = await store.answerer.ask("What is the total budget of Sørum's e-strategy?");
    expectGrounded(store.db, answer);
    expect(answer.answer).not.toMatch(/no budget lines/);
    expect(answer.answer).toContain('NOK 1,300,000');
    expect(answer.answer).toMatch(/NOK 5,500,000 (?:\(5,5 mill\) )?per year/);
  });
});

describe('budget lines on a topic', () => {
  it('lists the lines a strategy names the topic in, not every line the thesaurus relates to it', async () => {
    const answer = await store.answerer.ask('Hva koster Noark 5 sikker sone i Kongsbergregionen i 2017?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toContain(kr('700 000'));
    expect(answer.answer).not.toContain(kr('2 450 000'));
    // Per strategy: one strategy's own words do not hide another's lines on the theme.
    const welfare = await store.answerer.ask('Hvilke budsjettposter har velferdsteknologi?');
    for (const organisation of ['Kongsbergregionen', 'Sørum kommune', 'Tønsberg kommune', 'Stord kommune']) expect(welfare.citations.map((c) => c.organisation)).toContain(organisation);
  });

  it('quotes a line whose label does not name the topic from its table\'s name', async () => {
    const answer = await store.answerer.ask('Hvor mye er satt av til Digital dialog i Kongsbergregionen i 2018?');
    expectGrounded(store.db, answer);
    expect(answer.citations[0]!.quote).toMatch(/^1\. Digital dialog Hovedprosjekt Budsjett 2016/);
  });
});

describe('document questions', () => {
  it('reads "Når vedtok X …", "Kva tid vedtok …" and yes/no "Er … vedtatt?" as questions about the adoption', async () => {
    const gjerdrum = await store.answerer.ask('Når vedtok Gjerdrum ØRU-strategien?');
    expect(gjerdrum.intent).toBe('document');
    expect(gjerdrum.answer).toContain('Gjerdrum kommunestyre den 26. januar 2011, sak 3/11');
    const molde = await store.answerer.ask('Kva tid vedtok kommunestyret i Molde helse- og omsorgsplanen?');
    expect(molde.intent).toBe('document');
    expect(molde.answer).toContain('17. juni 2021');
    const asker = await store.answerer.ask('Er Askers digitaliseringsstrategi politisk vedtatt?');
    expect(asker.intent).toBe('document');
    expect(asker.answer).toContain('sak 84/21');
    // A question about goals that were adopted stays a goals question.
    expect((await store.answerer.ask('Er målene i Askers digitaliseringsstrategi vedtatt?')).intent).not.toBe('document');
  });

  it('lists every adoption record for "Hvilke kommuner har vedtatt …"', async () => {
    const answer = await store.answerer.ask('Hvilke kommuner har vedtatt ØRU-strategien?');
    expect(answer.intent).toBe('document');
    expectGrounded(store.db, answer);
    for (const place of ['Eidsvoll', 'Gjerdrum', 'Hurdal', 'Nannestad', 'Nes', 'Ullensaker']) expect(answer.answer).toContain(`${place} kommunestyre`);
  });

  it('names the adopting body in English beside the printed one', async () => {
    expect((await store.answerer.ask("Who adopted Asker's digitalisation strategy?")).answer).toContain('adopted by the municipal council (kommunestyret) on 7 September 2021, case 84/21');
    expect((await store.answerer.ask('When did Gjerdrum adopt the ØRU strategy?')).answer).toContain('Gjerdrum municipal council (kommunestyre) on 26 January 2011');
    // Norwegian answers keep the body as printed.
    expect((await store.answerer.ask('Hvem vedtok Askers digitaliseringsstrategi?')).answer).toContain('vedtatt av kommunestyret den 7. september 2021');
  });

  it('reads how many members, when a strategy expires, until which year it runs and who is behind it as questions about the document', async () => {
    const members = await store.answerer.ask('Hvor mange kommuner er med i 3-1-samarbeidet?');
    expect(members.intent).toBe('document');
    expect(members.answer).toContain('Gausdal, Lillehammer og Øyer');
    for (const question of ['Når utløper Tønsbergs handlingsplan?', "Until which year does Tønsberg's action plan run?"]) {
      const answer = await store.answerer.ask(question);
      expect(answer.intent, question).toBe('document');
      expect(answer.answer, question).toContain('2024–2026');
    }
    const owner = await store.answerer.ask('Hvem står bak den felles IKT-strategien til 3-1?');
    expect(owner.answer).toContain('Rådmannsgruppe 3-1');
  });

  it('cites the sentence that states the period rather than the title that carries it', async () => {
    const answer = await store.answerer.ask('Hva er planperioden for Tønsbergs handlingsplan?');
    expect(answer.intent).toBe('document');
    expect(answer.citations[0]!.quote).toBe('Planen gjelder for perioden 2024–2026.');
  });
});
