import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/rules/calendar/iso-date.ts';
import { checkTrip, daysLeftOn, daysUsedOn, earliestEntryFor, latestExitFor, windowStartFor } from '../../src/rules/schengen.ts';
import { SchengenInputError, mergeStays, parseStays, type SchengenProblem, type Stay } from '../../src/rules/schengen-stays.ts';

const stay = (entry: string, exit: string): Stay => ({ entry, exit });

/** 1 Jan – 31 Mar 2026: 31 + 28 + 31 = 90 days. */
const Q1_2026 = [stay('2026-01-01', '2026-03-31')];
/** 1 Oct – 29 Dec 2025: 31 + 30 + 29 = 90 days. */
const AUTUMN_2025 = [stay('2025-10-01', '2025-12-29')];
/** 1 Jun – 29 Aug 2026: 30 + 31 + 29 = 90 days. */
const SUMMER_2026 = [stay('2026-06-01', '2026-08-29')];

function problemsOf(fn: () => unknown): SchengenProblem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SchengenInputError);
    return (error as SchengenInputError).problems;
  }
  throw new Error('expected a SchengenInputError');
}

describe('daysUsedOn / daysLeftOn', () => {
  const cases: { name: string; stays: Stay[]; on: string; used: number }[] = [
    { name: 'no stays', stays: [], on: '2026-05-01', used: 0 },
    { name: 'the day before a 90-day stay', stays: Q1_2026, on: '2025-12-31', used: 0 },
    { name: 'first day of the stay counts', stays: Q1_2026, on: '2026-01-01', used: 1 },
    { name: 'mid-stay, 1 Jan – 1 Feb', stays: Q1_2026, on: '2026-02-01', used: 32 },
    { name: 'last day of a 90-day stay', stays: Q1_2026, on: '2026-03-31', used: 90 },
    // 29 Jun 2026 is day 180 of the year: its window is 1 Jan – 29 Jun.
    { name: 'window still starts on 1 Jan (29 Jun)', stays: Q1_2026, on: '2026-06-29', used: 90 },
    { name: '1 Jan drops out (30 Jun)', stays: Q1_2026, on: '2026-06-30', used: 89 },
    // 26 Sep is day 269: window 31 Mar – 26 Sep.
    { name: 'only 31 Mar left in the window (26 Sep)', stays: Q1_2026, on: '2026-09-26', used: 1 },
    { name: 'the whole stay has dropped out (27 Sep)', stays: Q1_2026, on: '2026-09-27', used: 0 },
    { name: 'entry and exit on the same day count 1', stays: [stay('2026-05-10', '2026-05-10')], on: '2026-05-10', used: 1 },
    {
      name: 'a stay after the date is ignored',
      stays: [stay('2026-01-01', '2026-01-10'), stay('2026-03-01', '2026-03-05')],
      on: '2026-02-01',
      used: 10,
    },
    {
      name: 'two stays both in the window',
      stays: [stay('2026-01-01', '2026-01-10'), stay('2026-03-01', '2026-03-05')],
      on: '2026-03-05',
      used: 15,
    },
    {
      name: 'touching stays count the shared day once',
      stays: [stay('2026-01-01', '2026-01-10'), stay('2026-01-10', '2026-01-20')],
      on: '2026-01-20',
      used: 20,
    },
    {
      name: 'stays in any order',
      stays: [stay('2026-03-01', '2026-03-05'), stay('2026-01-01', '2026-01-10')],
      on: '2026-03-05',
      used: 15,
    },
  ];

  it.each(cases)('$name: $on → $used used', ({ stays, on, used }) => {
    expect(daysUsedOn(stays, on)).toBe(used);
    expect(daysLeftOn(stays, on)).toBe(Math.max(0, 90 - used));
  });

  it('never reports fewer than 0 days left', () => {
    const overstay = [stay('2026-01-01', '2026-04-30')]; // 120 days
    expect(daysUsedOn(overstay, '2026-04-30')).toBe(120);
    expect(daysLeftOn(overstay, '2026-04-30')).toBe(0);
  });

  it('windowStartFor is 179 days back', () => {
    expect(windowStartFor('2026-06-29')).toBe('2026-01-01');
    expect(windowStartFor('2026-03-31')).toBe('2025-10-03');
  });
});

