import { makePlan } from '../../../src/rules/make-plan.ts';
import { questionPath } from '../../../src/rules/questions.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';

/**
 * Issue 12: a person who will enter visa-free soon has an answer that fits ("I will arrive
 * visa-free"). The stay is planned from the arrival date they give: the notice of stay within
 * 3 working days of arrival (§111), the application while the visa-free stay lasts (90 days
 * from arrival), filed in Slovakia so not before arrival.
 */
const AS_OF = '2026-11-22';
const ua = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', purpose: 'employment', accommodation: 'private' } as const;

function plan(cf: Record<string, unknown>): EnginePlan {
  const r = makePlan(cf, AS_OF);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}
const step = (p: EnginePlan, id: string) => p.steps.find((s) => s.id === id);
const detailKeys = (p: EnginePlan, id: string) => (step(p, id)?.details ?? []).map((d) => d.key);

describe('arriving visa-free', () => {
  // Arrival Thursday 10 Dec 2026: 3 working days → Tuesday 15 Dec (Fri 11, Mon 14, Tue 15).
  // Day 90 of the visa-free stay with 10 Dec as day 1: 9 Mar 2027.
  const arriving = plan({ ...ua, currentStatus: 'arrivingVisaFree', arrivalDate: '2026-12-10' });

  it('asks the same questions as a visa-free stay: purpose, arrival date, accommodation', () => {
    expect(questionPath({ ...ua, currentStatus: 'arrivingVisaFree', arrivalDate: undefined, accommodation: undefined }, AS_OF).path.slice(-3)).toEqual(['currentStatus', 'purpose', 'arrivalDate']);
  });

  it('the notice of stay is due 3 working days after the arrival date given', () => {
    expect(step(arriving, 'noticeOfStay')?.due).toMatchObject({ date: '2026-12-15', kind: 'deadline', status: 'upcoming' });
  });

  it('the application is filed in Slovakia while the visa-free stay lasts, and not before arrival', () => {
    const s = step(arriving, 'trApplication');
    expect(s?.where?.officeType).toBe('foreignPolice');
    expect(s?.due?.date).toBe('2027-03-09');
    expect(s?.due?.rule).toMatchObject({ key: 'due.whileVisaFree', params: { from: '2026-12-10', days: 90 } });
    expect(step(arriving, 'trApplication')?.details.find((d) => d.key === 'steps.trApplication.afterArrival')?.params).toEqual({ date: '2026-12-10' });
  });

  it('plans the same dates as a visa-free stay that began that day, without the "after arrival" note', () => {
    const there = plan({ ...ua, currentStatus: 'visaFree', arrivalDate: '2026-12-10' });
    const dates = (p: EnginePlan) => p.deadlines.map((d) => [d.stepId, d.date]);
    expect(dates(arriving)).toEqual(dates(there));
    expect(detailKeys(there, 'trApplication')).not.toContain('steps.trApplication.afterArrival');
  });

  it('a case file from before the answer existed (visaFree) is still valid', () => {
    expect(makePlan({ ...ua, currentStatus: 'visaFree', arrivalDate: '2026-11-20' }, AS_OF).ok).toBe(true);
  });
});
