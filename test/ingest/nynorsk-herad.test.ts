import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../ingest/parse.ts';

/**
 * A nynorsk municipality that calls itself "herad" (Voss, Kvam, Ulvik …), adopted by its "heradsstyre",
 * with its focus areas under a bare "Innsatsområde" heading (nynorsk: the plural is the singular).
 * Written for this test; found by loading such a strategy through the server, where the title became
 * the organisation, the adoption was lost and the areas' goals were missed.
 */
const STRATEGY = `# Digitaliseringsstrategi for Kvam herad 2025–2028

Kvam herad

Vedteken av heradsstyret 3. april 2025, sak 034/25.

## Innleiing

Strategien gjeld for alle einingane i heradet.

## Innsatsområde

### Digitale tenester for innbyggjarane

Innbyggjarane skal møte eitt digitalt inngangsparti.

- Alle skjema skal vere digitale innan 2026.
- Heradet skal tilby chat på nettsida.

### Tryggleik

- Alle tilsette skal ta kurs i informasjonstryggleik kvart år.
- Heradet skal ha ein oppdatert ROS-analyse for kvart fagsystem.

## Oppfølging

Rådmannen rapporterer i årsmeldinga.
`;

describe('a nynorsk herad', () => {
  it('is the organisation, named as it names itself, and found by its plain name', async () => {
    const doc = await parseDocument(new TextEncoder().encode(STRATEGY), 'kvam-digitaliseringsstrategi.md');
    expect(doc.metadata.organisation).toBe('Kvam herad');
    expect(doc.metadata.organisationKind).toBe('municipality');
    expect(doc.metadata.aliases).toContain('Kvam');
    expect(doc.metadata.municipalities).toEqual(['Kvam']);
  });

  it('reads the adoption by the heradsstyre with its date and case number', async () => {
    const doc = await parseDocument(new TextEncoder().encode(STRATEGY), 'kvam-digitaliseringsstrategi.md');
    expect(doc.metadata.adopted).toEqual([expect.objectContaining({ body: 'heradsstyret', date: '2025-04-03', caseNumber: '034/25' })]);
  });

  it('takes the lists under each area of a bare "Innsatsområde" heading as goals', async () => {
    const doc = await parseDocument(new TextEncoder().encode(STRATEGY), 'kvam-digitaliseringsstrategi.md');
    const goals = doc.goals.map((goal) => goal.text);
    expect(goals).toEqual(expect.arrayContaining([
      'Alle skjema skal vere digitale innan 2026.',
      'Heradet skal tilby chat på nettsida.',
      'Alle tilsette skal ta kurs i informasjonstryggleik kvart år.',
      'Heradet skal ha ein oppdatert ROS-analyse for kvart fagsystem.',
    ]));
    // The area headings are sections, not goals; the follow-up paragraph is no goal.
    expect(goals).not.toContain('Tryggleik');
    expect(goals.some((text) => text.startsWith('Rådmannen rapporterer'))).toBe(false);
  });
});
