import i18next, { type i18n as I18n } from 'i18next';
import { isIsoDate } from '../rules/calendar/is-iso-date.ts';
import { dayInWords } from './day-in-words.ts';

/** The languages with a complete set of texts (tests check every key in each). */
export const LANGUAGES = ['en', 'sk', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);

/** The Intl locale for a language: English dates are written day first, as in Slovakia. */
export const intlLocale = (lng: string): string => (lng === 'en' ? 'en-GB' : lng);

/**
 * The case of a weekday. In Ukrainian a date after "не пізніше", "до", "з", "від", "після"
 * is in the genitive, and so is its weekday: "не пізніше 27 листопада 2026 р. (пʼятниці)";
 * after "по" (up to and including) and "на" in the accusative: "по пʼятницю". Written in a
 * string as `{{date, isoDate(weekday:genitive)}}`. In Slovak the weekday in brackets after a
 * date stays as it is ("do 27. novembra 2026 (piatok)"), but one written before the date
 * follows the preposition: "do piatka 27. novembra 2026" (see dateWithWeekday).
 */
export type WeekdayCase = 'nominative' | 'genitive' | 'accusative';
/** Weekdays in the cases Intl does not write, indexed by `Date.getUTCDay()` (Sunday first). */
const WEEKDAY_IN_CASE: Readonly<Record<string, Record<Exclude<WeekdayCase, 'nominative'>, readonly string[]>>> = {
  sk: {
    genitive: ['nedele', 'pondelka', 'utorka', 'stredy', 'štvrtka', 'piatka', 'soboty'],
    accusative: ['nedeľu', 'pondelok', 'utorok', 'stredu', 'štvrtok', 'piatok', 'sobotu'],
  },
  uk: {
    genitive: ['неділі', 'понеділка', 'вівторка', 'середи', 'четверга', 'пʼятниці', 'суботи'],
    accusative: ['неділю', 'понеділок', 'вівторок', 'середу', 'четвер', 'пʼятницю', 'суботу'],
  },
};
const weekdayCaseOf = (option: unknown): WeekdayCase => (option === 'genitive' || option === 'accusative' ? option : 'nominative');

/**
 * The weekday of `day` (0 = Sunday) in a case other than the nominative, in a language that
 * has cases; undefined where Intl's own word is the right one (the nominative, English).
 */
export function weekdayInCase(lng: string, weekdayCase: WeekdayCase, day: number): string | undefined {
  if (weekdayCase === 'nominative') return undefined;
  return WEEKDAY_IN_CASE[lng]?.[weekdayCase][day];
}

const DATE_FORMATS = {
  short: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { timeZone: 'UTC', weekday: 'long' },
  withWeekday: { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Intl formatters are slow to make and cheap to use: one per language and kind.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The language's Intl date formatter of one kind, made once (a calendar day: UTC). */
export function dateFormat(lng: string, kind: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
  const key = `${lng} ${kind}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lng), DATE_FORMATS[kind]);
    dateFormats.set(key, f);
  }
  return f;
}

/** Format an ISO date (YYYY-MM-DD) in the language, as a calendar day with no time zone. */
export function formatIsoDate(iso: string, lng: string, style: 'long' | 'short' = 'long', weekdayCase: WeekdayCase = 'nominative'): string {
  if (!isIsoDate(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  if (style === 'short') return dateFormat(lng, 'short').format(d);
  // The weekday in brackets after the date: Slovak short weekdays ("po", "so") read as
  // prepositions when they stand before a date.
  const weekday = (lng === 'uk' && weekdayInCase(lng, weekdayCase, d.getUTCDay())) || dateFormat(lng, 'weekday').format(d);
  return `${dayInWords(iso, lng)} (${weekday})`;
}

export function formatEur(amount: number, lng: string): string {
  return new Intl.NumberFormat(intlLocale(lng), { style: 'currency', currency: 'EUR' }).format(amount);
}

/**
 * A configured i18next instance for one language. Message parameters that are ISO dates
 * use the `isoDate` format (`isoDate(weekday:genitive)` or `isoDate(weekday:accusative)`
 * for the weekday's case, see `WeekdayCase`); amounts use `eur`.
 */
export async function createI18n(lng: Language, resources: Record<string, unknown>): Promise<I18n> {
  const inst = i18next.createInstance();
  await inst.init({
    lng,
    fallbackLng: false,
    resources: { [lng]: { translation: resources } },
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  inst.services.formatter?.add('isoDate', (value: string, l?: string, options?: { weekday?: unknown }) =>
    formatIsoDate(value, l ?? lng, 'long', weekdayCaseOf(options?.weekday)),
  );
  inst.services.formatter?.add('shortDate', (value: string, l?: string) => formatIsoDate(value, l ?? lng, 'short'));
  inst.services.formatter?.add('eur', (value: number, l?: string) => formatEur(value, l ?? lng));
  return inst;
}
