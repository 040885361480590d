import { addDays, addYears } from '../calendar/iso-date.ts';
import { CARD_FEES, ONLINE_CARD_FEE_FACTOR, PR_FEES, TR_FIRST_FEES, TR_RENEWAL_FEES } from '../params/fees.ts';
import {
  BUSINESS_RULES,
  CHANGE_OF_PURPOSE_DAYS_BEFORE_EXPIRY,
  ELECTRONIC_FILING,
  LONG_TERM_RESIDENCE,
  PR_PROCESSING_DAYS,
  PR_UNLIMITED_AFTER_YEARS,
  RENEWAL_DAYS_BEFORE_EXPIRY,
  TR_PROCESSING_DAYS,
} from '../params/periods.ts';
import { GRADUATE_JOB_SEEKING } from '../params/law.ts';
import { hasNoPermanentResidenceTie } from '../predicates/case-predicates.ts';
import { msg } from '../schema/message.ts';
import { SLOVENSKO_SK_URL } from '../params/offices-competence.ts';
import { addBooking, addDocuments, bookingNeedsBok } from './documents-adapter.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext, StepDraft } from './plan-context.ts';
import { lastWorkingDayOnOrBefore } from '../calendar/deadlines.ts';

/** Renewal of temporary residence (§34): file by the last day of validity. */
export function renewal(ctx: PlanContext): void {
  const { purpose, permitExpiry, filingChannel } = ctx.caseFile;
  if (!purpose || !permitExpiry) return;
  const s = ctx.step('renewal', 100).cite('res-renewal', 'res-renewal-smartup');
  const before = s.use(RENEWAL_DAYS_BEFORE_EXPIRY);
  const daysBefore = purpose === 'seasonalWork' ? before.seasonalWork : before.default;
  const lastDay = addDays(permitExpiry, -daysBefore);
  const closed = lastWorkingDayOnOrBefore(lastDay) !== lastDay;
  const rule =
    daysBefore === 0
      ? msg(closed ? 'due.lastDayOfValidityClosed' : 'due.lastDayOfValidity', { expiry: permitExpiry, lastDay })
      : msg('due.daysBeforeExpiry', { days: daysBefore, expiry: permitExpiry });
  s.dueByLastDay(lastDay, rule);
  s.detail(`purposes.${purpose}`);
  s.detail('steps.renewal.staysValid');
  s.detail('steps.renewal.processing', { days: s.use(TR_PROCESSING_DAYS)[purpose] });
  if (purpose === 'studies' || purpose === 'research') s.detail('steps.renewal.jobSeeking', { months: readLaw(ctx, s, GRADUATE_JOB_SEEKING).months });

  const online = filingChannel === 'online' && s.use(ELECTRONIC_FILING);
  if (online) {
    s.at('online', msg('where.slovenskoSk'), { url: SLOVENSKO_SK_URL });
    s.detail('steps.renewal.online');
    // Filing online signs in with the card's chip and its BOK.
    if (ctx.caseFile.cardChip !== 'no') s.needs.push('bok');
  } else {
    s.atOffice('foreignPolice', 'trRenewal');
    addBooking(ctx, s, 'trRenewal');
  }
  s.fee('trRenewal', TR_RENEWAL_FEES[purpose], { note: 'fees.notes.under18Exempt' });
  const factor = online ? s.use(ONLINE_CARD_FEE_FACTOR) : 1;
  s.fee('cardStandard', CARD_FEES.standard, { factor, ...(online ? { note: 'fees.notes.onlineHalf' } : {}) });
  s.fee('cardExpedited', CARD_FEES.expedited, { optional: true, factor, note: 'fees.notes.expeditedInstead' });
  s.fee('cardDelivery', CARD_FEES.delivery, { optional: true, factor });
  addDocuments(ctx, s, 'trRenewal', purpose);
  if (!online && bookingNeedsBok(ctx, 'trRenewal')) bokNeededWarning(ctx, s.id);
}

function bokNeededWarning(ctx: PlanContext, stepId: string): void {
  const chip = ctx.caseFile.cardChip;
  if (chip === 'yes') return;
  ctx.warn({
    id: 'bok.neededForBooking',
    kind: chip === 'no' ? 'forbidden' : 'info',
    text: msg(chip === 'no' ? 'warnings.bookingNeedsBokNoChip' : 'warnings.bookingNeedsBokCheckChip'),
    stepId,
    about: 'booking',
    sourceIds: ['res-euraxess-e-filing', 'res-booking-two-tier'],
  });
}

