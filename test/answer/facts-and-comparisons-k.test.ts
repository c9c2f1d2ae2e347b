/**
 * Facts that sit in a document's front matter, its member sentence or one budget sum row, and
 * comparisons whose quotes show the topic — as the blind tuning set golden-answers-k.json asks them,
 * over the sample corpus and a few development fixtures (real answers, reworded questions).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { documentAspects } from '../../src/answer/compose-document.ts';
import { quoteWindow, shownWindow } from '../../src/answer/quote-window.ts';
import { linesWithoutAmount } from '../../src/answer/budget-no-amount.ts';
import type { PassageRow } from '../../src/store/index.ts';

const dir = `${ROOT}test/fixtures/strategies`;
let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore([
    CORPUS_DIR,
    `${dir}/trondheim-strategi-digital-transformasjon-2022-2026.pdf`,
    `${dir}/lillestrom-handlingsplan-digitalisering-2024-2027.pdf`,
    `${dir}/tonsberg-handlingsplan-digitalisering-2024-2026.pdf`,
    `${dir}/molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt`,
    `${dir}/ralingen-strategi-velferdsteknologi-2015.pdf`,
  ]);
}, 240_000);

const quotes = (answer: { citations: Array<{ quote: string }> }) => answer.citations.map((c) => c.quote.replace(/\s+/g, ' '));

describe('document facts', () => {
  it('reads "which date" as the date the document carries, not its adoption', () => {
    expect(documentAspects('Hvilken dato har dokumentet?')).toContain('prepared');
    expect(documentAspects('Hvilken dato ble strategien vedtatt?')).not.toContain('prepared');
    expect(documentAspects('Which municipalities make up the collaboration?')).toContain('members');
    expect(documentAspects('Hvilken strategi erstatter denne?')).toContain('version');
  });

  it('who is behind a strategy and its date: the front matter\'s body beside its date, not the title', async () => {
    const answer = await store.answerer.ask('Hvem står bak eStrategien til Kongsbergregionen for 2011–2014, og hvilken dato har den?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toContain('SuksIT 28.01.2011');
    expect(quotes(answer).every((quote) => quote.includes('SuksIT'))).toBe(true);
  });

  it('which strategy it replaces: the sentence that says so, quoted', async () => {
    const answer = await store.answerer.ask('Hvilken strategi avløses av Trondheims strategi for digital transformasjon?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toMatch(/erstatter IKT-strategien fra 2017/);
  });

  it('members and since when they have worked together: the member sentence with its year, quoted', async () => {
    const answer = await store.answerer.ask('Hvilke kommuner utgjør 3-1-samarbeidet, og siden når har de samarbeidet om IKT?');
    expect(answer.intent).toBe('document');
    for (const name of ['Gausdal', 'Lillehammer', 'Øyer', '2003']) expect(answer.answer).toContain(name);
  });
});

describe('a total read from one sum row', () => {
  it('"combined" asks a total: Kongsbergregionen\'s 2018 sum row, never "not found"', async () => {
    const answer = await store.answerer.ask('What is the combined budget of Kongsbergregionen in 2018?');
    expect(answer.intent).toBe('budget');
    expect(answer.answer).toMatch(/5,688,000|5 688 000/);
  });
});

describe('comparison quotes that show the topic', () => {
  it('a long sentence is quoted by the part that shows the topic, not its leading words', () => {
    const sentence = `Helse og Velferd Budsjett 2016 Budsjett 2017 ${'3 630 300 2 830 300 1 328 000 '.repeat(6)}Inkl. i summen ligger kommunenes andel av kostnader til felles alarmmottak for digitale trygghetsalarmer.`;
    const shows = (text: string) => /alarm/.test(text);
    const window = quoteWindow(sentence, 200, shows);
    expect(window.quote.length).toBeLessThanOrEqual(200);
    expect(window.quote).toContain('alarmmottak');
    expect(window.before).toBe(true);
    expect(shownWindow(window).startsWith('… ')).toBe(true);
    // A sentence whose leading words show it keeps them.
    expect(quoteWindow(`Trygghetsalarmer skal bli digitale ${'og mer '.repeat(60)}`, 100, shows).before).toBe(false);
  });

  it('Kongsbergregionen on digital safety alarms quotes its shared alarm reception, after the budget figures', async () => {
    const answer = await store.answerer.ask('Sammenlign Rælingen, Molde og Kongsbergregionen på digitale trygghetsalarmer.');
    expect(answer.intent).toBe('compare');
    const line = answer.answer.split('\n').find((l) => l.startsWith('• Kongsbergregionen'));
    expect(line).toMatch(/alarmmottak/);
  });

  it('a flattened table row whose cell says there is no amount is read as a row (its first cell wrapped over lines)', () => {
    const text = 'Tiltak Ansvar Frist Kostnad\nTa i bruk digital signering Dokumentsenteret 2024 300 000\nOppdatere rutiner for risikovurdering og\npersonvern\nPersonvernombudet 2024 Innenfor ramme\nKurs for ledere HR 2025 750 000';
    const passage = { id: 1, text } as unknown as PassageRow;
    const found = linesWithoutAmount([passage], (words) => /personvern/.test(words));
    expect(found).toHaveLength(1);
    expect(found[0]!.cell).toBe('Innenfor ramme');
    expect(found[0]!.cells).toBe('Oppdatere rutiner for risikovurdering og personvern Personvernombudet 2024 Innenfor ramme');
    expect(linesWithoutAmount([passage], (words) => /signering/.test(words))).toHaveLength(0);
  });

  it('a comparison asking about budgets says what the table gives where a side has no amount on the topic', async () => {
    const answer = await store.answerer.ask('Compare how Lillestrøm and Tønsberg budget for privacy and information security.');
    expect(answer.intent).toBe('compare');
    const line = answer.answer.split('\n').find((l) => l.startsWith('• Lillestrøm'));
    expect(line).toMatch(/Innenfor ramme/);
    expect(answer.answer).toMatch(/120[ ,]000/);
  });

  it('"the two documents" of a comparison names the strategies compared, no topic', async () => {
    const answer = await store.answerer.ask('Hvordan skiller Kongsbergregionens to dokumenter, eStrategi 2011–2014 og tiltaksplan 2016–2018, seg når det gjelder hvem som utarbeider handlingsplanen?');
    expect(answer.intent).toBe('compare');
    const intro = answer.answer.split('\n')[0]!;
    expect(intro).toMatch(/utarbeider/);
    expect(intro).not.toMatch(/dokumenter/);
  });
});
