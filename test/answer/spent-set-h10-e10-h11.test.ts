import { describe, expect, it } from 'vitest';
import { findThemeLabels, loadVocabulary, widestMatches } from '../../src/text/vocabulary.ts';
import { addressing } from '../helpers/answers.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent sets -h10, -e10 and -h11 (held out until the ninth 2026-12-05 session, read once their
 * consistency over rephrasings had fallen) showed: the four wordings of one question named different
 * strategies where one wording reached a theme and another a theme and its qualifier ("lederne flinkere"
 * vs "digital kompetanse for ledere"), where an English word had no Norwegian one ("numeric",
 * "line-of-business systems"), where "case-management" was read as management, and where risk assessments
 * were all of information security. Real answers over the development corpus, asked in other words.
 */
const dev = useDevelopmentStore();
const { ask } = dev;
const themes = (text: string) => widestMatches(findThemeLabels(loadVocabulary(), text)).map((match) => match.theme);
const named = (answer: { answer: string }, names: string[]) => names.filter((name) => addressing(answer).includes(name));

describe('reading the question', () => {
  it('knows risk assessments as a theme under information security, and case management whole', () => {
    expect(themes('Hvem krever ROS-analyser?')).toEqual(['ros-analyse']);
    expect(themes('Which councils require risk assessments?')).toEqual(['ros-analyse']);
    expect(themes('case-management and electronic archive systems')).toEqual(['sak-arkiv', 'sak-arkiv']);
  });
});

describe('answers', () => {
  it('answers leaders’ digital skills the same whether the leaders qualify digital skills or name the theme', async () => {
    const candidates = ['Asker kommune', 'Lillestrøm kommune', 'Tromsø kommune', 'Bodø kommune', 'Kongsbergregionen', '3-1 IKT-samarbeidet', 'ROR-IKT', 'Drammen kommune'];
    const theme = named(await ask('Hvilke strategier tar opp lederes digitale kompetanse?'), candidates);
    expect(theme).toEqual(expect.arrayContaining(['Asker kommune', 'Lillestrøm kommune', 'Tromsø kommune']));
    expect(named(await ask('Hvem satser på å gjøre lederne sine flinkere på digitalisering?'), candidates)).toEqual(theme);
  });

  it('answers risk assessments with the strategies that require them, not every strategy on security', async () => {
    const answer = await ask('Which councils require risk assessments of new systems?');
    expect(named(answer, ['Lillestrøm kommune', 'Sørum kommune', 'Asker kommune', 'Bergen kommune'])).toEqual(['Lillestrøm kommune', 'Sørum kommune']);
  });

  it('reads a numeric target for satisfaction as satisfaction, whatever "numeric" is in Norwegian', async () => {
    const answer = await ask("Which municipalities set a numeric target for residents' satisfaction with digital services?");
    expect(named(answer, ['Sandnes kommune', 'Trondheim kommune', 'Stavanger kommune', 'Bodø kommune', 'Gjøvik kommune'])).toEqual(['Sandnes kommune', 'Trondheim kommune', 'Stavanger kommune']);
  });

  it('finds integration of line-of-business systems asked in English', async () => {
    const answer = await ask('Which strategies prioritise integrating their line-of-business systems?');
    expect(named(answer, ['Sandnes kommune', 'Tønsberg kommune'])).toEqual(['Sandnes kommune', 'Tønsberg kommune']);
  });
});
