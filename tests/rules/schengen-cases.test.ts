/**
 * Worked cases of the 90/180-day rule, each with where it comes from:
 * - RULE: worked by hand from Reg. (EU) 2016/399 Art. 6(1) as amended by Reg. (EU) 610/2013
 *   and as the European Commission's short-stay calculator user manual explains it (the day
 *   of entry and the day of exit are days of stay; the window is the 180 days ending on the
 *   day checked, that day included). Each case states the arithmetic in its comment.
 * - TIMEAWAY: the example of the public `trips` package of rorycl/timeaway (README, "Output":
 *   a longest stay of 91 days in the window 2022-12-17 … 2023-06-14).
 * Expected figures are written out, never computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { checkTrip, latestExitFor, statusOn } from '../../src/rules/schengen.ts';
import type { Stay } from '../../src/rules/schengen-stays.ts';

const stay = (entry: string, exit: string): Stay => ({ entry, exit });
/** 1 Jan – 31 Mar 2026: 31 + 28 + 31 = 90 days. */
const Q1_2026 = [stay('2026-01-01', '2026-03-31')];
const TIMEAWAY = [
  stay('2022-01-01', '2022-01-01'),
  stay('2023-01-06', '2023-02-07'), // 33 days
  stay('2023-02-11', '2023-04-04'), // 53 days
  stay('2023-06-10', '2023-06-14'), // 5 days
];

interface StatusCase {
  name: string;
  source: 'RULE' | 'TIMEAWAY';
  stays: Stay[];
  on: string;
  used: number;
  left: number;
  over: number;
  /** The last day one may stay if in (or entering) on `on`; null = not at all that day. */
  stayUntil: string | null;
  earliestEntry?: string | null;
}

