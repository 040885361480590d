/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, in whole days, free of time zones:
 * every date is handled as a day number counted from 1970-01-01.
 */

import { daysInMonth, isIsoDate } from './is-iso-date.ts';

const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends Error {
  readonly code = 'invalidDate';
  constructor(readonly input: string) {
    super(`"${input}" is not a real calendar date written YYYY-MM-DD`);
  }
}

/**
 * The day numbers already worked out, and the dates of day numbers: a plan counts over the same
 * few hundred days again and again (the desk makes 800 plans at once). Bounded: cleared when full.
 */
const dayNumberOf = new Map<string, number>();
const dateOf = new Map<number, string>();
const CACHE_LIMIT = 50_000;

/** Day number (days since 1970-01-01) of an ISO date; throws InvalidDateError on a bad one. */
export function toDayNumber(s: string): number {
  const known = dayNumberOf.get(s);
  if (known !== undefined) return known;
  if (!isIsoDate(s)) throw new InvalidDateError(s);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const n = Date.UTC(y, m - 1, d) / MS_PER_DAY;
  if (dayNumberOf.size >= CACHE_LIMIT) dayNumberOf.clear();
  dayNumberOf.set(s, n);
  return n;
}

export function fromDayNumber(n: number): string {
  const known = dateOf.get(n);
  if (known !== undefined) return known;
  const s = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  if (dateOf.size >= CACHE_LIMIT) dateOf.clear();
  dateOf.set(n, s);
  return s;
}

export function addDays(s: string, days: number): string {
  return fromDayNumber(toDayNumber(s) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(s: string): number {
  const dow = new Date(toDayNumber(s) * MS_PER_DAY).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/**
 * Add calendar months: the result has the same day number as the start, or the last day
 * of the month where there is no such day (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(s: string, months: number): string {
  toDayNumber(s);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function addYears(s: string, years: number): string {
  return addMonths(s, years * 12);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
