/**
 * A status report's table with the budget and the accounts side by side ("Budsjett 2025 | Regnskap 2025 |
 * Avvik"): a question asking what was actually spent ("faktisk", "brukte", "rekneskap", "actually spent") is
 * answered from the accounts and says so; any other budget question is answered from the budget, and no total,
 * dearest line or comparison adds the accounts to it. A strategy without accounts is answered from its budget,
 * said to be the budget. Own strategies in bokmål, nynorsk and English (test/ingest/actual-columns.test.ts reads
 * the same kind of table).
 */
import { describe, expect, it } from 'vitest';
import { expectGrounded, kr } from '../helpers/answers.ts';
import { getJson, testApp } from '../helpers/app.ts';
import { useWrittenCorpus } from '../helpers/written-corpus.ts';

const LUNNER = `# Statusrapport for digitalisering 2025

Lunner kommune

Behandlet av kommunestyret i Lunner 12. februar 2026, sak 8/26.

## Tiltak

Kommunen har i 2025 arbeidet med åpne data og en ny nettside.

## Økonomi

Tabellen viser budsjett og regnskap per tiltak. Tall i 1000 kr.

| Tiltak | Budsjett 2025 | Regnskap 2025 | Avvik |
|---|---|---|---|
| Åpne data | 500 | 420 | 80 |
| Ny nettside | 300 | 350 | -50 |
| Sum | 800 | 770 | 30 |
`;

const HYLLESTAD = `# Årsmelding for digitalisering 2025

Hyllestad kommune

Handsama av kommunestyret i Hyllestad 19. februar 2026, sak 5/26.

## Økonomi

Tabellen viser løyving og rekneskap for kvart tiltak. Tal i 1000 kr.

| Tiltak | Løyving 2025 | Rekneskap 2025 | Avvik |
|---|---|---|---|
| Velferdsteknologi | 900 | 1 010 | -110 |
| Breiband | 400 | 380 | 20 |
| Sum | 1 300 | 1 390 | -90 |
`;

const BALSFJORD = `# Digital Status Report 2025

Balsfjord Municipality (Balsfjord kommune)

Presented to the Balsfjord municipal council on 5 March 2026 (case 14/26).

## Costs

Budget and actual spending per measure. Amounts in NOK.

| Measure | Budget 2025 | Actual 2025 | Variance |
|---|---|---|---|
| Cloud services | 600,000 | 540,000 | 60,000 |
| Cyber security | 250,000 | 310,000 | -60,000 |
| Total | 850,000 | 850,000 | 0 |
`;

const GRAN = `# Handlingsplan for digitalisering 2025

Gran kommune

Vedtatt av kommunestyret i Gran 5. desember 2024, sak 90/24.

## Kostnader

Tall i 1000 kr.

| Tiltak | 2025 |
|---|---|
| Digital post | 200 |
| Sensorer i skolebygg | 150 |
`;

const corpus = useWrittenCorpus({
  'lunner-statusrapport-digitalisering-2025.md': LUNNER,
  'hyllestad-arsmelding-digitalisering-2025.md': HYLLESTAD,
  'balsfjord-digital-status-report-2025.md': BALSFJORD,
  'gran-handlingsplan-digitalisering-2025.md': GRAN,
});
const ask = async (text: string) => {
  const answer = await corpus.store.answerer.ask(text);
  expectGrounded(corpus.store.db, answer);
  return answer;
};

