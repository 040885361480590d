import fc from 'fast-check';
import { dayInWords } from '../../src/locales/day-in-words.ts';
import { formatIsoDate, intlLocale, LANGUAGES } from '../../src/locales/i18n.ts';

// What Intl writes for the same day: the words dayInWords must match.
const intl = (iso: string, lng: string): string =>
  new Intl.DateTimeFormat(intlLocale(lng), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('dayInWords', () => {
  test.each(LANGUAGES)('writes every month as Intl does (%s)', (lng) => {
    for (let month = 1; month <= 12; month++) for (const day of [1, 9, 10, 28]) expect(dayInWords(iso(2027, month, day), lng)).toBe(intl(iso(2027, month, day), lng));
  });

  test('worked examples', () => {
    expect(dayInWords('2026-11-01', 'en')).toBe('1 November 2026');
    expect(dayInWords('2026-11-01', 'sk')).toBe('1. novembra 2026');
    expect(dayInWords('2026-11-01', 'uk')).toBe('1 листопада 2026 р.');
    expect(dayInWords('2028-02-29', 'sk')).toBe('29. februára 2028');
    expect(dayInWords('2026-12-31', 'uk')).toBe('31 грудня 2026 р.');
  });

  test('any day of the supported range, as Intl writes it', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.constantFrom(...LANGUAGES), (d, lng) => dayInWords(d, lng) === intl(d, lng)));
  });

  test('an impossible or malformed date, or an unknown language, is given back as it is', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-11-01', 'soon', ''])
      for (const lng of LANGUAGES) expect(dayInWords(bad, lng)).toBe(bad);
    expect(dayInWords('2026-11-01', 'de')).toBe('2026-11-01');
  });

  test('formatIsoDate writes its long date with it, and gives an impossible date back as written in either style', () => {
    expect(formatIsoDate('2028-02-29', 'sk')).toBe('29. februára 2028 (utorok)');
    for (const lng of LANGUAGES) {
      expect(formatIsoDate('2027-02-29', lng)).toBe('2027-02-29');
      expect(formatIsoDate('2027-02-29', lng, 'short')).toBe('2027-02-29');
    }
  });
});
