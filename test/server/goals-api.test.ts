/** /api/goals rows carry kind and measurable, filter on both, and take a member municipality to its region. */
import { describe, expect, it } from 'vitest';
import { sampleApp } from '../helpers/app.ts';

const sample = sampleApp();
const get = sample.get;

describe('/api/goals', () => {
  it('serialises kind and measurable, and filters on them', async () => {
    const all = (await get('/api/goals')).body.goals as Array<{ kind: string; measurable: boolean; text: string }>;
    expect(all.every((g) => typeof g.measurable === 'boolean' && typeof g.kind === 'string')).toBe(true);
    const indicators = (await get('/api/goals?kind=indicator')).body.goals as typeof all;
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.every((g) => g.kind === 'indicator')).toBe(true);
    const measurable = (await get('/api/goals?measurable=1')).body.goals as typeof all;
    const notMeasurable = (await get('/api/goals?measurable=0')).body.goals as typeof all;
    expect(measurable.every((g) => g.measurable)).toBe(true);
    expect(measurable.length + notMeasurable.length).toBe(all.length);
  });
  it('rejects an unknown kind with a coded error', async () => {
    const result = await get('/api/goals?kind=wish');
    expect(result.status).toBe(400);
    expect(typeof result.body.error.code).toBe('string');
  });
  it('takes municipality=Flesberg to Kongsbergregionen’s goals', async () => {
    const goals = (await get('/api/goals?municipality=Flesberg')).body.goals as Array<{ organisation: string }>;
    expect(goals.length).toBeGreaterThan(0);
    expect(new Set(goals.map((g) => g.organisation))).toEqual(new Set(['Kongsbergregionen']));
  });
  it('matches a theme as the chat does: a goal must name it, a search-only word ("sikkerhet") is not enough', async () => {
    const goals = (await get(`/api/goals?q=${encodeURIComponent('informasjonssikkerhet')}`)).body.goals as Array<{ text: string; organisation: string }>;
    expect(goals.length).toBeGreaterThan(4);
    expect(goals.every((g) => /informasjonssikkerhet|sårbarhetsanalyse/i.test(g.text)), goals.map((g) => g.text).join('\n')).toBe(true);
    const english = (await get(`/api/goals?q=${encodeURIComponent('information security')}`)).body.goals as typeof goals;
    expect(english.map((g) => g.text).sort()).toEqual(goals.map((g) => g.text).sort());
  });
});
