import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';
import { listDocuments } from '../../src/store/index.ts';
import { buildCorpusStore, CORPUS_DIR, ROOT, type CorpusStore } from '../helpers/corpus.ts';
import { expectGrounded } from '../helpers/answers.ts';

/**
 * Comparisons that ask a fact of each strategy rather than a topic (golden-answers-t): which of two is
 * newer or was adopted last (each one's adoption, then which), the focus areas of two versions side by
 * side, the whole budgets when "spends more in total" is asked, the subject of a chapter named as a
 * compound ("velferdsteknologikapittelet"), and a wider theme's narrower theme (trygghetsalarm under
 * velferdsteknologi) shown where the topic's words do not reach it; members of two collaborations counted.
 */

let store: CorpusStore;
beforeAll(async () => {
  const dir = `${ROOT}test/fixtures/strategies`;
  const files = [
    'asker-digitaliseringsstrategi-2021-2025.md',
    'sandnes-digitaliseringsstrategi-2021-2025.md',
    'lillestrom-handlingsplan-digitalisering-2024-2027.pdf',
    'tonsberg-handlingsplan-digitalisering-2024-2026.pdf',
    'ralingen-strategi-velferdsteknologi-2015.pdf',
    'molde-helse-og-omsorgsplan-kap6-velferdsteknologi.txt',
    'ror-ikt-strategi-2021-2024.txt',
  ];
  store = await buildCorpusStore([...files.map((file) => `${dir}/${file}`), `${CORPUS_DIR}/kongsbergregionen-estrategi-2011-2014.txt`, `${CORPUS_DIR}/kongsbergregionen-tiltaksplan-2016-2018.txt`, `${CORPUS_DIR}/ovre-romerike-ikt-strategi-2020.txt`]);
}, 180_000);

const cited = (answer: Answer) => new Set(answer.citations.map((citation) => listDocuments(store.db).find((d) => d.id === citation.documentId)?.organisation));

describe('comparisons of document facts', () => {
  it('"which is newest" gives each one\'s adoption and says which is newest', async () => {
    const answer = await store.answerer.ask("Hvilken strategi er nyest, Askers eller Sandnes' digitaliseringsstrategi?");
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('document');
    expect(cited(answer)).toEqual(new Set(['Asker kommune', 'Sandnes kommune']));
    expect(answer.answer).toMatch(/Nyest er [^\n]*Asker[^\n]*7\. september 2021/);
  });

  it('"adopted first" names the earlier one, in English', async () => {
    const answer = await store.answerer.ask('Which was adopted first, Lillestrøm\'s or Tønsberg\'s action plan?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toMatch(/first adopted is [^\n]*13 December 2023/);
  });

  it('focus areas of two versions are listed and counted per version', async () => {
    const answer = await store.answerer.ask('Hvordan skiller satsingsområdene i Kongsbergregionens eStrategi 2011–2014 seg fra satsingsområdene i den regionale digitaliseringsstrategien 2015–2018?');
    expectGrounded(store.db, answer);
    expect(answer.intent).toBe('compare');
    expect(answer.answer).toContain('Digital samhandling');
    expect(answer.answer).toMatch(/satsingsområder \(9\)/);
    expect(answer.answer).not.toMatch(/Videreførte mål/);
  });

  it('"spends more in total" compares the whole budgets', async () => {
    const answer = await store.answerer.ask('Which municipality spends more on its digitalisation action plan in total: Tønsberg or Lillestrøm?');
    expect(answer.intent).toBe('budget');
    expect(answer.topic).toBe('');
    expect(answer.answer).toContain('6,510,000');
    expect(answer.answer).toContain('4,700,000');
  });

  it('the chapter named as a compound gives the topic, not "not found"', async () => {
    const answer = await store.answerer.ask('Korleis skil strategien for velferdsteknologi i Rælingen seg frå velferdsteknologikapittelet i helse- og omsorgsplanen til Molde?');
    expectGrounded(store.db, answer);
    expect(answer.topic).toBe('velferdsteknologi');
    expect(cited(answer)).toEqual(new Set(['Rælingen kommune', 'Molde kommune']));
  });

  it('a narrower theme the topic words miss is shown once', async () => {
    const answer = await store.answerer.ask('Hva er forskjellen på Rælingen og Molde når det gjelder velferdsteknologi?');
    expectGrounded(store.db, answer);
    expect(answer.answer).toMatch(/trygghetsalarm \((?:mål|tiltak)\): «[^»]*trygghetsalarm/);
    // Once per answer: a hint of the breadth, not a second topic.
    expect(answer.answer.match(/trygghetsalarm \(/g)).toHaveLength(1);
  });

  it('"who has the most member municipalities" counts each side\'s members', async () => {
    const answer = await store.answerer.ask('Hvem har flest medlemskommuner, ROR-IKT eller Øvre Romerike?');
    expect(answer.intent).toBe('document');
    expect(answer.answer).toMatch(/Antall kommuner: [^\n]*6 og [^\n]*6\./);
  });
});
