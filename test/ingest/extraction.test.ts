import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FRESH_DIR,
  LAYOUTS_DIR,
  STRATEGIES_DIR,
  goalTextMatches,
  loadExpectedFixtures,
  scoreExtraction,
  scoreStrategyCorpus,
  summariseExtraction,
  type ExpectedFixture,
  type FixtureScore,
  type ScoredDocument,
} from '../../bench/extraction.ts';
import { LAYOUT_PDF_DIR, STRATEGY_PDF_DIR, renderStrategyPdf } from '../fixtures/make-strategy-pdfs.ts';
import { LAYOUT_PDF_FIXTURES } from '../fixtures/layout-pdf-content.ts';
import { PDF_FIXTURES } from '../fixtures/strategy-pdf-content.ts';

const fixtures = loadExpectedFixtures();
const byFile = (prefix: string) => fixtures.find((f) => f.file.startsWith(prefix))!;

/** A document that says exactly what a fixture's expectations say, to perturb in each test. */
function documentFrom(expected: ExpectedFixture): ScoredDocument {
  return {
    metadata: {
      title: expected.title,
      organisation: expected.organisation,
      organisationKind: expected.organisationKind as ScoredDocument['metadata']['organisationKind'],
      aliases: [],
      municipalities: expected.municipalities ?? [],
      period: { ...expected.period },
      adopted: expected.adopted.map((a) => ({ ...a })),
    },
    sections: [
      { number: null, title: expected.title, level: 0, parent: null, pageFrom: 1, pageTo: 1, start: 0, end: 0 },
      ...expected.sections.map((s) => ({ number: s.number, title: s.title, level: s.level, parent: null, pageFrom: 1, pageTo: 1, start: 0, end: 0 })),
    ],
    goals: expected.goals.map((g) => ({ text: g.text, kind: g.kind, measurable: g.measurable })),
    budgets: expected.budget.map((b) => ({ table: '', label: b.label, year: b.year, period: null, amount: b.amount, kind: null, isSum: b.isSum, raw: String(b.amount), confidence: 'exact' as const, section: 0, page: 1, start: 0, end: 0 })),
  };
}

