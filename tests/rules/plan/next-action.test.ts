import fc from 'fast-check';
import { isWorkingDay } from '../../../src/rules/calendar/deadlines.ts';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from '../../support/case-files.ts';
import { loadExample } from '../../support/load-example.ts';

const AS_OF = '2026-11-22';

function planOf(name: string, asOf = AS_OF): EnginePlan {
  const r = makePlan(loadExample(name), asOf);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.plan;
}

/** Steps that only inform or last: never the next action. */
const NOT_ACTIONS = new Set(['refugeValidity', 'continuingDuties']);
const isInformative = (s: EnginePlan['steps'][number]) =>
  NOT_ACTIONS.has(s.id) || (s.id === 'entryConditions' && s.where.officeType === 'none');

/** Working days after `from` up to and including `to`, one day at a time (negative when `to` is earlier). */
function countWorkingDays(from: string, to: string): number {
  const [a, b, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d)) n += 1;
  return sign * n;
}

describe('the next action: the first open step, by when, where, days left', () => {
  it('EU employee arriving Fri 18 Dec 2026, as of Sun 22 Nov 2026: report the stay by Thu 7 Jan 2027, 30 working / 46 calendar days left', () => {
    const p = planOf('eu-long-stay-employee');
    expect(p.next).toEqual({
      stepId: 'noticeOfStay',
      what: { key: 'steps.noticeOfStay.title' },
      by: '2027-01-07',
      kind: 'deadline',
      workingDaysLeft: 30,
      calendarDaysLeft: 46,
      where: p.steps[0]!.where,
      overdue: false,
    });
  });

  it('a job seeker who arrived in October: the notice of stay is overdue, with what to do now', () => {
    const p = planOf('eu-long-stay-job-seeker');
    expect(p.next?.stepId).toBe('noticeOfStay');
    expect(p.next?.overdue).toBe(true);
    expect(p.next?.calendarDaysLeft).toBeLessThan(0);
    expect(p.next?.workingDaysLeft).toBeLessThan(0);
    expect(p.next?.whatNow).toEqual({ key: 'steps.noticeOfStay.whatNow' });
  });

  // Found on a walk: "report your stay now at the Foreign Police" beside "your hotel files it for you".
  it('in a hotel, hostel or dormitory, a late notice of stay: first ask whether the facility reported it', () => {
    const answers = { schemaVersion: 1, citizenship: 'UA', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'nationalVisa', purpose: 'employment', arrivalDate: '2026-11-15' } as const;
    const inHotel = makePlan({ ...answers, accommodation: 'facility' }, '2026-12-07');
    const rented = makePlan({ ...answers, accommodation: 'private' }, '2026-12-07');
    if (!inHotel.ok || !rented.ok) throw new Error('no plan');
    expect(inHotel.plan.next).toMatchObject({ stepId: 'noticeOfStay', overdue: true, whatNow: { key: 'steps.noticeOfStay.whatNowFacility' } });
    expect(inHotel.plan.steps.find((s) => s.id === 'noticeOfStay')!.due!.whatNow).toEqual({ key: 'steps.noticeOfStay.whatNowFacility' });
    expect(rented.plan.next).toMatchObject({ stepId: 'noticeOfStay', overdue: true, whatNow: { key: 'steps.noticeOfStay.whatNow' } });
    // Not late: no advice for lateness either way.
    const early = makePlan({ ...answers, accommodation: 'facility' }, '2026-11-16');
    expect(early.ok && early.plan.next?.whatNow).toBeUndefined();
  });

  it('refuge to residence: the validity of refuge is not an action; applying for residence by its last day is', () => {
    const p = planOf('temporary-refuge-to-residence');
    const trDue = p.steps.find((s) => s.id === 'trApplication')!.due!.date;
    // Booking the visit comes first: slots up to the last day of refuge open 40 days ahead.
    expect(p.steps.slice(0, 3).map((s) => s.id)).toEqual(['bookTrApplication', 'refugeValidity', 'trApplication']);
    expect(p.next).toMatchObject({ stepId: 'bookTrApplication', by: addDays(trDue, -40), kind: 'earliest' });
  });

  it('employment from abroad: no date yet, so the timing and the embassy instead', () => {
    const p = planOf('third-country-employment');
    expect(p.next).toMatchObject({ stepId: 'trApplication', timing: { key: 'timing.applyFromAbroad' }, overdue: false });
    expect(p.next?.where.officeType).toBe('embassy');
    expect(p.next).not.toHaveProperty('by');
    expect(p.next).not.toHaveProperty('workingDaysLeft');
  });

  it('a renewal: the BOK first, then the booking, then the renewal by the last working day of the permit', () => {
    const p = planOf('resident-renewal');
    // BOK not active: activate it by the day slots open (60 days before 26 Feb 2027), then book, then renew.
    expect(p.next).toMatchObject({ stepId: 'bok', by: '2026-12-28', kind: 'deadline', overdue: false });
    expect(p.next?.workingDaysLeft).toBe(countWorkingDays(AS_OF, '2026-12-28'));
    const active = makePlan({ ...(loadExample('resident-renewal') as object), bokActive: 'yes' }, AS_OF);
    expect(active.ok && active.plan.next).toMatchObject({ stepId: 'bookRenewal', by: '2026-12-28', kind: 'earliest' });
    expect(p.steps.find((s) => s.id === 'renewal')?.due?.date).toBe('2027-02-26');
  });

  it('a Slovak citizen has nothing to do: next is null', () => {
    expect(planOf('slovak-citizen').next).toBeNull();
  });

  it('on any branch of the decision tree: the first step that is an action, with days counted day by day', () => {
    fc.assert(
      fc.property(choicesArb, asOfArb, (choices, asOf) => {
        const r = makePlan(caseFileFromChoices(choices, asOf), asOf);
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        const first = r.plan.steps.find((s) => !isInformative(s));
        if (!first) {
          expect(r.plan.next).toBeNull();
          return;
        }
        const next = r.plan.next!;
        expect(next.stepId).toBe(first.id);
        expect(next.what).toEqual(first.title);
        expect(next.where).toEqual(first.where);
        expect(next.by).toBe(first.due?.date);
        expect(next.overdue).toBe(first.due?.status === 'overdue');
        if (first.due) {
          expect(next.workingDaysLeft).toBe(countWorkingDays(asOf, first.due.date));
          expect(next.calendarDaysLeft).toBe(Math.round((Date.parse(first.due.date) - Date.parse(asOf)) / 86_400_000));
        }
      }),
      { numRuns: 300 },
    );
  });
});
