import { intlLocale } from '../../locales/i18n.ts';

// Intl formatters are slow to make and cheap to use: one per language.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day in words without the weekday ("1 November 2026", „1. novembra 2026“). */
export function dayInWords(iso: string, lng: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dayFormats.get(lng);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lng), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    dayFormats.set(lng, f);
  }
  return f.format(d);
}
