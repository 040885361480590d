import { addDays } from '../calendar/iso-date.ts';
import { visaRegime } from '../params/countries.ts';
import { INVITATION_FEE, VISA_FEES } from '../params/fees.ts';
import { DAILY_SUBSISTENCE, INVITATION_MONEY, INVITATION_PERIODS, SUBSISTENCE_MINIMUM } from '../params/money.ts';
import { roundCents } from '../money.ts';
import { SCHENGEN_RULE } from '../params/periods.ts';
import { msg } from '../schema/message.ts';
import type { PlanContext } from './plan-context.ts';

/**
 * Third-country national on a short stay (≤ 90 days): visa or visa-free entry
 * (Reg. 2018/1806 Annex II), the 90/180 rule, and the invitation a host may have verified.
 */
export function shortStay(ctx: PlanContext): void {
  const { arrivalDate, citizenship } = ctx.caseFile;
  const regime = visaRegime(citizenship, ctx.asOf);
  const entry = ctx.step('entryConditions', 0).cite(...regime.sourceIds);
  entry.at('embassy', msg(regime.visaFree ? 'where.none' : 'where.embassy'));
  if (regime.visaFree) {
    entry.title = msg('steps.entryConditions.visaFreeTitle');
    entry.detail('steps.entryConditions.visaFree');
    for (const c of regime.conditions) entry.detail(`countries.conditions.${c}`);
    entry.at('none', msg('where.none'));
    entry.notAnAction();
  } else {
    entry.title = msg('steps.entryConditions.visaTitle');
    entry.detail('steps.entryConditions.visaRequired');
    for (const n of regime.notes) entry.detail(`countries.notes.${n}`);
    entry.fee('schengenVisa', VISA_FEES.schengen, { payment: 'embassy', note: 'fees.notes.schengenVisaChildren' });
  }
  if (regime.confidence !== 'high') {
    ctx.warn({ id: 'uncertain.visaRegime', kind: 'uncertain', text: msg('uncertain.visaRegime'), stepId: entry.id, sourceIds: regime.sourceIds });
  }

  const rule = ctx.value(SCHENGEN_RULE);
  if (arrivalDate) {
    const limit = ctx.step('leaveSchengen', 50).cite('res-schengen-rule');
    limit.use(SCHENGEN_RULE);
    limit.dueOn({ date: addDays(arrivalDate, rule.days - 1), rule: msg('due.schengenLimit', { days: rule.days, window: rule.window, from: arrivalDate }) }, 'stayLimit');
    limit.detail('steps.leaveSchengen.earlierStaysCount', { days: rule.days, window: rule.window });
    limit.detail('steps.leaveSchengen.calculator');
  }

  if (!regime.visaFree) {
    const inv = ctx.step('invitation', 1).cite('res-minv-invitation');
    const months = inv.use(INVITATION_MONEY).subsistenceMonths;
    const subsistence = inv.use(SUBSISTENCE_MINIMUM);
    const daily = inv.use(DAILY_SUBSISTENCE);
    const periods = inv.use(INVITATION_PERIODS);
    inv.when('timing.beforeVisaApplication');
    inv.atOffice('foreignPolice', 'invitation');
    inv.detail('steps.invitation.optional');
    inv.detail('steps.invitation.money', {
      months,
      subsistence,
      base: roundCents(months * subsistence),
      daily,
    });
    inv.detail('steps.invitation.periods', { decisionDays: periods.decisionDays, validDays: periods.validDays });
    inv.fee('invitationVerification', INVITATION_FEE, { optional: true, note: 'fees.notes.paidByHost' });
  }
}
