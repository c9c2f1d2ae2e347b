import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ORGANISATIONS } from '../../src/answer/compose-coverage.ts';
import { createHashingEmbedder } from '../../src/embed/hashing.ts';
import { createAnswerer } from '../../src/answer/index.ts';
import { ensureVectors, ingestBytes } from '../../src/load.ts';
import { createSearcher } from '../../src/search/search.ts';
import { loadThesaurus } from '../../src/search/thesaurus.ts';
import { getPassage, openDatabase } from '../../src/store/index.ts';
import { buildCorpusStore, type CorpusStore } from '../helpers/corpus.ts';

let store: CorpusStore;
beforeAll(async () => {
  store = await buildCorpusStore();
});

const K = 'Kongsbergregionen';
const S = 'Sørum kommune';
const O = 'Øvre Romerike (ØRU)';
const T = '3-1 IKT-samarbeidet';

/**
 * Ten topics over the five samples, in bokmål, English and nynorsk, with the organisations that have
 * the topic as a focus area, goal, measure or budget line (decided by reading the documents), and
 * what every cited quote must show.
 */
const TOPICS: Array<{ nb: string; en: string; nn: string; addressing: string[]; shows: RegExp }> = [
  { nb: 'velferdsteknologi', en: 'welfare technology', nn: 'velferdsteknologi', addressing: [K, S, O], shows: /velferds-?teknolog|omsorgsteknolog|trygghetsalarm/i },
  { nb: 'informasjonssikkerhet og personvern', en: 'information security and privacy', nn: 'informasjonstryggleik og personvern', addressing: [T, K, S, O], shows: /informasjonssikkerhet|personvern|personopplysning|sikkerhet/i },
  { nb: 'sosiale medier', en: 'social media', nn: 'sosiale medium', addressing: [K, S], shows: /sosiale medier/i },
  { nb: 'e-faktura', en: 'electronic invoicing', nn: 'elektronisk faktura', addressing: [K], shows: /e-?faktura|elektronisk faktura/i },
  { nb: 'skytjenester', en: 'cloud services', nn: 'skytenester', addressing: [K, S], shows: /sky(?:tjenest|løsning)|cloud/i },
  { nb: 'åpne data', en: 'open data', nn: 'opne data', addressing: [K, S], shows: /åpne data|datasett|data\.norge|offentlige data/i },
  { nb: 'e-helse', en: 'e-health', nn: 'e-helse', addressing: [K, S, O], shows: /e-?helse|helsenett|pasientjournal|kjernejournal|samhandling|helsedata|helseopplysning|telemedisin|fjern|journal|meldinger/i },
  { nb: 'gevinstrealisering', en: 'benefits realisation', nn: 'gevinstrealisering', addressing: [T, K, S, O], shows: /gevinst/i },
  { nb: 'digital kompetanse', en: 'digital skills', nn: 'digital kompetanse', addressing: [T, K, S, O], shows: /kompetanse|opplæring/i },
  { nb: 'skole og barnehage', en: 'schools and kindergartens', nn: 'skule og barnehage', addressing: [T, K, S], shows: /skole|barnehage|elev|læremid|oppvekst|utdanning/i },
];

const organisations = (answer: { citations: Array<{ organisation: string }> }) => [...new Set(answer.citations.map((c) => c.organisation))].sort();

