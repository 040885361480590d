/**
 * Slovak days of rest (dni pracovného pokoja), derived for any year from the law itself:
 * Act 241/1993 Z. z. lists the days (§1 state holidays, §2(2) other days of rest); each
 * permanent change of that list is a dated entry (days-of-rest-law.ts), with its act and sources; Good Friday
 * and Easter Monday come from the date of Easter, computed (no table of Easter dates); and
 * the changes for one year only (30 Oct 2018, 8 May and 15 Sep 2026) are explicit data.
 *
 * The law's days are data in days-of-rest-law.ts; here they are derived year by year and
 * looked up. Raise LAW_CONFIRMED_TO_YEAR when the sources have been seen to confirm a later year.
 *
 * Only the named days of rest are listed. Sundays are days of rest too (§2(2)); deadline
 * code treats every Saturday and Sunday as a non-working day on its own.
 */
import type { CalendarSourceId } from '../params/sources/calendar.ts';
import { OutOfRangeError } from '../value-at.ts';
import {
  ACT_241,
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  EASTER_DAYS,
  FIXED_DAYS,
  NAMES,
  YEAR_EXCEPTIONS,
  type DayStatus,
  type FixedDayRule,
} from './days-of-rest-law.ts';
import { toDayNumber } from './iso-date.ts';

/** The parameter id reported by OutOfRangeError for a date outside the calendar. */
export const DAYS_OF_REST_PARAM_ID = 'calendar.daysOfRest';

/**
 * The last year the sources have been seen to confirm (no source reports changes for 2027;
 * the 2026-only suspension of Act 261/2025 Z. z. is reported to lapse: cal-python-holidays,
 * cal-refresher-2026-table). Later years are counted from the law in force today, and
 * plans say so with Med confidence.
 */
export const LAW_CONFIRMED_TO_YEAR = 2027;

export interface DayOfRest {
  date: string;
  nameSk: string;
  nameEn: string;
  sources: readonly CalendarSourceId[];
}

/**
 * A state holiday, or a day that is normally a day of rest, that is NOT a day of rest in
 * that year. On a weekday it is an ordinary working day: it neither stops the count of
 * working days nor extends a deadline (Act 71/1967 §27(2) names the day of rest).
 */
export interface HolidayThatIsWorkingDay {
  date: string;
  nameSk: string;
  nameEn: string;
  kind: 'stateHoliday' | 'suspendedDayOfRest';
  /** Why it is not a day of rest (English, for maintainers; not shown to users). */
  reason: string;
  sources: readonly CalendarSourceId[];
}

export interface DaysOfRestYear {
  year: number;
  /** False for a year after LAW_CONFIRMED_TO_YEAR: derived from the law in force today. */
  confirmed: boolean;
  daysOfRest: readonly DayOfRest[];
  holidaysThatAreWorkingDays: readonly HolidayThatIsWorkingDay[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and
 * Butcher), computed rather than kept in a table.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

function statusIn(rule: FixedDayRule, year: number): DayStatus {
  let found: DayStatus = { status: 'none' };
  for (const change of rule.history) if (change.fromYear <= year) found = change;
  return found;
}

function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The calendar of one year, derived from the rules above. */
function deriveYear(year: number): DaysOfRestYear {
  const rest: DayOfRest[] = [];
  const worked: HolidayThatIsWorkingDay[] = [];
  for (const rule of FIXED_DAYS) {
    const date = isoOf(year, rule.month, rule.day);
    const s = statusIn(rule, year);
    if (s.status === 'rest') rest.push({ date, ...NAMES[rule.key], sources: s.sources });
    else if (s.status === 'stateHoliday') worked.push({ date, ...NAMES[rule.key], kind: 'stateHoliday', reason: s.reason, sources: s.sources });
  }
  const easter = easterSunday(year);
  for (const rule of EASTER_DAYS) rest.push({ date: addDaysIso(easter, rule.offset), ...NAMES[rule.key], sources: ACT_241 });
  for (const x of YEAR_EXCEPTIONS) {
    if (Number(x.date.slice(0, 4)) !== year) continue;
    if (x.kind === 'oneOffDayOfRest') {
      rest.push({ date: x.date, ...NAMES[x.key], sources: x.sources });
    } else {
      const i = rest.findIndex((d) => d.date === x.date);
      if (i >= 0) rest.splice(i, 1);
      worked.push({ date: x.date, ...NAMES[x.key], kind: 'suspendedDayOfRest', reason: x.reason, sources: x.sources });
    }
  }
  const byDate = <T extends { date: string }>(a: T, b: T): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return {
    year,
    confirmed: year <= LAW_CONFIRMED_TO_YEAR,
    daysOfRest: rest.sort(byDate),
    holidaysThatAreWorkingDays: worked.sort(byDate),
  };
}

export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR;
}

const YEARS = new Map<number, { record: DaysOfRestYear; byDate: ReadonlyMap<string, DayOfRest> }>();

function yearEntry(year: number, asOf: string): { record: DaysOfRestYear; byDate: ReadonlyMap<string, DayOfRest> } {
  if (!isCalendarYear(year)) throw new OutOfRangeError(DAYS_OF_REST_PARAM_ID, asOf);
  let entry = YEARS.get(year);
  if (!entry) {
    const record = deriveYear(year);
    entry = { record, byDate: new Map(record.daysOfRest.map((d) => [d.date, d] as const)) };
    YEARS.set(year, entry);
  }
  return entry;
}

/** The calendar of `year`. Throws OutOfRangeError outside CALENDAR_FIRST_YEAR … CALENDAR_LAST_YEAR. */
export function calendarYear(year: number): DaysOfRestYear {
  return yearEntry(year, String(year)).record;
}

/**
 * The listed day of rest on `iso`, or undefined. Throws InvalidDateError on a bad date and
 * OutOfRangeError ('calendar.daysOfRest') outside the calendar's years.
 */
export function dayOfRestOn(iso: string): DayOfRest | undefined {
  toDayNumber(iso);
  return yearEntry(Number(iso.slice(0, 4)), iso).byDate.get(iso);
}

/**
 * True when `iso` is a listed day of rest (a holiday kept free by Act 241/1993 in that
 * year). Ordinary Sundays are not listed. Throws InvalidDateError on a bad date and
 * OutOfRangeError ('calendar.daysOfRest') outside the calendar's years.
 */
export function isDayOfRest(iso: string): boolean {
  return dayOfRestOn(iso) !== undefined;
}

/** The days of rest of `year`, in date order. Throws OutOfRangeError outside the calendar's years. */
export function daysOfRestIn(year: number): readonly DayOfRest[] {
  return calendarYear(year).daysOfRest;
}

/** The holidays of `year` that are not days of rest. Throws OutOfRangeError outside the calendar's years. */
export function holidaysThatAreWorkingDaysIn(year: number): readonly HolidayThatIsWorkingDay[] {
  return calendarYear(year).holidaysThatAreWorkingDays;
}
