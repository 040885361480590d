import { UK_WA_CARD_FEES } from '../params/fees.ts';
import { DUTY_PERIODS, TEMPORARY_REFUGE_UNTIL, UK_WA_DEADLINE } from '../params/periods.ts';
import { msg } from '../schema/message.ts';
import { hasActiveBok } from '../predicates/case-predicates.ts';
import { addBooking, addBokPlaces, addDocuments } from './documents-adapter.ts';
import type { PlanContext } from './plan-context.ts';
import { refugeExtension } from './refuge-extension.ts';

/** UK national resident before 2021: Withdrawal Agreement residence document. */
export function withdrawalAgreement(ctx: PlanContext): void {
  const s = ctx.step('ukWaDocument', 100).cite('res-uk-wa');
  const deadline = s.use(UK_WA_DEADLINE);
  s.when('timing.asSoonAsPossible');
  s.atOffice('foreignPolice', 'ukWaDocument');
  s.detail('steps.ukWaDocument.what');
  s.detail('steps.ukWaDocument.legalAdvice');
  s.fee('ukWaExpedited', UK_WA_CARD_FEES.expedited, { optional: true });
  s.fee('ukWaDelivery', UK_WA_CARD_FEES.delivery, { optional: true });
  ctx.warn({
    id: 'ukWa.deadlinePassed',
    kind: 'overdue',
    text: msg('warnings.ukWaDeadlinePassed', { deadline }),
    stepId: s.id,
    about: 'due',
    sourceIds: ['res-uk-wa'],
  });
  ctx.warn({ id: 'conflict.ukWaFees', kind: 'conflict', text: msg('warnings.ukWaFeesConflict'), stepId: s.id, about: 'fees', sourceIds: ['res-uk-wa', 'fee-immiconsulty'] });
}

/** Temporary refuge (Ukraine): validity, the residence document, the booking area. */
export function temporaryRefuge(ctx: PlanContext): void {
  const s = ctx.step('refugeValidity', 90).cite('res-refuge-2027').notAnAction();
  const until = s.use(TEMPORARY_REFUGE_UNTIL);
  const pending = refugeExtension(ctx, s, until);
  if (!pending) s.dueOn({ date: until, rule: msg('due.refugeUntil', { until }) }, 'stayLimit');
  s.at('none', msg('where.none'));
  s.detail('steps.refugeValidity.automatic');
  s.detail('steps.refugeValidity.rights');
  s.detail('steps.refugeValidity.transition');
  if (until < ctx.asOf && !pending) {
    ctx.warn({ id: 'refuge.ended', kind: 'overdue', text: msg('warnings.refugeEnded', { until }), stepId: s.id, about: 'due', sourceIds: ['res-refuge-2027'] });
  }
  const card = ctx.step('refugeCard', 95).cite('res-refuge-2027');
  card.when('timing.anyTime');
  card.atOffice('foreignPolice', 'refugeCard');
  card.detail('steps.refugeCard.paper');
  addBooking(ctx, card, 'refugeCard');
  addDocuments(ctx, card, 'refugeCard');
}

/** BOK: what it unlocks, where to activate it, what to bring. */
export function bok(ctx: PlanContext): void {
  const chip = ctx.caseFile.cardChip;
  // No chip: no BOK. Already active: nothing to do.
  if (chip === 'no' || hasActiveBok(ctx.caseFile)) return;
  const s = ctx.step('bok', 190).cite('res-bok-minv');
  s.when(chip === 'dontKnow' ? 'timing.bokCheckChip' : 'timing.bokOnceCard');
  s.detail('steps.bok.what');
  s.detail('steps.bok.unlocks');
  s.detail('steps.bok.chooseCode');
  s.detail('steps.bok.minutes');
  addBokPlaces(ctx, s);
  addDocuments(ctx, s, 'bok');
  ctx.warn({ id: 'conflict.bokLockout', kind: 'conflict', text: msg('warnings.bokLockoutConflict'), stepId: s.id, sourceIds: ['res-bok-lock'] });
}

/** Continuing duties of a resident (§111); EU citizens have longer periods for changes. */
export function continuingDuties(ctx: PlanContext, euRules: boolean): void {
  const s = ctx.step('continuingDuties', 200).cite('res-mic-duties').notAnAction();
  const d = s.use(DUTY_PERIODS);
  s.when('timing.whileResident');
  s.atOffice('foreignPolice', 'continuingDuties');
  const change = euRules ? d.changeEu : d.changeTcn;
  s.detail('steps.continuingDuties.address', { n: change });
  s.detail('steps.continuingDuties.lostDocument', { n: change });
  s.detail('steps.continuingDuties.newPassport', { n: change });
  if (!euRules) {
    s.detail('steps.continuingDuties.purposeEnded', { n: d.purposeEnded });
    s.detail('steps.continuingDuties.awayFromAddress', { days: d.awayFromAddressDays });
    s.detail('steps.continuingDuties.halfYear');
    s.detail('steps.continuingDuties.absenceAbroad', { days: d.absenceAbroadDays });
  } else {
    s.detail('steps.continuingDuties.euLeaving');
  }
}
