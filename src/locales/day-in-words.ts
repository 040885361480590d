import { isIsoDate } from '../rules/calendar/is-iso-date.ts';

/**
 * A calendar day in words without the weekday: "1 November 2026", „1. novembra 2026“,
 * "1 листопада 2026 р.". Written from the month names below rather than by
 * `Intl.DateTimeFormat`: the first Intl date format a page makes starts the browser's ICU
 * date machinery, a long task (about 30–50 ms on a phone-class CPU) that the start page would
 * otherwise pay while hydrating, for its one date. The words are those Intl writes (en-GB,
 * sk, uk; the month in the genitive): tests/locales/day-in-words.test.ts compares every month.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sk: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
};

/** The day in the language's words; an impossible date (or an unknown language) as given. */
export function dayInWords(iso: string, lng: string): string {
  const months = MONTHS[lng];
  if (!months || !isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = months[month - 1];
  if (lng === 'sk') return `${day}. ${name} ${year}`;
  if (lng === 'uk') return `${day} ${name} ${year} р.`;
  return `${day} ${name} ${year}`;
}
