import { describe, expect, it } from 'vitest';
import { qualifyingWords } from '../../src/answer/qualifying-words.ts';
import { resolveConcept, termStats } from '../../src/search/match.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';
import { useDevelopmentStore } from '../helpers/development-store.ts';

/**
 * What the spent held-out sets -h4 and -e4 (read openly on 2026-12-05, sixth session) showed misread: the
 * staff or residents a goal is for by default read as narrowing its theme, training staff asked in other
 * words, the line that costs most asked with "dyrest", "altså" and "Tell me about …" left in a topic. Real
 * answers over the development corpus, asked in other words than the golden questions.
 */

const dev = useDevelopmentStore();
const { ask, read } = dev;
const concept = (topic: string, language = 'nb') => resolveConcept(topic, loadVocabulary(), termStats(dev.store.db), language);

describe('the people goals are for', () => {
  it('does not narrow a theme to sentences naming its staff or residents', () => {
    const question = 'Which strategies have goals for digital skills among employees?';
    const topic = read(question).topic;
    expect(qualifyingWords(question, topic, concept(topic, 'en').themes, loadVocabulary(), termStats(dev.store.db), 'en')).toBeNull();
  });

  it('reads training the staff as digital competence, in bokmål and English', () => {
    expect(concept('lære opp medarbeiderne').named).toContain('digital-kompetanse');
    expect(concept('train staff in new tools', 'en').named).toContain('digital-kompetanse');
  });
});

describe('budget questions', () => {
  it('answers which measure costs most without taking "dyrest" for a topic', async () => {
    const answer = await ask('Hvilket tiltak i Tønsbergs handlingsplan er dyrest?');
    expect(answer.answer).not.toMatch(/fant ingen budsjettposter/i);
    expect(answer.citations.map((citation) => citation.organisation)).toContain('Tønsberg kommune');
    // One citation mark for one line, whatever years it has.
    expect(answer.answer).not.toMatch(/\[(\d+)\] \[\1\]/);
  });

  it('keeps "Tell me about" and "altså" out of the topic', async () => {
    const answer = await ask('And the total budget for 2017?', ['Tell me about Kongsbergregionen’s action plan 2016–2018.']);
    expect(answer.answer).toMatch(/11[\s\u00a0,.]?530[\s\u00a0,.]?300/);
    expect(read('Hva er samlet budsjett for 2017, altså alle satsningsområdene til sammen, i Kongsbergregionens tiltaksplan?').topic).not.toContain('altså');
  });
});
