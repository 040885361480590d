import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDaysDeadline,
  addMonthsThenDaysDeadline,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/rules/calendar/deadlines.ts';
import type { DeadlineResult } from '../../../src/rules/calendar/deadlines.ts';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../../src/rules/calendar/days-of-rest-law.ts';
import { isDayOfRest } from '../../../src/rules/calendar/days-of-rest.ts';
import { EVENT_DATE_RANGE } from '../../../src/rules/date-ranges.ts';
import { addDays, addMonths, fromDayNumber, InvalidDateError, isoWeekday, toDayNumber } from '../../../src/rules/calendar/iso-date.ts';
import { daysInMonth } from '../../../src/rules/calendar/is-iso-date.ts';
import { OutOfRangeError } from '../../../src/rules/value-at.ts';

const MON = 1;
const WED = 3;
const THU = 4;
const FRI = 5;

describe('handbook README §3: worked examples', () => {
  it.each([
    // [case, event, n, expected date, expected weekday]
    ['EU citizen, notice of stay: Fri 18 Dec 2026 + 10 working days (24–26 Dec, 1 Jan, 6 Jan skipped)', '2026-12-18', 10, '2027-01-07', THU],
    ['third-country national: Fri 13 Nov 2026 + 3 working days (17 Nov is a working day)', '2026-11-13', 3, '2026-11-18', WED],
    ['Fri 28 Aug 2026 + 3 working days (1 Sep is a working day)', '2026-08-28', 3, '2026-09-02', WED],
    ['Thu 30 Apr 2026 + 10 working days (1 May a day of rest, 8 May 2026 not)', '2026-04-30', 10, '2026-05-15', FRI],
  ] as const)('%s', (_case, event, n, expected, weekday) => {
    const r = addWorkingDays(event, n);
    expect(r).toEqual<DeadlineResult>({
      date: expected,
      weekday,
      unrolledDate: expected,
      rolled: false,
      rule: { kind: 'workingDays', n, from: event },
    });
  });

  it('EU registration: Fri 18 Dec 2026 + 3 months = 18 Mar 2027, + 30 days = Sat 17 Apr → Mon 19 Apr 2027', () => {
    expect(addMonthsThenDaysDeadline('2026-12-18', 3, 30)).toEqual<DeadlineResult>({
      date: '2027-04-19',
      weekday: MON,
      unrolledDate: '2027-04-17',
      rolled: true,
      afterMonths: '2027-03-18',
      rule: { kind: 'monthsThenDays', months: 3, days: 30, from: '2026-12-18' },
    });
  });
});

describe('month ends (months then days)', () => {
  it.each([
    // [event, months, days, afterMonths, unrolled, date]
    ['2025-01-31', 1, 0, '2025-02-28', '2025-02-28', '2025-02-28'], // Fri, no 31 Feb
    ['2024-01-31', 1, 0, '2024-02-29', '2024-02-29', '2024-02-29'], // leap year
    ['2026-08-31', 3, 0, '2026-11-30', '2026-11-30', '2026-11-30'], // no 31 Nov
    ['2027-01-31', 1, 0, '2027-02-28', '2027-02-28', '2027-03-01'], // Sun 28 Feb → Mon 1 Mar
    ['2024-11-30', 3, 0, '2025-02-28', '2025-02-28', '2025-02-28'], // across a year
    ['2025-11-29', 1, 30, '2025-12-29', '2026-01-28', '2026-01-28'],
    ['2026-09-16', 3, 30, '2026-12-16', '2027-01-15', '2027-01-15'],
    ['2026-11-24', 1, 0, '2026-12-24', '2026-12-24', '2026-12-28'], // Christmas Eve → Mon 28 Dec
  ] as const)('%s + %i months + %i days', (event, months, days, afterMonths, unrolled, date) => {
    const r = addMonthsThenDaysDeadline(event, months, days);
    expect(r.afterMonths).toBe(afterMonths);
    expect(r.unrolledDate).toBe(unrolled);
    expect(r.date).toBe(date);
    expect(r.rolled).toBe(unrolled !== date);
    expect(r.weekday).toBe(isoWeekday(date));
  });
});

