import { makePlan } from '../../src/rules/make-plan.ts';
import { planChanges, planDigest, planDigestSchema, type PlanDigest } from '../../src/rules/plan-changes.ts';
import type { EnginePlan } from '../../src/rules/schema/plan.ts';
import { loadExample } from '../support/load-example.ts';

function planOf(name: string, asOf: string): EnginePlan {
  const r = makePlan(loadExample(name), asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

describe('what changed in a plan since it was last seen', () => {
  it('the same answers on another day: no change (dates and fees do not move with the as-of date)', () => {
    for (const name of ['third-country-employment', 'eu-long-stay-employee', 'resident-renewal', 'temporary-refuge']) {
      const a = planDigest(planOf(name, '2026-11-23'));
      const b = planDigest(planOf(name, '2027-02-01'));
      expect(planDigestSchema.safeParse(a).success).toBe(true);
      expect(planChanges(a, b), name).toEqual([]);
    }
  });

  it('names a moved deadline, a changed fee, and steps and fees added or removed', () => {
    const now = planDigest(planOf('eu-long-stay-employee', '2026-11-23'));
    const first = now.steps.find((s) => s.date);
    const second = now.steps.find((s) => s !== first);
    expect(first && second).toBeTruthy();
    const fee = now.fees[0]!;
    const before: PlanDigest = {
      ...now,
      steps: [...now.steps.filter((s) => s.id !== second!.id).map((s) => (s.id === first!.id ? { ...s, date: '2026-01-02' } : s)), { id: 'gone', title: { key: 'x.y' } }],
      fees: [...now.fees.map((f) => (f.key === fee.key ? { ...f, amountEur: f.amountEur + 10 } : f)), { key: 'gone/fee', title: { key: 'x.z' }, amountEur: 5 }],
    };
    const changes = planChanges(before, now);
    expect(changes).toContainEqual({ kind: 'deadlineMoved', stepId: first!.id, title: first!.title, from: '2026-01-02', to: first!.date });
    expect(changes).toContainEqual({ kind: 'stepAdded', stepId: second!.id, title: second!.title });
    expect(changes).toContainEqual({ kind: 'stepRemoved', stepId: 'gone', title: { key: 'x.y' } });
    expect(changes).toContainEqual({ kind: 'feeChanged', feeKey: fee.key, title: fee.title, fromEur: fee.amountEur + 10, toEur: fee.amountEur });
    expect(changes).toContainEqual({ kind: 'feeRemoved', feeKey: 'gone/fee', title: { key: 'x.z' }, amountEur: 5 });
    expect(changes).toHaveLength(5);
  });
});
