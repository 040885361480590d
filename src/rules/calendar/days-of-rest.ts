/**
 * Slovak days of rest (dni pracovného pokoja), Act 241/1993 Z. z. as amended, kept as
 * year-keyed data (shared/handbook/holidays.md §3; facts.md §4d). The law changed three
 * times in four years, so nothing here is computed from a rule: every date is written out
 * and an unsupported year throws instead of guessing.
 *
 * Only the named days of rest are listed. Sundays are days of rest too (§2(2)); deadline
 * code treats every Saturday and Sunday as a non-working day on its own.
 */
import type { CalendarSourceId } from '../params/sources/calendar.ts';
import { OutOfRangeError } from '../value-at.ts';
import { toDayNumber } from './iso-date.ts';

/** The parameter id reported by OutOfRangeError for a date outside the table. */
export const DAYS_OF_REST_PARAM_ID = 'calendar.daysOfRest';

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
  /**
   * True when the year is not tabulated in the handbook and was derived here from the
   * base list of Act 241/1993 as in force that year.
   */
  derived: boolean;
  note?: string;
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
  | 'christmasSecond';

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
};

/** The text of Act 241/1993 (§1 state holidays, §2(2) other days of rest). */
const ACT_241: readonly CalendarSourceId[] = ['cal-act-241-text', 'cal-act-241-text-hu'];
/** 8 May and 15 Sep: days of rest again after the 2026-only suspension. */
const RESTORED_2027: readonly CalendarSourceId[] = [
  ...ACT_241,
  'cal-act-261-2025',
  'cal-tasr-24hod-shops',
  'cal-refresher-2026-table',
  'cal-python-holidays',
];
/** The 2026 list as reported (sita.sk: 11 days off, four on a weekend). */
const LIST_2026: readonly CalendarSourceId[] = [...ACT_241, 'cal-sita-2026-days-off'];

function rest(date: string, key: HolidayKey, sources: readonly CalendarSourceId[] = ACT_241): DayOfRest {
  return { date, ...NAMES[key], sources };
}

const CONSTITUTION_DAY_REASON =
  'Act 530/2023 Z. z.: still a state holiday, no longer a day of rest from 2024.';
const CONSTITUTION_DAY_SOURCES: readonly CalendarSourceId[] = ['cal-act-530-2023', 'cal-ip-1-september', 'cal-stvr-constitution-day'];
const CZECHOSLOVAK_STATE_REASON = 'Act 326/2020 Z. z.: a state holiday that is not a day of rest, from 2021.';
const CZECHOSLOVAK_STATE_SOURCES: readonly CalendarSourceId[] = ['cal-act-326-2020', 'cal-ip-1-september', 'cal-python-holidays'];
const FREEDOM_DEMOCRACY_REASON =
  'Act 261/2025 Z. z. (in force 1 Nov 2025): still a state holiday, permanently no longer a day of rest from 2025.';
const FREEDOM_DEMOCRACY_SOURCES: readonly CalendarSourceId[] = [
  'cal-act-261-2025',
  'cal-tasr-24hod-shops',
  'cal-dennikn-zssk-17-nov',
];

function stateHolidayWorking(
  date: string,
  key: HolidayKey,
  reason: string,
  sources: readonly CalendarSourceId[],
): HolidayThatIsWorkingDay {
  return { date, ...NAMES[key], kind: 'stateHoliday', reason, sources };
}

export const SUPPORTED_YEARS = [2024, 2025, 2026, 2027] as const;
export type SupportedYear = (typeof SUPPORTED_YEARS)[number];

