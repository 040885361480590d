import { describe, expect, it } from 'vitest';
import {
  DAYS_OF_REST,
  dayOfRestOn,
  daysOfRestIn,
  holidaysThatAreWorkingDaysIn,
  isDayOfRest,
  SUPPORTED_YEARS,
} from '../../../src/rules/calendar/days-of-rest.ts';
import { addDays, isoWeekday } from '../../../src/rules/calendar/iso-date.ts';
import { CALENDAR_SOURCES } from '../../../src/rules/params/sources/calendar.ts';
import { sourceSchema } from '../../../src/rules/schema/citation.ts';
import { OutOfRangeError, SUPPORTED_FROM, SUPPORTED_TO } from '../../../src/rules/value-at.ts';

const DAY = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 } as const;
type Day = keyof typeof DAY;

/**
 * The tables of shared/handbook/holidays.md §3, copied verbatim (date, "Day" column).
 * 2024 is not in the handbook: it is derived from Act 241/1993 as in force in 2024.
 */
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

/** Easter Sunday, Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
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
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('supported years', () => {
  it('are 2024–2027, the same span as SUPPORTED_FROM / SUPPORTED_TO', () => {
    expect([...SUPPORTED_YEARS]).toEqual([2024, 2025, 2026, 2027]);
    expect(`${SUPPORTED_YEARS[0]}-01-01`).toBe(SUPPORTED_FROM);
    expect(`${SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1]}-12-31`).toBe(SUPPORTED_TO);
    expect(Object.keys(DAYS_OF_REST).map(Number)).toEqual([...SUPPORTED_YEARS]);
  });

  it('only 2024 is derived (it is not tabulated in holidays.md)', () => {
    expect(SUPPORTED_YEARS.filter((y) => DAYS_OF_REST[y].derived)).toEqual([2024]);
    expect(DAYS_OF_REST[2024].note).toMatch(/derived/i);
  });

  it.each([2023, 2028, 1993])('year %i throws OutOfRangeError', (year) => {
    expect(() => daysOfRestIn(year)).toThrow(OutOfRangeError);
    expect(() => holidaysThatAreWorkingDaysIn(year)).toThrow(OutOfRangeError);
  });

  it.each(['2023-12-31', '2028-01-01', '2028-09-15'])('isDayOfRest(%s) throws OutOfRangeError for calendar.daysOfRest', (iso) => {
    expect(() => isDayOfRest(iso)).toThrow(OutOfRangeError);
    try {
      isDayOfRest(iso);
    } catch (e) {
      expect((e as OutOfRangeError).paramId).toBe('calendar.daysOfRest');
      expect((e as OutOfRangeError).asOf).toBe(iso);
    }
  });
});

describe.each(SUPPORTED_YEARS.map((y) => [y] as const))('%i', (year) => {
  const table = HANDBOOK[year]!;
  const data = DAYS_OF_REST[year];

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

  it('Good Friday and Easter Monday follow Easter Sunday', () => {
    const easter = easterSunday(year);
    const good = data.daysOfRest.find((d) => d.nameEn === 'Good Friday');
    const monday = data.daysOfRest.find((d) => d.nameEn === 'Easter Monday');
    expect(good?.date).toBe(addDays(easter, -2));
    expect(monday?.date).toBe(addDays(easter, 1));
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
  ] as const)('%s → %s (%s)', (iso, expected, _why) => {
    expect(isDayOfRest(iso)).toBe(expected);
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
