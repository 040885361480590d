import fc from 'fast-check';
import { dateWithWeekday, dueDate } from '../../../src/components/plan/plan-format.ts';
import { intlLocale, LANGUAGES } from '../../../src/locales/i18n.ts';
import en from '../../../src/locales/en/ui-plan.json';
import sk from '../../../src/locales/sk/ui-plan.json';
import uk from '../../../src/locales/uk/ui-plan.json';

/**
 * The date with its weekday first, as the plan's next step, each step, the household plan and
 * the calendar file write it after the step's label: in Slovak and Ukrainian the weekday
 * follows the label's preposition ("Najneskôr do štvrtka", "Не пізніше четверга").
 */
const intl = (iso: string, lng: string) =>
  new Intl.DateTimeFormat(intlLocale(lng), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Sunday 27 December 2026 to Saturday 2 January 2027: every weekday once, across a year end. */
const WEEK = ['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'];

describe('dateWithWeekday', () => {
  it('in the nominative, writes what Intl writes, in each language, any day from 2000 to 2099', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...LANGUAGES), (d, lng) => {
        const iso = d.toISOString().slice(0, 10);
        expect(dateWithWeekday(iso, lng)).toBe(intl(iso, lng));
      }),
    );
  });

  it('writes the Slovak weekday in the genitive and the accusative, the rest as Intl writes it', () => {
    expect(WEEK.map((iso) => dateWithWeekday(iso, 'sk', 'genitive').split(' ')[0])).toEqual([
      'nedele',
      'pondelka',
      'utorka',
      'stredy',
      'štvrtka',
      'piatka',
      'soboty',
    ]);
    expect(WEEK.map((iso) => dateWithWeekday(iso, 'sk', 'accusative').split(' ')[0])).toEqual([
      'nedeľu',
      'pondelok',
      'utorok',
      'stredu',
      'štvrtok',
      'piatok',
      'sobotu',
    ]);
    expect(dateWithWeekday('2026-12-28', 'sk', 'genitive')).toBe('pondelka 28. decembra 2026');
    expect(dateWithWeekday('2027-01-01', 'sk', 'genitive')).toBe('piatka 1. januára 2027');
  });

  it('writes the Ukrainian weekday in the genitive and the accusative, the rest as Intl writes it', () => {
    expect(WEEK.map((iso) => dateWithWeekday(iso, 'uk', 'genitive').split(',')[0])).toEqual([
      'неділі',
      'понеділка',
      'вівторка',
      'середи',
      'четверга',
      'пʼятниці',
      'суботи',
    ]);
    expect(dateWithWeekday('2026-12-30', 'uk', 'accusative')).toBe('середу, 30 грудня 2026 р.');
    expect(dateWithWeekday('2026-12-28', 'uk', 'genitive')).toBe('понеділка, 28 грудня 2026 р.');
    // Only the weekday differs from Intl's.
    for (const iso of WEEK) expect(dateWithWeekday(iso, 'uk', 'genitive').split(',')[1]).toBe(intl(iso, 'uk').split(',')[1]);
  });

  it('leaves English as Intl writes it, whatever the case asked for', () => {
    expect(dateWithWeekday('2027-01-07', 'en', 'genitive')).toBe(intl('2027-01-07', 'en'));
    expect(dateWithWeekday('2028-02-29', 'en', 'accusative')).toBe(intl('2028-02-29', 'en'));
  });

  it('gives an impossible or malformed date back as written', () => {
    expect(dateWithWeekday('2027-02-29', 'sk', 'genitive')).toBe('2027-02-29');
    expect(dateWithWeekday('2026-13-01', 'uk')).toBe('2026-13-01');
    expect(dateWithWeekday('7.1.2027', 'en')).toBe('7.1.2027');
  });
});

describe('dueDate: the date after the step label', () => {
  const label = { en, sk, uk } as const;
  const phrase = (lng: 'en' | 'sk' | 'uk', kind: 'deadline' | 'earliest' | 'stayLimit', iso: string) =>
    `${label[lng].uiPlan.steps.dueKind[kind]} ${dueDate(iso, kind, lng)}`;

  it('reads as one phrase in each language (a leap day and a year end)', () => {
    expect(phrase('sk', 'deadline', '2027-01-07')).toBe('Najneskôr do štvrtka 7. januára 2027');
    expect(phrase('sk', 'earliest', '2028-02-29')).toBe('Najskôr od utorka 29. februára 2028');
    expect(phrase('sk', 'stayLimit', '2026-12-31')).toBe('Posledný deň, keď tu môžete byť štvrtok 31. decembra 2026');
    expect(phrase('uk', 'deadline', '2027-01-07')).toBe('Не пізніше четверга, 7 січня 2027 р.');
    expect(phrase('uk', 'earliest', '2026-12-27')).toBe('Не раніше неділі, 27 грудня 2026 р.');
    expect(phrase('uk', 'stayLimit', '2026-12-31')).toBe('Останній день, коли ви можете тут перебувати четвер, 31 грудня 2026 р.');
    expect(phrase('en', 'deadline', '2027-01-07')).toBe(`Do it by ${intl('2027-01-07', 'en')}`);
  });
});
