import { describe, expect, it } from 'vitest';
import { conceptWords } from '../../src/search/match.ts';
import { stem } from '../../src/text/analyze.ts';
import { bokmål } from '../../src/text/cognates.ts';
import { loadVocabulary } from '../../src/text/vocabulary.ts';

describe('nynorsk words in their bokmål spelling (data/cognates.json)', () => {
  it('spells the common nynorsk forms the bokmål way, and leaves short and unrelated words alone', () => {
    expect(['heimebuande', 'løysingar', 'innbyggjarane', 'sjukeheim', 'tilgjengeleg', 'brukarar', 'ønskjer', 'sjølvbetjening'].map(bokmål)).toEqual(['hjemmeboende', 'løsninger', 'innbyggerne', 'sykehjem', 'tilgjengelig', 'brukere', 'ønsker', 'selvbetjening']);
    expect(['skjema', 'lege', 'kollega', 'vanleg'].map(bokmål)).toEqual(['skjema', 'lege', 'kollega', 'vanleg']);
  });

  it('lets a free-text topic asked in nynorsk find the bokmål word', () => {
    const stats = { passages: 100, documentFrequency: () => 1 };
    const [word] = conceptWords('heimebuande', loadVocabulary(), stats, 'nn');
    expect(word?.alternatives.map((alternative) => alternative.stem)).toContain(stem('hjemmeboende'));
  });
});