describe('checkTrip', () => {
  const cases: {
    name: string;
    stays: Stay[];
    entry: string;
    exit: string;
    days: number;
    fits: boolean;
    peakUsed: number;
    firstOverstay: string | null;
  }[] = [
    { name: 'exactly 90 days', stays: [], entry: '2026-01-01', exit: '2026-03-31', days: 90, fits: true, peakUsed: 90, firstOverstay: null },
    { name: 'one day too long', stays: [], entry: '2026-01-01', exit: '2026-04-01', days: 91, fits: false, peakUsed: 91, firstOverstay: '2026-04-01' },
    { name: 'a single day', stays: [], entry: '2026-05-10', exit: '2026-05-10', days: 1, fits: true, peakUsed: 1, firstOverstay: null },
    {
      // 30 days in January; 1 Mar – 29 Apr is 60 days: 90 on 29 Apr.
      name: 'fills up to 90 with an earlier stay',
      stays: [stay('2026-01-01', '2026-01-30')],
      entry: '2026-03-01',
      exit: '2026-04-29',
      days: 60,
      fits: true,
      peakUsed: 90,
      firstOverstay: null,
    },
    {
      name: 'overstays by one day with an earlier stay',
      stays: [stay('2026-01-01', '2026-01-30')],
      entry: '2026-03-01',
      exit: '2026-04-30',
      days: 61,
      fits: false,
      peakUsed: 91,
      firstOverstay: '2026-04-30',
    },
    {
      // Each day one autumn day leaves the window as one trip day enters: 90 all along.
      name: 'old days drop out as new ones come in',
      stays: AUTUMN_2025,
      entry: '2026-03-30',
      exit: '2026-06-27',
      days: 90,
      fits: true,
      peakUsed: 90,
      firstOverstay: null,
    },
    {
      name: 'one day past the old stay falling out',
      stays: AUTUMN_2025,
      entry: '2026-03-30',
      exit: '2026-06-28',
      days: 91,
      fits: false,
      peakUsed: 91,
      firstOverstay: '2026-06-28',
    },
    {
      // The window of 27 Aug is 1 Mar – 27 Aug: 88 summer days + 1–3 Mar = 91.
      name: 'a trip that pushes a later stay over 90',
      stays: SUMMER_2026,
      entry: '2026-03-01',
      exit: '2026-03-03',
      days: 3,
      fits: false,
      peakUsed: 3,
      firstOverstay: '2026-08-27',
    },
    {
      name: 'a trip that leaves a later stay at 90',
      stays: SUMMER_2026,
      entry: '2026-03-01',
      exit: '2026-03-02',
      days: 2,
      fits: true,
      peakUsed: 2,
      firstOverstay: null,
    },
    {
      name: 'starting on the day a stay ended counts that day once',
      stays: [stay('2026-01-01', '2026-01-10')],
      entry: '2026-01-10',
      exit: '2026-03-31',
      days: 81,
      fits: true,
      peakUsed: 90,
      firstOverstay: null,
    },
  ];

  it.each(cases)('$name', ({ stays, entry, exit, days, fits, peakUsed, firstOverstay }) => {
    expect(checkTrip(stays, entry, exit)).toEqual({ entry, exit, days, fits, peakUsed, firstOverstay, overlaps: [] });
  });
});

