import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { date } from '../../web/js/i18n.js';

describe('date (adoption dates on the document page)', () => {
  it('writes an ISO date as Norwegian does, keeping a month or a year as precise as it is', () => {
    expect(date('2024-05-29')).toBe('29. mai 2024');
    expect(date('2023-02')).toBe('februar 2023');
    expect(date('2019')).toBe('2019');
    expect(date('våren 2020')).toBe('våren 2020');
  });
});