const STATUS: StatusCase[] = [
  // No stays: 90 days from the day, that day included: 1 Mar + 89 = 29 May.
  { name: 'no stays, 1 Mar 2026', source: 'RULE', stays: [], on: '2026-03-01', used: 0, left: 90, over: 0, stayUntil: '2026-05-29' },
  // 31 Dec 2045 + 89 days = 30 Mar 2046 (31 + 28 + 30).
  { name: 'no stays, the last day accepted', source: 'RULE', stays: [], on: '2045-12-31', used: 0, left: 90, over: 0, stayUntil: '2046-03-30' },
  // Q1 2026 is exactly 90 days; on its last day all 90 are used, and that day may end the stay.
  { name: '90 days used on the last day of a 90-day stay', source: 'RULE', stays: Q1_2026, on: '2026-03-31', used: 90, left: 0, over: 0, stayUntil: '2026-03-31' },
  // On 1 Apr the window is 4 Oct 2025 – 1 Apr 2026: still all 90 days; no day left.
  { name: 'the day after a 90-day stay', source: 'RULE', stays: Q1_2026, on: '2026-04-01', used: 90, left: 0, over: 0, stayUntil: null, earliestEntry: '2026-06-30' },
  // 29 Jun − 179 = 1 Jan: the window still holds the whole stay.
  { name: 'Q1 2026 seen on 29 Jun', source: 'RULE', stays: Q1_2026, on: '2026-06-29', used: 90, left: 0, over: 0, stayUntil: null, earliestEntry: '2026-06-30' },
  // 30 Jun − 179 = 2 Jan: 1 Jan has left the window; 89 used. Staying on, one old day leaves
  // the window for each new day, so the stay may go on for 90 days: 30 Jun + 89 = 27 Sep.
  { name: 'Q1 2026 seen on 30 Jun: 1 Jan has dropped out', source: 'RULE', stays: Q1_2026, on: '2026-06-30', used: 89, left: 1, over: 0, stayUntil: '2026-09-27' },
  // 1 Jul − 179 = 3 Jan: 88 used; 1 Jul + 89 = 28 Sep.
  { name: 'Q1 2026 seen on 1 Jul', source: 'RULE', stays: Q1_2026, on: '2026-07-01', used: 88, left: 2, over: 0, stayUntil: '2026-09-28' },
  // 31 Jul − 179 = 2 Feb: 2 Feb – 31 Mar = 27 + 31 = 58 used; 31 Jul + 89 = 28 Oct.
  { name: 'Q1 2026 seen on 31 Jul', source: 'RULE', stays: Q1_2026, on: '2026-07-31', used: 58, left: 32, over: 0, stayUntil: '2026-10-28' },
  // 26 Sep − 179 = 31 Mar: one day left in the window.
  { name: 'Q1 2026 seen on 26 Sep', source: 'RULE', stays: Q1_2026, on: '2026-09-26', used: 1, left: 89, over: 0, stayUntil: '2026-12-24' },
  // 27 Sep − 179 = 1 Apr: the stay has left the window; a full 90 days: 27 Sep + 89 = 25 Dec.
  { name: 'Q1 2026 seen on 27 Sep: the window is empty', source: 'RULE', stays: Q1_2026, on: '2026-09-27', used: 0, left: 90, over: 0, stayUntil: '2026-12-25' },
  // 1 Jan – 10 Apr 2026 = 100 days: on 10 Apr, 10 days over.
  { name: 'an overstay of 10 days', source: 'RULE', stays: [stay('2026-01-01', '2026-04-10')], on: '2026-04-10', used: 100, left: 0, over: 10, stayUntil: null, earliestEntry: '2026-07-10' },
  // The same stay on 31 Mar: 90 used, not over yet.
  { name: 'the same stay on its 90th day', source: 'RULE', stays: [stay('2026-01-01', '2026-04-10')], on: '2026-03-31', used: 90, left: 0, over: 0, stayUntil: '2026-03-31' },
  // On 1 Apr: 91 used, one day over.
  { name: 'the same stay on its 91st day', source: 'RULE', stays: [stay('2026-01-01', '2026-04-10')], on: '2026-04-01', used: 91, left: 0, over: 1, stayUntil: null },
  // 1 Jan – 30 Jun 2026 = 181 days; the window of 30 Jun (2 Jan – 30 Jun) holds 180: 90 over.
  { name: 'half a year without leaving', source: 'RULE', stays: [stay('2026-01-01', '2026-06-30')], on: '2026-06-30', used: 180, left: 0, over: 90, stayUntil: null },
  // Two countries on the same days: 1–10 Jan and 5–20 Jan are 1–20 Jan, 20 days, counted once.
  { name: 'overlapping stays counted once', source: 'RULE', stays: [stay('2026-01-01', '2026-01-10'), stay('2026-01-05', '2026-01-20')], on: '2026-01-31', used: 20, left: 70, over: 0, stayUntil: '2026-04-10' },
  // The same one-day stay entered twice is one day.
  { name: 'a stay entered twice', source: 'RULE', stays: [stay('2026-01-01', '2026-01-01'), stay('2026-01-01', '2026-01-01')], on: '2026-01-01', used: 1, left: 89, over: 0, stayUntil: '2026-03-31' },
  // Back on the day of leaving: 1–10 and 10–20 Jan share 10 Jan, counted once: 20 days.
  { name: 'back on the day of leaving', source: 'RULE', stays: [stay('2026-01-01', '2026-01-10'), stay('2026-01-10', '2026-01-20')], on: '2026-01-20', used: 20, left: 70, over: 0, stayUntil: '2026-03-31' },
  // 1–10 and 11–20 Jan: 20 days, no shared day; 70 more from 25 Jan: 25 Jan + 69 = 4 Apr.
  { name: 'two stays on consecutive days', source: 'RULE', stays: [stay('2026-01-01', '2026-01-10'), stay('2026-01-11', '2026-01-20')], on: '2026-01-25', used: 20, left: 70, over: 0, stayUntil: '2026-04-04' },
  // In the middle of a stay (1 Jan – 28 Feb) on 10 Feb: 41 used; 40 recorded before, so 50 more days: 10 Feb + 49 = 31 Mar.
  { name: 'already in the Schengen area on the day checked', source: 'RULE', stays: [stay('2026-01-01', '2026-02-28')], on: '2026-02-10', used: 41, left: 49, over: 0, stayUntil: '2026-03-31' },
  // Leap year: 1 Jan – 30 Mar 2028 = 31 + 29 + 30 = 90.
  { name: 'a leap year: 90 days end on 30 Mar 2028', source: 'RULE', stays: [stay('2028-01-01', '2028-03-30')], on: '2028-03-30', used: 90, left: 0, over: 0, stayUntil: '2028-03-30' },
  { name: 'a leap year: no day left on 31 Mar 2028', source: 'RULE', stays: [stay('2028-01-01', '2028-03-30')], on: '2028-03-31', used: 90, left: 0, over: 0, stayUntil: null },
  // Across New Year: 1 Dec 2027 – 31 Jan 2028 = 62 days; 28 more: to 28 Feb 2028.
  { name: 'across New Year 2027/28', source: 'RULE', stays: [stay('2027-12-01', '2028-01-31')], on: '2028-01-31', used: 62, left: 28, over: 0, stayUntil: '2028-02-28' },
  // The first day of the present rule: 18 Oct 2013 – 15 Jan 2014 = 14 + 30 + 31 + 15 = 90.
  { name: 'from 18 Oct 2013, when the rolling window took effect', source: 'RULE', stays: [stay('2013-10-18', '2014-01-15')], on: '2014-01-15', used: 90, left: 0, over: 0, stayUntil: '2014-01-15' },
  // TIMEAWAY: on 14 Jun 2023 the window (17 Dec 2022 – 14 Jun 2023) holds 33 + 53 + 5 = 91 days.
  { name: 'timeaway example: one day over on 14 Jun 2023', source: 'TIMEAWAY', stays: TIMEAWAY, on: '2023-06-14', used: 91, left: 0, over: 1, stayUntil: null },
  // TIMEAWAY stays to April: 33 + 53 = 86 on 4 Apr; 4 more days: 5–8 Apr.
  { name: 'timeaway example, seen on 4 Apr 2023', source: 'TIMEAWAY', stays: TIMEAWAY.slice(0, 3), on: '2023-04-04', used: 86, left: 4, over: 0, stayUntil: '2023-04-08' },
  // 2022-01-01 is outside every window of 2023; a recorded stay starts on 6 Jan, so a trip from 5 Jan runs into it.
  { name: 'timeaway example to April, seen on 5 Jan 2023', source: 'TIMEAWAY', stays: TIMEAWAY.slice(0, 3), on: '2023-01-05', used: 0, left: 90, over: 0, stayUntil: '2023-01-06' },
  // With the June stay the recorded days already reach 91 on 14 Jun, and 5 Jan is in that window: no day may be added.
  { name: 'timeaway example, seen on 5 Jan 2023: any day more deepens the June overstay', source: 'TIMEAWAY', stays: TIMEAWAY, on: '2023-01-05', used: 0, left: 90, over: 0, stayUntil: null },
];

