import { checkDate, inFormOrder } from '../../../src/components/calculators/calc-checks.ts';
import { runLongTerm } from '../../../src/components/calculators/long-term-form.ts';
import { runSchengen, schengenFieldIds } from '../../../src/components/calculators/schengen-form.ts';

/** The calculators' form checks, without React: what a browser without a date picker could send. */

const RANGE = { min: '2024-01-01', max: '2027-12-31' };

describe('checkDate', () => {
  it.each([
    ['', 'missing'],
    ['  ', 'missing'],
    ['2026-02-30', 'invalid'],
    ['2025-02-29', 'invalid'],
    ['2026-13-01', 'invalid'],
    ['30.1.2026', 'invalid'],
    ['2023-12-31', 'tooEarly'],
    ['2028-01-01', 'tooLate'],
  ])('%j → %s', (value, code) => {
    expect(checkDate(value, RANGE)?.code).toBe(code);
  });

  it('accepts real dates within the range, 29 February of a leap year too', () => {
    expect(checkDate('2024-02-29', RANGE)).toBeNull();
    expect(checkDate('2027-12-31', RANGE)).toBeNull();
  });
});

describe('runSchengen', () => {
  const stay = (key: number, entry: string, exit: string) => ({ key, entry, exit });

  it('reports an impossible date instead of throwing', () => {
    const r = runSchengen({ stays: [stay(0, '2026-02-30', '2026-03-10')], checkDate: '2026-03-10', tripEntry: '', tripExit: '' });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          fieldId: schengenFieldIds.stayEntry(0),
          key: 'calc.errors.invalid',
          field: { key: 'calc.schengen.fields.stayEntry', params: { number: 1 } },
        },
      ],
    });
  });

  it('reports a date the browser could not read (validity.badInput) as not a real date, not as missing', () => {
    const bad = new Set([schengenFieldIds.tripExit]);
    const r = runSchengen({ stays: [stay(0, '', '')], checkDate: '2026-03-10', tripEntry: '2026-04-01', tripExit: '' }, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.fieldId, p.key])).toEqual([[schengenFieldIds.tripExit, 'calc.errors.invalid']]);
  });

  it('skips empty rows and works out an empty history: 0 used, 90 left', () => {
    const r = runSchengen({ stays: [stay(0, '', ''), stay(1, '', '')], checkDate: '2026-03-10', tripEntry: '', tripExit: '' });
    expect(r.ok && [r.value.used, r.value.left, r.value.segments]).toEqual([0, 90, []]);
  });

  it('counts a trip that overlaps a recorded stay once, and says so', () => {
    const r = runSchengen({
      stays: [stay(0, '2026-01-01', '2026-01-10'), stay(1, '2026-02-01', '2026-02-10')],
      checkDate: '2026-03-10',
      tripEntry: '2026-01-20',
      tripExit: '2026-02-05',
    });
    expect(r.ok && r.value.trip?.check?.overlaps).toEqual([{ entry: '2026-02-01', exit: '2026-02-10' }]);
    // On 5 Feb, the trip's last day: 1–10 Jan (10) + 20 Jan – 5 Feb (17) = 27, each day once.
    expect(r.ok && r.value.trip?.check?.peakUsed).toBe(27);
  });

  it('lets a trip begin on the day a stay ends and end on the day the next begins', () => {
    const r = runSchengen({
      stays: [stay(0, '2026-01-01', '2026-01-10'), stay(1, '2026-02-01', '2026-02-10')],
      checkDate: '2026-03-10',
      tripEntry: '2026-01-10',
      tripExit: '2026-02-01',
    });
    expect(r.ok).toBe(true);
  });
});

describe('runLongTerm', () => {
  it('reports an impossible date and a date outside the range instead of throwing', () => {
    const r = runLongTerm({ periods: [{ key: 0, kind: 'studies', from: '2021-02-29', to: '2060-01-01' }], absences: [], asOf: '2026-11-22' });
    expect(!r.ok && r.problems.map((p) => p.key)).toEqual(['calc.errors.invalid', 'calc.errors.tooLate']);
  });
});

describe('inFormOrder', () => {
  it('sorts problems by the order of their fields and keeps ties in order', () => {
    const p = (fieldId: string, key: string) => ({ fieldId, key, field: { key: 'f' } });
    expect(inFormOrder([p('b', '1'), p('a', '2'), p('b', '3'), p('z', '4')], ['a', 'b']).map((x) => x.key)).toEqual(['2', '1', '3', '4']);
  });
});
