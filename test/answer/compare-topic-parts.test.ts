import { beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_SET } from '../../bench/answer-eval.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { namesSeveralThemes, topicParts } from '../../src/answer/compare-topic-parts.ts';

/**
 * A comparison on a topic of several parts (themes, specific words) quotes, on each side, the evidence
 * that shows the most of it, and a side showing only the commoner of two named themes says it has
 * nothing on the topic (src/answer/compare-topic-parts.ts) — real answers over the development set.
 */

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore(DEVELOPMENT_SET.paths);
}, 240_000);

const ask = (question: string) => store.answerer.ask(question, []);
const sideOf = (answer: string, name: string) => answer.split('\n').find((line) => line.startsWith(`• ${name}`)) ?? '';

describe('topic parts', () => {
  it('weighs the named themes and the words beside them, a compound naming a theme being no word of its own', () => {
    const stats = termStats(store.db);
    const parts = (topic: string) => topicParts(store.db, topic, resolveConcept(topic, loadVocabulary(), stats), stats);
    const satisfaction = parts('innbyggernes tilfredshet digitale tjenestene');
    expect(satisfaction.parts.map((part) => part.kind)).toEqual(['theme', 'word', 'word']);
    // "fornøyd" shows "tilfredshet" (an equivalent in data/themes.json).
    expect(satisfaction.score('Minst 70 prosent av innbyggerne skal være fornøyd med kommunens digitale tjenester')).toBeGreaterThan(satisfaction.score('Trondheim kommune skal ha digitale tjenester i verdensklasse'));
    // A theme named only by generic words ("digitale tjenester") gives way to the specific one (search/match.ts).
    const sami = parts('digitale tjenester samisk');
    expect(sami.parts.filter((part) => part.kind === 'theme').map((part) => part.label)).toEqual(['samisk']);
    expect(sami.themeScore('Gi innbyggerne digitale tjenester som er enkle å bruke')).toBe(0);
    const procurement = parts('innovative anskaffelser');
    expect(namesSeveralThemes(procurement)).toBe(true);
    expect(procurement.themeScore('Kommunen vil bruke innovative anskaffelser')).toBeGreaterThan(procurement.themeScore('Kommunen samordner anskaffelser'));
    expect(parts('ikt-anskaffelser').parts.map((part) => part.kind)).toEqual(['theme']);
  });
});

describe('comparisons on a topic of several parts', () => {
  it('quotes the goals on satisfaction with digital services, not every goal on digital services', async () => {
    const answer = await ask('Sammenlign målene for innbyggernes tilfredshet med de digitale tjenestene i Trondheim, Stavanger og Sandnes.');
    expect(sideOf(answer.answer, 'Sandnes')).toContain('Innbyggernes tilfredshet');
    expect(sideOf(answer.answer, 'Sandnes')).not.toContain('på innbyggernes premisser');
    expect(sideOf(answer.answer, 'Trondheim')).toContain('fornøyd');
    expect(sideOf(answer.answer, 'Trondheim')).not.toContain('verdensklasse');
    expect(answer.citations.every((citation) => /tilfreds|fornøyd/i.test(citation.quote))).toBe(true);
  });

  it('says a side that has digital services but nothing in Sami has nothing on the topic, and cites only the other', async () => {
    const answer = await ask('Sammenlign Tromsø og Bodø på digitale tjenester på samisk.');
    expect(sideOf(answer.answer, 'Bodø')).toMatch(/fant ingen/);
    expect(answer.citations.map((citation) => citation.organisation)).toEqual(['Tromsø kommune']);
    expect(answer.citations[0]!.quote).toMatch(/samisk/i);
  });

  it('keeps two parts of about equal weight: a goal on innovation beside a passage on procurement', async () => {
    const answer = await ask('Sammenlign hva Trondheim, Stavanger og Kongsbergregionen sier om innovative anskaffelser.');
    expect(sideOf(answer.answer, 'Stavanger')).toContain('innkjøper');
    expect(sideOf(answer.answer, 'Trondheim')).toContain('innovative anskaffelser');
  });

  it('drops a goal that only shares a common word with the topic where another shows the theme', async () => {
    const answer = await ask('Sammenlign Sandnes og Sørum når det gjelder digital post til innbyggerne.');
    expect(sideOf(answer.answer, 'Sandnes')).toContain('Digipost');
    expect(sideOf(answer.answer, 'Sandnes')).not.toContain('innbyggernes premisser');
  });
});
