import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../../src/rules/calendar/days-of-rest-law.ts';
import {
  calendarYear,
  dayOfRestOn,
  daysOfRestIn,
  easterSunday,
  holidaysThatAreWorkingDaysIn,
  isDayOfRest,
  LAW_CONFIRMED_TO_YEAR,
} from '../../../src/rules/calendar/days-of-rest.ts';
import { addDays, isoWeekday } from '../../../src/rules/calendar/iso-date.ts';
import { CALENDAR_SOURCES } from '../../../src/rules/params/sources/calendar.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';
import { AS_OF_RANGE, EVENT_DATE_RANGE } from '../../../src/rules/date-ranges.ts';
import { OutOfRangeError } from '../../../src/rules/value-at.ts';

const DAY = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 } as const;
type Day = keyof typeof DAY;

/**
 * The table Pobyt kept until the calendar was derived from the law: shared/handbook/holidays.md
 * §3 copied verbatim (date, "Day" column), and 2024 as derived by hand from Act 241/1993 as
 * in force in 2024. The derived calendar must reproduce it exactly.
 */
const KEPT_YEARS = [2024, 2025, 2026, 2027] as const;
const HANDBOOK: Record<number, { daysOfRest: [string, Day][]; workingHolidays: [string, Day][]; weekdayCount: number }> = {
  2024: {
    daysOfRest: [
      ['2024-01-01', 'Mon'],
      ['2024-01-06', 'Sat'],
      ['2024-03-29', 'Fri'],
      ['2024-04-01', 'Mon'],
      ['2024-05-01', 'Wed'],
      ['2024-05-08', 'Wed'],
      ['2024-07-05', 'Fri'],
      ['2024-08-29', 'Thu'],
      ['2024-09-15', 'Sun'],
      ['2024-11-01', 'Fri'],
      ['2024-11-17', 'Sun'],
      ['2024-12-24', 'Tue'],
      ['2024-12-25', 'Wed'],
      ['2024-12-26', 'Thu'],
    ],
    workingHolidays: [
      ['2024-09-01', 'Sun'],
      ['2024-10-28', 'Mon'],
    ],
    weekdayCount: 11,
  },
  2025: {
    daysOfRest: [
      ['2025-01-01', 'Wed'],
      ['2025-01-06', 'Mon'],
      ['2025-04-18', 'Fri'],
      ['2025-04-21', 'Mon'],
      ['2025-05-01', 'Thu'],
      ['2025-05-08', 'Thu'],
      ['2025-07-05', 'Sat'],
      ['2025-08-29', 'Fri'],
      ['2025-09-15', 'Mon'],
      ['2025-11-01', 'Sat'],
      ['2025-12-24', 'Wed'],
      ['2025-12-25', 'Thu'],
      ['2025-12-26', 'Fri'],
    ],
    workingHolidays: [
      ['2025-09-01', 'Mon'],
      ['2025-10-28', 'Tue'],
      ['2025-11-17', 'Mon'],
    ],
    weekdayCount: 11,
  },
  2026: {
    daysOfRest: [
      ['2026-01-01', 'Thu'],
      ['2026-01-06', 'Tue'],
      ['2026-04-03', 'Fri'],
      ['2026-04-06', 'Mon'],
      ['2026-05-01', 'Fri'],
      ['2026-07-05', 'Sun'],
      ['2026-08-29', 'Sat'],
      ['2026-11-01', 'Sun'],
      ['2026-12-24', 'Thu'],
      ['2026-12-25', 'Fri'],
      ['2026-12-26', 'Sat'],
    ],
    workingHolidays: [
      ['2026-05-08', 'Fri'],
      ['2026-09-01', 'Tue'],
      ['2026-09-15', 'Tue'],
      ['2026-10-28', 'Wed'],
      ['2026-11-17', 'Tue'],
    ],
    weekdayCount: 7,
  },
  2027: {
    daysOfRest: [
      ['2027-01-01', 'Fri'],
      ['2027-01-06', 'Wed'],
      ['2027-03-26', 'Fri'],
      ['2027-03-29', 'Mon'],
      ['2027-05-01', 'Sat'],
      ['2027-05-08', 'Sat'],
      ['2027-07-05', 'Mon'],
      ['2027-08-29', 'Sun'],
      ['2027-09-15', 'Wed'],
      ['2027-11-01', 'Mon'],
      ['2027-12-24', 'Fri'],
      ['2027-12-25', 'Sat'],
      ['2027-12-26', 'Sun'],
    ],
    workingHolidays: [
      ['2027-09-01', 'Wed'],
      ['2027-10-28', 'Thu'],
      ['2027-11-17', 'Wed'],
    ],
    weekdayCount: 8,
  },
};

