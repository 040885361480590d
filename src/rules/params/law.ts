import { dated } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';
import { UPDATE_VERIFIED } from './sources/law.ts';

/**
 * Rules by route (issue 13), each a dated value with its sources (sources/law.ts and the
 * residence and document sources). A change in law appends an entry.
 */
const START = '2024-01-01';

/**
 * A university student on temporary residence for studies may work this many hours a week
 * (or the equivalent in days or months a year) and may run a business (doc-eux-temporary-residence).
 */
export const STUDENT_WORK = dated<{ hoursPerWeek: number; mayRunBusiness: boolean }>('law.studentWork', UPDATE_VERIFIED, [
  {
    from: START,
    value: { hoursPerWeek: 20, mayRunBusiness: true },
    sources: ['doc-eux-temporary-residence'],
    confidence: 'med',
    note: 'One source (the EURAXESS guide); it speaks of university students only.',
  },
]);

/** After finishing studies or research in Slovakia: renewal of temporary residence for this many months to seek work or start a business. */
export const GRADUATE_JOB_SEEKING = dated<{ months: number }>('law.graduateJobSeeking', V, [
  {
    from: START,
    value: { months: 9 },
    sources: ['doc-eux-temporary-residence', 'law-euraxesspoint-graduate'],
    confidence: 'med',
    note: 'EURAXESS pages only; no official page seen.',
  },
]);

/**
 * Entry/Exit System (Regulation (EU) 2017/2226): third-country nationals on a short stay are
 * registered at the external border (fingerprints, facial image); records replace stamps.
 */
export const EES = dated<{ phase: 'notStarted' | 'phasingIn' | 'operating'; startedOn: string | null; fullFrom: string | null }>(
  'law.ees',
  V,
  [
    { from: START, value: { phase: 'notStarted', startedOn: null, fullFrom: null }, sources: ['law-ees-regulation'], confidence: 'high' },
    {
      from: '2025-10-12',
      value: { phase: 'phasingIn', startedOn: '2025-10-12', fullFrom: '2026-04-10' },
      sources: ['law-ees-regulation', 'law-ees-start'],
      confidence: 'high',
    },
    {
      from: '2026-04-10',
      value: { phase: 'operating', startedOn: '2025-10-12', fullFrom: '2026-04-10' },
      sources: ['law-ees-regulation', 'law-ees-full'],
      confidence: 'high',
    },
  ],
);

/**
 * ETIAS (Regulation (EU) 2018/1240): a travel authorisation visa-free travellers will need.
 * `announcedFor` is the start last announced, never a confirmed date: null when none is recorded.
 */
export const ETIAS = dated<{ started: boolean; announcedFor: 'lastQuarter2026' | null }>('law.etias', UPDATE_VERIFIED, [
  {
    from: START,
    value: { started: false, announcedFor: null },
    sources: ['law-etias-regulation'],
    confidence: 'low',
    note: 'No start date recorded for this period; the date slipped repeatedly.',
  },
  {
    from: '2025-07-18',
    value: { started: false, announcedFor: 'lastQuarter2026' },
    sources: ['law-etias-regulation', 'law-etias-announced'],
    confidence: 'low',
    note: 'Announced for the last quarter of 2026; no confirmed start date found; not operational as of 15 May 2026.',
  },
]);

/**
 * A proposed extension of temporary refuge beyond the end date in force (Council Implementing
 * Decision 2022/382; Slovakia follows a Council extension automatically). `proposedUntil: null`
 * when no proposal is pending.
 */
export const REFUGE_EXTENSION = dated<{ proposedUntil: string | null; proposedOn: string | null; adopted: boolean }>(
  'law.refugeExtension',
  UPDATE_VERIFIED,
  [
    { from: START, value: { proposedUntil: null, proposedOn: null, adopted: false }, sources: ['res-refuge-2027'], confidence: 'high' },
    {
      from: '2026-06-26',
      value: { proposedUntil: '2028-03-04', proposedOn: '2026-06-26', adopted: false },
      sources: ['law-refuge-proposal-2028', 'res-refuge-2027'],
      confidence: 'low',
      note: 'Commission proposal of June 2026; adoption by the Council not found as of the last check.',
    },
  ],
);

