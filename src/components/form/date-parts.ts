import { daysInMonth, isIsoDate } from '../../rules/calendar/is-iso-date.ts';

/** The three boxes of a GOV.UK-style date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Why a typed date was refused. Each code has a message under
 * `questions.<questionId>.errors.<code>` in every language.
 */
export type DateErrorCode =
  | 'required'
  | 'incomplete'
  | 'missingDay'
  | 'missingMonth'
  | 'missingYear'
  | 'impossible'
  | 'yearDigits'
  | 'dayTooLarge'
  | 'tooEarly'
  | 'tooLate'
  | 'future';

export type DateCheck =
  | { ok: true; iso: string }
  | {
      ok: false;
      code: DateErrorCode;
      /** The boxes to mark as wrong (the first one is linked from the error summary). */
      parts: DatePart[];
      /** Message parameters: `days` for dayTooLarge, an ISO `date` for the range errors. */
      params?: { days?: number; date?: string };
    };

export interface DateRange {
  /** Earliest accepted day, YYYY-MM-DD. */
  min: string;
  /** Latest accepted day, YYYY-MM-DD. */
  max: string;
  /** The error for a date after `max`: `future` when max is today, else `tooLate`. */
  afterMax: 'tooLate' | 'future';
}

const NUMBER = /^\d{1,2}$/;

/**
 * Check a typed day, month and year (GOV.UK date-input rules) and return the ISO date.
 * Refuses missing parts, non-numbers, impossible dates (30 February) and dates out of range.
 */
export function checkDateParts(input: DateParts, range: DateRange): DateCheck {
  const day = input.day.trim();
  const month = input.month.trim();
  const year = input.year.trim();
  const missing = DATE_PARTS.filter((p) => ({ day, month, year })[p] === '');
  if (missing.length === 3) return { ok: false, code: 'required', parts: ['day', 'month', 'year'] };
  if (missing.length === 2) return { ok: false, code: 'incomplete', parts: missing };
  if (missing.length === 1) {
    const code = missing[0] === 'day' ? 'missingDay' : missing[0] === 'month' ? 'missingMonth' : 'missingYear';
    return { ok: false, code, parts: missing };
  }

  const badParts: DatePart[] = [];
  if (!NUMBER.test(day) || Number(day) < 1 || Number(day) > 31) badParts.push('day');
  if (!NUMBER.test(month) || Number(month) < 1 || Number(month) > 12) badParts.push('month');
  if (!/^\d+$/.test(year)) badParts.push('year');
  if (badParts.length > 0) return { ok: false, code: 'impossible', parts: badParts };
  if (!/^\d{4}$/.test(year)) return { ok: false, code: 'yearDigits', parts: ['year'] };

  const days = daysInMonth(Number(year), Number(month));
  if (Number(day) > days) return { ok: false, code: 'dayTooLarge', parts: ['day'], params: { days } };

  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { ok: false, code: 'impossible', parts: ['day', 'month', 'year'] };
  if (iso < range.min) return { ok: false, code: 'tooEarly', parts: ['day', 'month', 'year'], params: { date: range.min } };
  if (iso > range.max) return { ok: false, code: range.afterMax, parts: ['day', 'month', 'year'], params: { date: range.max } };
  return { ok: true, iso };
}

/** Split an ISO date into the three boxes, without leading zeros (18 12 2026). */
export function isoToParts(iso: string | undefined): DateParts {
  if (!iso || !isIsoDate(iso)) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}
