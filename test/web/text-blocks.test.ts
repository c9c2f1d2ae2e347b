import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { textBlocks } from '../../web/js/text-blocks.js';

describe('textBlocks (a passage on the document page)', () => {
  it('shows a pipe table as a table, without its rule line, and the text around it as written', () => {
    const text = 'Tiltak og økonomi\n\n| Tiltak | Ansvar | Kostnad |\n|---|---|---|\n| Digitalt tilsyn | Helse | 1 200 000 |\n| Sum | | 1 200 000 |\nRådmannen rapporterer.';
    expect(textBlocks(text)).toEqual([
      { kind: 'text', text: 'Tiltak og økonomi\n' },
      { kind: 'table', header: ['Tiltak', 'Ansvar', 'Kostnad'], rows: [['Digitalt tilsyn', 'Helse', '1 200 000'], ['Sum', '', '1 200 000']] },
      { kind: 'text', text: 'Rådmannen rapporterer.' },
    ]);
  });

  it('leaves a single line with pipes, and text without tables, alone', () => {
    expect(textBlocks('Mål | Tiltak er et oppslag.\nNeste linje.')).toEqual([{ kind: 'text', text: 'Mål | Tiltak er et oppslag.\nNeste linje.' }]);
    expect(textBlocks('| bare én rad |')).toEqual([{ kind: 'text', text: '| bare én rad |' }]);
  });
});
