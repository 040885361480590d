import fc from 'fast-check';
import { addDays } from '../../../src/rules/calendar/iso-date.ts';
import { makePlan } from '../../../src/rules/make-plan.ts';
import { questionPath } from '../../../src/rules/questions.ts';
import { bookingStepId } from '../../../src/rules/plan/booking-actions.ts';
import { orderByNeeds, unmetNeeds } from '../../../src/rules/plan/step-needs.ts';
import type { CaseFile } from '../../../src/rules/schema/case-file.ts';
import type { EnginePlan } from '../../../src/rules/schema/plan.ts';
import { asOfArb, caseFileFromChoices, choicesArb } from '../../support/case-files.ts';

/**
 * Steps in an order that can be followed (handbook §4b booking system, §8 BOK): each visit
 * that is booked and dated gets a dated booking action; authorised booking (a renewal) needs
 * an active BOK, planned before the booking when the person does not have one.
 */

const RENEWAL = {
  schemaVersion: 1,
  citizenship: 'UA',
  euFamilyMember: 'no',
  stayLength: 'over90Days',
  currentStatus: 'temporaryResidence',
  residentGoal: 'renewal',
  purpose: 'employment',
  permitExpiry: '2027-02-28',
  filingChannel: 'inPerson',
  cardChip: 'yes',
  bokActive: 'no',
} as const satisfies CaseFile;

