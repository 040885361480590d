import { addDays } from '../calendar/iso-date.ts';
import { BOOKING_RULES, type BookingRule } from '../params/booking.ts';
import { MINV_BOOKING_URL } from '../params/offices-competence.ts';
import { hasActiveBok } from '../predicates/case-predicates.ts';
import { msg } from '../schema/message.ts';
import type { PlanContext } from './plan-context.ts';

/** The id of the action that books a step's visit: `renewal` → `bookRenewal`. */
export const bookingStepId = (stepId: string): string => `book${stepId[0]!.toUpperCase()}${stepId.slice(1)}`;

/** How far ahead the booking system shows slots on the plan date (days), for authorised and other access. */
function bookingWindows(rules: readonly BookingRule[]): { authorised: number; unauthorised: number } | undefined {
  const days = (key: string) => rules.find((r) => r.key === `booking.rules.${key}`)?.params?.days;
  const authorised = days('authorisedWindow');
  const unauthorised = days('unauthorisedWindow');
  return typeof authorised === 'number' && typeof unauthorised === 'number' ? { authorised, unauthorised } : undefined;
}

/**
 * For every visit that is booked and has a date (a deadline, or the earliest day one may
 * file), a dated booking action before it: slots for the visit's date become visible
 * `window` days ahead (res-booking-two-tier: authorised access with an active BOK 60 days,
 * otherwise 40; renewals only authorised). Opening day in the future: "book from" that day;
 * already open: book now (the as-of date). The booking details move to the action; the
 * visit says to come as booked. Before the two-tier system (Aug 2025) no window is known:
 * the visit keeps its booking and gets no action.
 */
export function addBookingActions(ctx: PlanContext): void {
  const windows = bookingWindows(ctx.value(BOOKING_RULES));
  if (!windows) return;
  for (const visit of [...ctx.drafts]) {
    const booking = visit.booking;
    const due = visit.due;
    if (!booking || !due || due.kind === 'stayLimit') continue;
    const s = ctx.step(bookingStepId(visit.id), visit.order - 0.5);
    s.cite('res-booking-two-tier', 'off-euraxess-two-level');
    s.use(BOOKING_RULES);
    const authorised = booking.authorisedOnly || hasActiveBok(ctx.caseFile);
    const days = authorised ? windows.authorised : windows.unauthorised;
    const opens = addDays(due.date, -days);
    const rule = { days, visit: due.date };
    if (opens > ctx.asOf) s.dueOn({ date: opens, rule: msg(`due.bookingOpens.${due.kind}`, rule) }, 'earliest');
    else s.dueOn({ date: ctx.asOf, rule: msg(`due.bookingOpenNow.${due.kind}`, rule) });
    s.at('online', msg('where.bookingSystem'), { url: MINV_BOOKING_URL });
    s.booking = booking;
    s.bookingFor = visit.id;
    s.gives.push('booking');
    if (booking.authorisedOnly && ctx.caseFile.cardChip !== 'no') s.needs.push('bok');
    if (due.kind === 'deadline') s.detail('steps.book.earlierDay');
    s.detail('steps.book.slotsRunOut');
    for (const id of visit.sourceIds) if (id.startsWith('off-') || id.startsWith('res-booking')) s.sourceIds.add(id);
    visit.booking = undefined;
    for (const w of ctx.warnings) if (w.stepId === visit.id && w.about === 'booking') w.stepId = s.id;
    visit.needs.push('booking');
    visit.detail('steps.book.comeAsBooked');
  }
}
