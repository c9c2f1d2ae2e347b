/** The organisation gazetteer (data/gazetteer): complete, consistent, and found by every name it lists. */
import { describe, expect, it } from 'vitest';
import { collaborationsOf, findCollaboration, findCounties, findMunicipalities, isKnownPlace, loadGazetteer, membersOf } from '../../ingest/gazetteer.ts';

const g = loadGazetteer();
const current = g.municipalities.filter((m) => m.current);

describe('municipalities', () => {
  it('lists the 357 municipalities of 2024 with unique four-digit numbers in the 15 current counties', () => {
    expect(current).toHaveLength(357);
    expect(new Set(current.map((m) => m.number)).size).toBe(357);
    const counties = new Set(g.counties.filter((c) => c.current).map((c) => c.number));
    expect(counties.size).toBe(15);
    for (const m of current) {
      expect(m.number, m.name).toMatch(/^\d{4}$/);
      expect(m.number.slice(0, 2), m.name).toBe(m.county);
      expect(counties.has(m.county), m.name).toBe(true);
    }
  });
  it('maps every former municipality to current successors', () => {
    for (const m of g.municipalities.filter((x) => !x.current)) {
      expect(m.successors.length, m.name).toBeGreaterThan(0);
      for (const s of m.successors) expect(current.some((c) => c.name === s), `${m.name} → ${s}`).toBe(true);
    }
    expect(findMunicipalities('Sørum')[0]).toMatchObject({ current: false, successors: ['Lillestrøm'] });
    expect(findMunicipalities('Sauherad')[0]?.successors).toEqual(['Midt-Telemark']);
  });
  it('finds municipalities by Sami names, in any case, and namesakes in both counties', () => {
    expect(findMunicipalities('Kárášjohka')[0]?.name).toBe('Karasjok');
    expect(findMunicipalities('guovdageaidnu')[0]?.name).toBe('Kautokeino');
    expect(findMunicipalities('NORE OG UVDAL')[0]?.number).toBe('3338');
    expect(findMunicipalities('Herøy').filter((m) => m.current).map((m) => m.county).sort()).toEqual(['15', '18']);
    // A name that is current and former (Ålesund before and after 2024) resolves to the current one first.
    expect(findMunicipalities('Ålesund')[0]).toMatchObject({ current: true, number: '1508' });
  });
});

describe('counties', () => {
  it('has the current and the former counties with successors', () => {
    expect(findCounties('Vestland')[0]).toMatchObject({ current: true, number: '46' });
    expect(findCounties('Viken')[0]).toMatchObject({ current: false, successors: ['Østfold', 'Akershus', 'Buskerud'] });
    expect(findCounties('Sogn og Fjordane')[0]?.successors).toEqual(['Vestland']);
    expect(findCounties('Troms og Finnmark')[0]?.current).toBe(false);
  });
});

describe('collaborations', () => {
  it('lists members that are all known municipalities', () => {
    for (const c of g.collaborations) {
      for (const member of c.members) expect(findMunicipalities(member).some((m) => m.current), `${c.name}: ${member}`).toBe(true);
      for (const member of c.formerMembers) expect(findMunicipalities(member.name).length, `${c.name}: ${member.name}`).toBeGreaterThan(0);
    }
  });
  it('knows Kongsbergregionen’s members, with Sauherad until its merger', () => {
    const region = findCollaboration('Kongsbergregionen')!;
    expect(region.members).toEqual(['Kongsberg', 'Flesberg', 'Rollag', 'Nore og Uvdal', 'Notodden', 'Hjartdal', 'Tinn']);
    expect(membersOf(region, 2011)).toContain('Sauherad');
    expect(membersOf(region, 2021)).not.toContain('Sauherad');
  });
  it('finds a collaboration by alias and the collaborations of a member', () => {
    expect(findCollaboration('ØRU')?.members).toContain('Gjerdrum');
    expect(findCollaboration('3-1')?.members).toEqual(['Gausdal', 'Lillehammer', 'Øyer']);
    expect(collaborationsOf('Flesberg').map((c) => c.name)).toEqual(['Kongsbergregionen']);
    // A former member municipality's successor does not inherit the membership; its own name does.
    expect(collaborationsOf('Sauherad').map((c) => c.name)).toContain('Kongsbergregionen');
    expect(isKnownPlace('Bergen')).toBe(true);
    expect(isKnownPlace('Velferdsteknologi')).toBe(false);
  });
});
