import { describe, expect, it } from 'vitest';
import { wordTerms } from '../../src/text/analyze.ts';
import { findThemeLabels, loadVocabulary, widestMatches } from '../../src/text/vocabulary.ts';
import { withoutAskedParts } from '../../src/answer/compare-specific.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h8 and -e8 (read openly on 2026-12-05, eighth session) showed misread:
 * an organisation kind with a word before it among those asked for ("kommuner og regionale samarbeid"),
 * compounds typed without æ, ø and å, a label's function words outweighing another's content words,
 * budget lines asked as one kind of evidence beside measures, nynorsk spellings of bokmål labels, and
 * examples after "til dømes" read as themes of their own. Real answers over the development corpus, asked
 * in other words than the golden questions.
 */
const dev = useDevelopmentStore();
const { ask, read } = dev;
const themes = (text: string) => widestMatches(findThemeLabels(loadVocabulary(), text)).map((match) => match.theme);

describe('reading the question', () => {
  it('leaves the organisations asked for out of the topic when a word says which of them', () => {
    expect(read('Hvilke kommuner og regionale samarbeid satser på åpne data?').topic).toBe('åpne data');
    expect(read('Open data: which towns or inter-municipal collaborations publish it?').topic).not.toMatch(/collaborations|inter/);
    expect(read('Hvilke andre kommuner har mål om skytjenester?').intent).toBe('coverage');
  });

  it('splits a compound typed without æ, ø and å like the one typed with them', () => {
    expect(wordTerms('sikkerhetsopplaring')).toContain('opplaring');
    expect(themes('hvem har sikkerhetsopplaring for ansatte')).toEqual(expect.arrayContaining(['informasjonssikkerhet', 'digital-kompetanse']));
  });

  it('weighs overlapping labels by their content words, not by the function words between them', () => {
    // "training for their employees" spans more words, but "security awareness training" names more.
    expect(themes('Who runs security awareness training for their employees?')).toContain('informasjonssikkerhet');
    // "ikkje meistrar dei digitale" still outweighs "digitale tenester" (as many content words, wider).
    expect(themes('hjelp til dei som ikkje meistrar dei digitale tenestene')).toEqual(['digital-inkludering']);
  });

  it('reads a two-letter abbreviation before a hyphen as a label of its own', () => {
    expect(themes('Pilot med KI-assistent for saksbehandlere')).toContain('kunstig-intelligens');
    expect(themes('Test AI-based translation of service information')).toContain('kunstig-intelligens');
  });

  it('keeps a hyphenated compound written as in a label whole in a comparison’s topic', () => {
    expect(withoutAskedParts('introducing two-factor login staff')).toBe('introducing two-factor login staff');
    expect(withoutAskedParts('smartby-satsingen')).toBe('smartby');
  });

  it('finds a bokmål label in its nynorsk spelling', () => {
    expect(themes('Kven satsar på miljøvenleg IKT?')).toContain('gronn-it');
  });

  it('reads budget lines asked beside measures as evidence of coverage, not as a budget question', () => {
    expect(read('Hvilke strategier har tiltak eller budsjettmidler til velferdsteknologi?').intent).toBe('coverage');
    expect(read('Which plans have goals or funding for open data?').intent).toBe('coverage');
    // A figure asked is still a budget question.
    expect(read('Hvilke kommuner har satt av penger til velferdsteknologi?').intent).toBe('budget');
  });

  it('reads a pronoun inside a relative clause as no reference to the strategies of an answer before', () => {
    expect(read('Which plans design services together with the people who will use them?').refersBack).toBe(false);
    expect(read('Hvilke strategier vil lage tjenester sammen med dem som bruker dem?').refersBack).toBe(false);
    expect(read('hvem av dem som har mål om det?').refersBack).toBe(true);
    expect(read('Which of them have budget lines?').refersBack).toBe(true);
  });

  it('reads "hvem" after a dash as asking across the strategies', () => {
    expect(read('grønn it i driften – hvem tar hensyn til det?').intent).toBe('coverage');
  });

  it('reads nynorsk plurals and verb forms in their bokmål spelling when looking for labels', () => {
    expect(themes('Kven vil følgje opp pasientar digitalt?')).toContain('telemedisin');
  });

  it('takes a lower-case word before "council" for a name only where it is a place', () => {
    expect(read('What does the digitalisation council decide?').unknownOrganisations).toEqual([]);
    expect(read('Hva sier Narvik kommune om KI?').unknownOrganisations).toEqual(['Narvik kommune']);
    expect(read('hva sier narvik kommune om ki?').unknownOrganisations).toEqual(['Narvik kommune']);
  });

  it('reads the examples after "til dømes", "for example" as illustrating the theme before them', () => {
    expect(read('Kven har mål om grøn IT, til dømes miljøkrav når ein kjøper inn utstyr?').topic).not.toMatch(/kjøper/);
    expect(read('Which strategies cover e-health, for example messaging with hospitals?').topic).toBe('e-health');
  });
});

