import { addDays } from '../calendar/iso-date.ts';
import { CARD_FEES, MEDICAL_EXAM_PRICE, TR_FIRST_FEES, VISA_FEES, type FilingPlace } from '../params/fees.ts';
import {
  BUSINESS_RULES,
  ENTRY_AFTER_GRANT_DAYS,
  HEALTH_INSURANCE_PROOF_DAYS,
  HEALTH_INSURANCE_PROOF_PURPOSES,
  HEALTH_INSURANCE_WORKING_DAYS,
  MEDICAL_CERTIFICATE,
  NATIONAL_VISA_VALIDITY_DAYS,
  NOTICE_WORKING_DAYS_TCN,
  SCHENGEN_RULE,
  TEMPORARY_REFUGE_UNTIL,
  TR_PROCESSING_DAYS,
} from '../params/periods.ts';
import type { Purpose } from '../schema/case-file.ts';
import { isVisaFreeStay } from '../predicates/case-predicates.ts';
import { msg } from '../schema/message.ts';
import { blueCardFloorDetails } from './blue-card.ts';
import { addBooking, addDocuments } from './documents-adapter.ts';
import { medicalTiming } from './follow-up.ts';
import type { PlanContext } from './plan-context.ts';

/** Where a first temporary-residence application may be filed (§31(3), §31(6)). */
export function filingPlace(ctx: PlanContext, purpose: Purpose): FilingPlace {
  const { currentStatus } = ctx.caseFile;
  if (currentStatus === 'abroad') return 'embassy';
  if (purpose === 'business' && ctx.value(BUSINESS_RULES).embassyOnly) return 'embassy';
  if (currentStatus === 'schengenVisa' && purpose !== 'seasonalWork') return 'embassy';
  return 'foreignPolice';
}

/** First application for temporary residence, and what follows a grant. */
export function temporaryResidence(ctx: PlanContext): void {
  const { purpose, currentStatus, arrivalDate } = ctx.caseFile;
  if (!purpose || !currentStatus) return;
  const place = filingPlace(ctx, purpose);
  const s = ctx.step('trApplication', 100).cite('res-mic-tr-application', 'res-nrsr-31');
  s.detail(`purposes.${purpose}`);

  if (place === 'embassy') {
    s.atOffice('embassy');
    if (currentStatus !== 'abroad') {
      const reason = purpose === 'business' ? 'businessEmbassyOnly' : 'schengenVisaEmbassy';
      ctx.warn({
        id: `forbidden.${reason}`,
        kind: 'forbidden',
        text: msg(`warnings.${reason}`),
        stepId: s.id,
        about: 'where',
        sourceIds: purpose === 'business' ? ['res-tasr-business', 'res-act-178-2025'] : ['res-nrsr-31'],
      });
    }
  } else {
    s.atOffice('foreignPolice', 'trFirst');
    addBooking(ctx, s, 'trFirst');
  }
  if (currentStatus === 'nationalVisa') s.detail('steps.trApplication.nationalVisaPurpose');

  // When the application must be in: while the current stay is still legal.
  if (isVisaFreeStay(ctx.caseFile) && arrivalDate && place === 'foreignPolice') {
    const rule = s.use(SCHENGEN_RULE);
    const lastDay = addDays(arrivalDate, rule.days - 1);
    s.dueByLastDay(lastDay, msg('due.whileVisaFree', { lastDay, days: rule.days, from: arrivalDate }));
    // Not yet in Slovakia: the application is filed here, so not before the day of arrival.
    if (currentStatus === 'arrivingVisaFree') s.detail('steps.trApplication.afterArrival', { date: arrivalDate });
  } else if (currentStatus === 'temporaryRefuge') {
    const until = s.use(TEMPORARY_REFUGE_UNTIL);
    s.dueByLastDay(until, msg('due.whileRefugeValid', { until }));
  } else if (currentStatus === 'abroad') {
    s.when('timing.applyFromAbroad');
  } else {
    s.when('timing.beforeCurrentStayEnds');
  }

  const processing = s.use(TR_PROCESSING_DAYS)[purpose];
  s.detail('steps.trApplication.processing', { days: processing });
  s.fee('trFirst', TR_FIRST_FEES[purpose][place], {
    payment: place === 'embassy' ? 'embassy' : 'eKolok',
    note: 'fees.notes.under18Exempt',
  });
  addDocuments(ctx, s, 'trFirst', purpose);

  if (purpose === 'euBlueCard') blueCardFloorDetails(ctx, s);
  if (purpose === 'business') {
    const rules = s.use(BUSINESS_RULES);
    if (rules.annualQuota !== null) s.detail('steps.trApplication.businessQuota', { quota: rules.annualQuota });
    if (rules.embassyOnly) s.detail('steps.trApplication.businessPlan');
  }
  afterGrant(ctx, purpose);
}

