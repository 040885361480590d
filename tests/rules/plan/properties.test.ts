import fc from 'fast-check';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { caseFileSchema } from '../../../src/rules/schema/case-file.ts';
import { enginePlanSchema } from '../../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from '../../support/case-files.ts';
import { problemSchema } from '../../../src/rules/schema/problem.ts';

describe('properties of the engine', () => {
  it('every complete case file from the decision tree gives a schema-valid plan', () => {
    fc.assert(
      fc.property(choicesArb, asOfArb, (choices, asOf) => {
        const cf = caseFileFromChoices(choices, asOf);
        expect(caseFileSchema.safeParse(cf).success).toBe(true);
        const r = makePlan(cf, asOf);
        if (!r.ok) throw new Error(`${JSON.stringify(cf)} @ ${asOf}: ${JSON.stringify(r.problems)}`);
        const parsed = enginePlanSchema.safeParse(r.plan);
        expect(parsed.success).toBe(true);
        // Deadlines are exactly the dated steps, in order.
        expect(r.plan.deadlines.map((d) => d.stepId)).toEqual(r.plan.steps.filter((s) => s.due).map((s) => s.id));
      }),
      { numRuns: 600 },
    );
  });

  it('every schema-valid but arbitrary answer set gives a plan or typed problems, never a throw', () => {
    const arbitraryCaseFile = fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        citizenship: fc.constantFrom('SK', 'DE', 'GB', 'UA', 'US', 'ZZ', 'IN'),
        ukResidentBefore2021: fc.constantFrom('yes', 'no'),
        euFamilyMember: fc.constantFrom('yes', 'no'),
        stayLength: fc.constantFrom('upTo90Days', 'over90Days'),
        currentStatus: fc.constantFrom('abroad', 'visaFree', 'temporaryResidence', 'permanentResidence', 'temporaryRefuge'),
        residentGoal: fc.constantFrom('renewal', 'changeOfPurpose', 'longTermResidence', 'permanentResidence', 'continuingDuties'),
        purpose: fc.constantFrom('employment', 'business', 'studies', 'seasonalWork'),
        arrivalDate: fc.constantFrom('2026-12-18', '2027-12-30', '2024-02-29'),
        accommodation: fc.constantFrom('facility', 'private'),
        permitExpiry: fc.constantFrom('2027-02-28', '2026-01-01'),
        cardChip: fc.constantFrom('yes', 'no', 'dontKnow'),
      },
      { requiredKeys: ['schemaVersion', 'citizenship'] },
    );
    fc.assert(
      fc.property(arbitraryCaseFile, (cf) => {
        const r = makePlan(cf, '2026-11-22');
        if (r.ok) expect(enginePlanSchema.safeParse(r.plan).success).toBe(true);
        else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(problemSchema.safeParse(p).success).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('any JSON value at all gives typed problems, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = makePlan(v, '2026-11-22');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