/** The date of Easter Sunday as the date-holidays library computes it (a check of ours). */
function libraryEaster(year: number): string {
  const hd = new Holidays('SK');
  const easter = hd.getHolidays(year).find((h) => h.rule === 'easter');
  if (!easter) throw new Error(`date-holidays lists no Easter Sunday in ${year}`);
  return easter.date.slice(0, 10);
}

describe('the years the calendar counts', () => {
  it('cover every date a person can bring, with room for deadlines after the last', () => {
    expect(`${CALENDAR_FIRST_YEAR}-01-01` <= EVENT_DATE_RANGE.min).toBe(true);
    expect(`${CALENDAR_FIRST_YEAR}-01-01` <= AS_OF_RANGE.min).toBe(true);
    expect(CALENDAR_LAST_YEAR).toBeGreaterThanOrEqual(Number(EVENT_DATE_RANGE.max.slice(0, 4)) + 5);
    expect(CALENDAR_FIRST_YEAR).toBeLessThanOrEqual(2013);
  });

  it('are confirmed by the sources up to LAW_CONFIRMED_TO_YEAR only', () => {
    expect(LAW_CONFIRMED_TO_YEAR).toBe(2027);
    expect(calendarYear(2027).confirmed).toBe(true);
    expect(calendarYear(2013).confirmed).toBe(true);
    expect(calendarYear(2028).confirmed).toBe(false);
    expect(calendarYear(2045).confirmed).toBe(false);
  });

  it.each([CALENDAR_FIRST_YEAR - 1, CALENDAR_LAST_YEAR + 1, 1993, 2.5])('year %s throws OutOfRangeError', (year) => {
    expect(() => daysOfRestIn(year)).toThrow(OutOfRangeError);
    expect(() => holidaysThatAreWorkingDaysIn(year)).toThrow(OutOfRangeError);
  });

  it.each([`${CALENDAR_FIRST_YEAR - 1}-12-31`, `${CALENDAR_LAST_YEAR + 1}-01-01`])(
    'isDayOfRest(%s) throws OutOfRangeError for calendar.daysOfRest',
    (iso) => {
      expect(() => isDayOfRest(iso)).toThrow(OutOfRangeError);
      try {
        isDayOfRest(iso);
      } catch (e) {
        expect((e as OutOfRangeError).paramId).toBe('calendar.daysOfRest');
        expect((e as OutOfRangeError).asOf).toBe(iso);
      }
    },
  );
});

describe('Easter, computed', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2035, '2035-03-25'],
  ] as const)('Easter Sunday %i is %s (holidays.md §2 for 2025–2027)', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(isoWeekday(date)).toBe(7);
  });

  it('agrees with date-holidays in every year of the calendar, and Good Friday and Easter Monday follow it', () => {
    for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
      const easter = easterSunday(year);
      expect(easter, String(year)).toBe(libraryEaster(year));
      const names = daysOfRestIn(year);
      expect(names.find((d) => d.nameEn === 'Good Friday')?.date).toBe(addDays(easter, -2));
      expect(names.find((d) => d.nameEn === 'Easter Monday')?.date).toBe(addDays(easter, 1));
    }
  });
});

describe.each(KEPT_YEARS.map((y) => [y] as const))('%i, derived, reproduces the kept table', (year) => {
  const table = HANDBOOK[year]!;
  const data = calendarYear(year);

  it('lists exactly the days of rest of the handbook table, in date order', () => {
    expect(daysOfRestIn(year).map((d) => d.date)).toEqual(table.daysOfRest.map(([date]) => date));
  });

  it.each(table.daysOfRest)('%s is a %s and a day of rest', (date, day) => {
    expect(isoWeekday(date)).toBe(DAY[day]);
    expect(isDayOfRest(date)).toBe(true);
    expect(dayOfRestOn(date)?.date).toBe(date);
  });

  it(`has ${table.weekdayCount} days of rest on weekdays`, () => {
    expect(daysOfRestIn(year).filter((d) => isoWeekday(d.date) <= 5)).toHaveLength(table.weekdayCount);
  });

  it('lists exactly the holidays that are working days of the handbook, with weekday and reason', () => {
    expect(holidaysThatAreWorkingDaysIn(year).map((h) => h.date)).toEqual(table.workingHolidays.map(([date]) => date));
    for (const [date, day] of table.workingHolidays) {
      expect(isoWeekday(date)).toBe(DAY[day]);
      expect(isDayOfRest(date)).toBe(false);
    }
    for (const h of data.holidaysThatAreWorkingDays) expect(h.reason.length).toBeGreaterThan(10);
  });

  it('every entry is in its year, named in both languages and cites known calendar sources', () => {
    const entries = [...data.daysOfRest, ...data.holidaysThatAreWorkingDays];
    for (const entry of entries) {
      expect(entry.date.slice(0, 4)).toBe(String(year));
      expect(entry.nameSk).not.toBe('');
      expect(entry.nameEn).not.toBe('');
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const id of entry.sources) expect(Object.keys(CALENDAR_SOURCES)).toContain(id);
    }
  });

  it('an ordinary Sunday is not listed (weekends are handled by the counting code)', () => {
    let sunday = `${year}-06-01`;
    while (isoWeekday(sunday) !== 7) sunday = addDays(sunday, 1);
    expect(isDayOfRest(sunday)).toBe(false);
  });
});

