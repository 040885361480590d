/**
 * Slovak days of rest (dni pracovného pokoja), derived for any year from the law itself:
 * Act 241/1993 Z. z. lists the days (§1 state holidays, §2(2) other days of rest); each
 * permanent change of that list is a dated entry below, with its act and sources; Good Friday
 * and Easter Monday come from the date of Easter, computed (no table of Easter dates); and
 * the changes for one year only (30 Oct 2018, 8 May and 15 Sep 2026) are explicit data.
 *
 * To record a change in law: append an entry to the history of the day it changes (a
 * permanent change, with `fromYear`), or add a one-year exception to YEAR_EXCEPTIONS; then
 * raise LAW_CONFIRMED_TO_YEAR when the sources have been seen to confirm a later year.
 *
 * Only the named days of rest are listed. Sundays are days of rest too (§2(2)); deadline
 * code treats every Saturday and Sunday as a non-working day on its own.
 */
import type { CalendarSourceId } from '../params/sources/calendar.ts';
import { OutOfRangeError } from '../value-at.ts';
import { toDayNumber } from './iso-date.ts';

/** The parameter id reported by OutOfRangeError for a date outside the calendar. */
export const DAYS_OF_REST_PARAM_ID = 'calendar.daysOfRest';

/**
 * The years the calendar counts: from the year of the present Schengen 90/180 rule (in force
 * 18 Oct 2013) to well past the last date a person can enter (2045-12-31), so that a
 * deadline counted from any accepted date stays inside it.
 */
export const CALENDAR_FIRST_YEAR = 2013;
export const CALENDAR_LAST_YEAR = 2055;

/**
 * The last year the sources have been seen to confirm (no source reports changes for 2027;
 * the 2026-only suspension of Act 261/2025 Z. z. is reported to lapse: cal-python-holidays,
 * cal-refresher-2026-table). Later years are counted from the
 * law in force today, and plans say so with Med confidence.
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

type HolidayKey =
  | 'establishmentSr'
  | 'epiphany'
  | 'goodFriday'
  | 'easterMonday'
  | 'labourDay'
  | 'victoryOverFascism'
  | 'cyrilMethodius'
  | 'snp'
  | 'constitutionDay'
  | 'sevenSorrows'
  | 'czechoslovakState'
  | 'allSaints'
  | 'freedomDemocracy'
  | 'christmasEve'
  | 'christmasDay'
  | 'christmasSecond'
  | 'declarationSlovakNation';

const NAMES: Record<HolidayKey, { nameSk: string; nameEn: string }> = {
  establishmentSr: { nameSk: 'Deň vzniku Slovenskej republiky', nameEn: 'Day of the Establishment of the Slovak Republic' },
  epiphany: { nameSk: 'Zjavenie Pána', nameEn: 'Epiphany' },
  goodFriday: { nameSk: 'Veľký piatok', nameEn: 'Good Friday' },
  easterMonday: { nameSk: 'Veľkonočný pondelok', nameEn: 'Easter Monday' },
  labourDay: { nameSk: 'Sviatok práce', nameEn: 'Labour Day' },
  victoryOverFascism: { nameSk: 'Deň víťazstva nad fašizmom', nameEn: 'Victory over Fascism Day' },
  cyrilMethodius: { nameSk: 'Sviatok svätého Cyrila a Metoda', nameEn: 'Saints Cyril and Methodius Day' },
  snp: { nameSk: 'Výročie Slovenského národného povstania', nameEn: 'Slovak National Uprising Anniversary' },
  constitutionDay: { nameSk: 'Deň Ústavy Slovenskej republiky', nameEn: 'Constitution Day' },
  sevenSorrows: { nameSk: 'Sedembolestná Panna Mária', nameEn: 'Our Lady of the Seven Sorrows' },
  czechoslovakState: {
    nameSk: 'Deň vzniku samostatného česko-slovenského štátu',
    nameEn: 'Day of the Establishment of the Independent Czecho-Slovak State',
  },
  allSaints: { nameSk: 'Sviatok Všetkých svätých', nameEn: "All Saints' Day" },
  freedomDemocracy: { nameSk: 'Deň boja za slobodu a demokraciu', nameEn: 'Struggle for Freedom and Democracy Day' },
  christmasEve: { nameSk: 'Štedrý deň', nameEn: 'Christmas Eve' },
  christmasDay: { nameSk: 'Prvý sviatok vianočný', nameEn: 'Christmas Day' },
  christmasSecond: { nameSk: 'Druhý sviatok vianočný', nameEn: "St Stephen's Day (second day of Christmas)" },
  declarationSlovakNation: {
    nameSk: '100. výročie prijatia Deklarácie slovenského národa',
    nameEn: '100th anniversary of the Declaration of the Slovak Nation',
  },
};


/** The text of Act 241/1993 (§1 state holidays, §2(2) other days of rest). */
const ACT_241: readonly CalendarSourceId[] = ['cal-act-241-text', 'cal-act-241-text-hu'];

