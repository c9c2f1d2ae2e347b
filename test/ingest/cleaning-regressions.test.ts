import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../ingest/clean/index.ts';
import { removeScrapedChrome } from '../../ingest/clean/chrome.ts';
import { parseDocument } from '../../ingest/parse.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const asText = (text: string) => cleanDocument({ format: 'text', pages: [{ number: 1, text }], tables: [], hasRealPages: false });
const para = (n: number) => `Avsnitt ${n} handler om hvordan kommunen bruker digitale verktøy i tjenestene sine.`;

describe('site chrome is recognised as a whole block, never by one word', () => {
  it('keeps everything around a paragraph that is only "Detaljer", and warns of nothing', async () => {
    const text = ['Strategi for Fjellvik kommune', para(1), 'Detaljer', para(2), 'Mål', para(3), 'Detaljer', para(4)].join('\n\n');
    const doc = await parseDocument(new TextEncoder().encode(text), 'detaljer.txt');
    for (let n = 1; n <= 4; n++) expect(doc.text).toContain(para(n));
    expect(doc.text.match(/^Detaljer$/gm)).toHaveLength(2);
    expect(doc.warnings.join(' ')).not.toMatch(/site chrome/);
  });

  it('keeps a lone "Detaljer" block at the very end (one entry is no list)', () => {
    const text = ['Strategi', para(1), 'Neste dokument', 'Neste dokument med et utdrag', 'Detaljer'].join('\n\n');
    expect(removeScrapedChrome(text).removedChars).toBe(0);
  });

  it('removes a trailing list of other documents and counts it in a warning (Sørum sample)', async () => {
    const bytes = readFileSync(`${CORPUS_DIR}/sorum-e-strategi-2015-2018.txt`);
    const doc = await parseDocument(new Uint8Array(bytes), 'sorum-e-strategi-2015-2018.txt');
    const warning = doc.warnings.find((w) => w.includes('site chrome')) ?? '';
    expect(warning).toMatch(/removed (\d+) characters of site chrome: .*30 other documents listed after the text/);
    expect(Number(/removed (\d+)/.exec(warning)?.[1])).toBeGreaterThan(10_000);
    expect(doc.text).not.toMatch(/^Detaljer$/m);
  });

  it('leaves a "Transkript" line alone when what comes before it is not the site header', () => {
    const text = ['Strategi for Fjellvik', para(1), 'Transkript:', para(2)].join('\n\n');
    const result = asText(text);
    expect(result.text).toContain(para(1));
    expect(result.warnings).toEqual([]);
    const long = ['Like dokumenter', `${para(1)} ${para(2)} ${para(3)} ${para(4)}`, 'Transkript:', para(5)].join('\n\n');
    expect(asText(long).text).toContain(para(1)); // a long paragraph is body text, not a list of titles
  });
});