export const DAYS_OF_REST: Readonly<Record<SupportedYear, DaysOfRestYear>> = {
  2024: {
    year: 2024,
    derived: true,
    note:
      'Not tabulated in holidays.md. Derived from the base list of Act 241/1993 as in force in 2024: ' +
      '1 Sep no longer a day of rest (Act 530/2023, from 1 Jan 2024), 17 Nov still a day of rest ' +
      '(Act 261/2025 took effect only on 1 Nov 2025), 28 Oct not one since 2021. ' +
      'Easter Sunday 2024 = 31 Mar, so Good Friday = 29 Mar and Easter Monday = 1 Apr.',
    daysOfRest: [
      rest('2024-01-01', 'establishmentSr'),
      rest('2024-01-06', 'epiphany'),
      rest('2024-03-29', 'goodFriday'),
      rest('2024-04-01', 'easterMonday'),
      rest('2024-05-01', 'labourDay'),
      rest('2024-05-08', 'victoryOverFascism'),
      rest('2024-07-05', 'cyrilMethodius'),
      rest('2024-08-29', 'snp'),
      rest('2024-09-15', 'sevenSorrows'),
      rest('2024-11-01', 'allSaints'),
      rest('2024-11-17', 'freedomDemocracy', [...ACT_241, 'cal-act-261-2025', 'cal-python-holidays']),
      rest('2024-12-24', 'christmasEve'),
      rest('2024-12-25', 'christmasDay'),
      rest('2024-12-26', 'christmasSecond'),
    ],
    holidaysThatAreWorkingDays: [
      stateHolidayWorking('2024-09-01', 'constitutionDay', CONSTITUTION_DAY_REASON, CONSTITUTION_DAY_SOURCES),
      stateHolidayWorking('2024-10-28', 'czechoslovakState', CZECHOSLOVAK_STATE_REASON, CZECHOSLOVAK_STATE_SOURCES),
    ],
  },
  2025: {
    year: 2025,
    derived: false,
    daysOfRest: [
      rest('2025-01-01', 'establishmentSr'),
      rest('2025-01-06', 'epiphany'),
      rest('2025-04-18', 'goodFriday'),
      rest('2025-04-21', 'easterMonday'),
      rest('2025-05-01', 'labourDay'),
      rest('2025-05-08', 'victoryOverFascism'),
      rest('2025-07-05', 'cyrilMethodius'),
      rest('2025-08-29', 'snp'),
      rest('2025-09-15', 'sevenSorrows'),
      rest('2025-11-01', 'allSaints'),
      rest('2025-12-24', 'christmasEve'),
      rest('2025-12-25', 'christmasDay'),
      rest('2025-12-26', 'christmasSecond'),
    ],
    holidaysThatAreWorkingDays: [
      stateHolidayWorking('2025-09-01', 'constitutionDay', CONSTITUTION_DAY_REASON, CONSTITUTION_DAY_SOURCES),
      stateHolidayWorking('2025-10-28', 'czechoslovakState', CZECHOSLOVAK_STATE_REASON, CZECHOSLOVAK_STATE_SOURCES),
      stateHolidayWorking('2025-11-17', 'freedomDemocracy', FREEDOM_DEMOCRACY_REASON, FREEDOM_DEMOCRACY_SOURCES),
    ],
  },
  2026: {
    year: 2026,
    derived: false,
    note: '8 May and 15 Sep are not days of rest in 2026 only (Act 261/2025). 6 Jan was kept.',
    daysOfRest: [
      rest('2026-01-01', 'establishmentSr', LIST_2026),
      rest('2026-01-06', 'epiphany', [...LIST_2026, 'cal-teraz-15-sep-for-6-jan']),
      rest('2026-04-03', 'goodFriday', LIST_2026),
      rest('2026-04-06', 'easterMonday', LIST_2026),
      rest('2026-05-01', 'labourDay', LIST_2026),
      rest('2026-07-05', 'cyrilMethodius', LIST_2026),
      rest('2026-08-29', 'snp', LIST_2026),
      rest('2026-11-01', 'allSaints', LIST_2026),
      rest('2026-12-24', 'christmasEve', LIST_2026),
      rest('2026-12-25', 'christmasDay', LIST_2026),
      rest('2026-12-26', 'christmasSecond', LIST_2026),
    ],
    holidaysThatAreWorkingDays: [
      {
        date: '2026-05-08',
        ...NAMES.victoryOverFascism,
        kind: 'suspendedDayOfRest',
        reason: 'Act 261/2025 Z. z.: not a day of rest in 2026 only.',
        sources: ['cal-act-261-2025', 'cal-tasr-24hod-shops', 'cal-refresher-2026-table', 'cal-sita-2026-days-off'],
      },
      stateHolidayWorking('2026-09-01', 'constitutionDay', CONSTITUTION_DAY_REASON, CONSTITUTION_DAY_SOURCES),
      {
        date: '2026-09-15',
        ...NAMES.sevenSorrows,
        kind: 'suspendedDayOfRest',
        reason:
          'Act 261/2025 Z. z.: not a day of rest in 2026 only (a parliamentary amendment swapped it in for 6 Jan).',
        sources: [
          'cal-act-261-2025',
          'cal-teraz-15-sep-for-6-jan',
          'cal-refresher-2026-table',
          'cal-sita-2026-days-off',
        ],
      },
      stateHolidayWorking('2026-10-28', 'czechoslovakState', CZECHOSLOVAK_STATE_REASON, CZECHOSLOVAK_STATE_SOURCES),
      stateHolidayWorking('2026-11-17', 'freedomDemocracy', FREEDOM_DEMOCRACY_REASON, FREEDOM_DEMOCRACY_SOURCES),
    ],
  },
  2027: {
    year: 2027,
    derived: false,
    note:
      'On the law as reported: the 2026-only suspension of 8 May and 15 Sep has lapsed. ' +
      'No source for 2027 changes was found; re-check before relying on it (holidays.md §2).',
    daysOfRest: [
      rest('2027-01-01', 'establishmentSr'),
      rest('2027-01-06', 'epiphany'),
      rest('2027-03-26', 'goodFriday'),
      rest('2027-03-29', 'easterMonday'),
      rest('2027-05-01', 'labourDay'),
      rest('2027-05-08', 'victoryOverFascism', RESTORED_2027),
      rest('2027-07-05', 'cyrilMethodius'),
      rest('2027-08-29', 'snp'),
      rest('2027-09-15', 'sevenSorrows', RESTORED_2027),
      rest('2027-11-01', 'allSaints'),
      rest('2027-12-24', 'christmasEve'),
      rest('2027-12-25', 'christmasDay'),
      rest('2027-12-26', 'christmasSecond'),
    ],
    holidaysThatAreWorkingDays: [
      stateHolidayWorking('2027-09-01', 'constitutionDay', CONSTITUTION_DAY_REASON, CONSTITUTION_DAY_SOURCES),
      stateHolidayWorking('2027-10-28', 'czechoslovakState', CZECHOSLOVAK_STATE_REASON, CZECHOSLOVAK_STATE_SOURCES),
      stateHolidayWorking('2027-11-17', 'freedomDemocracy', FREEDOM_DEMOCRACY_REASON, FREEDOM_DEMOCRACY_SOURCES),
    ],
  },
};

