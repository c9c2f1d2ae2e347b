import { describe, expect, it } from 'vitest';
import { givesNumberAsked } from '../../src/answer/lookup-sentences.ts';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { findThemeLabels, loadVocabulary } from '../../src/text/vocabulary.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out set -m (golden-answers-m.json, read openly on 2026-12-05, fourth session) and
 * the blind tuning set -g3 showed misread: an organisation word after a name ("Vestland County's plan"),
 * a compound whose first part is a two-letter word ("byløysingar"), examples introduced after the kind
 * they belong to, a gloss after a theme ("i.e. …"), free English words in a Norwegian strategy, "hvem"
 * with any verb asking across the strategies, "how" with words of money asking for text, and colloquial
 * names of themes. Real answers over the development corpus, asked in other words than the golden questions.
 */

const dev = useDevelopmentStore();

const { ask, read } = dev;
const stats = () => termStats(dev.store.db);
const themesOf = (text: string) => [...new Set(findThemeLabels(loadVocabulary(), text).map((match) => match.theme))];

describe('names and topics', () => {
  it('reads a word for the kind of organisation after its name as part of the name', () => {
    const county = read("What does Vestland County's regional plan say about broadband?");
    expect(county.documents.map((document) => document.organisation)).toEqual(['Vestland fylkeskommune']);
    expect(county.topic).toBe('broadband');
    expect(read('Hva er hovedmålet i Vestland fylkes plan?').topic).toBe('');
  });

  it('splits a compound whose first part is a listed two-letter word, so a label ending in it matches', () => {
    expect(themesOf('smarte byløsninger')).toEqual(['smartby']);
    expect(themesOf('smarte byløysingar i sentrum')).toEqual(['smartby']);
  });

  it('asks for the kind named before examples introduced by "med", "such as", and not for a broader theme', () => {
    expect(read('Hvem satser på smarte byløsninger, med sensorer og slikt?').topic).not.toMatch(/innovasjon/);
    // Examples alone still ask for their kind.
    expect(read('Hvem har trygghetsalarmer, digitalt tilsyn og sånt?').topic).toMatch(/^velferdsteknologi/);
  });

  it('leaves out a gloss after a theme ("i.e.", "altså", "det vil si")', () => {
    expect(read('Which municipalities cover open data, i.e. publishing datasets for businesses?').topic).toBe('open data');
    expect(read('Hvem satser på gevinstrealisering, altså at prosjektene faktisk gir noe igjen?').topic).toBe('gevinstrealisering');
  });

  it('reads "hvem" with any verb as a question across the strategies, but not a verb asking for a name', () => {
    expect(read('hvem legger ut datasett for næringslivet?').intent).toBe('coverage');
    expect(read('Hvem digitaliserer byggesøknadene?').intent).toBe('coverage');
    expect(read('Hvem leverer IKT-tjenestene til 3-1-kommunene?').intent).not.toBe('coverage');
    expect(read('Hvem er ansvarlig for informasjonssikkerhet i Asker?').intent).toBe('lookup');
  });

  it('reads colloquial ways of asking across the strategies as coverage, the same as the plain question', () => {
    for (const question of ['is anyone doing anything on open data?', "Who's got plans for open data?", 'Which municipalities are investing in open data?', 'Finnes det strategier med mål om åpne data?']) {
      const read_ = read(question);
      expect([read_.intent, read_.topic]).toEqual(['coverage', question.includes('åpne') ? 'åpne data' : 'open data']);
    }
    expect(read("Compare Stavanger's and Sørum's approach to innovation.").topic).toBe('innovation');
    // "are in" asks for members only as words of their own.
    expect(read('Which municipalities are in Kongsbergregionen?').intent).toBe('document');
  });

  it('reads "how" with words of money, when no figure is asked, as a question about the text', () => {
    expect(read('How does ROR-IKT divide the costs between its members?').intent).toBe('lookup');
    expect(read('How much does ROR-IKT spend on operations?').intent).toBe('budget');
  });

  it('prefers a label that names the words whole to one found inside a compound', () => {
    expect(resolveConcept('digitale helsetjenester', loadVocabulary(), stats()).named).toEqual(['e-helse']);
    expect(resolveConcept('integrasjonsplattform', loadVocabulary(), stats()).named).toEqual(['integrasjonsplattform']);
    // A compound with no label of its own is still named by the label inside it.
    expect(resolveConcept('velferdsteknologiprogrammet', loadVocabulary(), stats()).named).toEqual(['velferdsteknologi']);
  });

  it('does not read a theme label ending in "kommune" or "municipality" as an organisation', () => {
    expect(read('Hvilke kommuner satser på smart kommune?').topic).toBe('smart kommune');
    expect(read('Which strategies describe a host municipality?').unknownOrganisations).toEqual([]);
  });

  it('knows colloquial and abbreviated names of themes', () => {
    expect(themesOf('infosikkerhet')).toEqual(['informasjonssikkerhet']);
    expect(themesOf('god nettdekning')).toEqual(['bredband']);
    expect(themesOf('national building blocks')).toEqual(['felleskomponenter']);
    // Health messaging is its own theme under e-helse (data/themes.json), so a question on it is not answered with health records.
    expect(themesOf('helsemeldinger')).toEqual(['helsemeldinger']);
    expect(loadVocabulary().byId.get('e-helse')?.narrower).toContain('helsemeldinger');
  });
});