describe('latestExitFor', () => {
  const cases: { name: string; stays: Stay[]; entry: string; latestExit: string | null; maxDays?: number; limitedBy?: string }[] = [
    { name: 'no stays: 90 days', stays: [], entry: '2026-01-01', latestExit: '2026-03-31', maxDays: 90, limitedBy: 'rule' },
    { name: 'after 30 days in January', stays: [stay('2026-01-01', '2026-01-30')], entry: '2026-03-01', latestExit: '2026-04-29', maxDays: 60, limitedBy: 'rule' },
    {
      // On entry only 1 day is "left" (89 autumn days in the window), but the autumn days
      // leave the window one by one while the trip goes on: 90 days are possible.
      name: 'old stays fall out during the trip (later than the naive answer)',
      stays: AUTUMN_2025,
      entry: '2026-03-30',
      latestExit: '2026-06-27',
      maxDays: 90,
      limitedBy: 'rule',
    },
    { name: 'even the entry day is over 90', stays: AUTUMN_2025, entry: '2026-03-29', latestExit: null },
    { name: 'entering as 1 Jan leaves the window of a 90-day stay', stays: Q1_2026, entry: '2026-06-30', latestExit: '2026-09-27', maxDays: 90, limitedBy: 'rule' },
    { name: 'the day after a full 90-day stay', stays: Q1_2026, entry: '2026-04-01', latestExit: null },
    { name: 'a later stay limits the trip', stays: SUMMER_2026, entry: '2026-03-01', latestExit: '2026-03-02', maxDays: 2, limitedBy: 'rule' },
    {
      name: 'the next recorded stay begins',
      stays: [stay('2026-01-01', '2026-01-05'), stay('2026-02-01', '2026-02-05')],
      entry: '2026-01-20',
      latestExit: '2026-02-01',
      maxDays: 13,
      limitedBy: 'nextStay',
    },
    { name: 'entering on the day a stay ended', stays: [stay('2026-01-01', '2026-01-10')], entry: '2026-01-10', latestExit: '2026-03-31', maxDays: 81, limitedBy: 'rule' },
  ];

  it.each(cases)('$name', ({ stays, entry, latestExit, maxDays, limitedBy }) => {
    const result = latestExitFor(stays, entry);
    if (latestExit === null) {
      expect(result).toBeNull();
    } else {
      expect(result).toEqual({ entry, latestExit, maxDays, limitedBy });
      expect(checkTrip(stays, entry, latestExit).fits).toBe(true);
    }
  });
});

describe('earliestEntryFor', () => {
  it.each([
    // Count on each trip day = 270 + (1 Jan) - entry while January–March days remain: ≤ 90 from 30 Jun.
    { name: '10 days after a full stay', stays: Q1_2026, length: 10, notBefore: '2026-04-01', entry: '2026-06-30', exit: '2026-07-09' },
    { name: '90 days after a full stay', stays: Q1_2026, length: 90, notBefore: '2026-04-01', entry: '2026-06-30', exit: '2026-09-27' },
    { name: 'no stays: right away', stays: [], length: 90, notBefore: '2026-04-01', entry: '2026-04-01', exit: '2026-06-29' },
    { name: 'skips a recorded stay', stays: [stay('2026-04-01', '2026-04-05')], length: 3, notBefore: '2026-04-02', entry: '2026-04-05', exit: '2026-04-07' },
  ])('$name', ({ stays, length, notBefore, entry, exit }) => {
    expect(earliestEntryFor(stays, length, notBefore)).toEqual({ entry, exit, days: length });
  });

  it('is null for more than 90 days', () => {
    expect(earliestEntryFor([], 91, '2026-01-01')).toBeNull();
  });
});