describe('working days across weekends, holidays and years', () => {
  it.each([
    // [case, event, n, expected]
    ['Friday + 1 → Monday', '2026-03-06', 1, '2026-03-09'],
    ['Saturday event + 1 → Monday', '2026-03-07', 1, '2026-03-09'],
    ['Sunday event + 1 → Monday', '2026-03-08', 1, '2026-03-09'],
    ['Monday + 5 → next Monday', '2026-03-02', 5, '2026-03-09'],
    ['Easter 2026: Thu 2 Apr + 1 skips Good Friday and Easter Monday', '2026-04-02', 1, '2026-04-07'],
    ['Easter 2027: Thu 25 Mar + 1 skips 26 Mar and 29 Mar', '2027-03-25', 1, '2027-03-30'],
    ['Easter 2024: Thu 28 Mar + 1 skips 29 Mar and 1 Apr', '2024-03-28', 1, '2024-04-02'],
    ['Easter 2025: Thu 17 Apr + 1 skips 18 Apr and 21 Apr', '2025-04-17', 1, '2025-04-22'],
    ['Christmas 2026: Wed 23 Dec + 1 → Mon 28 Dec', '2026-12-23', 1, '2026-12-28'],
    ['15 Sep 2026 is a working day (Tue)', '2026-09-14', 1, '2026-09-15'],
    ['15 Sep 2027 is a day of rest (Wed)', '2027-09-14', 1, '2027-09-16'],
    ['15 Sep 2025 is a day of rest (Mon)', '2025-09-12', 1, '2025-09-16'],
    ['8 May 2025 is a day of rest (Thu)', '2025-05-07', 1, '2025-05-09'],
    ['8 May 2026 is a working day (Fri)', '2026-05-07', 1, '2026-05-08'],
    ['17 Nov 2025 is a working day (Mon)', '2025-11-14', 1, '2025-11-17'],
    ['17 Nov 2026 is a working day (Tue)', '2026-11-16', 1, '2026-11-17'],
    ['1 Sep 2025 is a working day; 29 Aug 2025 is not', '2025-08-28', 1, '2025-09-01'],
    ['28 Oct 2027 is a working day (Thu)', '2027-10-27', 1, '2027-10-28'],
    ['6 Jan 2026 is still a day of rest (Tue)', '2026-01-05', 1, '2026-01-07'],
    ['6 Jan 2027 is a day of rest (Wed)', '2027-01-05', 1, '2027-01-07'],
    ['across 2024/2025', '2024-12-20', 5, '2025-01-02'],
    ['across 2025/2026', '2025-12-23', 5, '2026-01-05'],
    ['across 2026/2027, 30 working days', '2026-12-18', 30, '2027-02-04'],
    ['last supported day', '2027-12-30', 1, '2027-12-31'],
  ] as const)('%s', (_case, event, n, expected) => {
    const r = addWorkingDays(event, n);
    expect(r.date).toBe(expected);
    expect(r.weekday).toBe(isoWeekday(expected));
    expect(r.rolled).toBe(false);
  });
});

