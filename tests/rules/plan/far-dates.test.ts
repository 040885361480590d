/**
 * Plans far from today (issue "Dates without an end"): renewals of permits expiring in each
 * year 2028–2035, arrivals across New Year 2027/28 and around Easter 2028–2030, and plans
 * as of a date in 2030. None is refused; every deadline is a working day on or before the
 * last day it may be; dates after 2027 say once that they are counted from the law in force.
 */
import { isWorkingDay } from '../../../src/rules/calendar/deadlines.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { enginePlanSchema, type EnginePlan } from '../../../src/rules/schema/plan.ts';
import { loadExample } from '../../support/load-example.ts';

/** The renewal example (a Ukrainian employee); each test sets its own permit expiry. */
const RENEWAL = loadExample('resident-renewal') as object;
const VISA_FREE = { schemaVersion: 1, citizenship: 'US', euFamilyMember: 'no', stayLength: 'upTo90Days', accommodation: 'private' };
const EU_LONG = { schemaVersion: 1, citizenship: 'DE', stayLength: 'over90Days', euBasis: 'employee', accommodation: 'private' };

function plan(cf: object, asOf: string): EnginePlan {
  const r = makePlan(cf, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return enginePlanSchema.parse(r.plan);
}
const due = (p: EnginePlan, id: string) => p.steps.find((s) => s.id === id)?.due?.date;
const projected = (p: EnginePlan) => p.warnings.filter((w) => w.id === 'calendar.projected').length;

describe('renewals of permits expiring 2028–2035', () => {
  // 30 June of each year, planned half a year before.
  it.each([2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035])('expiry 30 June %i', (year) => {
    const expiry = `${year}-06-30`;
    const p = plan({ ...RENEWAL, permitExpiry: expiry }, `${year}-01-02`);
    const d = due(p, 'renewal')!;
    expect(isWorkingDay(d)).toBe(true);
    expect(d <= expiry).toBe(true);
    // The last working day on or before the expiry: at most two days before (a weekend).
    expect(new Date(`${expiry}T00:00:00Z`).getTime() - new Date(`${d}T00:00:00Z`).getTime()).toBeLessThanOrEqual(2 * 86_400_000);
    expect(projected(p)).toBe(1);
    expect(p.steps.find((s) => s.id === 'renewal')!.confidence).not.toBe('high');
  });

  it('a permit ending on Sunday 30 June 2030: filed by Friday 28 June, and the plan says why', () => {
    const p = plan({ ...RENEWAL, permitExpiry: '2030-06-30' }, '2030-02-01');
    expect(due(p, 'renewal')).toBe('2030-06-28');
    expect(p.warnings.find((w) => w.id === 'lastDayClosed.renewal')?.text).toEqual({
      key: 'warnings.lastDayIsWeekend',
      params: { lastDay: '2030-06-30', filingDay: '2030-06-28' },
    });
  });

  it('a permit ending on Easter Monday 2028 (17 April): filed by Thursday 13 April, Good Friday being closed too', () => {
    const p = plan({ ...RENEWAL, permitExpiry: '2028-04-17' }, '2028-01-10');
    expect(due(p, 'renewal')).toBe('2028-04-13');
    expect(p.warnings.find((w) => w.id === 'lastDayClosed.renewal')?.text.params).toMatchObject({ holiday: 'Veľkonočný pondelok' });
  });

  it('a permit ending on a working day in 2027 needs no warning about unconfirmed years', () => {
    const p = plan({ ...RENEWAL, permitExpiry: '2027-06-30' }, '2027-01-04');
    expect(due(p, 'renewal')).toBe('2027-06-30');
    expect(projected(p)).toBe(0);
    expect(p.warnings.some((w) => w.id.startsWith('lastDayClosed'))).toBe(false);
  });
});

describe('arrivals across New Year 2027/28 and around Easter 2028–2030', () => {
  it.each([
    // [arrival, as of, notice of stay due] — 3 working days (third-country national).
    ['2027-12-30', '2027-12-01', '2028-01-04'], // 31 Dec, then 1–2 Jan (Sat, Sun), 3 and 4 Jan
    ['2028-04-12', '2028-04-01', '2028-04-19'], // Good Friday 14 Apr, Easter Monday 17 Apr 2028
    ['2029-03-29', '2029-03-01', '2029-04-05'], // Good Friday 30 Mar, Easter Monday 2 Apr 2029: 3, 4 and 5 Apr
    ['2030-04-18', '2030-04-01', '2030-04-25'], // Good Friday 19 Apr, Easter Monday 22 Apr 2030
  ])('visa-free arrival on %s (as of %s): notice of stay by %s', (arrivalDate, asOf, expected) => {
    const p = plan({ ...VISA_FREE, arrivalDate }, asOf);
    expect(due(p, 'noticeOfStay')).toBe(expected);
  });

  it('an EU citizen arriving in September 2027: the registration deadline falls in 2028 and is planned', () => {
    const p = plan({ ...EU_LONG, arrivalDate: '2027-10-15' }, '2027-09-01');
    const registration = due(p, 'euRegistration')!;
    expect(registration > '2028-01-01').toBe(true);
    expect(isWorkingDay(registration)).toBe(true);
    expect(projected(p)).toBe(1);
  });
});

describe('as of a date in 2030', () => {
  it('a long-term residence plan from residence since 2025', () => {
    const p = plan(
      { schemaVersion: 1, citizenship: 'IN', euFamilyMember: 'no', stayLength: 'over90Days', currentStatus: 'temporaryResidence', residentGoal: 'longTermResidence', residenceSince: '2025-09-01', cardChip: 'yes', bokActive: 'no' },
      '2030-03-01',
    );
    expect(p.asOf).toBe('2030-03-01');
    expect(due(p, 'longTermResidence')).toBe('2030-09-01');
  });

  it('fees as of 2030 are the last recorded ones (they hold forward)', () => {
    const a = plan({ ...RENEWAL, permitExpiry: '2030-12-31' }, '2030-06-01');
    const b = plan({ ...RENEWAL, permitExpiry: '2026-12-31' }, '2026-06-01');
    expect(a.feeTotals).toEqual(b.feeTotals);
  });
});
