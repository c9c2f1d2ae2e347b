/**
 * A Word draft with tracked changes exported by pandoc with `--track-changes=all` is read as its accepted
 * text: insertions ("[2028]{.insertion …}") kept, deletions ("[2027]{.deletion …}") and comments' own text
 * ("[…]{.comment-start …}…[]{.comment-end …}") dropped, in prose, goal bullets and pipe-table cells alike.
 * Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { trackedChangesAccepted } from '../../ingest/clean/tracked-changes.ts';
import { parseDocument } from '../../ingest/parse.ts';

const parse = (text: string, name: string) => parseDocument(new TextEncoder().encode(text), name);
const by = (who: string, minute: number) => `author="${who}" date="2026-03-02T09:${String(minute).padStart(2, '0')}:00Z"`;
const ins = (text: string, minute = 10) => `[${text}]{.insertion ${by('Kari Lunde', minute)}}`;
const del = (text: string, minute = 10) => `[${text}]{.deletion ${by('Kari Lunde', minute)}}`;

describe('trackedChangesAccepted', () => {
  it('keeps insertions and drops deletions, closing up the space a deletion leaves', () => {
    expect(trackedChangesAccepted(`Minst ${del('60')}${ins('80')} prosent av skjemaene skal være digitale.`)).toBe('Minst 80 prosent av skjemaene skal være digitale.');
    expect(trackedChangesAccepted(`Planen gjelder for skolene ${del('og barnehagene')}.`)).toBe('Planen gjelder for skolene.');
    expect(trackedChangesAccepted(`Vi skal ${del('raskt')} innføre ${ins('en felles')} plattform.`)).toBe('Vi skal innføre en felles plattform.');
  });

  it("drops a comment's text and keeps the text it comments on", () => {
    const text = `Nettbrett til [Gjelder dette også SFO?]{.comment-start id="2" ${by('Per Holm', 20)}}alle elever på 1. trinn[]{.comment-end id="2"} innen høsten.`;
    expect(trackedChangesAccepted(text)).toBe('Nettbrett til alle elever på 1. trinn innen høsten.');
  });

  it('reads changes inside pipe-table cells, and drops a row or bullet the changes leave empty', () => {
    const text = [
      '- Første mål.',
      `- ${del('Et mål som er tatt ut.')}[Flyttet til kap. 4.]{.comment-start id="0" ${by('Per Holm', 1)}}[]{.comment-end id="0"}`,
      '',
      '| Tiltak | 2027 |',
      '|---|---:|',
      `| Skytjenester | ${del('400')}${ins('450')} |`,
      `| ${del('Gammelt tiltak')} | ${del('90')} |`,
      `| **Sum** | ${del('490')}${ins('450')} |`,
    ].join('\n');
    expect(trackedChangesAccepted(text)).toBe(['- Første mål.', '', '| Tiltak | 2027 |', '|---|---:|', '| Skytjenester | 450 |', '| **Sum** | 450 |'].join('\n'));
  });

  it('reads a span wrapped over a line break, its attributes too, and a link inside an insertion', () => {
    const text = `Rådmannen legger fram [en ny plan for\ndigital kompetanse]{.insertion\nauthor="Kari Lunde" date="2026-03-02T09:30:00Z"} i juni, se ${ins('[veilederen](https://example.no/veileder)')}.`;
    expect(trackedChangesAccepted(text)).toBe('Rådmannen legger fram en ny plan for\ndigital kompetanse i juni, se [veilederen](https://example.no/veileder).');
    expect(trackedChangesAccepted(`Tidligere tekst ${del('over\nto linjer')} fortsetter her.`)).toBe('Tidligere tekst fortsetter her.');
  });

  it('leaves text without change spans as it is', () => {
    const text = 'Tekst i `{.insertion}` er lagt til.\n\n[Understreket]{.underline} og [lenke](https://example.no) og [1] [note]\n';
    expect(trackedChangesAccepted(text)).toBe(text);
  });
});

describe('a pandoc export with tracked changes, parsed', () => {
  const DRAFT = [
    '**Rindal kommune**',
    '',
    '# Handlingsplan for digital skole 2027–2028',
    '',
    '**UTKAST** med sporede endringer',
    '',
    '## 1 Mål',
    '',
    `- Innen ${del('2027', 1)}${ins('2028', 1)} skal alle elever på ungdomstrinnet ha egen læringsbrett.`,
    `- Minst ${del('85', 2)}${ins('90', 2)} prosent av foreldrene skal bruke den digitale meldingstjenesten.`,
    `- ${del('Skolen skal erstatte alle lærebøker med digitale læremidler.', 3)}[Tas ut etter møtet i oppvekstutvalget.]{.comment-start id="0" ${by('Per Holm', 3)}}[]{.comment-end id="0"}`,
    `- ${ins('Alle lærere skal fullføre kurs i personvern i skolen innen utgangen av 2027.', 4)}`,
    '',
    '## 2 Tiltak og kostnader',
    '',
    'Tall i hele tusen kroner.',
    '',
    '| Nr | Tiltak | Ansvar | 2027 | 2028 |',
    '|---|---|---|---:|---:|',
    `| 1 | Læringsbrett til ungdomstrinnet | Oppvekst | ${del('500', 5)}${ins('650', 5)} | 200 |`,
    '| 2 | Ny meldingstjeneste for skole og hjem | Oppvekst | 120 | 80 |',
    `| ${del('3', 6)} | ${del('Digitale lærebøker', 6)} | ${del('Oppvekst', 6)} | ${del('300', 6)} | ${del('300', 6)} |`,
    `| ${ins('3', 7)} | ${ins('Kurs i personvern for lærere', 7)} | ${ins('Personvernombudet', 7)} | ${ins('60', 7)} | ${ins('–', 7)} |`,
    `| | **Sum** | | ${del('920', 8)}${ins('830', 8)} | ${del('580', 8)}${ins('280', 8)} |`,
    '',
    '## 3 Oppfølging',
    '',
    'Kommunedirektøren rapporterer på planen hvert halvår.',
    '',
  ].join('\n');

  it('reads the goals with the inserted figures, without the deleted goal or the comment', async () => {
    const doc = await parse(DRAFT, 'rindal-utkast-handlingsplan-digital-skole-2027-2028.md');
    const goals = doc.goals.filter((g) => g.kind === 'goal').map((g) => g.text);
    expect(goals).toEqual([
      'Innen 2028 skal alle elever på ungdomstrinnet ha egen læringsbrett.',
      'Minst 90 prosent av foreldrene skal bruke den digitale meldingstjenesten.',
      'Alle lærere skal fullføre kurs i personvern i skolen innen utgangen av 2027.',
    ]);
    expect(doc.text).not.toMatch(/lærebøker|oppvekstutvalget|\{\.|20272028/);
    expect(doc.sections.filter((s) => s.level > 0).map((s) => s.title)).toEqual(['Mål', 'Tiltak og kostnader', 'Oppfølging']);
  });

  it("reads the pipe table's budget rows with the inserted cell values and sum row, not the deleted row", async () => {
    const doc = await parse(DRAFT, 'rindal-utkast-handlingsplan-digital-skole-2027-2028.md');
    expect(doc.budgets.map((b) => [b.label, b.year, b.amount, b.isSum])).toEqual([
      ['Læringsbrett til ungdomstrinnet', 2027, 650_000, false],
      ['Læringsbrett til ungdomstrinnet', 2028, 200_000, false],
      ['Ny meldingstjeneste for skole og hjem', 2027, 120_000, false],
      ['Ny meldingstjeneste for skole og hjem', 2028, 80_000, false],
      ['Kurs i personvern for lærere', 2027, 60_000, false],
      ['Sum', 2027, 830_000, true],
      ['Sum', 2028, 280_000, true],
    ]);
    expect(doc.goals.filter((g) => g.kind === 'measure').map((g) => g.text)).toEqual(['Læringsbrett til ungdomstrinnet', 'Ny meldingstjeneste for skole og hjem', 'Kurs i personvern for lærere']);
  });
});
