import { describe, expect, it } from 'vitest';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { sentenceUnits } from '../../src/text/sentences.ts';
import { addressing, kr } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h6 and -e6 (read openly on 2026-12-05, seventh session) showed misread:
 * an English compound of two themes ("information security training") read as either of them; a sentence
 * under a heading line read together with the heading, so that the heading's word counted for it; goals of
 * a passage that shows two themes together cited though they show only one; the group a theme is for as
 * an indefinite genitive ("læreres") or as the subject of "skal bli"; "any towns …" and "anyone planning
 * …" as questions across the strategies. Real answers over the development corpus, in other words than
 * the golden questions.
 */

const dev = useDevelopmentStore();
const { ask, read, qualifier } = dev;

describe('two themes asked together', () => {
  it('reads an English compound of two themes as one qualifying the other, as the Norwegian wording is read', async () => {
    const english = addressing(await ask('Which plans include information security training for their staff?'));
    const norwegian = addressing(await ask('Hvem gir de ansatte opplæring i informasjonssikkerhet?'));
    for (const listed of [english, norwegian]) {
      // «Alle ansatte får tilbud om opplæring i Microsoft 365 og i informasjonssikkerhet.» stands under the
      // heading line «Arbeidsformer og kompetanse»: the sentence, not the heading, shows both.
      expect(listed).toContain('Bodø kommune');
      // Goal 5 of its competence goals: «… informasjonssikkerhet blant sine ansatte».
      expect(listed).toContain('Kongsbergregionen');
      // Competence without security, or security without training.
      for (const organisation of ['Rælingen kommune', 'Drammen kommune', 'Kristiansand kommune']) expect(listed).not.toContain(organisation);
    }
  });

  it('splits a heading line from the sentence below it, but not a sentence a PDF wrapped', () => {
    const units = sentenceUnits('Arbeidsformer og kompetanse\nAlle ansatte får tilbud om opplæring i Microsoft\n365 og i informasjonssikkerhet. Ledere får kurs.').map((unit) => unit.text.trim());
    expect(units).toEqual(['Arbeidsformer og kompetanse', 'Alle ansatte får tilbud om opplæring i Microsoft\n365 og i informasjonssikkerhet.', 'Ledere får kurs.']);
  });
});

describe('the group a theme is for', () => {
  it('reads an indefinite genitive, the subject of "skal bli" and an object after a determiner as qualifying the theme', () => {
    expect(qualifier('Hvem jobber med læreres digitale kompetanse?')).toEqual(['lærere']);
    expect(qualifier('Hvem sørger for at lærerne skal bli flinkere digitalt?')).toEqual(['lærerne']);
    expect(qualifier('which towns are upskilling their teachers?', 'en')).toEqual(['teachers']);
    // The word a causative verb makes so; a relative clause about the people goals are for anyway; a word of place.
    expect(qualifier('Who helps get teachers better at using digital tools?', 'en')).toEqual(['teachers']);
    expect(qualifier('Hvem satser på velferdsteknologi for innbyggere som mottar hjemmetjenester?')).toEqual(['hjemmetjenester']);
    expect(qualifier('Hvem bruker velferdsteknologi hjemme hos folk?')).toEqual(['hjemme']);
    // Units are among the people goals are for by default: "i einingane sine" qualifies nothing.
    expect(qualifier('Kven vil ta i bruk elektronisk signering i einingane sine?', 'nn')).toBeNull();
  });

  it('answers either wording with the strategies whose sentences on competence name teachers', async () => {
    for (const question of ['Hvem jobber med læreres digitale kompetanse?', 'Hvem sørger for at lærerne skal bli flinkere digitalt?']) {
      const listed = addressing(await ask(question));
      // «… kurs og veiledning i digital didaktikk for lærere …», «… lærere … nok kunnskap til å bruke digitale verktøy …».
      for (const organisation of ['Kristiansand kommune', '3-1 IKT-samarbeidet', 'Kongsbergregionen']) expect(listed).toContain(organisation);
      for (const organisation of ['Asker kommune', 'Drammen kommune', 'Lillestrøm kommune']) expect(listed).not.toContain(organisation);
    }
  });
});

describe('amounts that are not money, totals over all years, a document\'s date', () => {
  it('answers how much a strategy will cut the time staff spend on something with the percentage, not as a budget question', async () => {
    const answer = await ask('By how much will Lillestrøm cut the time caseworkers spend on manual registration?');
    expect(read('By how much will Lillestrøm cut the time caseworkers spend on manual registration?').intent).not.toBe('budget');
    expect(answer.answer).toMatch(/20 prosent/);
  });

  it('adds up all focus areas over "all three years" as the budget total', async () => {
    const answer = await ask('Hva koster alle satsingsområdene i tiltaksplanen til Kongsbergregionen de tre årene til sammen?');
    expect(answer.answer).not.toMatch(/fant ingen budsjettposter/i);
    expect(answer.answer).toContain(kr('28 098 600'));
  });

  it('gives the date a document carries when asked with its version', async () => {
    expect((await ask('Which version and date does the 3-1 ICT strategy carry?')).answer).toMatch(/2009-05-27|27 May 2009/);
  });
});

describe('questions across the strategies and words of the vocabulary', () => {
  it('reads "any towns …" and "anyone planning …" as asking which strategies take a topic up', () => {
    expect(read('any councils going for digital twins?').intent).toBe('coverage');
    expect(read('anyone working on open data?').intent).toBe('coverage');
  });

  it('knows running ICT together and collaboration in health care as themes', async () => {
    const stats = termStats(dev.store.db);
    expect(resolveConcept('samhandling i helsetjenesten', loadVocabulary(), stats).named).toEqual(['helsemeldinger']);
    // «Samarbeidet drifter felles nettverk, servere og fagsystemer for medlemskommunene …»
    expect(addressing(await ask('Hvem har felles IKT-drift med andre kommuner?'))).toContain('ROR-IKT');
  });
});