describe('calendar days, then the roll rule', () => {
  it.each([
    // [case, event, n, unrolled, expected]
    ['lands on a Tuesday: not rolled', '2026-03-02', 8, '2026-03-10', '2026-03-10'],
    ['lands on a Saturday → Monday', '2026-03-02', 5, '2026-03-07', '2026-03-09'],
    ['lands on a Sunday → Monday', '2026-03-02', 6, '2026-03-08', '2026-03-09'],
    ['lands on Good Friday 2026 → Tue 7 Apr', '2026-03-27', 7, '2026-04-03', '2026-04-07'],
    ['lands on Good Friday 2027 → Tue 30 Mar', '2027-03-16', 10, '2027-03-26', '2027-03-30'],
    ['lands on 24 Dec 2026 → rolls over 25, 26, 27 Dec to Mon 28 Dec', '2026-12-14', 10, '2026-12-24', '2026-12-28'],
    ['lands on 24 Dec 2024 → rolls over 25, 26 Dec to Fri 27 Dec', '2024-12-14', 10, '2024-12-24', '2024-12-27'],
    ['lands on 24 Dec 2025 → rolls over 25–28 Dec to Mon 29 Dec', '2025-12-14', 10, '2025-12-24', '2025-12-29'],
    ['lands on 1 Jan 2027 → Mon 4 Jan', '2026-12-22', 10, '2027-01-01', '2027-01-04'],
    ['lands on 15 Sep 2026: a working day, not rolled', '2026-09-05', 10, '2026-09-15', '2026-09-15'],
    ['lands on 15 Sep 2027: a day of rest → Thu 16 Sep', '2027-09-05', 10, '2027-09-15', '2027-09-16'],
    ['lands on 8 May 2025: a day of rest → Fri 9 May', '2025-04-28', 10, '2025-05-08', '2025-05-09'],
    ['lands on 8 May 2026: a working day, not rolled', '2026-04-28', 10, '2026-05-08', '2026-05-08'],
    ['lands on 17 Nov 2025: a working day, not rolled', '2025-11-07', 10, '2025-11-17', '2025-11-17'],
    ['lands on 17 Nov 2024: Sunday (and a day of rest) → Mon 18 Nov', '2024-11-07', 10, '2024-11-17', '2024-11-18'],
    ['lands on 1 Sep 2026: a working day, not rolled', '2026-08-22', 10, '2026-09-01', '2026-09-01'],
    ['lands on 28 Oct 2026: a working day, not rolled', '2026-10-18', 10, '2026-10-28', '2026-10-28'],
    ['lands on 6 Jan 2026: a day of rest → Wed 7 Jan', '2025-12-27', 10, '2026-01-06', '2026-01-07'],
    ['90 days across a year', '2026-11-01', 90, '2027-01-30', '2027-02-01'],
    ['0 days on a working day', '2026-03-10', 0, '2026-03-10', '2026-03-10'],
  ] as const)('%s', (_case, event, n, unrolled, expected) => {
    const r = addCalendarDaysDeadline(event, n);
    expect(r).toEqual<DeadlineResult>({
      date: expected,
      weekday: isoWeekday(expected),
      unrolledDate: unrolled,
      rolled: unrolled !== expected,
      rule: { kind: 'calendarDays', n, from: event },
    });
  });
});

describe('isWorkingDay and nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-03-10', true], // ordinary Tuesday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-01-06', false], // Epiphany kept in 2026
    ['2026-05-08', true], // suspended in 2026
    ['2025-05-08', false],
    ['2026-09-15', true], // suspended in 2026
    ['2027-09-15', false],
    ['2025-09-15', false],
    ['2024-09-02', true],
    ['2025-09-01', true], // Constitution Day, not a day of rest since 2024
    ['2025-10-28', true], // not a day of rest since 2021
    ['2025-11-17', true], // not a day of rest since 2025
    ['2026-12-24', false],
    ['2027-03-26', false], // Good Friday 2027
    ['2027-03-29', false], // Easter Monday 2027
  ] as const)('%s → %s', (iso, expected) => {
    expect(isWorkingDay(iso)).toBe(expected);
  });

  it.each([
    ['2026-03-10', '2026-03-10'], // already a working day
    ['2026-03-07', '2026-03-09'],
    ['2026-12-24', '2026-12-28'],
    ['2025-12-24', '2025-12-29'],
    ['2026-04-03', '2026-04-07'],
    ['2027-12-25', '2027-12-27'],
  ] as const)('next working day on or after %s is %s', (iso, expected) => {
    expect(nextWorkingDayOnOrAfter(iso)).toBe(expected);
  });

  it('17 Nov 2024 was a day of rest, 17 Nov 2025 was not', () => {
    expect(isDayOfRest('2024-11-17')).toBe(true);
    expect(isDayOfRest('2025-11-17')).toBe(false);
  });
});

