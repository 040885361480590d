import type { Purpose } from '../schema/case-file.ts';
import { dated } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Periods of time the law sets (mostly Act 404/2011 Z. z.), with their sources. Each is a dated
 * value: a change in law appends an entry, nothing is overwritten.
 */
const START = '2024-01-01';

/** Notice of stay (hlásenie pobytu), §111: working days after entry. */
export const NOTICE_WORKING_DAYS_TCN = dated<number>('periods.notice.thirdCountry', V, [
  { from: START, value: 3, sources: ['res-minv-notice'], confidence: 'high' },
]);
export const NOTICE_WORKING_DAYS_EU = dated<number>('periods.notice.eu', V, [
  { from: START, value: 10, sources: ['res-minv-notice'], confidence: 'high' },
]);

/** EU registration and the family member's card: within 30 days after 3 months from entry. */
export const EU_REGISTRATION_PERIOD = dated<{ months: number; days: number }>('periods.euRegistration', V, [
  { from: START, value: { months: 3, days: 30 }, sources: ['res-euraxess-eu', 'res-act-404'], confidence: 'high' },
]);

/** Temporary residence granted abroad: enter Slovakia within this many days of the grant (§35(a)). */
export const ENTRY_AFTER_GRANT_DAYS = dated<number>('periods.entryAfterGrant', V, [
  { from: START, value: 180, sources: ['res-mic-tr-application', 'res-entry-180'], confidence: 'high' },
]);

/** National visa issued to collect a granted residence: validity in days (Act 178/2025). */
export const NATIONAL_VISA_VALIDITY_DAYS = dated<number>('periods.nationalVisaValidity', V, [
  { from: START, value: 90, sources: ['res-tasr-2025-changes'], confidence: 'high' },
  { from: '2025-07-01', value: 120, sources: ['res-tasr-2025-changes', 'res-act-178-2025'], confidence: 'high' },
]);

/** Health insurance: working days after collecting the card. */
export const HEALTH_INSURANCE_WORKING_DAYS = dated<number>('periods.healthInsurance', V, [
  { from: START, value: 3, sources: ['res-health-insurance', 'res-mic-pr5'], confidence: 'high' },
]);

/** Proof of health insurance handed to the police: days after collecting the card (some purposes only). */
export const HEALTH_INSURANCE_PROOF_DAYS = dated<number>('periods.healthInsuranceProof', V, [
  {
    from: START,
    value: 30,
    sources: ['res-health-insurance-proof'],
    confidence: 'med',
    note: 'Whether Act 178/2025 kept this duty is unverified.',
  },
]);
export const HEALTH_INSURANCE_PROOF_PURPOSES: readonly Purpose[] = [
  'business',
  'specialActivity',
  'research',
  'familyReunification',
];

/** Medical certificate: days after collecting the card; at most this old when handed in (§32(10)). */
export const MEDICAL_CERTIFICATE = dated<{ dueDays: number; maxAgeDays: number; extensionDays: number }>(
  'periods.medicalCertificate',
  V,
  [{ from: START, value: { dueDays: 30, maxAgeDays: 30, extensionDays: 60 }, sources: ['res-medical-certificate'], confidence: 'high' }],
);

/** Supporting documents may be at most this many days old when filed. */
export const DOCUMENT_MAX_AGE_DAYS = dated<number>('periods.documentMaxAge', V, [
  { from: START, value: 90, sources: ['res-mic-tr-application'], confidence: 'high' },
]);

/** Processing time of a first temporary residence application, days, by purpose. */
export const TR_PROCESSING_DAYS = dated<Record<Purpose, number>>('periods.trProcessing', V, [
  {
    from: START,
    value: {
      employment: 90,
      euBlueCard: 30,
      business: 90,
      studies: 30,
      research: 30,
      specialActivity: 30,
      familyReunification: 90,
      seasonalWork: 90,
    },
    sources: ['res-mic-tr-application', 'res-mic-blue-card'],
    confidence: 'med',
    note: 'Employment under a single permit: 60 days per one source; complex cases may take 30 days more.',
  },
]);

/** Processing of permanent / long-term residence, days. */
export const PR_PROCESSING_DAYS = dated<number>('periods.prProcessing', V, [
  { from: START, value: 90, sources: ['res-mic-pr5', 'res-mic-long-term'], confidence: 'high' },
]);

/** Renewal: last filing day relative to expiry, by purpose (seasonal work: 30 days before). */
export const RENEWAL_DAYS_BEFORE_EXPIRY = dated<{ default: number; seasonalWork: number }>('periods.renewal', V, [
  { from: START, value: { default: 0, seasonalWork: 30 }, sources: ['res-renewal', 'res-renewal-smartup'], confidence: 'high' },
]);

/** Change of purpose from studies, research or special activity: file at least this many days before expiry. */
export const CHANGE_OF_PURPOSE_DAYS_BEFORE_EXPIRY = dated<number>('periods.changeOfPurpose', V, [
  { from: START, value: 30, sources: ['res-euraxess-phd'], confidence: 'med' },
]);

