import { describe, expect, it } from 'vitest';
import { getPassage } from '../../src/store/index.ts';
import { CORPUS } from '../helpers/corpus.ts';
import { sampleApp } from '../helpers/app.ts';

const sample = sampleApp();

const get = sample.get;

describe('GET /api/themes', () => {
  it('gives the theme × organisation matrix with the strength of each cell and evidence that shows the theme', async () => {
    const { status, body } = await get('/api/themes');
    expect(status).toBe(200);
    expect(body.themes.length).toBeGreaterThanOrEqual(40);
    expect(body.themes.find((t: any) => t.id === 'informasjonssikkerhet').label).toBe('informasjonssikkerhet');
    expect(body.organisations.map((o: any) => o.name).sort()).toEqual(['3-1 IKT-samarbeidet', 'Kongsbergregionen', 'Sørum kommune', 'Øvre Romerike (ØRU)']);
    expect(body.organisations.find((o: any) => o.name === 'Kongsbergregionen').documents).toHaveLength(2);
    const velferd = body.cells.filter((cell: any) => cell.theme === 'velferdsteknologi');
    const byDocument = Object.fromEntries(velferd.map((cell: any) => [cell.documentId, cell.strength]));
    expect(byDocument[CORPUS.tiltaksplan]).toBe('goal');
    expect(byDocument[CORPUS.oru]).toBe('goal'); // a focus area counts as a goal
    expect(byDocument[CORPUS.sorum]).toBe('measure');
    expect(byDocument[CORPUS.threeOne]).toBeUndefined();
    for (const cell of body.cells) {
      expect(['goal', 'measure', 'budget', 'mention']).toContain(cell.strength);
      expect(cell.count).toBeGreaterThan(0);
      for (const evidence of cell.evidence) {
        expect(evidence.url).toBe(`/documents/${cell.documentId}#p-${evidence.passageId}`);
        expect(getPassage(sample.store().db, evidence.passageId)).not.toBeNull();
      }
    }
    const plan = velferd.find((cell: any) => cell.documentId === CORPUS.tiltaksplan);
    expect(plan.evidence[0].quote).toMatch(/velferdsteknologi/i);
  });
  it('labels themes in the language asked for, and filters by topic and by document', async () => {
    expect((await get('/api/themes?lang=en')).body.themes.find((t: any) => t.id === 'informasjonssikkerhet').label).toBe('information security');
    expect((await get('/api/themes?lang=nn')).body.themes.find((t: any) => t.id === 'informasjonssikkerhet').label).toBe('informasjonstryggleik');
    const topic = (await get('/api/themes?q=welfare%20technology')).body;
    // The theme and its narrower themes (safety alarms are a kind of welfare technology), nothing else.
    const family = ['velferdsteknologi', 'trygghetsalarm', 'digitalt-tilsyn', 'medisineringsstotte'];
    expect(topic.themes.map((t: any) => t.id)).toEqual(family);
    expect([...new Set(topic.cells.map((c: any) => c.theme))].every((theme) => family.includes(theme as string))).toBe(true);
    const one = (await get(`/api/themes?documentId=${CORPUS.sorum}`)).body;
    expect(new Set(one.cells.map((c: any) => c.documentId))).toEqual(new Set([CORPUS.sorum]));
  });
  it('refuses bad input with coded errors', async () => {
    expect((await get('/api/themes?lang=de')).body.error.code).toBe('INVALID_INPUT');
    const missing = await get('/api/themes?documentId=no-such-document');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('DOCUMENT_NOT_FOUND');
  });
});
