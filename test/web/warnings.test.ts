import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { warningIn } from '../../web/js/warnings.js';
import { parseDocument } from '../../ingest/parse.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

/**
 * Ingest warnings are written in English; the Norwegian interface shows them in bokmål. The warnings
 * here are real: produced by parsing the sample corpus, a saved web page and a text without headings,
 * so a new or reworded warning in ingest fails this test until the page can say it in Norwegian.
 */
describe('ingest warnings in the interface language', () => {
  it('every warning real inputs produce has a bokmål wording; English stays as written', async () => {
    const inputs: Array<[string, Uint8Array]> = [
      ...['3-1-felles-ikt-strategi-2010-2013.txt', 'kongsbergregionen-tiltaksplan-2016-2018.txt', 'sorum-e-strategi-2015-2018.txt'].map((file): [string, Uint8Array] => [file, readFileSync(`${CORPUS_DIR}/${file}`)]),
      ['side.txt', new TextEncoder().encode('Hjem › Planer › Strategi\n\nHopp til hovedinnhold\nMeny\nSøk\nStrategi\n\nStrategi for Gran 2024–2027\n\nMål\n\nVi skal bli digitale.\n\nPostadresse: Postboks 1\nPersonvernerklæring\nFølg oss på Facebook\n')],
      ['notat.txt', new TextEncoder().encode('et notat uten overskrifter. det handler om digitalisering.\n')],
    ];
    const warnings = (await Promise.all(inputs.map(([name, bytes]) => parseDocument(bytes, name)))).flatMap((doc) => doc.warnings);
    expect(warnings.length).toBeGreaterThanOrEqual(5);
    for (const warning of warnings) {
      const nb = warningIn(warning, 'nb');
      expect(nb, warning).not.toBe(warning);
      expect(nb, warning).not.toMatch(/\b(?:the|removed|characters|lines|found|have)\b/);
      expect(warningIn(warning, 'en')).toBe(warning);
    }
  });

  it('keeps numbers and table names, and shows an unknown warning as written', () => {
    expect(warningIn('removed 332 characters of site chrome: the web page\'s navigation (7 lines); the web page\'s footer (5 lines)', 'nb')).toBe('fjernet 332 tegn som hører til nettstedet, ikke dokumentet: nettsidens meny og navigasjon (7 linjer); nettsidens bunntekst (5 linjer)');
    expect(warningIn('6. Arkitektur: the sum row fits several year assignments; years of rows with empty cells are marked uncertain', 'nb')).toMatch(/^6\. Arkitektur: sumraden/);
    expect(warningIn('something new happened', 'nb')).toBe('something new happened');
  });
});
