import { fromDayNumber, toDayNumber } from './calendar/iso-date.ts';
import { isIsoDate } from './calendar/is-iso-date.ts';
import { SCHENGEN_RULE } from './params/periods.ts';
import { excerpt, problem } from './problems.ts';
import { conflicts, dateProblem, day, SchengenInputError, validate, type Span, type Stay, type StayMerge } from './schengen-stays.ts';
import { entryAt } from './value-at.ts';

/**
 * The Schengen 90/180-day rule for short stays (Reg. (EU) 2016/399, Art. 6(1)): on every day
 * D of stay, the days of stay within the 180-day window [D-179, D] must not exceed 90. The
 * day of entry and the day of exit both count as days of stay. Stays are checked and merged
 * in schengen-stays.ts (a day shared by two stays counts once).
 *
 * A planned trip must keep the rule on each of its own days, and must not push any later
 * recorded stay over 90 (a trip adds days to the windows of the 179 days after it). Days
 * before the trip are not affected by it.
 *
 * All arithmetic is on day numbers (days since 1970-01-01); no Date objects in loops.
 */

/**
 * The numbers, from the rule's one dated value (SCHENGEN_RULE): 90/180 since 18 Oct 2013, the
 * first day counted. A test holds it to that one entry: a change must be taken by date here.
 */
const RULE = entryAt(SCHENGEN_RULE, SCHENGEN_RULE.history[0]!.from).value;
/** At most this many days of stay… */
export const MAX_DAYS = RULE.days;
/** …within any window of this many days ending on the day checked. */
export const WINDOW_DAYS = RULE.window;

/** Days of stay in [from, to] (O(stays), no per-day work). */
function countBetween(spans: readonly Span[], from: number, to: number): number {
  let n = 0;
  let lastCounted = -Infinity;
  for (const s of spans) {
    // Spans are sorted by entry and touch at most on one day; count a shared day once.
    const a = Math.max(s.a, from, lastCounted + 1);
    const b = Math.min(s.b, to);
    if (a <= b) {
      n += b - a + 1;
      lastCounted = b;
    }
  }
  return n;
}

/**
 * Which days in [lo, hi] are days of stay, with prefix sums so that the days of stay in any
 * sub-range cost O(1).
 */
class Occupancy {
  private readonly marks: Uint8Array;
  private readonly prefix: Int32Array;

  constructor(
    spans: readonly Span[],
    readonly lo: number,
    readonly hi: number,
  ) {
    const size = hi - lo + 1;
    this.marks = new Uint8Array(size);
    for (const s of spans) {
      const a = Math.max(s.a, lo);
      const b = Math.min(s.b, hi);
      if (a <= b) this.marks.fill(1, a - lo, b - lo + 1);
    }
    this.prefix = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) this.prefix[i + 1] = this.prefix[i]! + this.marks[i]!;
  }

  isStayDay(d: number): boolean {
    return d >= this.lo && d <= this.hi && this.marks[d - this.lo] === 1;
  }

  /** Days of stay in [from, to], clipped to the covered range. */
  count(from: number, to: number): number {
    const a = Math.max(from, this.lo);
    const b = Math.min(to, this.hi);
    if (a > b) return 0;
    return this.prefix[b - this.lo + 1]! - this.prefix[a - this.lo]!;
  }
}

interface Evaluation {
  peakUsed: number;
  firstOverstay: number | null;
}

/**
 * Add the trip [s, x] to the recorded stays and check the rule on each day of the trip and on
 * each later recorded day of stay whose window the trip reaches. `occ` must cover
 * [s - 179, x + 179].
 */
function evaluateTrip(occ: Occupancy, s: number, x: number, stopAtFirst: boolean): Evaluation {
  let peakUsed = 0;
  let firstOverstay: number | null = null;
  const last = x + WINDOW_DAYS - 1;
  for (let d = s; d <= last; d++) {
    const inTrip = d <= x;
    if (!inTrip && !occ.isStayDay(d)) continue;
    const from = d - WINDOW_DAYS + 1;
    const a = Math.max(s, from);
    const b = Math.min(x, d);
    const added = b - a + 1 - occ.count(a, b);
    const used = occ.count(from, d) + added;
    if (inTrip && used > peakUsed) peakUsed = used;
    if (used > MAX_DAYS && (inTrip || added > 0) && firstOverstay === null) {
      firstOverstay = d;
      if (stopAtFirst) break;
    }
  }
  return { peakUsed, firstOverstay };
}

