import { addMonthsThenDaysDeadline } from '../calendar/deadlines.ts';
import { CARD_FEES } from '../params/fees.ts';
import { EU_REGISTRATION_PERIOD } from '../params/periods.ts';
import { addBooking, addDocuments } from './documents-adapter.ts';
import type { PlanContext } from './plan-context.ts';

/**
 * EU/EEA/CH citizen staying over 3 months: registration of residence within 30 days after
 * 3 months from entry (free, certificate the same day), optional EU citizen residence card.
 */
export function euRegistration(ctx: PlanContext): void {
  const { arrivalDate, euBasis } = ctx.caseFile;
  if (!arrivalDate || !euBasis) return;
  const s = ctx.step('euRegistration', 20).cite('res-euraxess-eu');
  const period = s.use(EU_REGISTRATION_PERIOD);
  s.dueOn(addMonthsThenDaysDeadline(arrivalDate, period.months, period.days));
  s.atOffice('foreignPolice', 'euRegistration');
  s.detail('steps.euRegistration.free');
  s.detail('steps.euRegistration.sameDay');
  s.detail(`steps.euRegistration.basis.${euBasis}`);
  addDocuments(ctx, s, 'euRegistration', euBasis);
  addBooking(ctx, s, 'euRegistration');

  const card = ctx.step('euCitizenCard', 30).cite('res-euraxess-eu');
  card.when('timing.afterRegistration');
  card.atOffice('foreignPolice', 'euCitizenCard');
  card.detail('steps.euCitizenCard.optional');
  card.detail('steps.euCitizenCard.processing');
  card.fee('cardStandard', CARD_FEES.standard, { optional: true });
  card.fee('cardExpedited', CARD_FEES.expedited, { optional: true, note: 'fees.notes.expeditedInstead' });
  card.fee('cardDelivery', CARD_FEES.delivery, { optional: true });
  addDocuments(ctx, card, 'euCitizenCard');
}