/** Change of purpose: a new application for the new purpose, before the current one ends. */
export function changeOfPurpose(ctx: PlanContext): void {
  const { purpose, permitExpiry } = ctx.caseFile;
  if (!purpose || !permitExpiry) return;
  const s = ctx.step('changeOfPurpose', 100).cite('res-euraxess-phd', 'res-nrsr-31');
  s.detail(`purposes.${purpose}`);
  const early = s.use(CHANGE_OF_PURPOSE_DAYS_BEFORE_EXPIRY);
  const lastDay = permitExpiry;
  s.dueByLastDay(lastDay, msg('due.beforeExpiry', { expiry: permitExpiry }));
  s.detail('steps.changeOfPurpose.earlyFromStudies', { days: early });
  s.detail('steps.changeOfPurpose.noMedical');
  s.detail('steps.changeOfPurpose.processing', { days: s.use(TR_PROCESSING_DAYS)[purpose] });
  const business = s.use(BUSINESS_RULES);
  const notAtPolice = purpose === 'seasonalWork' || (purpose === 'business' && business.embassyOnly);
  if (notAtPolice) {
    s.atOffice('embassy');
    ctx.warn({
      id: `forbidden.changeTo.${purpose}`,
      kind: 'forbidden',
      text: msg(`warnings.changeOfPurposeNotAtPolice.${purpose}`, { years: business.switchAfterYears ?? 2 }),
      stepId: s.id,
      about: 'where',
      sourceIds: ['res-tasr-business', 'res-nrsr-31'],
    });
    s.fee('trFirst', TR_FIRST_FEES[purpose].embassy, { payment: 'embassy' });
  } else {
    s.atOffice('foreignPolice', 'changeOfPurpose');
    s.fee('trFirst', TR_FIRST_FEES[purpose].foreignPolice, { note: 'fees.notes.under18Exempt' });
    addBooking(ctx, s, 'changeOfPurpose');
    if (bookingNeedsBok(ctx, 'changeOfPurpose')) bokNeededWarning(ctx, s.id);
  }
  ctx.warn({ id: 'changeOfPurpose.place', kind: 'conflict', text: msg('warnings.changeOfPurposePlace'), stepId: s.id, about: 'where', sourceIds: ['res-nrsr-31'] });
  addDocuments(ctx, s, 'changeOfPurpose', purpose);
  s.fee('cardStandard', CARD_FEES.standard);
}

/**
 * When long-term residence can be applied for, on step `s`: the date `years` after `since`
 * (an earliest date), or now. Returns the dated rules and whether the date is still ahead.
 */
export function longTermWhen(ctx: PlanContext, s: StepDraft, since: string) {
  const rules = s.use(LONG_TERM_RESIDENCE);
  const earliest = addYears(since, rules.years);
  const ahead = earliest > ctx.asOf;
  if (ahead) s.dueOn({ date: earliest, rule: msg('due.earliestAfterYears', { years: rules.years, from: since }) }, 'earliest');
  else s.when('timing.canApplyNow', { years: rules.years, from: since });
  return { rules, earliest, ahead };
}

/** Where long-term residence is filed and its conditions (absences, studies, Slovak A2), on step `s`. */
export function longTermConditions(s: StepDraft, rules: ReturnType<typeof longTermWhen>['rules']): void {
  s.atOffice('foreignPolice', 'longTermResidence');
  s.detail('steps.longTermResidence.absences', { single: rules.maxSingleAbsenceMonths, total: rules.maxTotalAbsenceMonths });
  if (rules.studiesCountHalf) s.detail('steps.longTermResidence.studiesHalf');
  if (rules.languageA2) s.detail('steps.longTermResidence.languageA2');
}

/** Long-term residence (§52): 5 years of uninterrupted legal residence; studies count half. */
export function longTermResidence(ctx: PlanContext): void {
  const { residenceSince } = ctx.caseFile;
  if (!residenceSince) return;
  const s = ctx.step('longTermResidence', 100).cite('res-mic-long-term');
  const { rules } = longTermWhen(ctx, s, residenceSince);
  longTermConditions(s, rules);
  s.detail('steps.longTermResidence.excluded');
  s.detail('steps.longTermResidence.processing', { days: s.use(PR_PROCESSING_DAYS) });
  s.fee('permanentResidence', PR_FEES.foreignPolice);
  addDocuments(ctx, s, 'longTermResidence');
  addBooking(ctx, s, 'longTermResidence');
}

/** Permanent residence: for 5 years (§43) from temporary residence, or unlimited (§46) from 5-year PR. */
export function permanentResidence(ctx: PlanContext): void {
  const { currentStatus, permitExpiry, residenceSince } = ctx.caseFile;
  if (currentStatus === 'permanentResidence') {
    if (!permitExpiry) return;
    const s = ctx.step('permanentUnlimited', 100).cite('res-mic-pr-unlimited');
    const years = s.use(PR_UNLIMITED_AFTER_YEARS);
    s.dueByLastDay(permitExpiry, msg('due.beforeExpiry', { expiry: permitExpiry }));
    s.detail('steps.permanentUnlimited.eligibility', { years });
    s.detail('steps.permanentUnlimited.processing', { days: s.use(PR_PROCESSING_DAYS) });
    s.atOffice('foreignPolice', 'permanentUnlimited');
    s.fee('permanentResidence', PR_FEES.foreignPolice, { note: 'fees.notes.under18Exempt' });
    addDocuments(ctx, s, 'permanentUnlimited');
    addBooking(ctx, s, 'permanentUnlimited');
    ctx.warn({ id: 'uncertain.prUnlimitedDeadline', kind: 'uncertain', text: msg('uncertain.prUnlimitedDeadline'), stepId: s.id, about: 'due', sourceIds: ['res-mic-pr-unlimited'] });
    return;
  }
  // No family tie opens it (the person said so): no application; resident-goals says why and what instead.
  if (!residenceSince || hasNoPermanentResidenceTie(ctx.caseFile)) return;
  const s = ctx.step('permanentFiveYears', 100).cite('res-mic-pr5');
  s.when('timing.whenEligible');
  s.detail('steps.permanentFiveYears.eligibility');
  s.detail('steps.permanentFiveYears.processing', { days: s.use(PR_PROCESSING_DAYS) });
  s.atOffice('foreignPolice', 'permanentFiveYears');
  s.fee('permanentResidence', PR_FEES.foreignPolice, { note: 'fees.notes.spouseOfSlovakExempt' });
  addDocuments(ctx, s, 'permanentFiveYears');
  addBooking(ctx, s, 'permanentFiveYears');
}
