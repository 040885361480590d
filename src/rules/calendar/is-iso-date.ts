/**
 * Whether a string is a real calendar day written `YYYY-MM-DD`, and the days in a month: the
 * one check every layer uses (rules, forms, the texts). A file of its own, apart from the
 * calendar arithmetic in iso-date.ts, so the start page, which writes one date in words
 * (locales/day-in-words.ts), loads these few lines and not the arithmetic with them.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, as Date.UTC counts them (it reads years 0–99 as 1900–1999). */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12 || !Number.isInteger(month)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}
