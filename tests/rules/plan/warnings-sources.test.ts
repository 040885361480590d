import { makePlan } from '../../../src/rules/make-plan.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';
import { exampleNames, loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';

function planOf(name: string): EnginePlan {
  const r = makePlan(loadExample(name), AS_OF);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.plan;
}

const warning = (p: EnginePlan, id: string) => p.warnings.find((w) => w.id === id);

describe('warnings at the fact they qualify, sources the step rests on', () => {
  it.each(exampleNames())('%s: one to three primary sources per step, among its sources; every "about" on a step', (name) => {
    const plan = planOf(name);
    for (const s of plan.steps) {
      expect(s.primarySourceIds.length).toBeGreaterThanOrEqual(1);
      expect(s.primarySourceIds.length).toBeLessThanOrEqual(3);
      for (const id of s.primarySourceIds) expect(s.sourceIds).toContain(id);
    }
    const ids = new Set(plan.steps.map((s) => s.id));
    for (const w of plan.warnings) {
      if (w.about) expect(w.stepId).toBeDefined();
      if (w.stepId) expect(ids).toContain(w.stepId);
    }
  });

  it('the notice of stay rests on the ministry page that states it, not on the 4 sources of its documents', () => {
    const step = planOf('eu-long-stay-employee').steps.find((s) => s.id === 'noticeOfStay')!;
    expect(step.primarySourceIds).toEqual(['res-minv-notice']);
    expect(step.sourceIds.length).toBeGreaterThan(1);
  });

  it('a renewal: the last day falling on a weekend is about the date; unconfirmed documents about the documents', () => {
    const p = planOf('resident-renewal');
    expect(warning(p, 'lastDayClosed.renewal')).toMatchObject({ stepId: 'renewal', about: 'due' });
    expect(warning(p, 'documents.uncertain.renewal')).toMatchObject({ stepId: 'renewal', about: 'documents' });
    expect(warning(p, 'uncertain.periods.trProcessing')).toMatchObject({ stepId: 'renewal', about: 'due' });
    expect(warning(p, 'uncertain.bokPlaces')).toMatchObject({ stepId: 'bok', about: 'where' });
    expect(warning(p, 'conflict.bokLockout')?.about).toBeUndefined();
  });

  it('business residence while visa-free: "embassy only" is about the place; an unconfirmed price about the fees', () => {
    const p = planOf('third-country-business-visa-free');
    expect(warning(p, 'forbidden.businessEmbassyOnly')).toMatchObject({ stepId: 'trApplication', about: 'where' });
    expect(warning(p, 'uncertain.fees.medicalExam')).toMatchObject({ stepId: 'medicalCertificate', about: 'fees' });
    expect(warning(p, 'overdue.noticeOfStay')).toMatchObject({ stepId: 'noticeOfStay', about: 'due' });
  });

  it('the only plan-wide warnings: the family member entering, the calendar beyond the confirmed years', () => {
    for (const name of exampleNames()) {
      for (const w of planOf(name).warnings.filter((x) => !x.stepId)) expect(['familyMember.visa', 'calendar.projected']).toContain(w.id);
    }
  });
});
