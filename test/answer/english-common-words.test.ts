import { beforeAll, describe, expect, it } from 'vitest';
import { storeWithTexts, type CorpusStore } from '../helpers/corpus.ts';

/**
 * An English question about a Norwegian plan finds its sentence or table row through the equivalences of
 * common words of municipal plans (data/themes.json `equivalences`: night/natt, visits/besøk, week/veke,
 * waiting time/ventetid, opening hours/opningstider …), not only through theme labels. The plan was
 * written for this test, imitating a nynorsk benefits plan with a table of indicators.
 */
const PLAN = `# Gevinstrealiseringsplan for velferdsteknologi 2026–2028

Fitjar kommune – Helse og omsorg

*Vedteken av kommunestyret 12. februar 2026, sak 9/26.*

## Gevinstmål

| Nr | Gevinstmål | Indikator | Utgangspunkt 2025 | Mål 2028 |
|---|---|---|---|---|
| G1 | Færre fysiske tilsyn om natta | Fysiske nattbesøk per veke | 120 | 50 |
| G2 | Kortare ventetid på tryggleiksalarm | Ventetid i dagar | 14 | 3 |

## Tenestetorget

Tenestetorget skal ha opningstider til klokka 19 to dagar i veka frå hausten 2026.

## Skule

Alle elevane på ungdomssteget skal få eit eige nettbrett innan 2027. Skulane skal ha ein hastigheit på minst 500 Mbit/s på nettet. Lærarane skal bruke mindre tid på rutineoppgåver.

## Innbyggjarar

Biblioteket gir hjelp med BankID og digitale skjema kvar tysdag. Tannhelsetenesta skal tilby digital timebestilling frå 2027.
`;

describe('English words of everyday plans', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await storeWithTexts([['fitjar-gevinstrealiseringsplan-2026-2028.md', PLAN]]);
  }, 120_000);

  it('finds the table row of night visits per week asked in English', async () => {
    const answer = await store.answerer.ask('How many physical night visits per week does Fitjar want by 2028?');
    expect(answer.citations[0]?.quote).toMatch(/nattbesøk per veke/);
    expect(answer.answer).toMatch(/50/);
  });

  it('finds the waiting time and the opening hours asked in English', async () => {
    expect((await store.answerer.ask('What waiting time does Fitjar aim for on safety alarms?')).citations[0]?.quote).toMatch(/Ventetid/);
    expect((await store.answerer.ask('What are the planned opening hours of the service desk in Fitjar?')).citations[0]?.quote).toMatch(/opningstider/);
  });

  it('finds speed and tasks asked in English', async () => {
    expect((await store.answerer.ask('What network speed should the schools in Fitjar have?')).answer).toMatch(/500 Mbit/);
    expect((await store.answerer.ask('What does Fitjar say about the time teachers spend on routine tasks?')).citations[0]?.quote).toMatch(/rutineoppgåver/);
  });

  it('finds a word by another of its equivalence group ("tannlegetime" of "tannhelsetenesta")', async () => {
    expect((await store.answerer.ask('Kan ein bestille tannlegetime digitalt i Fitjar?')).citations[0]?.quote).toMatch(/Tannhelsetenesta/);
  });

  it('finds help asked in English', async () => {
    expect((await store.answerer.ask('Where can residents of Fitjar get help with BankID?')).citations[0]?.quote).toMatch(/hjelp med BankID/);
  });
});