describe('coverage on ten topics', () => {
  it.each(TOPICS)('$nb: the same strategies in bokmål, English and nynorsk, each quote showing the concept', async (topic) => {
    const answers = [
      await store.answerer.ask(`Hvilke kommuner prioriterer ${topic.nb}?`),
      await store.answerer.ask(`Which municipalities prioritise ${topic.en}?`),
      await store.answerer.ask(`Kva kommunar prioriterer ${topic.nn}?`),
    ];
    for (const answer of answers) {
      expect(answer.intent).toBe('coverage');
      expect(organisations(answer)).toEqual([...topic.addressing].sort());
      for (const citation of answer.citations) {
        expect(getPassage(store.db, citation.passageId)!.text).toContain(citation.quote);
        expect(citation.quote, `${topic.nb}: ${citation.quote}`).toMatch(topic.shows);
      }
      expect(answer.citations.length).toBeLessThanOrEqual(topic.addressing.length * 3);
    }
  });

  it('never names a strategy on a generic word alone', async () => {
    for (const word of ['IKT', 'bruk', 'digital', 'elektronisk', 'løsninger']) {
      const answer = await store.answerer.ask(`Hvilke strategier tar opp ${word}?`);
      expect(answer.citations, word).toEqual([]);
      expect(answer.answer).toMatch(/sier alene ikke|Jeg trenger et tema/);
    }
    expect((await store.answerer.ask('Which strategies address ICT?')).citations).toEqual([]);
  });

  it('says what was not found, not what a document lacks, and gives the nearest mention', async () => {
    const nothing = await store.answerer.ask('Hvilke kommuner satser på kunstig intelligens?');
    expect(nothing.citations).toEqual([]);
    expect(nothing.answer).toMatch(/^Ingen av de innlastede strategiene har «kunstig intelligens» som mål/);
    expect(nothing.answer).toContain('Fant ingen mål eller omtale av «kunstig intelligens» i: Felles 3-1 IKT-strategi 2010–2013 (3-1 IKT-samarbeidet)');
    expect((await store.answerer.ask('Which municipalities prioritise artificial intelligence?')).answer).toContain('Found no goals or mention of "artificial intelligence" in:');
    // Øvre Romerike mentions folkevalgte only in passing: graded as a mention, not among those that
    // take the topic up, and cited (the weakest evidence is still evidence the reader can check).
    const democracy = await store.answerer.ask('Hvilke kommuner prioriterer lokaldemokrati?');
    expect(democracy.answer).toMatch(/Nevnes bare i: Felles IKT strategi for kommunene på Øvre Romerike.*nærmeste omtale s\. \d+: «[^»]*folkevalg[^»]*» \[\d+\]/);
    expect(democracy.answer.split('\nTar ikke opp')[0]).not.toContain('Øvre Romerike');
    const mention = democracy.citations.filter((c) => c.organisation === O);
    expect(mention).toHaveLength(1);
    expect(mention[0]!.quote).toMatch(/folkevalg/i);
  });

  it('keeps two strategies of one organisation apart, under the organisation', async () => {
    const answer = await store.answerer.ask('Hvilke strategier tar opp sosiale medier?');
    expect(answer.answer).toMatch(/• Kongsbergregionen:\n {2}– eStrategi 2011–2014 for Kongsbergregionen: mål e: .*\[\d+\].*\n {2}– Regional digitaliseringsstrategi 2015–2018 Tiltaksplan 2016–2018: mål 4: /);
  });

  it('follow-up "og hvem av disse har satt av penger til det?" keeps the topic and narrows to those with budget lines', async () => {
    const first = 'Hvilke kommuner prioriterer velferdsteknologi?';
    const answer = await store.answerer.ask('og hvem av disse har satt av penger til det?', [{ role: 'user', content: first }]);
    expect(answer.topic).toBe('velferdsteknologi');
    expect(organisations(answer)).toEqual([K, S]);
    for (const citation of answer.citations) expect(citation.quote).toMatch(/velferdsteknologi/i);
  });
});

describe('coverage at a few hundred strategies', () => {
  it('stays readable: at most MAX_ORGANISATIONS organisations named, a count of the rest and a link to the full matrix', async () => {
    const db = openDatabase(':memory:');
    const thesaurus = loadThesaurus();
    const embedder = createHashingEmbedder({ thesaurus });
    await ensureVectors(db, embedder, () => undefined);
    const total = 240;
    for (let i = 0; i < total; i++) {
      // A third have the theme as a numbered section, a third mention it, a third are about something else.
      const focus = i % 3 === 0 ? '2 Velferdsteknologi\n\nKommunen skal ta i bruk velferdsteknologi i hjemmetjenesten, slik at flere kan bo hjemme lenger.' : i % 3 === 1 ? '2 Tjenester\n\nVi følger med på velferdsteknologi, men prioriterer andre tjenester først.' : '2 Arkiv\n\nKommunen skal innføre Noark 5 i alle enheter.';
      const text = `Digitaliseringsstrategi for Testkommune ${i}\n\n1 Innledning\n\nDette er strategien for kommune nummer ${i}. Den gjelder for perioden 2020 til 2024 og er vedtatt av kommunestyret.\n\n${focus}\n`;
      const result = await ingestBytes({ db, embedder }, new TextEncoder().encode(text), `strategi-${i}.txt`, { sidecar: { organisation: `Testkommune ${i}`, title: `Digitaliseringsstrategi for Testkommune ${i}` } });
      expect(result.status).toBe('added');
    }
    const searcher = createSearcher({ db, embedder, thesaurus });
    const answer = await createAnswerer({ db, searcher, thesaurus }).ask('Hvilke kommuner prioriterer velferdsteknologi?');
    const lines = answer.answer.split('\n').filter((line) => line.startsWith('• Testkommune'));
    expect(lines).toHaveLength(MAX_ORGANISATIONS);
    expect(answer.answer).toContain(`Disse strategiene tar opp «velferdsteknologi» (${total / 3} av ${total}):`);
    expect(answer.answer).toContain(`… og ${total / 3 - MAX_ORGANISATIONS} til.`);
    expect(answer.answer).toContain('/coverage?q=velferdsteknologi');
    expect(answer.citations.length).toBeLessThanOrEqual(MAX_ORGANISATIONS * 3);
    expect(answer.answer.length).toBeLessThan(8000);
    db.close();
  }, 120_000);
});