describe('answers', () => {
  it('names only the strategies on the topic when a kind of organisation asked has a word before it', async () => {
    const listed = addressing(await ask('Hvilke kommuner og regionale samarbeid har mål om sosiale medier?'));
    expect(listed).toContain('Sørum kommune');
    expect(listed).not.toContain('ROR-IKT');
    expect(listed).not.toContain('Tromsø kommune');
  });

  it('answers green IT asked with examples of procurement without naming every strategy on procurement', async () => {
    const listed = addressing(await ask('Kven har mål om miljøvenleg IKT, til dømes miljøkrav når ein kjøper inn utstyr?'));
    expect(listed).toContain('Sørum kommune');
    expect(listed).not.toContain('Trondheim kommune');
    expect(listed).not.toContain('Gjøvik kommune');
  });

  it('finds secure login and pill dispensers asked in English', async () => {
    expect(themes('Who offers secure login to residents?')).toEqual(['id-porten']);
    const listed = addressing(await ask('Which councils plan pill dispensers for people at home?'));
    expect(listed).toContain('Rælingen kommune');
  });

  it('reads a compound the corpus lacks by its rare first part before the topic’s other words', async () => {
    const answer = await ask('Hvilken kommune vil tilby samiskspråklige innbyggere tjenester på eget språk?');
    expect(answer.citations[0]?.organisation).toBe('Tromsø kommune');
    expect(answer.citations[0]?.quote).toMatch(/samisk/i);
  });

  it('finds an English strategy’s sentence asked in bokmål through the words both languages share', async () => {
    const online = await ask('Innen når skal innbyggere og bedrifter i Bergen kunne ordne tjenestene sine på nett?');
    expect(online.citations[0]?.quote).toMatch(/online by 2026/);
    const office = await ask('Når skal de ansatte i Sunnfjord bruke Office-pakken i skyen?');
    expect(office.citations[0]?.quote).toMatch(/Microsoft 365/);
  });

  it('adds up two tables named with a shared last part left out, and reads "prisen" and "legges sammen" as money and a total', async () => {
    const both = await ask('Hva blir investerings- og driftstiltakene i Sørum til sammen i 2015?');
    expect(both.answer).toMatch(/6\s800\s000/);
    expect(read('hva blir prisen for digitalt tilsyn i tonsberg?').intent).toBe('budget');
    const added = await ask('Hvor mye setter Sørum kommune av til IKT i 2015 når investeringstiltak og driftstiltak legges sammen?');
    expect(added.answer).toMatch(/6\s800\s000/);
  });

  it('narrows a strategy’s goals to those that show the words qualifying the theme', async () => {
    const answer = await ask('Hvilke mål har Vestland fylkeskommune for bredbånd til husholdningene?');
    expect(answer.answer).toMatch(/husstandar/);
    expect(answer.answer).not.toMatch(/ferjesambanda/);
  });

  it('knows "Min side" as the single digital entry, its stop word kept in the topic', () => {
    expect(themes('Hva koster Min side?')).toEqual(['felles-inngang']);
    expect(read('What does Min side cost?').topic).toBe('min side');
  });

  it('lists the strategies that apply to a place: its own and its collaborations’', async () => {
    const molde = await ask('Hvilke planer gjelder for Molde?');
    expect(molde.intent).toBe('document');
    expect(molde.answer).toMatch(/Helse- og omsorgsplan/);
    expect(molde.answer).toMatch(/ROR-IKT.*Molde er med i ROR-IKT/);
    const eidsvoll = await ask('Which strategies apply to Eidsvoll?');
    expect(eidsvoll.answer).toMatch(/^Strategies that apply to Eidsvoll:/);
    expect(eidsvoll.answer).toMatch(/Eidsvoll is a member of Øvre Romerike/);
    // Without a place named, "which strategies cover …" asks across the strategies.
    expect(read('Which strategies cover e-health?').intent).toBe('coverage');
  });
});
