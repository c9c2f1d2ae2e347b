import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * Titles in layouts first met in the set test/fixtures/fresh13: a municipal web site's news article whose
 * headline reports the adoption and whose ingress names the strategy in «»; a PDF-to-text poster whose header
 * line holds the organisation and a word for the sheet over the capitals title; a social-media post copied as
 * text (page name, follower count, the post's age) that quotes the adopted strategy's name. Also documents
 * whose title must stay as it is. Every text here is written for this test.
 */
const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const titleOf = async (text: string, name: string) => (await parse(text, name)).metadata.title;

const NEWS_ARTICLE = `[Gå til innhold](#innhold)

**Rennebu kommune** · [Tjenester](/tjenester) · [Politikk](/politikk) · [Aktuelt](/aktuelt) · [Kontakt](/kontakt)

[Forside](/) / [Aktuelt](/aktuelt) / Handlingsplanen er vedtatt

# Handlingsplanen for velferdsteknologi er vedtatt: – Et stort steg for hjemmetjenesten

*Aktuelt · Publisert 3.12.2025 · Av servicetorget*

**Kommunestyret vedtok «Handlingsplan for velferdsteknologi 2026–2028» i møtet 2. desember (sak 77/25). Planen skal gjøre det tryggere å bo hjemme lenger.**

– Dette er en god dag for alle som vil bo hjemme, sier ordføreren.

## Tre satsingsområder

- **Trygghet hjemme** – flere skal få digitalt tilsyn.
- **Kompetanse** – alle ansatte i hjemmetjenesten får opplæring.
- **Samarbeid** – pårørende tas med fra starten.

## Hva skjer nå?

Arbeidet starter i januar.
`;

const POSTER = `GILDESKÅL KOMMUNE                                               STRATEGIPLAKAT

                PLAN FOR DIGITAL KOMPETANSE 2026–2029
        Vedtatt av kommunestyret 4.11.2025, sak 66/25


VISJON
Trygge og dyktige digitale brukere – i skolen, i tjenestene og
hjemme.

MÅL
Alle ansatte skal ha gjennomført grunnopplæring innen 2027.
`;

const POST = `Båtsfjord kommune
1,305 followers
5d • Edited • 🌐

🎉 Big news for our municipality!

On Thursday the Municipal Council adopted "Smart Båtsfjord 2026–2030", our plan for digital services (case 58/25). Here is what comes next 👇

✅ A new app for booking the sports hall
✅ Free Wi-Fi at the harbour

"We want services that work wherever you are," says the Mayor.

#SmartBåtsfjord #digitalisation
`;

describe('a web site news article announcing an adopted strategy', () => {
  it('takes the strategy named in «» in the ingress, not the news headline', async () => {
    expect(await titleOf(NEWS_ARTICLE, 'rennebu-nyhet.md')).toBe('Handlingsplan for velferdsteknologi 2026–2028');
  });
});

describe('a PDF-to-text strategy poster', () => {
  it('reads the organisation and the sheet word as a header, the capitals line below as the title', async () => {
    expect(await titleOf(POSTER, 'gildeskal-plakat.txt')).toBe('PLAN FOR DIGITAL KOMPETANSE 2026–2029');
  });
});

describe('a social-media post copied as text', () => {
  it('takes the quoted name of the adopted strategy, never the follower count or the post line', async () => {
    expect(await titleOf(POST, 'batsfjord-post.txt')).toBe('Smart Båtsfjord 2026–2030');
  });
});

describe('titles that stay', () => {
  it('keeps a page title that names the document, whatever strategy its ingress quotes', async () => {
    const page = [
      '# Digitaliseringsstrategi for Frosta kommune 2025–2028',
      '',
      'Strategien bygger på den nasjonale strategien «Fremtidens digitale Norge 2024–2030» og ble vedtatt i kommunestyret 12.06.2025.',
      '',
      '## Mål',
      '',
      'Frosta skal ha enkle digitale tjenester.',
      '',
      '## Tiltak',
      '',
      'Ny nettside i 2026.',
      '',
    ].join('\n');
    expect(await titleOf(page, 'frosta.md')).toBe('Digitaliseringsstrategi for Frosta kommune 2025–2028');
  });

  it('keeps a front page title over a quoted strategy that the text only refers to', async () => {
    const front = [
      'Hamarøy kommune',
      '',
      'Sammen om det digitale',
      '',
      'Denne planen følger opp «Digitaliseringsstrategi for offentlig sektor 2019–2025» i vår egen kommune.',
      '',
      '1 Innledning',
      '',
      'Planen gjelder for alle tjenesteområder.',
      '',
    ].join('\n');
    expect(await titleOf(front, 'hamaroy.txt')).toBe('Sammen om det digitale');
  });
});