describe('answers', () => {
  it('says which organisations are loaded when a comparison names one that is not, and keeps each list item whole', async () => {
    const oslo = await ask('Sammenlign Sørum og Oslo på åpne data');
    expect(oslo.answer).toMatch(/^Ingen av de innlastede strategiene er fra Oslo\./);
    expect(oslo.citations).toEqual([]);
    // «- Alle innbyggere skal få svar på henvendelser …» is quoted without the item after it (sensors, open data).
    const dialogue = await ask('Hva vil Drammen gjøre med innbyggerdialog?');
    expect(dialogue.answer).toContain('felles digital innbyggerdialog');
    expect(dialogue.answer).not.toContain('sensorer');
  });

  it('finds a goal asked with free English words by their English stems and Norwegian cognates', async () => {
    const answer = await ask('Does Sandnes want to send all letters digitally?');
    expect(answer.answer).toContain('100 % av utgående brev');
  });

  it('answers a coverage question typed in lower case with a colloquial verb', async () => {
    const answer = await ask('hvem flytter e-post og kontorstøtte over i skyen?');
    expect(answer.answer).toContain('Gjøvik kommune');
    expect(answer.answer).toContain('Sunnfjord kommune');
  });

  it('compares on a theme by the passages its tags name where the search does not reach them', async () => {
    // «grøn IT» (the nynorsk label) reaches Øvre Romerike's sentences on the environment through the theme's tags.
    const answer = await ask('Korleis skil Sørum og Øvre Romerike seg når det gjeld grøn IT?');
    expect(answer.answer).not.toMatch(/Øvre Romerike \(ØRU\): fann ingen/);
    expect(answer.citations.some((citation) => citation.organisation === 'Øvre Romerike (ØRU)')).toBe(true);
  });

  it('compares two strategies on a theme named by its abbreviation', async () => {
    const answer = await ask('Asker vs Sunnfjord på infosikkerhet?');
    expect(answer.answer).toContain('ISO 27001');
    expect(answer.answer).toContain('Sunnfjord kommune');
  });

  it('answers how costs are split from the text, not from budget rows', async () => {
    const answer = await ask('Hvordan deler ROR-IKT-kommunene kostnadene seg imellom?');
    expect(answer.answer).toMatch(/fordelingsnøkkel|innbyggertal/);
  });

  it('counts a strategy that dwells on a topic, or promises something on it in running text, as addressing it', async () => {
    // Lillestrøm's follow-up section: «Tiltakseieren lager en enkel gevinstplan … rapporterer på gevinstene …».
    const benefits = await ask('Hvem jobber med gevinstrealisering?');
    expect(benefits.answer.split(/\nTar ikke opp/)[0]).toContain('Lillestrøm kommune');
    // Sunnfjord: «Personvernombodet skal involverast tidleg.»
    const privacy = await ask('Hvilke strategier tar opp personvern?');
    expect(privacy.answer.split(/\nTar ikke opp/)[0]).toContain('Sunnfjord kommune');
  });

  it('answers a free-text topic no strategy shows whole for the part some strategy takes up, and says so', async () => {
    const answer = await ask('Hvem gjør noe med lange ventetider på tannhelse?');
    expect(answer.answer).toMatch(/^Ingen av de innlastede strategiene tar opp hele «lange ventetider tannhelse»\. Det nærmeste er det de sier om «tannhelse»:/);
    expect(answer.answer).toContain('digital timebestilling');
    // A topic of one word nobody has is still not found.
    expect((await ask('Hvilke kommuner satser på blokkjede?')).citations).toEqual([]);
  });

  it('says which words beside a named theme no strategy holds, and answers for the theme', async () => {
    const answer = await ask('hvem gjør noe med lange ventetider på medisindispensere?');
    expect(answer.answer).toMatch(/^«ventetider» står ikke i noen av de innlastede strategiene; svaret gjelder «medisindispensere»\.\nDisse strategiene tar opp «medisindispensere»/);
    // Words the strategies do hold stay part of the topic asked.
    expect((await ask('Hvilke kommuner har tiltak for medisindispensere i hjemmetjenesten?')).answer).not.toMatch(/står ikke i noen/);
  });

  it('reads a two-letter word typed without å as the stop word it spells, and "vert" as a compound part', async () => {
    expect((await ask('hva sier tromso om skyen pa sikt?')).topic).toBe('skyen sikt');
    const host = await ask('Hvilken kommune er vert for ROR-IKT-samarbeidet?');
    expect(host.answer).toContain('Vertskommune er Molde');
  });

  it('does not take a reference to a measure ("tiltak 6") for the count asked', () => {
    expect(givesNumberAsked('Hvor mange ressurspersoner er det?', 'Programmet har satt av midler til ressurspersoner i hver enhet (tiltak 6).')).toBe(false);
    expect(givesNumberAsked('Hvor mange ressurspersoner er det?', 'Programmet har satt av midler til 12 ressurspersoner.')).toBe(true);
  });
});