function plan(cf: Partial<CaseFile>, asOf: string): EnginePlan {
  const r = makePlan(cf, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}
const ids = (p: EnginePlan) => p.steps.map((s) => s.id);
const step = (p: EnginePlan, id: string) => {
  const s = p.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${ids(p).join(' ')}`);
  return s;
};

describe('booking actions', () => {
  it('renewal, BOK not active: activate the BOK, then book when slots for the deadline appear (60 days ahead), then renew', () => {
    const p = plan(RENEWAL, '2026-12-06');
    // Deadline: Fri 26 Feb 2027 (the last day, Sun 28 Feb, is closed); 60 days before: 28 Dec 2026.
    expect(ids(p).slice(0, 3)).toEqual(['bok', 'bookRenewal', 'renewal']);
    expect(step(p, 'renewal').due?.date).toBe('2027-02-26');
    expect(step(p, 'bookRenewal').due).toMatchObject({ date: '2026-12-28', kind: 'earliest' });
    expect(step(p, 'bookRenewal').due?.rule).toEqual({ key: 'due.bookingOpens.deadline', params: { days: 60, visit: '2027-02-26' } });
    expect(step(p, 'bok').due).toMatchObject({ date: '2026-12-28', kind: 'deadline' });
    expect(step(p, 'bookRenewal').needs).toEqual([{ what: 'bok', stepId: 'bok', have: false }]);
    expect(step(p, 'renewal').needs).toEqual([{ what: 'booking', stepId: 'bookRenewal', have: false }]);
    expect(step(p, 'bookRenewal').bookingFor).toBe('renewal');
    // The booking details move to the booking action; the visit says to come as booked.
    expect(step(p, 'bookRenewal').booking?.authorisedOnly).toBe(true);
    expect(step(p, 'renewal').booking).toBeUndefined();
    expect(step(p, 'renewal').details).toContainEqual({ key: 'steps.book.comeAsBooked' });
    expect(p.next?.stepId).toBe('bok');
    expect(unmetNeeds(p.steps, p.asOf)).toEqual([]);
  });

  it('slots already open: book now (the as-of date), BOK now too', () => {
    const p = plan(RENEWAL, '2027-01-10');
    expect(step(p, 'bookRenewal').due).toMatchObject({ date: '2027-01-10', kind: 'deadline', status: 'dueToday' });
    expect(step(p, 'bookRenewal').due?.rule.key).toBe('due.bookingOpenNow.deadline');
    expect(step(p, 'bok').due?.date).toBe('2027-01-10');
    expect(ids(p).slice(0, 3)).toEqual(['bok', 'bookRenewal', 'renewal']);
  });

  it('BOK already active: no activation step, the booking is next', () => {
    const p = plan({ ...RENEWAL, bokActive: 'yes' }, '2026-12-06');
    expect(ids(p)).not.toContain('bok');
    expect(step(p, 'bookRenewal').needs).toEqual([{ what: 'bok', have: true }]);
    expect(p.next?.stepId).toBe('bookRenewal');
  });

  it("BOK unknown: plans the activation, as for 'no'", () => {
    const p = plan({ ...RENEWAL, bokActive: 'dontKnow' }, '2026-12-06');
    expect(step(p, 'bok').due?.date).toBe('2026-12-28');
  });

  it('a case file from before the BOK question (a saved client, an old link) plans as "don\'t know": the activation is planned', () => {
    const p = plan({ ...RENEWAL, bokActive: undefined }, '2026-12-06');
    expect(p.caseFile.bokActive).toBe('dontKnow');
    expect(step(p, 'bok').due?.date).toBe('2026-12-28');
    // The wizard still asks it.
    expect(questionPath({ ...RENEWAL, bokActive: undefined }, '2026-12-06')).toEqual(expect.objectContaining({ complete: false }));
  });

  it('card without a chip: no BOK step, the booking does not wait for one (the warning says to ask the police)', () => {
    const p = plan({ ...RENEWAL, cardChip: 'no', bokActive: undefined }, '2026-12-06');
    expect(ids(p)).not.toContain('bok');
    expect(step(p, 'bookRenewal').needs).toEqual([]);
    expect(p.warnings.map((w) => w.id)).toContain('bok.neededForBooking');
  });

  it('online renewal: no booking; filing online needs the BOK, dated by the deadline', () => {
    const p = plan({ ...RENEWAL, filingChannel: 'online' }, '2026-12-06');
    expect(ids(p)).not.toContain('bookRenewal');
    expect(step(p, 'renewal').needs).toEqual([{ what: 'bok', stepId: 'bok', have: false }]);
    expect(step(p, 'bok').due?.date).toBe('2027-02-26');
    expect(ids(p).indexOf('bok')).toBeLessThan(ids(p).indexOf('renewal'));
  });

  it('a visit booked without authorised access: slots 40 days ahead; with an active BOK 60', () => {
    const cf = {
      schemaVersion: 1,
      citizenship: 'US',
      euFamilyMember: 'no',
      stayLength: 'over90Days',
      currentStatus: 'visaFree',
      purpose: 'research',
      arrivalDate: '2026-11-16',
      accommodation: 'private',
    } as const satisfies CaseFile;
    const p = plan(cf, '2026-12-06');
    const visit = step(p, 'trApplication').due!.date;
    expect(step(p, 'bookTrApplication').due?.date).toBe(addDays(visit, -40));
    expect(step(p, 'bookTrApplication').due?.rule.params).toEqual({ days: 40, visit });
  });

  it('before the two-tier booking system (7 Aug 2025) no window is known: the visit keeps its booking, no action', () => {
    const p = plan({ ...RENEWAL, permitExpiry: '2025-09-30' }, '2025-06-02');
    expect(ids(p)).not.toContain('bookRenewal');
    expect(step(p, 'renewal').booking).toBeDefined();
  });

  it('an earliest date (long-term residence from a date ahead): book so the visit can be on that day', () => {
    const cf = {
      schemaVersion: 1,
      citizenship: 'UA',
      euFamilyMember: 'no',
      stayLength: 'over90Days',
      currentStatus: 'temporaryResidence',
      residentGoal: 'longTermResidence',
      residenceSince: '2022-03-15',
      cardChip: 'yes',
      bokActive: 'yes',
    } as const satisfies CaseFile;
    const p = plan(cf, '2026-12-06');
    expect(step(p, 'longTermResidence').due).toMatchObject({ date: '2027-03-15', kind: 'earliest' });
    expect(step(p, 'bookLongTermResidence').due).toMatchObject({ date: addDays('2027-03-15', -60), kind: 'earliest' });
    expect(step(p, 'bookLongTermResidence').due?.rule.key).toBe('due.bookingOpens.earliest');
  });

  it('bookingStepId names the action after the visit', () => {
    expect(bookingStepId('renewal')).toBe('bookRenewal');
    expect(bookingStepId('trApplication')).toBe('bookTrApplication');
  });
});

describe('needs: every step after what it needs', () => {
  const s = (id: string, needs: EnginePlan['steps'][number]['needs'] = [], date?: string) => ({
    id,
    needs,
    ...(date ? { due: { date, kind: 'deadline' as const, weekday: 1, rule: { key: 'x.y' }, status: 'upcoming' as const } } : {}),
  });

  it('orderByNeeds moves a giver found later to just before the step that needs it', () => {
    const steps = [s('a'), s('visit', [{ what: 'booking', stepId: 'book', have: false }]), s('b'), s('book', [{ what: 'bok', stepId: 'bok', have: false }]), s('bok')];
    expect(orderByNeeds(steps).map((x) => x.id)).toEqual(['a', 'bok', 'book', 'visit', 'b']);
  });

  it('unmetNeeds names a need no step gives, a giver that comes later, and an undated or later-dated giver', () => {
    expect(unmetNeeds([s('visit', [{ what: 'booking', have: false }])], '2026-12-06')).toEqual(['visit needs booking: no step gives it']);
    expect(unmetNeeds([s('visit', [{ what: 'booking', stepId: 'book', have: false }]), s('book')], '2026-12-06')[0]).toMatch(/comes later/);
    expect(unmetNeeds([s('book'), s('visit', [{ what: 'booking', stepId: 'book', have: false }], '2027-01-10')], '2026-12-06')[0]).toMatch(/no date/);
    expect(unmetNeeds([s('book', [], '2027-02-01'), s('visit', [{ what: 'booking', stepId: 'book', have: false }], '2027-01-10')], '2026-12-06')[0]).toMatch(/dated later/);
    expect(unmetNeeds([s('visit', [{ what: 'bok', have: true }])], '2026-12-06')).toEqual([]);
  });

  it('holds for every plan over random answers and as-of dates 2024–2026 (property)', () => {
    fc.assert(
      fc.property(choicesArb, asOfArb, (choices, asOf) => {
        const r = makePlan(caseFileFromChoices(choices, asOf), asOf);
        if (!r.ok) return true;
        expect(unmetNeeds(r.plan.steps, asOf)).toEqual([]);
        for (const b of r.plan.steps.filter((x) => x.bookingFor)) {
          const visit = r.plan.steps.find((x) => x.id === b.bookingFor)!;
          expect(r.plan.steps.indexOf(b)).toBeLessThan(r.plan.steps.indexOf(visit));
          expect(b.due!.date >= asOf).toBe(true);
        }
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});