describe('errors', () => {
  const outOfRange = (fn: () => unknown, asOf: string) => {
    let caught: unknown;
    try {
      fn();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OutOfRangeError);
    expect((caught as OutOfRangeError).paramId).toBe('calendar.daysOfRest');
    expect((caught as OutOfRangeError).asOf).toBe(asOf);
  };

  const last = `${CALENDAR_LAST_YEAR}-12-31`;
  const first = `${CALENDAR_FIRST_YEAR}-01-01`;

  it('a count that runs past the last year of the calendar throws OutOfRangeError', () => {
    outOfRange(() => addWorkingDays(addDays(last, -1), 2), addDays(last, 1));
    outOfRange(() => addCalendarDaysDeadline(last, 1), addDays(last, 1));
  });

  it('a date outside the calendar throws OutOfRangeError, weekend or not', () => {
    outOfRange(() => isWorkingDay(addDays(last, 3)), addDays(last, 3));
    outOfRange(() => isWorkingDay(addDays(first, -1)), addDays(first, -1));
    outOfRange(() => nextWorkingDayOnOrAfter(addDays(last, 10)), addDays(last, 10));
    outOfRange(() => isDayOfRest('2012-12-31'), '2012-12-31');
  });

  it('dates long past and far ahead are counted: 2014, 2019, 2031, 2045', () => {
    // Thu 28 Aug 2014 + 3 working days: 29 Aug and 1 Sep (Mon; still a day of rest then) skipped.
    expect(addWorkingDays('2014-08-28', 3).date).toBe('2014-09-04');
    // Mon 28 Oct 2019 + 2: 30 Oct 2019 an ordinary working day (the one-off was 2018).
    expect(addWorkingDays('2019-10-28', 2).date).toBe('2019-10-30');
    // Mon 29 Oct 2018 + 1: Tue 30 Oct 2018, the one-off day of rest, is skipped.
    expect(addWorkingDays('2018-10-29', 1).date).toBe('2018-10-31');
    // Permit to Mon 30 Jun 2031: an ordinary working day.
    expect(isWorkingDay('2031-06-30')).toBe(true);
    // Sun 31 Dec 2045 + 3 working days: 1 Jan 2046 (Mon) is a day of rest.
    expect(addWorkingDays('2045-12-31', 3).date).toBe('2046-01-04');
  });

  it.each(['2026-02-30', '2026-13-01', '18.12.2026', '2026-1-5', ''])('invalid date %j throws InvalidDateError', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(InvalidDateError);
    expect(() => nextWorkingDayOnOrAfter(bad)).toThrow(InvalidDateError);
    expect(() => addWorkingDays(bad, 3)).toThrow(InvalidDateError);
    expect(() => addCalendarDaysDeadline(bad, 3)).toThrow(InvalidDateError);
    expect(() => addMonthsThenDaysDeadline(bad, 3, 30)).toThrow(InvalidDateError);
  });

  it('rejects counts that are not whole numbers in range', () => {
    expect(() => addWorkingDays('2026-03-10', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-10', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-10', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDaysDeadline('2026-03-10', -1)).toThrow(RangeError);
    expect(() => addMonthsThenDaysDeadline('2026-03-10', -1, 0)).toThrow(RangeError);
    expect(() => addMonthsThenDaysDeadline('2026-03-10', 1, Number.NaN)).toThrow(RangeError);
  });
});

describe('across New Year 2027/28 and Easter 2028–2030 (years counted from the law in force today)', () => {
  it.each([
    ['Thu 23 Dec 2027 + 3: 24 Dec a day of rest, then the weekend', '2027-12-23', 3, '2027-12-29', WED],
    ['Fri 31 Dec 2027 + 3: 1 Jan 2028 is a Saturday', '2027-12-31', 3, '2028-01-05', WED],
    ['Wed 29 Dec 2027 + 10: Thu 6 Jan 2028 skipped', '2027-12-29', 10, '2028-01-13', THU],
    ['Wed 12 Apr 2028 + 3: Good Friday 14 Apr and Easter Monday 17 Apr 2028 skipped', '2028-04-12', 3, '2028-04-19', WED],
    ['Thu 29 Mar 2029 + 1: Good Friday 30 Mar, Easter Monday 2 Apr 2029', '2029-03-29', 1, '2029-04-03', 2],
    ['Thu 18 Apr 2030 + 2: Good Friday 19 Apr, Easter Monday 22 Apr 2030', '2030-04-18', 2, '2030-04-24', WED],
  ] as const)('%s', (_case, event, n, expected, weekday) => {
    const r = addWorkingDays(event, n);
    expect(r.date).toBe(expected);
    expect(r.weekday).toBe(weekday);
  });

  it('a calendar-day deadline ending on Good Friday 2030 rolls past Easter Monday to Tue 23 Apr', () => {
    const r = addCalendarDaysDeadline('2030-04-09', 10);
    expect(r.unrolledDate).toBe('2030-04-19');
    expect(r.date).toBe('2030-04-23');
    expect(r.rolled).toBe(true);
  });

  it('3 months + 30 days from 30 Nov 2027 passes 29 Feb 2028 (a leap year)', () => {
    const r = addMonthsThenDaysDeadline('2027-11-30', 3, 30);
    expect(r.afterMonths).toBe('2028-02-29');
    expect(r.date).toBe('2028-03-30');
    expect(addMonths('2031-11-30', 3)).toBe('2032-02-29');
    expect(addMonths('2029-11-30', 3)).toBe('2030-02-28');
  });
});