/** What follows a grant: entry, national visa, card, health insurance, medical certificate, notice. */
function afterGrant(ctx: PlanContext, purpose: Purpose): void {
  const abroad = ctx.caseFile.currentStatus === 'abroad' || filingPlace(ctx, purpose) === 'embassy';
  if (abroad) {
    const visa = ctx.step('nationalVisaToCollect', 120).cite('res-mic-tr-application');
    visa.when('timing.afterGrant');
    visa.atOffice('embassy');
    visa.detail('steps.nationalVisaToCollect.validity', { days: visa.use(NATIONAL_VISA_VALIDITY_DAYS) });
    visa.fee('nationalVisaToCollect', VISA_FEES.nationalToCollect, { payment: 'embassy' });

    const enter = ctx.step('enterSlovakia', 130).cite('res-entry-180');
    enter.when('timing.enterWithinDays', { days: enter.use(ENTRY_AFTER_GRANT_DAYS) });
    enter.at('none', msg('where.none'));
    enter.detail('steps.enterSlovakia.lapses');

    const notice = ctx.step('noticeAfterEntry', 140).cite('res-minv-notice');
    notice.when('timing.workingDaysAfterEntry', { n: notice.use(NOTICE_WORKING_DAYS_TCN) });
    notice.atOffice('foreignPolice', 'noticeOfStay');
    notice.detail('steps.noticeOfStay.facilityFiles');
    addDocuments(ctx, notice, 'noticeOfStay');
  }

  const card = ctx.step('collectCard', 150).cite('res-entry-180');
  card.when(abroad ? 'timing.afterEntry' : 'timing.afterGrant');
  card.atOffice('foreignPolice', 'collectCard');
  card.detail('steps.collectCard.noStatutoryDeadline');
  card.fee('cardStandard', CARD_FEES.standard);
  card.fee('cardExpedited', CARD_FEES.expedited, { optional: true, note: 'fees.notes.expeditedInstead' });
  card.fee('cardDelivery', CARD_FEES.delivery, { optional: true });
  addBooking(ctx, card, 'collectCard');
  ctx.warn({ id: 'collectCard.deadline', kind: 'uncertain', text: msg('uncertain.collectCardDeadline'), stepId: card.id, about: 'due', sourceIds: ['res-entry-180'] });

  const ins = ctx.step('healthInsurance', 160).cite('res-health-insurance');
  ins.when('timing.workingDaysAfterCollecting', { n: ins.use(HEALTH_INSURANCE_WORKING_DAYS) });
  ins.at('healthInsurer', msg('where.healthInsurer'));
  ins.detail('steps.healthInsurance.publicOrPrivate');

  if (HEALTH_INSURANCE_PROOF_PURPOSES.includes(purpose)) {
    const proof = ctx.step('healthInsuranceProof', 170).cite('res-health-insurance-proof');
    proof.when('timing.daysAfterCollecting', { n: proof.use(HEALTH_INSURANCE_PROOF_DAYS) });
    proof.atOffice('foreignPolice', 'healthInsuranceProof');
  }

  const med = ctx.step('medicalCertificate', 180).cite('res-medical-certificate');
  const m = med.use(MEDICAL_CERTIFICATE);
  medicalTiming(ctx, med, purpose === 'euBlueCard' && !abroad ? 'blueCardAtForeignPolice' : 'temporaryResidence', m.dueDays);
  med.at('clinic', msg('where.clinic'));
  med.detail('steps.medicalCertificate.maxAge', { days: m.maxAgeDays });
  med.detail('steps.medicalCertificate.extension', { days: m.extensionDays });
  med.detail('steps.medicalCertificate.cancel');
  med.fee('medicalExam', MEDICAL_EXAM_PRICE, { payment: 'clinic', note: 'fees.notes.clinicPrice' });
  addDocuments(ctx, med, 'medicalCertificate');
}