describe('input errors', () => {
  it('exit before entry names the stay', () => {
    expect(problemsOf(() => daysUsedOn([stay('2026-01-10', '2026-01-20'), stay('2026-02-01', '2026-01-01')], '2026-03-01'))).toEqual([
      { field: 'stays[1].exit', key: 'problems.exitBeforeEntry', params: { entry: '2026-02-01', exit: '2026-01-01' } },
    ]);
  });

  it('overlapping stays are merged and counted once, and the merge is reported', () => {
    const { stays, merges } = mergeStays([stay('2026-01-01', '2026-01-10'), stay('2026-01-05', '2026-01-20')]);
    expect(stays).toEqual([stay('2026-01-01', '2026-01-20')]);
    expect(merges).toEqual([{ entry: '2026-01-01', exit: '2026-01-20', stays: [0, 1] }]);
  });

  it('merges whatever the order, including a stay inside another; the same stay twice is one', () => {
    const r = mergeStays([stay('2026-03-01', '2026-03-03'), stay('2026-01-01', '2026-06-30'), stay('2026-02-01', '2026-02-01')]);
    expect(r.merges).toEqual([{ entry: '2026-01-01', exit: '2026-06-30', stays: [0, 1, 2] }]);
    expect(mergeStays([stay('2026-01-01', '2026-01-01'), stay('2026-01-01', '2026-01-01')]).merges).toHaveLength(1);
  });

  it('stays that only touch (back on the day of leaving) are not reported as a merge', () => {
    expect(mergeStays([stay('2026-01-01', '2026-01-10'), stay('2026-01-10', '2026-01-20')]).merges).toEqual([]);
  });

  it('impossible and missing dates, all reported at once', () => {
    const problems = problemsOf(() => daysUsedOn([{ entry: '2026-02-30', exit: '2026-03-01' }, { entry: '2026-01-01' } as Stay], '2026-13-01'));
    expect(problems).toEqual([
      { field: 'stays[0].entry', key: 'problems.impossibleDate', params: { value: '"2026-02-30"' } },
      { field: 'stays[1].exit', key: 'problems.missing' },
      { field: 'date', key: 'problems.impossibleDate', params: { value: '"2026-13-01"' } },
    ]);
  });

  it('stays that are not a list', () => {
    expect(problemsOf(() => parseStays('2026-01-01/2026-01-10'))[0]?.field).toBe('stays');
  });

  it('a trip ending before it starts', () => {
    expect(problemsOf(() => checkTrip([], '2026-02-01', '2026-01-01'))).toEqual([
      { field: 'exit', key: 'problems.exitBeforeEntry', params: { entry: '2026-02-01', exit: '2026-01-01' } },
    ]);
  });

  it('a trip length that is not a whole number', () => {
    expect(problemsOf(() => earliestEntryFor([], 0, '2026-01-01'))[0]?.field).toBe('length');
    expect(problemsOf(() => earliestEntryFor([], 2.5, '2026-01-01'))[0]?.field).toBe('length');
  });
});

// ---------------------------------------------------------------------------------------
// Properties against a brute-force reference working on a set of day numbers.

const BASE = toDayNumber('2025-01-01');

/** Non-overlapping stays from (gap, length) pairs; a gap of 0 makes a stay touch the last. */
const staysArb = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 1, max: 100 }) }), { maxLength: 8 })
  .map((parts) => {
    const stays: Stay[] = [];
    let day = BASE;
    for (const { gap, length } of parts) {
      const entry = day + gap; // day = the last exit (or BASE)
      const exit = entry + length - 1;
      stays.push({ entry: fromDayNumber(entry), exit: fromDayNumber(exit) });
      day = exit;
    }
    return stays;
  })
  .chain((stays) => fc.shuffledSubarray(stays, { minLength: stays.length, maxLength: stays.length }));

const offsetArb = fc.integer({ min: -200, max: 1200 });

function daySet(stays: readonly Stay[]): Set<number> {
  const days = new Set<number>();
  for (const s of stays) for (let d = toDayNumber(s.entry); d <= toDayNumber(s.exit); d++) days.add(d);
  return days;
}

function refUsed(days: ReadonlySet<number>, d: number): number {
  let n = 0;
  for (let k = d - 179; k <= d; k++) if (days.has(k)) n++;
  return n;
}

/** The trip [s, x] fits: no trip day over 90, and no later day of stay pushed over 90 by it. */
function refFits(stays: readonly Stay[], s: number, x: number): boolean {
  const before = daySet(stays);
  const after = new Set(before);
  for (let d = s; d <= x; d++) after.add(d);
  for (let d = s; d <= x + 179; d++) {
    if (!after.has(d)) continue;
    const used = refUsed(after, d);
    if (used <= 90) continue;
    if (d <= x || used > refUsed(before, d)) return false;
  }
  return true;
}

function refInside(stays: readonly Stay[], s: number): boolean {
  return stays.some((st) => toDayNumber(st.entry) <= s && s < toDayNumber(st.exit));
}

/** The stays as they stand for a person in the Schengen area on day s: the stay they are in ends the day before. */
function refCutAt(stays: readonly Stay[], s: number): Stay[] {
  return stays.flatMap((st) => {
    const a = toDayNumber(st.entry);
    const b = toDayNumber(st.exit);
    if (!(a <= s && s < b)) return [st];
    return a < s ? [{ entry: st.entry, exit: fromDayNumber(s - 1) }] : [];
  });
}

