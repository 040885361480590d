import fc from 'fast-check';
import { LANGUAGES } from '../../src/locales/i18n.ts';
import { planToMarkdown } from '../../src/locales/plan-markdown.ts';
import { resolvePlan } from '../../src/locales/resolve-plan.ts';
import { makePlan } from '../../src/rules/make-plan.ts';
import { planSchema, type EnginePlan } from '../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from '../support/case-files.ts';
import { exampleNames, loadExample } from '../support/load-example.ts';
import { strictT } from '../support/resolve.ts';

/** Plans covering every branch: the examples on several dates, plus generated case files. */
function samplePlans(): EnginePlan[] {
  const plans: EnginePlan[] = [];
  for (const asOf of ['2024-02-01', '2025-06-30', '2025-08-20', '2026-11-22', '2027-06-01']) {
    for (const name of exampleNames()) {
      const r = makePlan(loadExample(name), asOf);
      if (r.ok) plans.push(r.plan);
    }
  }
  for (const [c, asOf] of fc.sample(fc.tuple(choicesArb, asOfArb), { numRuns: 1500, seed: 7 })) {
    const r = makePlan(caseFileFromChoices(c, asOf), asOf);
    if (r.ok) plans.push(r.plan);
  }
  return plans;
}

describe.each(LANGUAGES)('every message key the rules emit has %s text', (lng) => {
  const plans = samplePlans();

  it('covers many plans', () => {
    expect(plans.length).toBeGreaterThan(1000);
  });

  it('resolves every plan without a missing key, and the result passes the plan schema', async () => {
    const t = await strictT(lng);
    for (const p of plans) {
      const resolved = resolvePlan(p, lng, t);
      expect(planSchema.safeParse(resolved).success).toBe(true);
      // Interpolation left nothing unfilled.
      expect(JSON.stringify(resolved)).not.toMatch(/\{\{/);
      expect(planToMarkdown(resolved, t)).not.toMatch(/\{\{|undefined/);
    }
    // About 1,600 plans, each resolved and written as Markdown: under a minute alone, longer beside other jobs.
  }, 180_000);
});
