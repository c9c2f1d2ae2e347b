/**
 * Budget figures an answer computes, each said with the figures it comes from and cited: a share of a
 * budget (part / whole), a year's total added from a yearly table and an amount per year over a period,
 * a total over the years a question lists, and a compound naming measures ("digitaliseringstiltakene").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { linesToSumQuote } from '../../src/answer/budget-quotes.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

const ask = async (text: string) => {
  const answer = await store.answerer.ask(text);
  return { ...answer, flat: answer.answer.replace(/\u00a0/g, ' ') };
};

describe('a share of a budget', () => {
  it("computes a line's share of a year's whole budget and says both figures (Kongsbergregionen 2017)", async () => {
    const answer = await ask('Hvor stor andel av Kongsbergregionens samlede budsjett for 2017 går til velferdsteknologi?');
    // 2 830 300 / 11 530 300 = 24,5 %
    expect(answer.flat).toContain('2 830 300 kr / 11 530 300 kr = 24,5 %');
    expect(answer.citations.some((citation) => /velferdsteknologi/i.test(citation.quote))).toBe(true);
    expect(answer.citations.some((citation) => /samlet budsjett/i.test(citation.quote))).toBe(true);
  });

  it('takes the whole of the kind a budget word names, in English (Sørum investment frame)', async () => {
    const answer = await ask('What share of Sørum’s investment budget goes to IKT Utdanning?');
    // 2 500 000 / 5 500 000 = 45.5 %
    expect(answer.flat).toContain('NOK 2,500,000 / NOK 5,500,000 = 45.5%');
    expect(answer.flat).toContain('the investment frame');
    // One quote shows the line and the sum it is a share of.
    expect(answer.citations.some((citation) => /IKT Utdanning[\s\S]*Sum 5,5 mill/.test(citation.quote))).toBe(true);
  });

  it('a share of a topic without budget lines is no computed share', async () => {
    const answer = await ask('Hvor stor andel av Sørums investeringsramme går til kunstig intelligens?');
    expect(answer.flat).not.toMatch(/=\s*\d+,\d %/);
  });
});

describe('totals added up', () => {
  it("adds a year's operating table to the annual investment frame, naming both figures (Sørum 2015)", async () => {
    const answer = await ask('Hvor mye blir drift og investering til sammen i Sørums e-strategi i 2015?');
    expect(answer.flat).toContain('1 300 000 kr + 5 500 000 kr = 6 800 000 kr');
    // The sum rows are quoted with the lines they add.
    expect(answer.citations.some((citation) => /Infrastrukturelle tiltak[\s\S]*Sum 1,30 mill/.test(citation.quote))).toBe(true);
  });

  it('sums only the years a question lists, not just the first of them (Kongsbergregionen 2017 and 2018)', async () => {
    const listed = await ask('Hva blir totalsummen i Kongsbergregionens tiltaksplan når man legger sammen 2017 og 2018?');
    // 11 530 300 + 5 688 000
    expect(listed.flat).toContain('17 218 300 kr');
    expect(listed.flat).not.toContain('10 880 300');
    const all = await ask('Hva blir totalsummen i Kongsbergregionens tiltaksplan når man legger sammen 2016, 2017 og 2018?');
    expect(all.flat).toContain('28 098 600 kr');
  });
});

describe('a compound naming measures', () => {
  it('"digitaliseringstiltakene" of a digitalisation plan asks for its whole budget (Kongsbergregionen)', async () => {
    const answer = await ask('Hvilket år har Kongsbergregionen mest penger til digitaliseringstiltakene i tiltaksplanen?');
    expect(answer.flat).toContain('2017: 11 530 300 kr');
  });
});

describe('quoting the lines a sum adds', () => {
  const text = '8.2 Driftstiltak 2015 Tiltakene finansieres over driftsbudsjettet. Prosjekt Ramme 1 Infrastruktur 0,50 mill 2 Dokumentforvaltning 0,30 mill Sum 0,80 mill Neste avsnitt.';
  it('runs from the table name to the sum row', () => {
    expect(linesToSumQuote(text, [{ label: 'Infrastruktur' }, { label: 'Dokumentforvaltning' }], { table: '8.2 Driftstiltak 2015', raw: '0,80 mill' })).toBe(text.slice(0, text.indexOf(' Neste')));
  });
  it('is null when no line stands in the text', () => {
    expect(linesToSumQuote(text, [{ label: 'Velferdsteknologi' }], { table: '8.2 Driftstiltak 2015', raw: '0,80 mill' })).toBeNull();
  });
});
