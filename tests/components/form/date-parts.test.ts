import { checkDateParts, isoToParts, type DateRange } from '../../../src/components/form/date-parts.ts';

const RANGE: DateRange = { min: '2024-01-01', max: '2027-12-31', afterMax: 'tooLate' };
const check = (day: string, month: string, year: string, range = RANGE) => checkDateParts({ day, month, year }, range);

describe('checkDateParts', () => {
  it('returns the ISO date of a real date in range', () => {
    expect(check('18', '12', '2026')).toEqual({ ok: true, iso: '2026-12-18' });
    expect(check('1', '1', '2024')).toEqual({ ok: true, iso: '2024-01-01' });
    expect(check('29', '2', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it.each([
    [['', '', ''], 'required', ['day', 'month', 'year']],
    [['', '', '2026'], 'incomplete', ['day', 'month']],
    [['', '3', '2026'], 'missingDay', ['day']],
    [['3', '', '2026'], 'missingMonth', ['month']],
    [['3', '3', ''], 'missingYear', ['year']],
    [['0', '3', '2026'], 'impossible', ['day']],
    [['32', '3', '2026'], 'impossible', ['day']],
    [['3', '13', '2026'], 'impossible', ['month']],
    [['a', 'b', '2026'], 'impossible', ['day', 'month']],
    [['3', '3', '20x6'], 'impossible', ['year']],
    [['1.5', '3', '2026'], 'impossible', ['day']],
    [['3', '3', '26'], 'yearDigits', ['year']],
    [['3', '3', '02026'], 'yearDigits', ['year']],
    [['30', '2', '2026'], 'dayTooLarge', ['day']],
    [['31', '4', '2026'], 'dayTooLarge', ['day']],
    [['31', '12', '2023'], 'tooEarly', ['day', 'month', 'year']],
    [['1', '1', '2028'], 'tooLate', ['day', 'month', 'year']],
  ] as const)('%j → %s', (input, code, parts) => {
    const result = check(input[0], input[1], input[2]);
    expect(result).toMatchObject({ ok: false, code, parts });
  });

  it('gives the parameters of the message', () => {
    expect(check('30', '2', '2026')).toMatchObject({ params: { days: 28 } });
    expect(check('1', '1', '2028')).toMatchObject({ params: { date: '2027-12-31' } });
    expect(check('1', '1', '2020')).toMatchObject({ params: { date: '2024-01-01' } });
  });

  it('calls a date after today "future" when the range ends today', () => {
    expect(check('23', '11', '2026', { min: '1900-01-01', max: '2026-11-22', afterMax: 'future' })).toMatchObject({ code: 'future' });
  });
});

describe('isoToParts', () => {
  it('splits a date without leading zeros, and gives empty boxes otherwise', () => {
    expect(isoToParts('2026-03-05')).toEqual({ day: '5', month: '3', year: '2026' });
    expect(isoToParts(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(isoToParts('2026-02-30')).toEqual({ day: '', month: '', year: '' });
  });
});