/** What a day of the list is in a year: a day of rest, a state holiday worked, or nothing. */
type DayStatus =
  | { status: 'rest'; sources: readonly CalendarSourceId[] }
  | { status: 'stateHoliday'; reason: string; sources: readonly CalendarSourceId[] }
  | { status: 'none' };

/** A permanent change: from `fromYear` on (until the next entry) the day has this status. */
type DayChange = DayStatus & { fromYear: number };

/** A day of the list on a fixed date, with the history of its status. */
interface FixedDayRule {
  key: HolidayKey;
  month: number;
  day: number;
  history: readonly DayChange[];
}

/** A day of the list counted from Easter Sunday. */
interface EasterDayRule {
  key: HolidayKey;
  offset: number;
}

/** A change for one year only. */
interface YearException {
  date: string;
  key: HolidayKey;
  kind: 'oneOffDayOfRest' | 'suspendedDayOfRest';
  reason: string;
  sources: readonly CalendarSourceId[];
}

const REST_SINCE_ACT: readonly DayChange[] = [{ fromYear: CALENDAR_FIRST_YEAR, status: 'rest', sources: ACT_241 }];

const fixed = (key: HolidayKey, month: number, day: number, history: readonly DayChange[] = REST_SINCE_ACT): FixedDayRule => ({
  key,
  month,
  day,
  history,
});

/** Act 241/1993 as amended, day by day, with every permanent change since 2013. */
const FIXED_DAYS: readonly FixedDayRule[] = [
  fixed('establishmentSr', 1, 1),
  fixed('epiphany', 1, 6),
  fixed('labourDay', 5, 1),
  fixed('victoryOverFascism', 5, 8),
  fixed('cyrilMethodius', 7, 5),
  fixed('snp', 8, 29),
  fixed('constitutionDay', 9, 1, [
    { fromYear: CALENDAR_FIRST_YEAR, status: 'rest', sources: ACT_241 },
    {
      fromYear: 2024,
      status: 'stateHoliday',
      reason: 'Act 530/2023 Z. z.: still a state holiday, no longer a day of rest from 2024.',
      sources: ['cal-act-530-2023', 'cal-ip-1-september', 'cal-stvr-constitution-day'],
    },
  ]),
  fixed('sevenSorrows', 9, 15),
  fixed('czechoslovakState', 10, 28, [
    { fromYear: CALENDAR_FIRST_YEAR, status: 'none' },
    {
      fromYear: 2021,
      status: 'stateHoliday',
      reason: 'Act 326/2020 Z. z.: a state holiday that is not a day of rest, from 2021.',
      sources: ['cal-act-326-2020', 'cal-ip-1-september', 'cal-python-holidays'],
    },
  ]),
  fixed('allSaints', 11, 1),
  fixed('freedomDemocracy', 11, 17, [
    { fromYear: CALENDAR_FIRST_YEAR, status: 'rest', sources: ACT_241 },
    {
      fromYear: 2025,
      status: 'stateHoliday',
      reason: 'Act 261/2025 Z. z. (in force 1 Nov 2025): still a state holiday, permanently no longer a day of rest from 2025.',
      sources: ['cal-act-261-2025', 'cal-tasr-24hod-shops', 'cal-dennikn-zssk-17-nov'],
    },
  ]),
  fixed('christmasEve', 12, 24),
  fixed('christmasDay', 12, 25),
  fixed('christmasSecond', 12, 26),
];

/** §2(2): Good Friday and Easter Monday, from the date of Easter Sunday. */
const EASTER_DAYS: readonly EasterDayRule[] = [
  { key: 'goodFriday', offset: -2 },
  { key: 'easterMonday', offset: 1 },
];

/** Changes for one year only, each with its source. */
const YEAR_EXCEPTIONS: readonly YearException[] = [
  {
    date: '2018-10-30',
    key: 'declarationSlovakNation',
    kind: 'oneOffDayOfRest',
    reason: 'Act 241/1993 Z. z. as in force from 11 Oct 2018: a one-off day of rest.',
    sources: ['cal-act-241-2018-version', 'cal-python-holidays'],
  },
  {
    date: '2026-05-08',
    key: 'victoryOverFascism',
    kind: 'suspendedDayOfRest',
    reason: 'Act 261/2025 Z. z.: not a day of rest in 2026 only.',
    sources: ['cal-act-261-2025', 'cal-tasr-24hod-shops', 'cal-refresher-2026-table', 'cal-sita-2026-days-off'],
  },
  {
    date: '2026-09-15',
    key: 'sevenSorrows',
    kind: 'suspendedDayOfRest',
    reason: 'Act 261/2025 Z. z.: not a day of rest in 2026 only (a parliamentary amendment swapped it in for 6 Jan).',
    sources: ['cal-act-261-2025', 'cal-teraz-15-sep-for-6-jan', 'cal-refresher-2026-table', 'cal-sita-2026-days-off'],
  },
];

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
