import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons read from how two named strategies relate or what they spend: "bruker X eller Y mest på …"
 * asks both budgets, an English "finance" finds "finansiering", and "Hvordan henger X sammen med Y?"
 * compares both sides, each one's goals naming the other first — real answers on tune documents.
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const files = [
    `${dir}/tonsberg-handlingsplan-digitalisering-2024-2026.pdf`,
    `${dir}/lillestrom-handlingsplan-digitalisering-2024-2027.pdf`,
    `${dir}/sunnfjord-digitaliseringsstrategi-2021-2024.md`,
    `${dir}/vestland-regional-plan-digitalisering-2022-2029.pdf`,
  ];
  store = await buildCorpusStore(files);
}, 180_000);

const cited = (answer: Answer) => new Set(answer.citations.map((citation) => listDocuments(store.db).find((d) => d.id === citation.documentId)?.organisation));

describe('comparisons of spending and relations', () => {
  it('"bruker X eller Y mer på …" asks each one\'s whole budget, "bruker" no topic', async () => {
    const answer = await store.answerer.ask('Bruker Lillestrøm eller Tønsberg mer på tiltakene sine?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('budget');
    expect(answer.topic).toBe('');
    expect(answer.answer).toMatch(/4\s700\s000/);
    expect(answer.answer).toMatch(/6\s510\s000/);
  });

  it('an English "finance" finds the sections on financing in both plans', async () => {
    const answer = await store.answerer.ask('How do Lillestrøm and Tønsberg finance their digitalisation measures? Compare them.');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(cited(answer)).toEqual(new Set(['Tønsberg kommune', 'Lillestrøm kommune']));
    expect(answer.answer).toMatch(/investeringsbudsjett/);
  });

  it('"Hvordan henger X sammen med Y?" compares both, the goal naming the other side first', async () => {
    const answer = await store.answerer.ask('Hvordan henger Sunnfjords digitaliseringsstrategi sammen med Vestlands regionale plan?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.topic).toBe('');
    expect(cited(answer)).toEqual(new Set(['Sunnfjord kommune', 'Vestland fylkeskommune']));
    const sunnfjord = answer.answer.split('\n').find((line) => line.startsWith('• Sunnfjord'))!;
    expect(sunnfjord).toMatch(/^[^«]*«[^»]*nettverket i Vestland/);
  });
});
