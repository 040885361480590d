import { z } from 'zod';
import { fromDayNumber, toDayNumber } from './calendar/iso-date.ts';
import { isIsoDate } from './calendar/is-iso-date.ts';
import { excerpt, pathToField, problem, problemsOfIssue, valueAt } from './problems.ts';
import { isoDateSchema } from './schema/primitives.ts';
import type { Problem } from './schema/problem.ts';

/**
 * The stays the 90/180 rule counts (schengen.ts), as a person or a program gives them,
 * checked: every problem reported at once, as message keys.
 *
 * Stays are sets of days. Two stays may touch (one begins on the day the other ended: a
 * person who leaves and comes back on the same day), and that day counts once. Stays that
 * overlap (two countries on the same days, a stay entered twice, a planned trip inside a
 * recorded stay) are merged and every day is counted once, as the Commission's calculator
 * does; the merge is reported so the person can see it.
 */

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
export const dateProblem = (field: string, value: unknown): Problem =>
  value === undefined
    ? problem(field, 'missing')
    : problem(field, typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'impossibleDate' : 'notADate', { value: excerpt(value) });

/** A day-number interval, both ends included. */
export interface Span {
  a: number;
  b: number;
}

/**
 * Two spans conflict when they share a day, unless the only shared day is where one ends
 * and the other begins. Identical spans always conflict (a stay entered twice).
 */
export function conflicts(s: Span, t: Span): boolean {
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
export function validate(stays: unknown, dates: Record<string, unknown>): { spans: Span[]; merges: StayMerge[]; days: Record<string, number> } {
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

/** A date `validate` checked, as a day number. */
export function day(days: Record<string, number>, field: string): number {
  const n = days[field];
  if (n === undefined) throw new Error(`internal: ${field} was not validated`);
  return n;
}