describe('the changes of the law', () => {
  it.each([
    ['2024-09-01', false, '1 Sep: not a day of rest from 2024 (Act 530/2023)'],
    ['2025-09-01', false, '1 Sep'],
    ['2024-11-17', true, '17 Nov: still a day of rest in 2024'],
    ['2025-11-17', false, '17 Nov: not a day of rest from 2025 (Act 261/2025)'],
    ['2025-05-08', true, '8 May 2025'],
    ['2026-05-08', false, '8 May: not a day of rest in 2026 only'],
    ['2027-05-08', true, '8 May 2027: restored'],
    ['2025-09-15', true, '15 Sep 2025'],
    ['2026-09-15', false, '15 Sep: not a day of rest in 2026 only'],
    ['2027-09-15', true, '15 Sep 2027: restored'],
    ['2026-01-06', true, '6 Jan 2026: kept'],
    ['2024-10-28', false, '28 Oct: not a day of rest since 2021'],
    ['2027-10-28', false, '28 Oct'],
    ['2014-09-01', true, '1 Sep: a day of rest before 2024'],
    ['2023-09-01', true, '1 Sep 2023: still a day of rest'],
    ['2020-11-17', true, '17 Nov: a day of rest before 2025'],
    ['2020-10-28', false, '28 Oct: not yet a state holiday in 2020, and never a day of rest'],
    ['2018-10-30', true, '30 Oct 2018: a one-off day of rest'],
    ['2019-10-30', false, '30 Oct: in 2018 only'],
    ['2028-05-08', true, '8 May 2028: the 2026-only suspension does not carry on'],
    ['2028-09-15', true, '15 Sep 2028'],
    ['2028-11-17', false, '17 Nov: permanently a working day'],
    ['2028-04-14', true, 'Good Friday 2028'],
    ['2030-04-22', true, 'Easter Monday 2030'],
    ['2045-12-24', true, 'Christmas Eve 2045'],
  ] as const)('%s → %s (%s)', (iso, expected, _why) => {
    expect(isDayOfRest(iso)).toBe(expected);
  });
});

describe('every year of the calendar', () => {
  it('has 13 to 16 days of rest, each in its year, named in both languages, citing known calendar sources', () => {
    for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
      const data = calendarYear(year);
      expect(data.daysOfRest.length, String(year)).toBeGreaterThanOrEqual(11);
      expect(data.daysOfRest.length, String(year)).toBeLessThanOrEqual(16);
      const dates = data.daysOfRest.map((d) => d.date);
      expect([...dates].sort(), String(year)).toEqual(dates);
      for (const entry of [...data.daysOfRest, ...data.holidaysThatAreWorkingDays]) {
        expect(entry.date.slice(0, 4)).toBe(String(year));
        expect(entry.nameSk).not.toBe('');
        expect(entry.nameEn).not.toBe('');
        expect(entry.sources.length).toBeGreaterThan(0);
        for (const id of entry.sources) expect(Object.keys(CALENDAR_SOURCES)).toContain(id);
      }
      for (const h of data.holidaysThatAreWorkingDays) expect(isDayOfRest(h.date)).toBe(false);
    }
  });

  it('from 2028 on is the 2027 list moved to its year (the law in force today, no one-year exceptions)', () => {
    const shape = (year: number) => daysOfRestIn(year).map((d) => d.nameEn + (d.nameEn.startsWith('Good') || d.nameEn.startsWith('Easter') ? '' : d.date.slice(4)));
    for (let year = 2028; year <= CALENDAR_LAST_YEAR; year++) expect(shape(year), String(year)).toEqual(shape(2027));
  });
});

describe('CALENDAR_SOURCES', () => {
  it('are valid sources with cal- ids', () => {
    for (const [id, source] of Object.entries(CALENDAR_SOURCES)) {
      expect(id).toMatch(/^cal-[a-z0-9-]+$/);
      expect(source.id).toBe(id);
      expect(() => sourceSchema.parse(source)).not.toThrow();
    }
  });
});