describe('status on a day: used, left, over, and how long one may stay', () => {
  it.each(STATUS)('$name ($source)', (c) => {
    const r = statusOn(c.stays, c.on);
    expect(r.daysUsed).toBe(c.used);
    expect(r.daysLeft).toBe(c.left);
    expect(r.daysOver).toBe(c.over);
    expect(r.stayUntil?.latestExit ?? null).toBe(c.stayUntil);
    if (c.earliestEntry !== undefined) expect(r.earliestEntry).toBe(c.earliestEntry);
  });

  it('has at least 25 status cases', () => {
    expect(STATUS.length).toBeGreaterThanOrEqual(25);
  });

  it('reports merges of overlapping stays, not of stays that only touch', () => {
    expect(statusOn([stay('2026-01-01', '2026-01-10'), stay('2026-01-05', '2026-01-20')], '2026-01-31').merges).toEqual([
      { entry: '2026-01-01', exit: '2026-01-20', stays: [0, 1] },
    ]);
    expect(statusOn([stay('2026-01-01', '2026-01-10'), stay('2026-01-10', '2026-01-20')], '2026-01-31').merges).toEqual([]);
  });

  it('says which recorded stay the person is in', () => {
    expect(latestExitFor([stay('2026-01-01', '2026-01-10')], '2026-01-05')).toEqual({
      entry: '2026-01-05',
      // 1–4 Jan recorded (4 days), then 86 days from 5 Jan: 5 Jan + 85 = 31 Mar.
      latestExit: '2026-03-31',
      maxDays: 86,
      limitedBy: 'rule',
      inStay: { entry: '2026-01-01', exit: '2026-01-10' },
    });
  });
});

interface TripCase {
  name: string;
  stays: Stay[];
  entry: string;
  exit: string;
  fits: boolean;
  peakUsed: number;
  firstOverstay: string | null;
  overlaps: number;
}

