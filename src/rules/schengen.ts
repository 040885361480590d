import { z } from 'zod';
import { fromDayNumber, isIsoDate, toDayNumber } from './calendar/iso-date.ts';
import { SCHENGEN_RULE } from './params/periods.ts';
import { entryAt } from './value-at.ts';
import { isoDateSchema } from './schema/primitives.ts';
import type { Problem } from './schema/problem.ts';
import { excerpt, pathToField, problem, problemsOfIssue, valueAt } from './problems.ts';

/**
 * The Schengen 90/180-day rule for short stays (Reg. (EU) 2016/399, Art. 6(1)): on every day
 * D of stay, the days of stay within the 180-day window [D-179, D] must not exceed 90. The
 * day of entry and the day of exit both count as days of stay.
 *
 * Stays are sets of days. Two stays may touch (one begins on the day the other ended: a
 * person who leaves and comes back on the same day), and that day counts once. Stays that
 * overlap (two countries on the same days, a stay entered twice, a planned trip inside a
 * recorded stay) are merged and every day is counted once, as the Commission's calculator
 * does; the merge is reported so the person can see it.
 *
 * A planned trip must keep the rule on each of its own days, and must not push any later
 * recorded stay over 90 (a trip adds days to the windows of the 179 days after it). Days
 * before the trip are not affected by it.
 *
 * All arithmetic is on day numbers (days since 1970-01-01); no Date objects in loops.
 */

/**
 * The rule's numbers, read from its one dated value (SCHENGEN_RULE, params/periods.ts): at
 * most MAX_DAYS days of stay within any window of WINDOW_DAYS days ending on the day checked.
 * The rule has read 90/180 since 18 Oct 2013, the first day the calculator counts; should it
 * change, the counting below must take the numbers by date (a test holds its history to one
 * entry until then).
 */
const RULE = entryAt(SCHENGEN_RULE, SCHENGEN_RULE.history[0]!.from).value;
/** At most this many days of stay… */
export const MAX_DAYS = RULE.days;
/** …within any window of this many days ending on the day checked. */
export const WINDOW_DAYS = RULE.window;

/**
 * A problem with the stays or dates given, as a message key (schema/problem.ts). `field` is
 * where it is: `stays[1].exit`, `stays[2]`, `date`, `entry`, `exit`, `length`, `notBefore`.
 */
export type SchengenProblem = Problem;

