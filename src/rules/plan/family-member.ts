import { addMonthsThenDaysDeadline } from '../calendar/deadlines.ts';
import { CARD_FEES } from '../params/fees.ts';
import { EU_REGISTRATION_PERIOD } from '../params/periods.ts';
import { msg } from '../schema/message.ts';
import { addBooking, addDocuments } from './documents-adapter.ts';
import type { PlanContext } from './plan-context.ts';

/**
 * Third-country family member of an EU/EEA/CH citizen staying over 3 months: Residence Card
 * of an EU Citizen's Family Member, applied for within 30 days after 3 months from entry.
 */
export function familyMemberCard(ctx: PlanContext): void {
  const { arrivalDate } = ctx.caseFile;
  if (!arrivalDate) return;
  const s = ctx.step('familyMemberCard', 20).cite('res-act-404');
  const period = s.use(EU_REGISTRATION_PERIOD);
  s.dueOn(addMonthsThenDaysDeadline(arrivalDate, period.months, period.days));
  s.atOffice('foreignPolice', 'familyMemberCard');
  s.detail('steps.familyMemberCard.cardIsRegistration');
  s.detail('steps.familyMemberCard.processing');
  s.fee('cardStandard', CARD_FEES.standard);
  s.fee('cardExpedited', CARD_FEES.expedited, { optional: true, note: 'fees.notes.expeditedInstead' });
  s.fee('cardDelivery', CARD_FEES.delivery, { optional: true });
  addDocuments(ctx, s, 'familyMemberCard');
  addBooking(ctx, s, 'familyMemberCard');
  ctx.warn({ id: 'familyMember.processing', kind: 'uncertain', text: msg('warnings.familyMemberProcessing'), stepId: s.id, about: 'due' });
}

/** Visa note for a family member of an EU citizen (facilitated, free Schengen visa where one is needed). */
export function familyMemberVisaNote(ctx: PlanContext): void {
  ctx.warn({ id: 'familyMember.visa', kind: 'info', text: msg('warnings.familyMemberVisa'), sourceIds: ['res-act-404'] });
}