/**
 * EU Blue Card conditions beside the multiplier: the wage of which year is the reference,
 * the exception for recent graduates (degree at most this many years old), the shortest
 * contract, and the days to file after the Labour Office confirmation. null = not recorded.
 */
export const BLUE_CARD_CONDITIONS = dated<{
  wageOfYearBefore: boolean;
  graduateWithinYears: number | null;
  minContractMonths: number | null;
  fileWithinDays: number | null;
}>('law.blueCardConditions', V, [
  {
    from: START,
    value: { wageOfYearBefore: true, graduateWithinYears: null, minContractMonths: null, fileWithinDays: null },
    sources: ['res-mic-blue-card'],
    confidence: 'med',
    note: 'Before the transposition of Directive 2021/1883: the older pages used the wage of the calendar year before.',
  },
  {
    from: '2024-07-15',
    value: { wageOfYearBefore: true, graduateWithinYears: 3, minContractMonths: 6, fileWithinDays: 90 },
    sources: ['res-upsvr-blue-card', 'res-mic-blue-card'],
    confidence: 'high',
  },
]);

/**
 * The event from which the medical certificate's period runs, by route (Act 404/2011):
 * temporary residence and 5-year permanent residence from collecting the card (§32(10),
 * §45(4)); an EU Blue Card filed at the Foreign Police from filing (§38(8)).
 */
export type FollowUpStart = 'collectingCard' | 'filing';
export const MEDICAL_START = {
  temporaryResidence: dated<FollowUpStart>('law.medicalStart.temporaryResidence', V, [
    { from: START, value: 'collectingCard', sources: ['res-medical-certificate'], confidence: 'high' },
  ]),
  blueCardAtForeignPolice: dated<FollowUpStart>('law.medicalStart.blueCardAtForeignPolice', V, [
    {
      from: START,
      value: 'filing',
      sources: ['law-medical-blue-card', 'res-medical-certificate'],
      confidence: 'med',
      note: 'One specialist source quoting §38(8).',
    },
  ]),
  permanentFiveYears: dated<FollowUpStart>('law.medicalStart.permanentFiveYears', V, [
    { from: START, value: 'collectingCard', sources: ['res-mic-pr5', 'law-medical-pr5'], confidence: 'high' },
  ]),
} as const;

/**
 * The recast Single Permit Directive (EU) 2024/1233: in force from 20 May 2024
 * (published 30 Apr 2024), to be transposed by 21 May 2026. It changes the rules on changing
 * employer during a single permit and on periods without a job (the Directive: up to
 * `unemployment.months` months, `unemployment.monthsAfterYears` after `unemployment.years`
 * years of holding the permit). No Slovak transposing act was found when last checked, so a
 * change of employer is governed by today's Act 404/2011. `phase: 'none'` = before the Directive.
 */
export const SINGLE_PERMIT = dated<{
  phase: 'none' | 'transposing' | 'deadlinePassed';
  deadline: string;
  slovakActFound: boolean;
  unemployment: { months: number; years: number; monthsAfterYears: number };
}>('law.singlePermit', UPDATE_VERIFIED, [
  {
    from: START,
    value: { phase: 'none', deadline: '2026-05-21', slovakActFound: false, unemployment: { months: 3, years: 2, monthsAfterYears: 6 } },
    sources: ['law-single-permit-directive'],
    confidence: 'high',
    note: 'Before the recast Directive entered into force (20 May 2024).',
  },
  {
    from: '2024-05-20',
    value: { phase: 'transposing', deadline: '2026-05-21', slovakActFound: false, unemployment: { months: 3, years: 2, monthsAfterYears: 6 } },
    sources: ['law-single-permit-directive', 'law-single-permit-fragomen'],
    confidence: 'med',
    note: 'The Directive is in force; how and when Slovakia transposes it is not known.',
  },
  {
    from: '2026-05-21',
    value: { phase: 'deadlinePassed', deadline: '2026-05-21', slovakActFound: false, unemployment: { months: 3, years: 2, monthsAfterYears: 6 } },
    sources: ['law-single-permit-directive', 'law-single-permit-fragomen'],
    confidence: 'low',
    note: 'Deadline High; no Slovak transposing act found as of the last check (Low): today’s Act 404/2011 rules still apply in practice.',
  },
]);
