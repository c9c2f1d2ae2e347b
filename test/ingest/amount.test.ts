import { describe, expect, it } from 'vitest';
import { parseAmount, splitDigitGroups } from '../../ingest/structure/amount.ts';
import { assignYears } from '../../ingest/structure/budget-years.ts';

describe('parseAmount', () => {
  it.each([
    ['3 630 300', 3_630_300],
    ['2,5 mill', 2_500_000],
    ['0,50 mill', 500_000],
    ['3,0 mill', 3_000_000],
    ['11,8 mill kroner', 11_800_000],
    ['1,2 mrd', 1_200_000_000],
    ['300 000,-', 300_000],
    ['kr 50 000', 50_000],
    ['1.000.000', 1_000_000],
  ])('%s → %d', (raw, expected) => expect(parseAmount(raw)).toBe(expected));

  it.each(['', 'Sum', '12 34', 'mill'])('rejects %j', (raw) => expect(parseAmount(raw)).toBeNull());
});

describe('splitDigitGroups', () => {
  const split = (text: string) => {
    const groups = text.split(' ');
    const sizes = splitDigitGroups(groups);
    if (!sizes) return null;
    let i = 0;
    return sizes.map((size) => groups.slice(i, (i += size)).join(' '));
  };
  it('splits a flattened row of two interleaved rows', () => {
    expect(split('3 630 300 350 000 2 830 300 1 250 000 1 328 000 260 000')).toEqual(['3 630 300', '350 000', '2 830 300', '1 250 000', '1 328 000', '260 000']);
  });
  it('splits amounts followed by the sum row', () => {
    expect(split('300 000 400 000 400 000 10 880 300 11 530 300 5 688 000')).toEqual(['300 000', '400 000', '400 000', '10 880 300', '11 530 300', '5 688 000']);
  });
  it('never starts an amount at a leading-zero group', () => {
    expect(split('1 000 000 350 000')).toEqual(['1 000 000', '350 000']);
  });
  it('gives up on runs that are not amounts', () => expect(split('000 12')).toBeNull());
});

describe('assignYears', () => {
  it('lets the sum row place rows with empty cells (Kongsbergregionen, 9. Plan, bygg og geodata)', () => {
    const result = assignYears([{ amounts: [300_000, 300_000, 300_000] }, { amounts: [100_000, 100_000] }], 3, [300_000, 400_000, 400_000]);
    expect(result.solutions).toBe(1);
    expect(result.columns).toEqual([[0, 1, 2], [1, 2]]);
  });
  it('marks years uncertain when several placements add up (6. Arkitektur og standardisering)', () => {
    const result = assignYears([{ amounts: [200_000, 200_000, 200_000] }, { amounts: [100_000, 100_000] }, { amounts: [100_000] }], 3, [300_000, 300_000, 300_000]);
    expect(result.solutions).toBeGreaterThan(1);
    expect(result.columns[1]).toEqual([null, null]);
    expect(result.columns[0]).toEqual([0, 1, 2]);
  });
  it('reads two interleaved rows column by column when the sums say so', () => {
    const result = assignYears([{ amounts: [3_630_300, 350_000, 2_830_300, 1_250_000, 1_328_000, 260_000] }], 3, [3_980_300, 4_080_300, 1_588_000]);
    expect(result.columns[0]).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('places nothing uncertain without a sum row, except full rows', () => {
    const result = assignYears([{ amounts: [1, 2, 3] }, { amounts: [4] }], 3, null);
    expect(result.columns).toEqual([[0, 1, 2], [null]]);
  });
});
