/**
 * Counting deadlines in Slovak working days (Act 71/1967 Zb., §27; Act 241/1993 Z. z.).
 *
 * - The day of the event is not counted (Act 71/1967 Zb., §27).
 * - Working days are Monday to Friday that are not days of rest (Act 241/1993 Z. z.).
 * - A deadline whose last day falls on a Saturday, Sunday or day of rest ends on the next
 *   working day (Act 71/1967 Zb., §27(2)). A state holiday that is not a day of rest
 *   (1 Sep, 28 Oct, 17 Nov from 2025) is an ordinary working day.
 * - A period in months ends on the day with the same number as the start day, or on the
 *   last day of the month when there is no such day.
 *
 * Every function throws InvalidDateError on a bad date and OutOfRangeError
 * ('calendar.daysOfRest') when it has to look at a day outside the supported years.
 */
import { daysOfRestIn, isDayOfRest } from './days-of-rest.ts';
import { addDays, addMonths, isoWeekday, toDayNumber } from './iso-date.ts';

/** How a deadline was counted, as data: the UI turns it into "10 working days after 18 Dec 2026". */
export type DeadlineRule =
  | { kind: 'workingDays'; n: number; from: string }
  | { kind: 'calendarDays'; n: number; from: string }
  | { kind: 'monthsThenDays'; months: number; days: number; from: string };

export interface DeadlineResult {
  /** The last day of the deadline, after rolling to a working day. */
  date: string;
  /** ISO weekday of `date`: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The day the count ended on before the roll rule (equals `date` when not rolled). */
  unrolledDate: string;
  rolled: boolean;
  /** Only for 'monthsThenDays': the day reached after adding the months. */
  afterMonths?: string;
  rule: DeadlineRule;
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  }
}

/** Monday to Friday and not a day of rest. */
export function isWorkingDay(iso: string): boolean {
  // Ask the table first, so a date outside the supported years always throws, weekend or not.
  const rest = isDayOfRest(iso);
  return isoWeekday(iso) <= 5 && !rest;
}

/**
 * Working days from `from` to `to`: those after `from` up to and including `to` (the day of
 * the event is not counted, as in §27), so 0 when both are the same day; negative (the working
 * days after `to` up to and including `from`) when `to` is earlier. Counted by weeks, less the
 * days of rest on weekdays, so a span of years costs no more than a span of days.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  const a = toDayNumber(from);
  const span = toDayNumber(to) - a;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  // The days left over after the whole weeks: weekday of `from` plus 1…rest.
  const start = isoWeekday(from);
  for (let i = 1; i <= span - weeks * 7; i++) if (((start - 1 + i) % 7) + 1 <= 5) count += 1;
  const b = a + span;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of weekdaysOfRest(year)) if (day > a && day <= b) count -= 1;
  }
  return count;
}

/** The days of rest of a year that fall on Monday to Friday, as day numbers (kept per year). */
const weekdaysOfRestByYear = new Map<number, readonly number[]>();
function weekdaysOfRest(year: number): readonly number[] {
  let days = weekdaysOfRestByYear.get(year);
  if (!days) {
    days = daysOfRestIn(year)
      .filter((d) => isoWeekday(d.date) <= 5)
      .map((d) => toDayNumber(d.date));
    weekdaysOfRestByYear.set(year, days);
  }
  return days;
}

/** `iso` itself when it is a working day, otherwise the next working day (the roll rule). */
export function nextWorkingDayOnOrAfter(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `iso`: offices are closed on days of rest. */
export function lastWorkingDayOnOrBefore(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

function result(unrolledDate: string, rule: DeadlineRule, afterMonths?: string): DeadlineResult {
  const date = nextWorkingDayOnOrAfter(unrolledDate);
  return {
    date,
    weekday: isoWeekday(date),
    unrolledDate,
    rolled: date !== unrolledDate,
    ...(afterMonths === undefined ? {} : { afterMonths }),
    rule,
  };
}

/**
 * The n-th working day after the event (n >= 1); the event day is not counted. The result
 * is a working day by construction, so it is never rolled.
 */
export function addWorkingDays(eventIso: string, n: number): DeadlineResult {
  toDayNumber(eventIso);
  checkCount('n', n, 1);
  let day = eventIso;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return result(day, { kind: 'workingDays', n, from: eventIso });
}

/** n calendar days after the event (n >= 0), then rolled to a working day. */
export function addCalendarDaysDeadline(eventIso: string, n: number): DeadlineResult {
  checkCount('n', n, 0);
  return result(addDays(eventIso, n), { kind: 'calendarDays', n, from: eventIso });
}

/**
 * `months` months after the event (month-end rule), then `days` calendar days, then rolled
 * to a working day. EU registration: 3 months + 30 days.
 */
export function addMonthsThenDaysDeadline(eventIso: string, months: number, days: number): DeadlineResult {
  checkCount('months', months, 0);
  checkCount('days', days, 0);
  const afterMonths = addMonths(eventIso, months);
  return result(addDays(afterMonths, days), { kind: 'monthsThenDays', months, days, from: eventIso }, afterMonths);
}