/** All RULE cases (see the file comment). */
const TRIPS: TripCase[] = [
  // 1 Jan – 31 Mar 2026: 90 days, fits exactly.
  { name: '90 days from 1 Jan', stays: [], entry: '2026-01-01', exit: '2026-03-31', fits: true, peakUsed: 90, firstOverstay: null, overlaps: 0 },
  { name: '91 days from 1 Jan', stays: [], entry: '2026-01-01', exit: '2026-04-01', fits: false, peakUsed: 91, firstOverstay: '2026-04-01', overlaps: 0 },
  // After Q1, a trip on 30 Jun fits (89 + 1) but 30 Jun – 1 Jul does not: 1 Jul has 88 + 2 = 90. It fits too.
  { name: 'a 2-day trip as the window frees up', stays: Q1_2026, entry: '2026-06-30', exit: '2026-07-01', fits: true, peakUsed: 90, firstOverstay: null, overlaps: 0 },
  // 29 Jun: 90 + 1 = 91.
  { name: 'one day too early after a 90-day stay', stays: Q1_2026, entry: '2026-06-29', exit: '2026-06-29', fits: false, peakUsed: 91, firstOverstay: '2026-06-29', overlaps: 0 },
  // A planned trip overlapping a recorded stay: 1–15 Jan with 10–20 Jan is 1–20 Jan; on 15 Jan, 15 days.
  { name: 'a trip overlapping a recorded stay is merged', stays: [stay('2026-01-10', '2026-01-20')], entry: '2026-01-01', exit: '2026-01-15', fits: true, peakUsed: 15, firstOverstay: null, overlaps: 1 },
  // A trip inside a recorded stay adds no day: on 20 Jan, 20 days.
  { name: 'a trip inside a recorded stay adds nothing', stays: [stay('2026-01-01', '2026-01-31')], entry: '2026-01-10', exit: '2026-01-20', fits: true, peakUsed: 20, firstOverstay: null, overlaps: 1 },
  // 30 days in Jan, then 1 Mar – 30 Apr (61 days): on 30 Apr, 91.
  { name: 'one day over after an earlier stay', stays: [stay('2026-01-01', '2026-01-30')], entry: '2026-03-01', exit: '2026-04-30', fits: false, peakUsed: 91, firstOverstay: '2026-04-30', overlaps: 0 },
  // A trip in March before a 90-day summer stay (1 Jun – 29 Aug) pushes 29 Aug over: its window (3 Mar – 29 Aug) then holds 91 days.
  { name: 'a trip that pushes a later planned stay over', stays: [stay('2026-06-01', '2026-08-29')], entry: '2026-03-03', exit: '2026-03-03', fits: false, peakUsed: 1, firstOverstay: '2026-08-29', overlaps: 0 },
  // 2 Mar is outside the window of 29 Aug (3 Mar – 29 Aug): it fits.
  { name: 'a day just outside the later stay\'s windows', stays: [stay('2026-06-01', '2026-08-29')], entry: '2026-03-02', exit: '2026-03-02', fits: true, peakUsed: 1, firstOverstay: null, overlaps: 0 },
  // Across Easter and New Year do not matter: calendar days only. 20 Dec 2027 – 19 Mar 2028 = 12 + 31 + 29 + 19 = 91.
  { name: '91 days across New Year 2027/28 (a leap February)', stays: [], entry: '2027-12-20', exit: '2028-03-19', fits: false, peakUsed: 91, firstOverstay: '2028-03-19', overlaps: 0 },
  { name: '90 days across New Year 2027/28', stays: [], entry: '2027-12-20', exit: '2028-03-18', fits: true, peakUsed: 90, firstOverstay: null, overlaps: 0 },
  // Back on the day of leaving (31 Jan): that day counts once; on 1 Feb, 32 days.
  { name: 'a trip starting on the day a stay ended', stays: [stay('2026-01-01', '2026-01-31')], entry: '2026-01-31', exit: '2026-02-01', fits: true, peakUsed: 32, firstOverstay: null, overlaps: 0 },
  // 1–10 Jan, then 10 Jan – 31 Mar: 1 Jan – 31 Mar, 90 days.
  { name: 'exactly 90 with a same-day return', stays: [stay('2026-01-01', '2026-01-10')], entry: '2026-01-10', exit: '2026-03-31', fits: true, peakUsed: 90, firstOverstay: null, overlaps: 0 },
  // 1 Jan – 31 Mar 2045 (90) fits at the far end of the range.
  { name: '90 days in 2045', stays: [], entry: '2045-01-01', exit: '2045-03-31', fits: true, peakUsed: 90, firstOverstay: null, overlaps: 0 },
];

describe('planned trips', () => {
  it.each(TRIPS)('$name', (c) => {
    const r = checkTrip(c.stays, c.entry, c.exit);
    expect(r.fits).toBe(c.fits);
    expect(r.peakUsed).toBe(c.peakUsed);
    expect(r.firstOverstay).toBe(c.firstOverstay);
    expect(r.overlaps).toHaveLength(c.overlaps);
  });

  it('has at least 40 worked cases in all', () => {
    expect(STATUS.length + TRIPS.length).toBeGreaterThanOrEqual(40);
  });
});