export class SchengenInputError extends Error {
  readonly code = 'schengenInput';
  constructor(readonly problems: SchengenProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.key}`).join('; '));
    this.name = 'SchengenInputError';
  }
}

/** A named date that is missing or no real day written YYYY-MM-DD. */
const dateProblem = (field: string, value: unknown): Problem =>
  value === undefined
    ? problem(field, 'missing')
    : problem(field, typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'impossibleDate' : 'notADate', { value: excerpt(value) });

/** A day-number interval, both ends included. */
interface Span {
  a: number;
  b: number;
}

/**
 * Two spans conflict when they share a day, unless the only shared day is where one ends
 * and the other begins. Identical spans always conflict (a stay entered twice).
 */
function conflicts(s: Span, t: Span): boolean {
  const lo = Math.max(s.a, t.a);
  const hi = Math.min(s.b, t.b);
  if (lo > hi) return false;
  if (s.a === t.a && s.b === t.b) return true;
  if (lo < hi) return true;
  return !(s.b === t.a || t.b === s.a);
}

export const staySchema = z
  .object({
    entry: isoDateSchema,
    exit: isoDateSchema,
  })
  .superRefine((stay, ctx) => {
    if (isIsoDate(stay.entry) && isIsoDate(stay.exit) && stay.exit < stay.entry) {
      ctx.addIssue({ code: 'custom', path: ['exit'], params: { problem: 'exitBeforeEntry' } });
    }
  })
  .meta({ description: 'One stay in the Schengen area; the days of entry and exit both count as days of stay' });
export type Stay = z.infer<typeof staySchema>;

/** Stays in any order; overlapping stays are merged (mergeStays), not refused. */
export const staysSchema = z
  .array(staySchema)
  .meta({ description: 'Previous (or planned) stays in the Schengen area' });

function stayProblems(input: unknown): { stays: Stay[]; problems: SchengenProblem[] } {
  const result = staysSchema.safeParse(input);
  if (result.success) return { stays: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): SchengenProblem[] => {
    const field = pathToField(issue.path, 'stays');
    const last = issue.path[issue.path.length - 1];
    if (issue.code === 'custom') {
      const stay = valueAt(input, issue.path.slice(0, -1)) as Stay;
      return [problem(field, 'exitBeforeEntry', { entry: stay.entry, exit: stay.exit })];
    }
    // An entry or exit that is no date: missing, not written YYYY-MM-DD, or no real day.
    if (issue.code !== 'unrecognized_keys' && (last === 'entry' || last === 'exit')) return [dateProblem(field, valueAt(input, issue.path))];
    return problemsOfIssue(issue, input, (path) => pathToField(path, 'stays'));
  });
  return { stays: [], problems };
}

/** Validate untrusted stays; throws SchengenInputError listing every problem. */
export function parseStays(input: unknown): Stay[] {
  const { stays, problems } = stayProblems(input);
  if (problems.length > 0) throw new SchengenInputError(problems);
  return stays;
}

/** Stays that shared days and were counted as one. */
export interface StayMerge {
  /** The merged stay: the first entry and the last exit of the group. */
  entry: string;
  exit: string;
  /** The stays merged, as indexes into the input (0-based), in input order. */
  stays: number[];
}

/**
 * Merge stays that share days into one span each (every day counted once). A group is
 * reported as a merge only when two of its stays share more than the single day on which
 * one ends and the other begins (that day is a plain return on the same day).
 */
function mergeSpans(parsed: readonly Stay[]): { spans: Span[]; merges: StayMerge[] } {
  const items = parsed
    .map((stay, index) => ({ index, span: { a: toDayNumber(stay.entry), b: toDayNumber(stay.exit) } }))
    .sort((x, y) => x.span.a - y.span.a || x.span.b - y.span.b || x.index - y.index);
  const spans: Span[] = [];
  const merges: StayMerge[] = [];
  let group: typeof items = [];
  const close = () => {
    if (group.length === 0) return;
    const span = { a: group[0]!.span.a, b: Math.max(...group.map((g) => g.span.b)) };
    spans.push(span);
    const real = group.some((g, i) => group.some((h, j) => i < j && conflicts(g.span, h.span)));
    if (real) {
      merges.push({ entry: fromDayNumber(span.a), exit: fromDayNumber(span.b), stays: group.map((g) => g.index).sort((x, y) => x - y) });
    }
    group = [];
  };
  let end = -Infinity;
  for (const item of items) {
    if (group.length > 0 && item.span.a > end) close();
    group.push(item);
    end = Math.max(end, item.span.b);
  }
  close();
  return { spans, merges };
}

/** The stays as the rule counts them: overlapping ones merged, with the merges made. */
export function mergeStays(stays: readonly Stay[]): { stays: Stay[]; merges: StayMerge[] } {
  const { spans, merges } = mergeSpans(parseStays(stays));
  return { stays: spans.map((sp) => ({ entry: fromDayNumber(sp.a), exit: fromDayNumber(sp.b) })), merges };
}

/** Validates the stays and the named dates together, so every problem is reported at once. */
function validate(stays: unknown, dates: Record<string, unknown>): { spans: Span[]; merges: StayMerge[]; days: Record<string, number> } {
  const { stays: parsed, problems } = stayProblems(stays);
  const days: Record<string, number> = {};
  for (const [field, value] of Object.entries(dates)) {
    if (typeof value === 'string' && isIsoDate(value)) days[field] = toDayNumber(value);
    else problems.push(dateProblem(field, value));
  }
  if (problems.length > 0) throw new SchengenInputError(problems);
  const { spans, merges } = mergeSpans(parsed);
  return { spans, merges, days };
}

function day(days: Record<string, number>, field: string): number {
  const n = days[field];
  if (n === undefined) throw new Error(`internal: ${field} was not validated`);
  return n;
}

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
