import { intlLocale } from '../../locales/i18n.ts';
import { ISO_COUNTRY_CODES, isKnownCountry, normalizeCountryCode } from '../../rules/params/countries.ts';

export interface CountryOption {
  /** ISO 3166-1 alpha-2 code (or XK), the value sent to the wizard. */
  code: string;
  /** The country's name in the person's language. */
  name: string;
}

const cache = new Map<string, readonly CountryOption[]>();

/**
 * Every country code the rules know, named in the language (`Intl.DisplayNames`) and
 * sorted by that name with the language's collation (so Č follows C in Slovak).
 */
export function countryOptions(lng: string): readonly CountryOption[] {
  const cached = cache.get(lng);
  if (cached) return cached;
  const locale = intlLocale(lng);
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const options = ISO_COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort(
    (a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code),
  );
  cache.set(lng, options);
  return options;
}

/** Why a chosen country is refused, or undefined when it is a country the rules know. */
export function countryError(value: string | null | undefined): 'required' | 'unknown' | undefined {
  if (!value || value.trim() === '') return 'required';
  return isKnownCountry(normalizeCountryCode(value)) ? undefined : 'unknown';
}
