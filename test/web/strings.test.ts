/**
 * The interface is in one language at a time: every string a view asks for exists in bokmål and in
 * English, and the two tables have the same keys (so no page falls back to the other language).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module from the web UI (no types)
import { STRINGS } from '../../web/js/strings.js';
import { ROOT } from '../helpers/corpus.ts';

const WEB = `${ROOT}web/js`;
const sources = readdirSync(WEB).filter((f) => f.endsWith('.js')).map((f) => readFileSync(`${WEB}/${f}`, 'utf8'));
const { nb, en } = STRINGS as { nb: Record<string, string>; en: Record<string, string> };

describe('interface strings', () => {
  it('bokmål and English have the same keys and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb)) expect((en[key]!.match(/\{\w+\}/g) ?? []).sort(), key).toEqual((nb[key]!.match(/\{\w+\}/g) ?? []).sort());
  });

  it('every literal key a view uses exists', () => {
    const used = new Set(sources.flatMap((text) => [...text.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in nb))).toEqual([]);
  });

  it('every code in the error catalogue has a message in both languages', async () => {
    const { ERROR_CODES } = await import('../../src/errors.ts');
    expect(Object.keys(ERROR_CODES).filter((code) => !(`error.${code}` in nb))).toEqual([]);
  });

  it('every kind of goal has a label (the goals and document pages show g.kind through t())', async () => {
    const { GOAL_KINDS } = await import('../../ingest/model.ts');
    expect(GOAL_KINDS.filter((kind) => !(`kind.${kind}` in nb))).toEqual([]);
  });

  it('CSV headers have as many columns in both languages', () => {
    for (const key of Object.keys(nb).filter((k) => k.endsWith('csvHeader'))) expect(en[key]!.split('|').length, key).toBe(nb[key]!.split('|').length);
  });
});
