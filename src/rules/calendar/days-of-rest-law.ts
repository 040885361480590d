import type { CalendarSourceId } from '../params/sources/calendar.ts';

/**
 * The days of rest as Act 241/1993 Z. z. lists them (§1 state holidays, §2(2) other days of
 * rest), with every permanent change since 2013 and the changes for one year only, each with
 * its act and sources (CALENDAR_SOURCES). days-of-rest.ts derives each year from them.
 *
 * To record a change in law: append an entry to the history of the day it changes (a
 * permanent change, with `fromYear`), or add a one-year exception to YEAR_EXCEPTIONS; then
 * raise LAW_CONFIRMED_TO_YEAR (days-of-rest.ts) when the sources confirm a later year.
 */

/**
 * The years the calendar counts: from the year of the present Schengen 90/180 rule (in force
 * 18 Oct 2013) to well past the last date a person can enter (2045-12-31), so that a
 * deadline counted from any accepted date stays inside it.
 */
export const CALENDAR_FIRST_YEAR = 2013;
export const CALENDAR_LAST_YEAR = 2055;

export type HolidayKey =
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

export const NAMES: Record<HolidayKey, { nameSk: string; nameEn: string }> = {
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
export const ACT_241: readonly CalendarSourceId[] = ['cal-act-241-text', 'cal-act-241-text-hu'];

/** What a day of the list is in a year: a day of rest, a state holiday worked, or nothing. */
export type DayStatus =
  | { status: 'rest'; sources: readonly CalendarSourceId[] }
  | { status: 'stateHoliday'; reason: string; sources: readonly CalendarSourceId[] }
  | { status: 'none' };

/** A permanent change: from `fromYear` on (until the next entry) the day has this status. */
type DayChange = DayStatus & { fromYear: number };

/** A day of the list on a fixed date, with the history of its status. */
export interface FixedDayRule {
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
export const FIXED_DAYS: readonly FixedDayRule[] = [
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
export const EASTER_DAYS: readonly EasterDayRule[] = [
  { key: 'goodFriday', offset: -2 },
  { key: 'easterMonday', offset: 1 },
];

/** Changes for one year only, each with its source. */
export const YEAR_EXCEPTIONS: readonly YearException[] = [
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
