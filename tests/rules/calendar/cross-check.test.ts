/**
 * Cross-check of our days of rest against the npm `date-holidays` library (SK calendar).
 * The library is a check, not the truth (handbook README §3; holidays.md §4).
 *
 * KNOWN LIBRARY ERRORS (see src/rules/calendar/library-differences.md):
 * date-holidays (>= 3.26.7, still in 3.37.0) types 8 May and 15 Sep as mere observances
 * "since 2026", i.e. permanently. Act 261/2025 Z. z. suspended them as days of rest for
 * 2026 only (TASR, refresher.sk, sita.sk; python-holidays agrees), so from 2027 they are
 * days of rest again: every 8 May and 15 Sep from 2027 differs (on a weekday, the library
 * would count a working day that the law does not). The library also lacks the one-off day
 * of rest of 30 Oct 2018 (Act 241/1993 as in force from 11 Oct 2018).
 * Easter Sunday: the library lists it, typed as an observance, so it is no difference. Were a
 * version to make it public, it would show up here as a new Sunday difference (harmless for
 * counting, but the documented list must then be updated).
 *
 * The test asserts the disagreement set equals exactly this list: a library fix, or any new
 * divergence, fails it.
 */
import { createRequire } from 'node:module';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../../src/rules/calendar/days-of-rest-law.ts';
import { isDayOfRest } from '../../../src/rules/calendar/days-of-rest.ts';
import { isWorkingDay } from '../../../src/rules/calendar/deadlines.ts';
import { addDays, isoWeekday } from '../../../src/rules/calendar/iso-date.ts';

const MIN_LIBRARY_VERSION = '3.26.7';

interface Disagreement {
  date: string;
  ours: boolean;
  library: boolean;
}

/**
 * Every date on which our calendar and the library's public holidays disagree, weekends
 * included: the library lacks the one-off day of rest of 30 Oct 2018, and from 2027 on it
 * keeps 8 May and 15 Sep as working days although the suspension was for 2026 only.
 */
function knownDisagreements(): Disagreement[] {
  const out: Disagreement[] = [{ date: '2018-10-30', ours: true, library: false }];
  for (let y = 2027; y <= CALENDAR_LAST_YEAR; y++) {
    out.push({ date: `${y}-05-08`, ours: true, library: false }, { date: `${y}-09-15`, ours: true, library: false });
  }
  return out;
}
const KNOWN_ALL_DAY_DISAGREEMENTS = knownDisagreements();
/** The disagreements on weekdays: the ones that change a count of working days. */
const KNOWN_WEEKDAY_DISAGREEMENTS = KNOWN_ALL_DAY_DISAGREEMENTS.filter((d) => isoWeekday(d.date) <= 5);

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const installedVersion = (createRequire(import.meta.url)('date-holidays/package.json') as { version: string }).version;

/** The library's public holidays (days off) in our supported years, as ISO dates. */
const YEARS: number[] = [];
for (let y = CALENDAR_FIRST_YEAR; y <= CALENDAR_LAST_YEAR; y++) YEARS.push(y);

function libraryPublicHolidays(): Set<string> {
  const hd = new Holidays('SK');
  const out = new Set<string>();
  for (const year of YEARS) {
    for (const h of hd.getHolidays(year)) if (h.type === 'public') out.add(h.date.slice(0, 10));
  }
  return out;
}

function everyDate(): string[] {
  const out: string[] = [];
  for (let d = `${CALENDAR_FIRST_YEAR}-01-01`; d <= `${CALENDAR_LAST_YEAR}-12-31`; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('cross-check with npm date-holidays', () => {
  it(`the installed date-holidays is at least ${MIN_LIBRARY_VERSION} (3.26.2–3.26.6 are wrong for 2025 and 2026)`, () => {
    expect(compareVersions('3.26.6', MIN_LIBRARY_VERSION)).toBeLessThan(0);
    expect(compareVersions('3.37.0', MIN_LIBRARY_VERSION)).toBeGreaterThan(0);
    expect(compareVersions(installedVersion, MIN_LIBRARY_VERSION)).toBeGreaterThanOrEqual(0);
  });

  const libPublic = libraryPublicHolidays();
  const dates = everyDate();

  it('covers every date of the calendar, and the library knows the SK calendar in each year', () => {
    expect(dates[0]).toBe(`${CALENDAR_FIRST_YEAR}-01-01`);
    expect(dates).toHaveLength(new Date(Date.UTC(CALENDAR_LAST_YEAR + 1, 0, 1)).getTime() / 86_400_000 - new Date(Date.UTC(CALENDAR_FIRST_YEAR, 0, 1)).getTime() / 86_400_000);
    for (const year of YEARS) {
      expect([...libPublic].filter((d) => d.startsWith(`${year}-`)).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('on weekdays, isDayOfRest equals "public holiday on a weekday" except the documented library errors', () => {
    const disagreements: Disagreement[] = [];
    for (const date of dates) {
      if (isoWeekday(date) > 5) continue;
      const ours = isDayOfRest(date);
      const library = libPublic.has(date);
      if (ours !== library) disagreements.push({ date, ours, library });
    }
    expect(disagreements).toEqual(KNOWN_WEEKDAY_DISAGREEMENTS);
  });

  it('isWorkingDay equals the library-derived working day except the documented library errors', () => {
    expect(KNOWN_WEEKDAY_DISAGREEMENTS.map((d) => d.date).slice(0, 3)).toEqual(['2018-10-30', '2027-09-15', '2028-05-08']);
    const known = new Set(KNOWN_WEEKDAY_DISAGREEMENTS.map((d) => d.date));
    const differ = dates.filter((date) => isWorkingDay(date) !== (isoWeekday(date) <= 5 && !libPublic.has(date)));
    expect(differ).toEqual([...known]);
  });

  it('on all dates, weekends included, the listed days of rest equal the public holidays except the documented list', () => {
    const disagreements: Disagreement[] = [];
    for (const date of dates) {
      const ours = isDayOfRest(date);
      const library = libPublic.has(date);
      if (ours !== library) disagreements.push({ date, ours, library });
    }
    expect(disagreements).toEqual(KNOWN_ALL_DAY_DISAGREEMENTS);
  });
});