/** Continuing duties of residents, §111 (working days unless stated). */
export const DUTY_PERIODS = dated<{
  changeTcn: number;
  changeEu: number;
  purposeEnded: number;
  awayFromAddressDays: number;
  absenceAbroadDays: number;
}>('periods.duties', V, [
  {
    from: START,
    value: { changeTcn: 5, changeEu: 10, purposeEnded: 3, awayFromAddressDays: 30, absenceAbroadDays: 180 },
    sources: ['res-mic-duties'],
    confidence: 'high',
  },
]);

/** Long-term residence (§52): years of residence, absence limits, language requirement. */
export const LONG_TERM_RESIDENCE = dated<{
  years: number;
  maxSingleAbsenceMonths: number;
  maxTotalAbsenceMonths: number;
  studiesCountHalf: boolean;
  languageA2: boolean;
}>('periods.longTermResidence', V, [
  {
    from: START,
    value: { years: 5, maxSingleAbsenceMonths: 6, maxTotalAbsenceMonths: 10, studiesCountHalf: true, languageA2: false },
    sources: ['res-mic-long-term'],
    confidence: 'high',
  },
  {
    from: '2025-07-15',
    value: { years: 5, maxSingleAbsenceMonths: 6, maxTotalAbsenceMonths: 10, studiesCountHalf: true, languageA2: true },
    // The A2 condition (§52(6)) is cited where it is shown: the plan and the calculator from this day.
    sources: ['res-mic-long-term', 'doc-movetokosice-a2'],
    confidence: 'med',
    note: 'Slovak at level A2 from 15 Jul 2025: accepted certificates and exemptions are not confirmed.',
  },
]);

/** Unlimited permanent residence: years on 5-year permanent residence first. */
export const PR_UNLIMITED_AFTER_YEARS = dated<number>('periods.prUnlimited', V, [
  { from: START, value: 4, sources: ['res-mic-pr-unlimited'], confidence: 'high' },
]);

/** Business: switching to business from another purpose only after this many years on it; annual quota. */
export const BUSINESS_RULES = dated<{ embassyOnly: boolean; annualQuota: number | null; switchAfterYears: number | null }>(
  'periods.business',
  V,
  [
    { from: START, value: { embassyOnly: false, annualQuota: null, switchAfterYears: null }, sources: ['fee-immiconsulty'], confidence: 'high' },
    {
      from: '2025-07-01',
      value: { embassyOnly: true, annualQuota: 350, switchAfterYears: 2 },
      sources: ['res-tasr-business', 'res-semancin-business'],
      confidence: 'high',
      note: 'Pro-rata quota of 350 for the second half of 2025.',
    },
    {
      from: '2026-01-01',
      value: { embassyOnly: true, annualQuota: 700, switchAfterYears: 2 },
      sources: ['res-tasr-business', 'res-semancin-business'],
      confidence: 'high',
    },
  ],
);

/** Temporary refuge (Ukraine): the last day it is granted to. */
export const TEMPORARY_REFUGE_UNTIL = dated<string>('periods.temporaryRefugeUntil', V, [
  { from: START, value: '2025-03-04', sources: ['res-refuge-2027'], confidence: 'high' },
  {
    from: '2024-06-25',
    value: '2026-03-04',
    sources: ['res-refuge-2027'],
    confidence: 'med',
    note: 'Date of the Council extension approximate (press reports).',
  },
  {
    from: '2025-06-13',
    value: '2027-03-04',
    sources: ['res-refuge-2027'],
    confidence: 'high',
    note: 'Extended automatically if the Council extends again; no extension beyond 4 Mar 2027 found.',
  },
]);

/** Electronic filing with an activated residence card (from 15 Dec 2024). */
export const ELECTRONIC_FILING = dated<boolean>('periods.electronicFiling', V, [
  { from: START, value: false, sources: ['res-euraxess-e-filing'], confidence: 'med' },
  { from: '2024-12-15', value: true, sources: ['res-euraxess-e-filing'], confidence: 'med' },
]);

/** UK Withdrawal Agreement: the registration deadline in Slovakia. */
export const UK_WA_DEADLINE = dated<string>('periods.ukWithdrawalAgreement', V, [
  { from: START, value: '2021-06-30', sources: ['res-uk-wa'], confidence: 'high' },
]);

/** Schengen short stay: days allowed in any window of this many days. */
export const SCHENGEN_RULE = dated<{ days: number; window: number }>('periods.schengen', V, [
  // The rolling 180-day window has applied since 18 Oct 2013 (Reg. (EU) 610/2013); the
  // Schengen calculator counts stays from then.
  { from: '2013-10-18', value: { days: 90, window: 180 }, sources: ['res-schengen-rule', 'res-schengen-610-2013'], confidence: 'high' },
]);