/** Days of stay within the 180-day window ending on `date` (the window is [date-179, date]). */
export function daysUsedOn(stays: readonly Stay[], date: string): number {
  const { spans, days } = validate(stays, { date });
  const d = day(days, 'date');
  return countBetween(spans, d - WINDOW_DAYS + 1, d);
}

/** 90 minus the days used on `date`, never below 0. */
export function daysLeftOn(stays: readonly Stay[], date: string): number {
  return Math.max(0, MAX_DAYS - daysUsedOn(stays, date));
}

/** Days over the limit on `date`: the days used beyond 90 (0 when within the rule). */
export function daysOverOn(stays: readonly Stay[], date: string): number {
  return Math.max(0, daysUsedOn(stays, date) - MAX_DAYS);
}

/** First day of the 180-day window that ends on `date`. */
export function windowStartFor(date: string): string {
  if (!isIsoDate(date)) throw new SchengenInputError([dateProblem('date', date)]);
  return fromDayNumber(toDayNumber(date) - WINDOW_DAYS + 1);
}

export interface LatestExit {
  entry: string;
  /** The last day the trip may end on (it counts as a day of stay). */
  latestExit: string;
  /** Days of stay of the trip from `entry` to `latestExit`, both included. */
  maxDays: number;
  /** `rule`: the 90/180 rule ends the trip; `nextStay`: a recorded stay begins on `latestExit`. */
  limitedBy: 'rule' | 'nextStay';
  /**
   * The recorded stay the person is in on `entry`, when there is one: the result then says
   * how long they may stay on from that day (the rest of that recorded stay is replaced).
   */
  inStay?: { entry: string; exit: string };
}

/**
 * For a trip entering on `entry` (or for a person already in the Schengen area on `entry`,
 * during a recorded stay): the latest exit such that the rule holds on every day of the trip
 * (and on later recorded stays). Null when even that day breaks it.
 */
export function latestExitFor(stays: readonly Stay[], entry: string): LatestExit | null {
  const validated = validate(stays, { entry });
  const s = day(validated.days, 'entry');
  const inside = validated.spans.find((sp) => sp.a <= s && s < sp.b);
  // Already in on that day: the days before it stay recorded; from it on, the trip decides.
  const spans = inside
    ? validated.spans.flatMap((sp) => (sp === inside ? (sp.a < s ? [{ a: sp.a, b: s - 1 }] : []) : [sp]))
    : validated.spans;
  const nextEntry = spans.find((sp) => sp.a > s)?.a ?? Infinity;
  const cap = Math.min(s + MAX_DAYS - 1, nextEntry);
  const occ = new Occupancy(spans, s - WINDOW_DAYS + 1, cap + WINDOW_DAYS - 1);
  if (evaluateTrip(occ, s, s, true).firstOverstay !== null) return null;
  // Fitting is monotone in the exit (a shorter trip only removes days), so binary search.
  let good = s;
  let bad = cap + 1;
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2);
    if (evaluateTrip(occ, s, mid, true).firstOverstay === null) good = mid;
    else bad = mid;
  }
  return {
    entry,
    latestExit: fromDayNumber(good),
    maxDays: good - s + 1,
    limitedBy: good === nextEntry ? 'nextStay' : 'rule',
    ...(inside ? { inStay: { entry: fromDayNumber(inside.a), exit: fromDayNumber(inside.b) } } : {}),
  };
}

export interface TripCheck {
  entry: string;
  exit: string;
  /** Days of stay of the trip, entry and exit included. */
  days: number;
  fits: boolean;
  /** The most days used on any day of the trip (over 90 when it does not fit). */
  peakUsed: number;
  /** The first day over 90: a day of the trip, or of a later recorded stay the trip pushes over. */
  firstOverstay: string | null;
  /** Recorded stays the trip shares days with: those days are counted once. */
  overlaps: { entry: string; exit: string }[];
}