describe('properties, over every date a person can bring', () => {
  // Events from 18 Oct 2013 to 31 Dec 2045; the calendar runs on far enough for any count.
  const event = fc
    .integer({ min: toDayNumber(EVENT_DATE_RANGE.min), max: toDayNumber(EVENT_DATE_RANGE.max) })
    .map(fromDayNumber);

  const workingDaysBetween = (from: string, to: string): number => {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
    return count;
  };

  it('addWorkingDays(d, n) is a working day, strictly after d, with exactly n working days in (d, result]', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const r = addWorkingDays(d, n);
        expect(isWorkingDay(r.date)).toBe(true);
        expect(r.date > d).toBe(true);
        expect(workingDaysBetween(d, r.date)).toBe(n);
        expect(r.weekday).toBe(isoWeekday(r.date));
        expect(r.weekday).toBeLessThanOrEqual(5);
      }),
      { numRuns: 3000 },
    );
  });

  it('a calendar-day deadline is the first working day on or after the unrolled date', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 0, max: 45 }), (d, n) => {
        const r = addCalendarDaysDeadline(d, n);
        expect(r.unrolledDate).toBe(addDays(d, n));
        expect(isWorkingDay(r.date)).toBe(true);
        expect(r.date >= r.unrolledDate).toBe(true);
        for (let x = r.unrolledDate; x < r.date; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
        expect(r.rolled).toBe(r.date !== r.unrolledDate);
      }),
      { numRuns: 3000 },
    );
  });

  it('month arithmetic keeps the day number or lands on the month end, never past it', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 0, max: 120 }), (d, months) => {
        const r = addMonths(d, months);
        const [y, m, day] = r.split('-').map(Number) as [number, number, number];
        const startDay = Number(d.slice(8, 10));
        expect(day).toBe(Math.min(startDay, daysInMonth(y, m)));
        const monthsApart = (y - Number(d.slice(0, 4))) * 12 + (m - Number(d.slice(5, 7)));
        expect(monthsApart).toBe(months);
      }),
      { numRuns: 3000 },
    );
  });

  it('a months-then-days deadline is a working day, never before the event', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), (d, months, days) => {
        const r = addMonthsThenDaysDeadline(d, months, days);
        expect(isWorkingDay(r.date)).toBe(true);
        expect(r.date >= d).toBe(true);
        expect(r.date >= addDays(r.afterMonths!, days)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('workingDaysBetween: working days left from one day to another', () => {
  it('Sun 22 Nov 2026 to Thu 7 Jan 2027: 30 working days (24–26 Dec, 1 and 6 Jan are days of rest)', () => {
    expect(workingDaysBetween('2026-11-22', '2027-01-07')).toBe(30);
    expect(workingDaysBetween('2027-01-07', '2026-11-22')).toBe(-30);
    expect(workingDaysBetween('2026-11-22', '2026-11-22')).toBe(0);
    // Fri to Mon: one working day; Fri to Sat: none.
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(workingDaysBetween('2026-11-20', '2026-11-21')).toBe(0);
  });

  it('matches a day-by-day count and undoes addWorkingDays', () => {
    const day = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2044-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 60 }), (from, span, n) => {
        const to = addDays(from, span);
        let count = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
        expect(workingDaysBetween(from, to)).toBe(count);
        expect(workingDaysBetween(to, from) + count).toBe(0);
        expect(workingDaysBetween(from, addWorkingDays(from, n).date)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});
