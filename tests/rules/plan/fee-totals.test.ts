import fc from 'fast-check';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { FEE_ALTERNATIVES } from '../../../src/rules/params/fees.ts';
import { feeRange } from '../../../src/rules/plan/fee-totals.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from '../../support/case-files.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';

function planOf(name: string, asOf = AS_OF): EnginePlan {
  const r = makePlan(loadExample(name), asOf);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.plan;
}

describe('honest totals: alternatives are never summed', () => {
  it('EU citizen card: €6 standard or €35 expedited, + €4 delivery: nothing required, at most €39 (not €45)', () => {
    const p = planOf('eu-long-stay-employee');
    const card = p.fees.filter((f) => f.stepId === 'euCitizenCard');
    expect(card.map((f) => [f.id, f.amountEur, f.optional, f.alternativeGroup])).toEqual([
      ['cardStandard', 6, true, 'cardIssue'],
      ['cardExpedited', 35, true, 'cardIssue'],
      ['cardDelivery', 4, true, undefined],
    ]);
    expect(p.feeTotals).toEqual({ requiredEur: 0, optionalEur: 39, maxEur: 39, dueNowEur: 0 });
  });

  it('employment from abroad: €420 required (the €6 card among it), options add at most €33, so €420 to €453', () => {
    const p = planOf('third-country-employment');
    expect(p.feeTotals).toEqual({ requiredEur: 420, optionalEur: 33, maxEur: 453, dueNowEur: 250 });
  });

  it('a renewal: the next payment is the renewal itself (€140 + the €6 card), after the BOK and the booking that cost nothing', () => {
    const p = planOf('resident-renewal');
    expect(p.next?.stepId).toBe('bok');
    expect(p.feeTotals.dueNowEur).toBe(146);
    expect(p.feeTotals.maxEur).toBe(179);
  });

  it('the alternatives are the rules data: the standard and the expedited card share a group', () => {
    expect(FEE_ALTERNATIVES['fees.card.standard']).toBe(FEE_ALTERNATIVES['fees.card.expedited']);
  });

  it('feeRange: a required group counts its cheapest, an optional one nothing; the most counts the dearest once', () => {
    const f = (amountEur: number, optional: boolean, alternativeGroup?: string, stepId = 's') => ({ stepId, amountEur, optional, ...(alternativeGroup ? { alternativeGroup } : {}) });
    expect(feeRange([f(6, false, 'g'), f(35, true, 'g'), f(4, true)])).toEqual({ minEur: 6, maxEur: 39 });
    expect(feeRange([f(6, true, 'g'), f(35, true, 'g')])).toEqual({ minEur: 0, maxEur: 35 });
    // The same group in two steps: two cards, two payments.
    expect(feeRange([f(6, false, 'g', 'a'), f(35, true, 'g', 'a'), f(6, false, 'g', 'b')])).toEqual({ minEur: 12, maxEur: 41 });
  });

  it.each(exampleNames())('%s: the range holds together', (name) => {
    const t = planOf(name).feeTotals;
    expect(t.maxEur).toBeCloseTo(t.requiredEur + t.optionalEur, 2);
    expect(t.dueNowEur).toBeLessThanOrEqual(t.requiredEur);
  });

  it('on any branch: never more than the plain sum, never less than the required fees, and a group counted once', () => {
    fc.assert(
      fc.property(choicesArb, asOfArb, (choices, asOf) => {
        const r = makePlan(caseFileFromChoices(choices, asOf), asOf);
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        const { fees, feeTotals: t } = r.plan;
        const sum = fees.reduce((s, f) => s + f.amountEur, 0);
        const required = fees.filter((f) => !f.optional).reduce((s, f) => s + f.amountEur, 0);
        expect(t.maxEur).toBeLessThanOrEqual(sum + 0.001);
        expect(t.requiredEur).toBeLessThanOrEqual(required + 0.001);
        const grouped = fees.filter((f) => f.alternativeGroup);
        const dearest = new Map<string, number>();
        for (const g of grouped) dearest.set(`${g.stepId}/${g.alternativeGroup}`, Math.max(dearest.get(`${g.stepId}/${g.alternativeGroup}`) ?? 0, g.amountEur));
        const rest = fees.filter((f) => !f.alternativeGroup).reduce((s, f) => s + f.amountEur, 0);
        expect(t.maxEur).toBeCloseTo(rest + [...dearest.values()].reduce((s, v) => s + v, 0), 2);
      }),
      { numRuns: 300 },
    );
  });
});