const BY_DATE: ReadonlyMap<string, DayOfRest> = new Map(
  SUPPORTED_YEARS.flatMap((y) => DAYS_OF_REST[y].daysOfRest.map((d) => [d.date, d] as const)),
);

export function isSupportedYear(year: number): year is SupportedYear {
  return (SUPPORTED_YEARS as readonly number[]).includes(year);
}

function yearRecord(year: number, asOf: string): DaysOfRestYear {
  if (!isSupportedYear(year)) throw new OutOfRangeError(DAYS_OF_REST_PARAM_ID, asOf);
  return DAYS_OF_REST[year];
}

/** Throws InvalidDateError on a bad date, OutOfRangeError when its year is not kept. */
function checkDate(iso: string): void {
  toDayNumber(iso);
  yearRecord(Number(iso.slice(0, 4)), iso);
}

/**
 * The listed day of rest on `iso`, or undefined. Throws InvalidDateError on a bad date and
 * OutOfRangeError ('calendar.daysOfRest') outside SUPPORTED_YEARS.
 */
export function dayOfRestOn(iso: string): DayOfRest | undefined {
  checkDate(iso);
  return BY_DATE.get(iso);
}

/**
 * True when `iso` is a listed day of rest (a holiday kept free by Act 241/1993 in that
 * year). Ordinary Sundays are not listed. Throws InvalidDateError on a bad date and
 * OutOfRangeError ('calendar.daysOfRest') outside SUPPORTED_YEARS.
 */
export function isDayOfRest(iso: string): boolean {
  return dayOfRestOn(iso) !== undefined;
}

/** The days of rest of `year`, in date order. Throws OutOfRangeError outside SUPPORTED_YEARS. */
export function daysOfRestIn(year: number): readonly DayOfRest[] {
  return yearRecord(year, String(year)).daysOfRest;
}

/** The holidays of `year` that are not days of rest. Throws OutOfRangeError outside SUPPORTED_YEARS. */
export function holidaysThatAreWorkingDaysIn(year: number): readonly HolidayThatIsWorkingDay[] {
  return yearRecord(year, String(year)).holidaysThatAreWorkingDays;
}
