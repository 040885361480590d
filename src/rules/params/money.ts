import { dated } from '../value-at.ts';
import { HANDBOOK_VERIFIED as V } from './sources/define.ts';

/**
 * Amounts of money the law refers to, each with its sources.
 */

/** Subsistence minimum (životné minimum) for one adult, EUR a month; adjusted every 1 July. */
export const SUBSISTENCE_MINIMUM = dated<number>(
  'money.subsistenceMinimum',
  V,
  [
    {
      from: '2023-07-01',
      value: 268.88,
      sources: ['res-subsistence-mpsvr'],
      confidence: 'high',
    },
    {
      from: '2024-07-01',
      value: 273.99,
      sources: ['res-subsistence-mpsvr'],
      confidence: 'high',
    },
    {
      from: '2025-07-01',
      value: 284.13,
      sources: ['res-subsistence-2025'],
      confidence: 'high',
    },
    {
      from: '2026-07-01',
      value: 284.13,
      sources: ['res-subsistence-2025'],
      confidence: 'low',
      note: 'No amount from 1 Jul 2026 found: the 2025/26 amount is carried on and may be out of date.',
    },
  ],
);

/** Money for a short stay per day (Decree 499/2011), EUR. */
export const DAILY_SUBSISTENCE = dated<number>('money.dailySubsistence', V, [
  { from: '2024-01-01', value: 56, sources: ['res-decree-499'], confidence: 'high' },
]);

/**
 * Average monthly wage of the calendar year before the Blue Card application, EUR, keyed by
 * the date it became the reference (publication by the Statistical Office).
 */
export const AVERAGE_WAGE_REFERENCE = dated<{ year: number; eur: number }>('money.averageWage', V, [
  { from: '2024-01-01', value: { year: 2023, eur: 1430 }, sources: ['res-wage-2023'], confidence: 'med' },
  { from: '2025-03-04', value: { year: 2024, eur: 1524 }, sources: ['res-tasr-wage-2024'], confidence: 'high' },
  { from: '2026-03-03', value: { year: 2025, eur: 1620 }, sources: ['res-tasr-wage-2025'], confidence: 'high' },
]);

/** EU Blue Card salary floor: multiples of the average wage. */
export const BLUE_CARD_MULTIPLIER = dated<{ standard: number; recentGraduate: number }>('money.blueCardMultiplier', V, [
  {
    from: '2024-01-01',
    value: { standard: 1.5, recentGraduate: 1.5 },
    sources: ['res-mic-blue-card'],
    confidence: 'med',
    note: 'Before the transposition of Directive 2021/1883 the floor was 1.5 times the average wage.',
  },
  {
    from: '2024-07-15',
    value: { standard: 1.2, recentGraduate: 1.0 },
    sources: ['res-upsvr-blue-card', 'res-mic-blue-card'],
    confidence: 'high',
  },
]);

/** Invitation: months of subsistence minimum the inviting person must show, plus the daily amount per person. */
export const INVITATION_MONEY = dated<{ subsistenceMonths: number }>('money.invitation', V, [
  { from: '2024-01-01', value: { subsistenceMonths: 12 }, sources: ['res-minv-invitation'], confidence: 'med' },
]);

/** Invitation verification: decided within days; valid for days. */
export const INVITATION_PERIODS = dated<{ decisionDays: number; validDays: number }>('periods.invitation', V, [
  { from: '2024-01-01', value: { decisionDays: 15, validDays: 90 }, sources: ['res-minv-invitation'], confidence: 'med' },
]);
