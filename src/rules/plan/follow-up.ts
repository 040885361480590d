import { MEDICAL_EXAM_PRICE } from '../params/fees.ts';
import { MEDICAL_START } from '../params/law.ts';
import { HEALTH_INSURANCE_WORKING_DAYS, MEDICAL_CERTIFICATE } from '../params/periods.ts';
import { msg } from '../schema/message.ts';
import { addDocuments } from './documents-adapter.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext, StepDraft } from './plan-context.ts';

/** The route a medical certificate follows: which provision, and so from which event its period runs. */
export type MedicalRoute = keyof typeof MEDICAL_START;

/**
 * When the medical certificate is due, by route (Act 404/2011): from collecting the card
 * for temporary residence (§32(10)) and 5-year permanent residence (§45(4)); from filing for
 * an EU Blue Card filed at the Foreign Police (§38(8)). The step says which event starts it.
 */
export function medicalTiming(ctx: PlanContext, med: StepDraft, route: MedicalRoute, days: number): void {
  const start = readLaw(ctx, med, MEDICAL_START[route]);
  med.when(start === 'filing' ? 'law.timing.daysAfterFiling' : 'timing.daysAfterCollecting', { n: days });
  med.detail(`law.medical.route.${route}`);
}

/**
 * After a grant of permanent residence for 5 years (Act 404/2011 §45(4); res-mic-pr5): health
 * insurance within working days of collecting the card, and the medical certificate within
 * days of collecting it. Unlimited permanent residence and long-term residence need no
 * medical certificate, so nothing is added for them.
 */
export function permanentFiveYearsFollowUp(ctx: PlanContext): void {
  if (!ctx.drafts.some((d) => d.id === 'permanentFiveYears')) return;
  const ins = ctx.step('healthInsurance', 160).cite('res-mic-pr5', 'res-health-insurance');
  ins.when('timing.workingDaysAfterCollecting', { n: ins.use(HEALTH_INSURANCE_WORKING_DAYS) });
  ins.at('healthInsurer', msg('where.healthInsurer'));
  ins.detail('law.medical.afterPermanentGrant');
  ins.detail('steps.healthInsurance.publicOrPrivate');

  const med = ctx.step('medicalCertificate', 180).cite('law-medical-pr5', 'res-mic-pr5');
  const m = med.use(MEDICAL_CERTIFICATE);
  medicalTiming(ctx, med, 'permanentFiveYears', m.dueDays);
  med.at('clinic', msg('where.clinic'));
  med.detail('law.medical.afterPermanentGrant');
  med.detail('steps.medicalCertificate.maxAge', { days: m.maxAgeDays });
  med.detail('steps.medicalCertificate.extension', { days: m.extensionDays });
  med.fee('medicalExam', MEDICAL_EXAM_PRICE, { payment: 'clinic', note: 'fees.notes.clinicPrice' });
  addDocuments(ctx, med, 'medicalCertificate');
}