/** A trip [s, x] shares more than a touching day with a recorded stay. */
function refClash(stays: readonly Stay[], s: number, x: number): boolean {
  return stays.some((st) => {
    const a = toDayNumber(st.entry);
    const b = toDayNumber(st.exit);
    const lo = Math.max(a, s);
    const hi = Math.min(b, x);
    return lo < hi || (lo === hi && !(b === s || x === a));
  });
}

describe('properties', () => {
  it('daysUsedOn equals a day-by-day count', () => {
    fc.assert(
      fc.property(staysArb, offsetArb, (stays, offset) => {
        const date = fromDayNumber(BASE + offset);
        const used = refUsed(daySet(stays), BASE + offset);
        expect(daysUsedOn(stays, date)).toBe(used);
        expect(daysLeftOn(stays, date)).toBe(Math.max(0, 90 - used));
      }),
      { numRuns: 300 },
    );
  });

  it("latestExitFor's exit fits and the day after does not", () => {
    fc.assert(
      fc.property(staysArb, offsetArb, (stays, offset) => {
        const s = BASE + offset;
        const entry = fromDayNumber(s);
        const inside = refInside(stays, s);
        const result = latestExitFor(stays, entry);
        expect(result === null || result.inStay !== undefined).toBe(result === null || inside);
        // A person already in on that day: the rest of that (merged) stay is replaced by the trip.
        stays = inside ? refCutAt(mergeStays(stays).stays, s) : stays;
        if (result === null) {
          expect(refFits(stays, s, s)).toBe(false);
          return;
        }
        const x = toDayNumber(result.latestExit);
        expect(result.maxDays).toBe(x - s + 1);
        expect(refFits(stays, s, x)).toBe(true);
        expect(checkTrip(stays, entry, result.latestExit).fits).toBe(true);
        if (result.limitedBy === 'rule') {
          expect(refFits(stays, s, x + 1)).toBe(false);
          expect(checkTrip(stays, entry, fromDayNumber(x + 1)).fits).toBe(false);
        } else {
          expect(stays.some((st) => st.entry === result.latestExit)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('checkTrip agrees with the reference on the peak and the verdict', () => {
    fc.assert(
      fc.property(staysArb, offsetArb, fc.integer({ min: 0, max: 120 }), (stays, offset, extra) => {
        const s = BASE + offset;
        const x = s + extra;
        const result = checkTrip(stays, fromDayNumber(s), fromDayNumber(x));
        // Overlapping days are counted once, and the overlap is reported.
        expect(result.overlaps.length > 0).toBe(refClash(stays, s, x));
        const after = daySet(stays);
        for (let d = s; d <= x; d++) after.add(d);
        let peak = 0;
        for (let d = s; d <= x; d++) peak = Math.max(peak, refUsed(after, d));
        expect(result.peakUsed).toBe(peak);
        expect(result.fits).toBe(refFits(stays, s, x));
      }),
      { numRuns: 200 },
    );
  });

  it('earliestEntryFor finds the first fitting entry', () => {
    fc.assert(
      fc.property(staysArb, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 90 }), (stays, offset, length) => {
        const start = BASE + offset;
        const result = earliestEntryFor(stays, length, fromDayNumber(start));
        expect(result).not.toBeNull();
        const s = toDayNumber(result!.entry);
        expect(s).toBeGreaterThanOrEqual(start);
        expect(checkTrip(stays, result!.entry, result!.exit).fits).toBe(true);
        // Every earlier entry from notBefore on is blocked by a recorded stay or by the rule.
        for (let prev = start; prev < s; prev++) {
          const blocked = refClash(stays, prev, prev + length - 1) || !checkTrip(stays, fromDayNumber(prev), fromDayNumber(prev + length - 1)).fits;
          expect(blocked).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is fast: a year of daily checks over many stays', () => {
    const stays: Stay[] = [];
    for (let i = 0; i < 200; i++) stays.push({ entry: fromDayNumber(BASE + i * 10), exit: fromDayNumber(BASE + i * 10 + 4) });
    const t0 = performance.now();
    for (let d = 0; d < 365; d++) latestExitFor(stays, fromDayNumber(BASE + 2000 + d));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