/** Whether a planned trip from `entry` to `exit` keeps the rule. */
export function checkTrip(stays: readonly Stay[], entry: string, exit: string): TripCheck {
  const { spans, days } = validate(stays, { entry, exit });
  const s = day(days, 'entry');
  const x = day(days, 'exit');
  if (x < s) throw new SchengenInputError([problem('exit', 'exitBeforeEntry', { entry, exit })]);
  const trip = { a: s, b: x };
  const overlaps = spans
    .filter((sp) => conflicts(sp, trip))
    .map((sp) => ({ entry: fromDayNumber(sp.a), exit: fromDayNumber(sp.b) }));
  const occ = new Occupancy(spans, s - WINDOW_DAYS + 1, x + WINDOW_DAYS - 1);
  const { peakUsed, firstOverstay } = evaluateTrip(occ, s, x, false);
  return {
    entry,
    exit,
    days: x - s + 1,
    fits: firstOverstay === null,
    peakUsed,
    firstOverstay: firstOverstay === null ? null : fromDayNumber(firstOverstay),
    overlaps,
  };
}

export interface EarliestTrip {
  entry: string;
  exit: string;
  days: number;
}

/**
 * The first entry on or after `notBefore` for which a trip of `length` days (entry and exit
 * included) keeps the rule and overlaps no recorded stay. Null when `length` is over 90.
 */
export function earliestEntryFor(stays: readonly Stay[], length: number, notBefore: string): EarliestTrip | null {
  const { spans, days } = validate(stays, { notBefore });
  if (!Number.isInteger(length) || length < 1) {
    throw new SchengenInputError([problem('length', 'notWholeDays', { value: excerpt(length) })]);
  }
  if (length > MAX_DAYS) return null;
  const start = day(days, 'notBefore');
  const lastExit = spans.reduce((m, sp) => Math.max(m, sp.b), -Infinity);
  // From lastExit + 180 on, no recorded day is in any window of the trip: it always fits.
  const end = Math.max(start, lastExit + WINDOW_DAYS);
  const occ = new Occupancy(spans, start - WINDOW_DAYS + 1, end + length - 1 + WINDOW_DAYS - 1);
  let first = 0; // spans before index `first` end before every remaining candidate
  for (let s = start; s <= end; s++) {
    const x = s + length - 1;
    while (first < spans.length && spans[first]!.b < s) first++;
    let clash = false;
    for (let i = first; i < spans.length && spans[i]!.a <= x; i++) {
      if (conflicts(spans[i]!, { a: s, b: x })) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    if (evaluateTrip(occ, s, x, true).firstOverstay === null) {
      return { entry: fromDayNumber(s), exit: fromDayNumber(x), days: length };
    }
  }
  throw new Error('internal: no entry found before the recorded stays leave every window');
}

export interface SchengenStatus {
  date: string;
  windowStart: string;
  daysUsed: number;
  daysLeft: number;
  /** Days used beyond 90 on `date` (0 within the rule): an overstay. */
  daysOver: number;
  /**
   * If the person enters (or is in) on `date`: the last day they may stay. Null when they
   * may not be in the Schengen area on `date` at all; then `earliestEntry` says when.
   */
  stayUntil: LatestExit | null;
  earliestEntry: string | null;
  /** Stays that shared days and were counted once. */
  merges: StayMerge[];
}

/** Everything the calculator says about one day: days used, left or over, and how long one may stay. */
export function statusOn(stays: readonly Stay[], date: string): SchengenStatus {
  const { spans, merges, days } = validate(stays, { date });
  const d = day(days, 'date');
  const daysUsed = countBetween(spans, d - WINDOW_DAYS + 1, d);
  const stayUntil = latestExitFor(stays, date);
  return {
    date,
    windowStart: fromDayNumber(d - WINDOW_DAYS + 1),
    daysUsed,
    daysLeft: Math.max(0, MAX_DAYS - daysUsed),
    daysOver: Math.max(0, daysUsed - MAX_DAYS),
    stayUntil,
    earliestEntry: stayUntil ? null : (earliestEntryFor(stays, 1, date)?.entry ?? null),
    merges,
  };
}
