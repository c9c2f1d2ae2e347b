import { beforeAll, describe, expect, it } from 'vitest';
import { detectAdoptions } from '../../ingest/structure/metadata.ts';
import { storeWithTexts, type CorpusStore } from '../helpers/corpus.ts';

/**
 * A draft sent out for consultation ("Formannskapet vedtok … å legge utkastet ut på offentlig høring") is
 * no adopted strategy: ingest keeps no adoption record of that decision, and asked whether it is adopted,
 * the answer says it is a draft on consultation and quotes the line. The plan was written for this test,
 * imitating a municipality's høringsutkast exported from Word.
 */
const DRAFT = `# Handlingsplan for digital samhandling 2026–2027

Hitra kommune

**HØRINGSUTKAST**

*Formannskapet vedtok 2. september 2025 (sak 71/25) å sende utkastet på offentlig høring. Høringsfristen er 15. oktober 2025.*

## Mål

- Minst 80 prosent av byggesøknadene skal komme inn digitalt innen 2027.
- Alle ansatte skal gjennomføre kurs i informasjonssikkerhet hvert år.
`;

describe('a decision to consult on a draft', () => {
  it('is no adoption record; an adoption in the same words is', () => {
    expect(detectAdoptions('Formannskapet vedtok 2. september 2025 (sak 71/25) å sende utkastet på offentlig høring.')).toEqual([]);
    expect(detectAdoptions('Kommunestyret vedtok 9. oktober 2025 (sak 93/25) å legge planen ut til offentleg ettersyn.')).toEqual([]);
    expect(detectAdoptions('The executive committee approved the draft on 3 May 2025 for public consultation.')).toEqual([]);
    expect(detectAdoptions('Kommunestyret vedtok handlingsplanen 11. desember 2025 (sak 120/25).')).toEqual([{ body: 'Kommunestyret', municipality: null, date: '2025-12-11', caseNumber: '120/25' }]);
  });

  let store: CorpusStore;
  beforeAll(async () => {
    store = await storeWithTexts([['hitra-handlingsplan-digital-samhandling-2026-2027.md', DRAFT]]);
  }, 120_000);

  it('is answered as a draft sent out for consultation, its line quoted, in the asker’s language', async () => {
    const nb = await store.answerer.ask('Er Hitras handlingsplan for digital samhandling vedtatt?');
    expect(nb.answer).toMatch(/høringsutkast, ikke vedtatt/);
    expect(nb.citations[0]?.quote).toMatch(/offentlig høring/);
    // "Har X vedtatt …?" asks the same.
    expect((await store.answerer.ask('Har Hitra vedtatt handlingsplanen for digital samhandling?')).answer).toMatch(/høringsutkast, ikke vedtatt/);
    const en = await store.answerer.ask('Has the Hitra action plan been adopted yet?');
    expect(en.answer).toMatch(/draft sent out for consultation/);
  });
});