describe('the development corpus', () => {
  it('has at least 16 fixtures, every file present, both splits mixing PDF and text layouts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
    for (const f of fixtures) expect(existsSync(`${STRATEGIES_DIR}/${f.file}`), f.file).toBe(true);
    for (const split of ['tune', 'heldout'] as const) {
      const files = fixtures.filter((f) => f.split === split).map((f) => f.file);
      expect(files.some((f) => f.endsWith('.pdf')), split).toBe(true);
      expect(files.some((f) => /\.(md|txt)$/.test(f)), split).toBe(true);
    }
    expect(new Set(fixtures.map((f) => f.language))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it('states every goal with a text of at least 30 characters or a whole item, and a known kind', () => {
    const kinds = new Set(['vision', 'goal', 'sub-goal', 'focus-area', 'measure', 'indicator', 'commitment']);
    for (const f of fixtures) for (const g of f.goals) expect(kinds.has(g.kind), `${f.file}: ${g.kind}`).toBe(true);
  });
});

describe('the goal-layout corpus (layouts/)', () => {
  const layouts = loadExpectedFixtures(LAYOUTS_DIR);

  it('has at least six fixtures on the tuning split, every file present, mixing PDF, markdown and text in bokmål, nynorsk and English', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(6);
    for (const f of layouts) expect(existsSync(`${LAYOUTS_DIR}/${f.file}`), f.file).toBe(true);
    expect(layouts.every((f) => f.split === 'tune')).toBe(true);
    expect(new Set(layouts.map((f) => f.file.replace(/^.*\./, '')))).toEqual(new Set(['pdf', 'md', 'txt']));
    expect(new Set(layouts.map((f) => f.language))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it('names organisations that the main corpus does not', () => {
    const main = new Set(fixtures.map((f) => f.organisation));
    expect(layouts.filter((f) => main.has(f.organisation)).map((f) => f.file)).toEqual([]);
  });
});

describe('scoreExtraction', () => {
  const vestland = byFile('vestland');
  const tonsberg = byFile('tonsberg');

  it('gives full marks to a document that says exactly what is expected', () => {
    for (const f of fixtures) {
      const score = scoreExtraction(documentFrom(f), f);
      const total = summariseExtraction([score]);
      expect(score.misses, f.file).toEqual([]);
      expect([total.organisation, total.period, total.title, total.goalRecall, total.goalPrecision, total.headingRecall, total.headingPrecision, total.headingLevels, total.budgetRecall, total.measurable ?? 1]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    }
  });

  it('counts a goal of the wrong kind against recall with kind, not against recall ignoring kind', () => {
    const doc = documentFrom(vestland);
    doc.goals[0]!.kind = 'goal';
    const score = scoreExtraction(doc, vestland);
    expect(score.goals.matched).toBe(vestland.goals.length - 1);
    expect(score.goals.matchedAnyKind).toBe(vestland.goals.length);
  });

  it('matches goal texts by normalised prefix of at least 30 characters, through bullets, labels and lead-ins', () => {
    const text = 'Alle vidaregåande skular skal tilby fordjuping i programmering og teknologi innan 2025.';
    expect(goalTextMatches(`• ${text}`, text)).toBe(true);
    expect(goalTextMatches(`Delmål 2: ${text}`, text)).toBe(true);
    expect(goalTextMatches(`b) ${text.replace(/\s+/g, '\n')}`, text)).toBe(true);
    expect(goalTextMatches(text.slice(0, 34), text)).toBe(true);
    expect(goalTextMatches(text.slice(0, 20), text)).toBe(false);
    expect(goalTextMatches('Alle vidaregåande skular skal tilby gratis skyss.', text)).toBe(false);
    expect(goalTextMatches('gi alle barn og elever et likeverdig digitalt læringsmiljø', 'Hovedmålet er å gi alle barn og elever et likeverdig digitalt læringsmiljø')).toBe(true);
    expect(goalTextMatches('Sandnes – digital og nær.', 'Sandnes - digital og nær')).toBe(true);
  });

  it('lowers goal precision for extra goals and recall for missing ones', () => {
    const doc = documentFrom(vestland);
    doc.goals.push({ text: 'Planen vert følgd opp gjennom eit fireårig handlingsprogram.', kind: 'goal' });
    doc.goals.splice(1, 1);
    const score = scoreExtraction(doc, vestland);
    expect(score.goals).toMatchObject({ expected: 14, actual: 14, matched: 13 });
    expect(summariseExtraction([score]).goalPrecision).toBeCloseTo(13 / 14);
  });

  it('compares heading levels relative to the shallowest heading, and finds headings with their number in the title', () => {
    const doc = documentFrom(byFile('trondheim'));
    for (const s of doc.sections) if (s.level > 0) s.level += 1;
    const trondheim = byFile('trondheim');
    expect(scoreExtraction(doc, trondheim).headings.levelsRight).toBe(trondheim.sections.length);
    doc.sections[1] = { ...doc.sections[1]!, number: null, title: '1 Sammendrag' };
    doc.sections[3]!.level = 2;
    const score = scoreExtraction(doc, trondheim);
    expect(score.headings.matched).toBe(trondheim.sections.length);
    expect(score.headings.levelsRight).toBe(trondheim.sections.length - 1);
  });

  it('counts a heading that is not in the document against precision', () => {
    const doc = documentFrom(vestland);
    doc.sections.push({ number: null, title: 'Vedteken av fylkestinget 14. juni 2022', level: 1, parent: null, pageFrom: 1, pageTo: 1, start: 0, end: 0 });
    const total = summariseExtraction([scoreExtraction(doc, vestland)]);
    expect(total.headingRecall).toBe(1);
    expect(total.headingPrecision).toBeCloseTo(9 / 10);
  });

  it('wants the right year, amount and sum flag on each budget row', () => {
    const doc = documentFrom(tonsberg);
    doc.budgets[0]!.year = null;
    doc.budgets[doc.budgets.length - 1]!.isSum = false;
    doc.budgets[1]!.amount += 1000;
    expect(scoreExtraction(doc, tonsberg).budget).toEqual({ expected: 15, actual: 15, matched: 12 });
  });

  it('compares titles case-insensitively through white space and dashes, and members as a set', () => {
    const ror = byFile('ror-ikt');
    const doc = documentFrom(ror);
    doc.metadata.title = 'IKT-STRATEGI FOR ROR-IKT\n2021 - 2024'.replace(' - ', '-');
    doc.metadata.municipalities = [...ror.municipalities!].reverse();
    let score = scoreExtraction(doc, ror);
    expect([score.title, score.municipalities]).toEqual([true, true]);
    doc.metadata.title = 'IKT-strategi for ROR-IKT';
    doc.metadata.municipalities = ror.municipalities!.slice(1);
    doc.metadata.organisation = 'ROR-IKT-samarbeidet';
    score = scoreExtraction(doc, ror);
    expect([score.title, score.municipalities, score.organisation]).toEqual([false, false, false]);
  });

  it('scores a fixture that failed to parse as all wrong, and says why', () => {
    const score = scoreExtraction(null, vestland, 'PDF_UNREADABLE');
    const total = summariseExtraction([score]);
    expect([score.error, total.parsed, total.goalRecall, total.headingRecall, total.title]).toEqual(['PDF_UNREADABLE', 0, 0, 0, 0]);
  });

  it('sums counts over fixtures (micro average), not ratios', () => {
    const a = scoreExtraction(documentFrom(vestland), vestland); // 14 goals, all found
    const ralingen = byFile('ralingen');
    const b = scoreExtraction({ ...documentFrom(ralingen), goals: [] }, ralingen); // 10 goals, none found
    expect(summariseExtraction([a, b]).goalRecall).toBeCloseTo(14 / 24);
  });
});

// The bar of issue 8 ("Done when") on the development corpus (main folder and layouts/); the thresholds
// are the issue's, not tuned. The tuning half must meet the whole bar, so what was reached there cannot
// silently slip back.
describe('the development corpus meets the bar of issue 8', () => {
  let scores: FixtureScore[] = [];
  beforeAll(async () => {
    scores = await scoreStrategyCorpus();
  }, 300_000);

  it('parses every fixture', () => {
    expect(scores.filter((s) => s.error !== null).map((s) => `${s.file}: ${s.error}`)).toEqual([]);
  });

  it('gets organisation, members, period and exact title right for every fixture', () => {
    const wrong = scores.flatMap((s) => s.misses.filter((m) => /^(organisation|municipalities|period|title):/.test(m)).map((m) => `${s.file}: ${m}`));
    expect(wrong).toEqual([]);
    expect(scores.every((s) => s.organisation && s.period && s.title && s.municipalities !== false)).toBe(true);
  });

  it('on the tuning half: goals with their kind at recall and precision ≥ 0.9, headings exactly as expected', () => {
    const tune = scores.filter((s) => s.split === 'tune');
    const total = summariseExtraction(tune);
    expect(total.goalRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.goalPrecision).toBeGreaterThanOrEqual(0.9);
    expect(tune.flatMap((s) => s.misses.filter((m) => m.startsWith('heading')).map((m) => `${s.file}: ${m}`))).toEqual([]);
  });

  it('finds goals with their kind at recall and precision ≥ 0.9 over the whole corpus', () => {
    const total = summariseExtraction(scores);
    expect(total.goalRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.goalPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the headings as expected: all of them, no others, at the right levels', () => {
    const wrong = scores.flatMap((s) => s.misses.filter((m) => m.startsWith('heading')).map((m) => `${s.file}: ${m}`));
    expect(wrong).toEqual([]);
  });
});

// The fresh set (test/fixtures/fresh/, written blind to the rules): its tuning half is held to what the
// rules reached on it, so that it cannot slip back; its held-out half is measured by `npm run eval` only.
describe('the fresh set, tuning half', () => {
  let tune: FixtureScore[] = [];
  beforeAll(async () => {
    tune = (await scoreStrategyCorpus(FRESH_DIR)).filter((s) => s.split === 'tune');
  }, 300_000);

  it('gets organisation, members, period and title right, and headings as written', () => {
    expect(tune.length).toBeGreaterThanOrEqual(5);
    const wrong = tune.flatMap((s) => s.misses.filter((m) => /^(organisation|municipalities|period|title|heading)/.test(m)).map((m) => `${s.file}: ${m}`));
    expect(wrong).toEqual([]);
  });

  it('finds goals with their kind at recall and precision ≥ 0.9', () => {
    const total = summariseExtraction(tune);
    expect(total.goalRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.goalPrecision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the PDF fixtures', () => {
  it('are exactly what make-strategy-pdfs.ts renders from strategy-pdf-content.ts (rerun it after editing the content)', async () => {
    for (const fixture of PDF_FIXTURES) {
      const rendered = await renderStrategyPdf(fixture);
      expect(rendered.equals(readFileSync(`${STRATEGY_PDF_DIR}/${fixture.file}`)), fixture.file).toBe(true);
      expect(fixtures.some((f) => f.file === fixture.file), `${fixture.file} has expectations`).toBe(true);
    }
  });

  it('of layouts/ are exactly what make-strategy-pdfs.ts renders from layout-pdf-content.ts', async () => {
    const layouts = loadExpectedFixtures(LAYOUTS_DIR);
    for (const fixture of LAYOUT_PDF_FIXTURES) {
      const rendered = await renderStrategyPdf(fixture);
      expect(rendered.equals(readFileSync(`${LAYOUT_PDF_DIR}/${fixture.file}`)), fixture.file).toBe(true);
      expect(layouts.some((f) => f.file === fixture.file), `${fixture.file} has expectations`).toBe(true);
    }
  });
});
