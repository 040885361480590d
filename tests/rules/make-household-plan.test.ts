import { makeHouseholdPlan } from '../../src/rules/make-household-plan.ts';

const main = { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days', euBasis: 'employee', arrivalDate: '2026-12-18', accommodation: 'private' };
const spouse = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'yes', stayLength: 'over90Days', arrivalDate: '2026-12-18', accommodation: 'private' };
const child = { ...spouse };

describe('household plans', () => {
  it('gives one plan per person and a merged timeline in date order', () => {
    const r = makeHouseholdPlan(
      {
        schemaVersion: 1,
        kind: 'household',
        members: [
          { id: 'anna', role: 'main', name: 'Anna', caseFile: main },
          { id: 'oleh', role: 'spouse', caseFile: spouse },
          { id: 'ivan', role: 'child', caseFile: child },
        ],
      },
      '2026-11-22',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.plan.members.map((m) => m.plan.group)).toEqual(['eu', 'thirdCountry', 'thirdCountry']);
    const dates = r.plan.timeline.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    // Notice of stay for all three on 7 Jan 2027, main person first.
    expect(r.plan.timeline.slice(0, 3).map((d) => [d.memberId, d.date])).toEqual([
      ['anna', '2027-01-07'],
      ['oleh', '2027-01-07'],
      ['ivan', '2027-01-07'],
    ]);
    expect(r.plan.timeline.find((d) => d.memberId === 'oleh' && d.stepId === 'familyMemberCard')?.date).toBe('2027-04-19');
    expect(r.plan.feeTotals.requiredEur).toBe(r.plan.members.reduce((t, m) => t + m.plan.feeTotals.requiredEur, 0));
  });

  it('names the member and field of a problem, and requires exactly one main person', () => {
    const r = makeHouseholdPlan(
      { schemaVersion: 1, kind: 'household', members: [{ id: 'a', role: 'spouse', caseFile: { ...spouse, citizenship: 'ZZ' } }] },
      '2026-11-22',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.field)).toEqual(['members[0].citizenship']);
      expect(r.problems[0]).toEqual({ field: 'members[0].citizenship', key: 'problems.unknownCountry', params: { value: '"ZZ"' } });
    }
    const noMain = makeHouseholdPlan({ schemaVersion: 1, kind: 'household', members: [{ id: 'a', role: 'spouse', caseFile: spouse }] }, '2026-11-22');
    expect(noMain.ok).toBe(false);
    if (!noMain.ok) expect(noMain.problems.map((p) => p.field)).toContain('members');
  });

  it('rejects a malformed household without throwing', () => {
    for (const bad of [null, 'x', { kind: 'household' }, { schemaVersion: 1, kind: 'household', members: [] }]) {
      expect(makeHouseholdPlan(bad, '2026-11-22').ok).toBe(false);
    }
  });
});