describe('what was actually spent, from the accounts beside the budget', () => {
  it('answers "faktisk brukte" from the accounts and says it is the accounts (nb)', async () => {
    const { answer, citations } = await ask('Hvor mye brukte Lunner faktisk på åpne data i 2025?');
    expect(answer).toMatch(/regnskap/i);
    expect(answer).toContain(kr('420 000'));
    expect(answer).not.toContain(kr('500 000'));
    // The row is quoted as a budget line is.
    expect(citations.map((citation) => citation.quote)).toContain('Åpne data');
  });

  it('answers "brukte … faktisk" in nynorsk from the rekneskap', async () => {
    const { answer } = await ask('Kor mykje brukte Hyllestad faktisk på velferdsteknologi i 2025?');
    expect(answer).toMatch(/rekneskap/i);
    expect(answer).toContain(kr('1 010 000'));
    expect(answer).not.toContain(kr('900 000'));
  });

  it('answers "actually spend" in English from the accounts', async () => {
    const { answer } = await ask('How much did Balsfjord actually spend on cloud services in 2025?');
    expect(answer).toMatch(/accounts|actual/i);
    expect(answer).toMatch(/NOK 540,000/);
    expect(answer).not.toMatch(/NOK 600,000/);
  });

  it("gives the accounts' total from their sum row, not the budget's and never both added", async () => {
    const { answer } = await ask('Hva ble Lunners samlede regnskap for 2025?');
    expect(answer).toContain(kr('770 000'));
    expect(answer).not.toContain(kr('800 000'));
    expect(answer).not.toContain(kr('1 570 000'));
  });

  it('lists both where the budget and the spending are asked, each said for what it is', async () => {
    const { answer } = await ask('Hvor mye ble budsjettert og hvor mye ble faktisk brukt på åpne data i Lunner i 2025?');
    expect(answer).toContain(kr('500 000'));
    expect(answer).toContain(kr('420 000'));
    expect(answer.indexOf(kr('500 000'))).toBeLessThan(answer.indexOf('regnskapet'));
    expect(answer.indexOf('regnskapet')).toBeLessThan(answer.indexOf(kr('420 000')));
    expect(answer).not.toContain(kr('920 000'));
  });
});

describe('any other budget question reads the budget only', () => {
  it("answers a line's budget from the budget column", async () => {
    const { answer } = await ask('Hva var budsjettet for åpne data i Lunner i 2025?');
    expect(answer).toContain(kr('500 000'));
    expect(answer).not.toContain(kr('420 000'));
  });

  it('totals the budget once, never adding the accounts (nb, nn, en)', async () => {
    const nb = (await ask('Hva var Lunners samlede budsjett for 2025?')).answer;
    expect(nb).toContain(kr('800 000'));
    expect(nb).not.toContain(kr('1 570 000'));
    expect(nb).not.toContain(kr('770 000'));
    const nn = (await ask('Kva var det samla budsjettet til Hyllestad i 2025?')).answer;
    expect(nn).toContain(kr('1 300 000'));
    expect(nn).not.toContain(kr('2 690 000'));
    const en = (await ask("What was Balsfjord's total budget for 2025?")).answer;
    expect(en).toMatch(/NOK 850,000/);
    expect(en).not.toMatch(/NOK 1,700,000/);
  });

  it('names the dearest line and compares two lines by the budget', async () => {
    const dearest = (await ask('Hvilket tiltak er dyrest i Lunner?')).answer;
    expect(dearest).toContain('Åpne data');
    expect(dearest).toContain(kr('500 000'));
    expect(dearest).not.toContain(kr('920 000'));
    const compared = (await ask('Koster åpne data mer enn ny nettside i Lunner?')).answer;
    expect(compared).toContain(kr('500 000'));
    expect(compared).toContain(kr('300 000'));
    expect(compared).not.toContain(kr('420 000'));
  });
});

describe('a strategy without accounts', () => {
  it('is answered from its budget, said to be the budget, when the spending is asked', async () => {
    const { answer } = await ask('Hvor mye brukte Gran faktisk på digital post i 2025?');
    expect(answer).toMatch(/oppgir ikke regnskap/);
    expect(answer).toContain(kr('200 000'));
  });

  it('is answered from its budget as before when only a verb of spending asks', async () => {
    const { answer } = await ask('Hvor mye brukte Gran på digital post i 2025?');
    expect(answer).not.toMatch(/regnskap/);
    expect(answer).toContain(kr('200 000'));
  });
});

describe('the budgets page', () => {
  it("lists the budget's lines only, each with the accounts' figure of its row as `actual`", async () => {
    const app = testApp(corpus.store);
    const { status, body } = await getJson(app, '/api/budgets?q=åpne data');
    expect(status).toBe(200);
    expect(body.items.map((item: { label: string; amount: number; actual?: { amount: number } }) => [item.label, item.amount, item.actual?.amount])).toEqual([['Åpne data', 500_000, 420_000]]);
    const all = await getJson(app, '/api/budgets?limit=100');
    expect(all.body.items.filter((item: { basis?: string }) => item.basis === 'actual')).toEqual([]);
    // Gran has no accounts: its lines carry none.
    expect(all.body.items.filter((item: { documentId: string }) => item.documentId.startsWith('gran')).every((item: { actual?: unknown }) => item.actual === undefined)).toBe(true);
    const totals = await getJson(app, '/api/budgets/totals?q=åpne data');
    expect(JSON.stringify(totals.body)).not.toContain('920000');
  });
});
