import { describe, expect, it } from 'vitest';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { findThemeLabels, loadVocabulary } from '../../src/text/vocabulary.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h7 and -e7 (read openly on 2026-12-05, seventh session) showed misread:
 * theme labels typed without æ, ø and å ("gronn it"), the organisations asked for after a topic and a
 * colon ("Cloud services: which municipalities or collaborations …"), counties among them ("fylke"), a
 * qualifier that only repeats the theme's own label ("digital postkasse for brev"), and the words for
 * invoice receipt and for helping residents who need support with digital services. Real answers over the
 * development corpus, asked in other words than the golden questions.
 */
const dev = useDevelopmentStore();
const { ask, read, qualifier } = dev;

describe('reading the question', () => {
  it('finds a theme label typed without æ, ø and å', () => {
    const themes = (text: string) => findThemeLabels(loadVocabulary(), text).map((match) => match.theme);
    expect(themes('hvem jobber med gronn it?')).toContain('gronn-it');
    expect(themes('kven har mål om breibandsdekning pa bygda?')).toContain('bredband');
  });

  it('leaves the organisations asked for out of the topic after a colon, and counties among them', () => {
    expect(read('Open data: which municipalities or collaborations have goals on it?').topic).not.toMatch(/municipalities|collaborations/);
    expect(read('Kva kommunar, regionar eller fylke har mål om opne data?').topic).not.toMatch(/fylke/);
    // "them" stands for the topic named before the colon, not for the strategies of an answer before.
    expect(read('Open data: which municipalities have plans for publishing them?').intent).toBe('coverage');
  });

  it('reads no qualifier that only repeats a word of the theme’s own labels', () => {
    expect(qualifier('Hvem tar i bruk digital postkasse for brev?')).toBeNull();
    // A word of its own still qualifies.
    expect(qualifier('Hvem satser på digital kompetanse for lærere?')).toEqual(['lærere']);
    // A reading whose words cannot be looked for ("in the classroom") gives way to the next (the owner).
    expect(qualifier("Which towns address teachers' digital skills in the classroom?", 'en')).toEqual(['teachers']);
    // Words after a theme qualify it though examples of it follow.
    expect(qualifier('Hvem bruker velferdsteknologi hjemme hos folk, som trygghetsalarmer og digitalt tilsyn?')).toEqual(['hjemme']);
  });

  it('reads Norwegian "nok" (enough) as no currency, and "exactly … there" as words of a follow-up', () => {
    expect(read('Kven har mål om nok breibandskapasitet i skulane?').intent).toBe('coverage');
    expect(read('What is the budget in NOK million?').intent).toBe('budget');
    expect(read('What exactly does Stavanger commit to there?').topic).toBe('');
  });

  it('knows invoice receipt and support for residents using digital services', () => {
    const stats = termStats(dev.store.db);
    expect(resolveConcept('fakturamottaket', loadVocabulary(), stats).named).toContain('e-faktura');
    expect(resolveConcept('innbyggere som trenger støtte til å bruke digitale tjenester', loadVocabulary(), stats).named).toContain('digital-inkludering');
  });
});

describe('answers', () => {
  it('reads "lede" beside "lederes" as the leaders again, not as a theme the sentences must also show', async () => {
    const listed = addressing(await ask('Hvem vil styrke lederes kompetanse i å lede digital endring?'));
    // «Lederes kompetanse er en nøkkelfaktor …»: no word of leadership beside it.
    expect(listed).toContain('3-1 IKT-samarbeidet');
    expect(listed).toContain('Asker kommune');
  });

  it('answers a question for measurable targets with the goals that state one', async () => {
    const answer = (await ask('Which measurable targets has Sandnes set?')).answer;
    expect(answer).toMatch(/600 hjemmeboende/);
    expect(answer).toMatch(/100 % av utgående brev/);
    expect(read('Which measurable targets has Sandnes set?').topic).not.toMatch(/measurable/);
  });

  it('answers a colloquial question typed without æ, ø and å like the written one', async () => {
    const typed = addressing(await ask('hvem har skrevet noe om gronn it?'));
    const written = addressing(await ask('Hvem har skrevet noe om grønn IT?'));
    expect(typed).toContain('Sørum kommune');
    expect(typed.match(/^• [^–\n]+/gmu)).toEqual(written.match(/^• [^–\n]+/gmu));
  });
});
