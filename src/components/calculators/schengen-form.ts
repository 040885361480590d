import { daysBetween, maxDate, minDate } from '../../rules/calendar/iso-date.ts';
import {
  checkTrip,
  earliestEntryFor,
  latestExitFor,
  MAX_DAYS,
  statusOn,
  windowStartFor,
  type EarliestTrip,
  type LatestExit,
  type TripCheck,
} from '../../rules/schengen.ts';
import { mergeStays, SchengenInputError, type Stay } from '../../rules/schengen-stays.ts';
import { EVENT_DATE_RANGE } from '../../rules/date-ranges.ts';
import { inFormOrder, takeDate, type CalcOutcome, type CalcProblem, type DateRange } from './calc-checks.ts';

/** The Schengen calculator's form, checked and worked out with the rules (src/rules/schengen.ts). */

export interface StayRow {
  /** Stable across adding and removing rows (React key and field ids). */
  key: number;
  entry: string;
  exit: string;
}

export interface SchengenForm {
  stays: readonly StayRow[];
  checkDate: string;
  tripEntry: string;
  tripExit: string;
}

/** The day checked and a planned trip: from 18 Oct 2013, when the present 90/180 rule took effect. */
export const CHECK_RANGE: DateRange = EVENT_DATE_RANGE;
/** Stays: the same range (days of the window before 18 Oct 2013 do not count). */
export const STAY_RANGE: DateRange = EVENT_DATE_RANGE;

export const schengenFieldIds = {
  stayEntry: (key: number) => `calc-schengen-stay-${key}-entry`,
  stayExit: (key: number) => `calc-schengen-stay-${key}-exit`,
  checkDate: 'calc-schengen-date',
  tripEntry: 'calc-schengen-trip-entry',
  tripExit: 'calc-schengen-trip-exit',
} as const;

/** A run of days of stay inside the window, for the chart. */
export interface WindowSegment {
  from: string;
  to: string;
  /** Day of the window the run starts on: 0 = the window's first day. */
  offset: number;
  days: number;
}

export interface SchengenResult {
  checkDate: string;
  windowStart: string;
  used: number;
  left: number;
  /** Days used beyond 90 on the day checked (0 within the rule). */
  over: number;
  /** If in (or entering) on the day checked: the last day one may stay; null: not that day. */
  stayUntil: LatestExit | null;
  /** When `stayUntil` is null: the first day one may be in the Schengen area again. */
  earliestEntry: string | null;
  /** Stays that shared days, merged and counted once: the stay numbers as the form shows them. */
  merges: { entry: string; exit: string; numbers: number[] }[];
  segments: WindowSegment[];
  trip?: {
    entry: string;
    latest: LatestExit | null;
    check?: TripCheck;
    /** Only when the trip does not fit: the first trip of the same length that does (null: over 90 days). */
    earliest?: EarliestTrip | null;
  };
}

const F = {
  stayEntry: (n: number) => ({ key: 'calc.schengen.fields.stayEntry', params: { number: n } }),
  stayExit: (n: number) => ({ key: 'calc.schengen.fields.stayExit', params: { number: n } }),
  checkDate: { key: 'calc.schengen.fields.checkDate' },
  tripEntry: { key: 'calc.schengen.fields.tripEntry' },
  tripExit: { key: 'calc.schengen.fields.tripExit' },
};

/** Check the form, then work it out; every problem is reported at once, nothing throws. */
export function runSchengen(form: SchengenForm, bad?: ReadonlySet<string>): CalcOutcome<SchengenResult> {
  const problems: CalcProblem[] = [];
  const stays: (Stay & { number: number; key: number })[] = [];

  form.stays.forEach((row, i) => {
    const number = i + 1;
    // A row left empty is not a stay.
    const unreadable = bad?.has(schengenFieldIds.stayEntry(row.key)) || bad?.has(schengenFieldIds.stayExit(row.key));
    if (row.entry.trim() === '' && row.exit.trim() === '' && !unreadable) return;
    const entry = takeDate(row.entry, STAY_RANGE, schengenFieldIds.stayEntry(row.key), F.stayEntry(number), problems, bad);
    const exit = takeDate(row.exit, STAY_RANGE, schengenFieldIds.stayExit(row.key), F.stayExit(number), problems, bad);
    if (entry === undefined || exit === undefined) return;
    if (exit < entry) {
      problems.push({ fieldId: schengenFieldIds.stayExit(row.key), key: 'calc.errors.exitBeforeEntry', field: F.stayExit(number) });
      return;
    }
    stays.push({ entry, exit, number, key: row.key });
  });

  const checkDate = takeDate(form.checkDate, CHECK_RANGE, schengenFieldIds.checkDate, F.checkDate, problems, bad);

  let tripEntry: string | undefined;
  let tripExit: string | undefined;
  const wantsTrip =
    form.tripEntry.trim() !== '' || form.tripExit.trim() !== '' || bad?.has(schengenFieldIds.tripEntry) || bad?.has(schengenFieldIds.tripExit);
  if (wantsTrip) {
    tripEntry = takeDate(form.tripEntry, CHECK_RANGE, schengenFieldIds.tripEntry, F.tripEntry, problems, bad);
    if (form.tripExit.trim() !== '' || bad?.has(schengenFieldIds.tripExit)) {
      tripExit = takeDate(form.tripExit, CHECK_RANGE, schengenFieldIds.tripExit, F.tripExit, problems, bad);
      if (tripEntry !== undefined && tripExit !== undefined && tripExit < tripEntry) {
        problems.push({ fieldId: schengenFieldIds.tripExit, key: 'calc.errors.exitBeforeEntry', field: F.tripExit });
        tripExit = undefined;
      }
    }
  }

  if (problems.length > 0 || checkDate === undefined) {
    const order = [
      ...form.stays.flatMap((r) => [schengenFieldIds.stayEntry(r.key), schengenFieldIds.stayExit(r.key)]),
      schengenFieldIds.checkDate,
      schengenFieldIds.tripEntry,
      schengenFieldIds.tripExit,
    ];
    return { ok: false, problems: inFormOrder(problems, order) };
  }

  const recorded: Stay[] = stays.map(({ entry, exit }) => ({ entry, exit }));
  try {
    const windowStart = windowStartFor(checkDate);
    // Overlapping stays are merged and counted once; the chart draws the merged stays.
    const status = statusOn(recorded, checkDate);
    const segments: WindowSegment[] = mergeStays(recorded)
      .stays.flatMap((s) => {
        const from = maxDate(s.entry, windowStart);
        const to = minDate(s.exit, checkDate);
        return from <= to ? [{ from, to, offset: daysBetween(windowStart, from), days: daysBetween(from, to) + 1 }] : [];
      });
    const result: SchengenResult = {
      checkDate,
      windowStart,
      used: status.daysUsed,
      left: status.daysLeft,
      over: status.daysOver,
      stayUntil: status.stayUntil,
      earliestEntry: status.earliestEntry,
      merges: status.merges.map((m) => ({ entry: m.entry, exit: m.exit, numbers: m.stays.map((i) => stays[i]!.number) })),
      segments,
    };
    if (tripEntry !== undefined) {
      const latest = latestExitFor(recorded, tripEntry);
      result.trip = { entry: tripEntry, latest };
      if (tripExit !== undefined) {
        const check = checkTrip(recorded, tripEntry, tripExit);
        result.trip.check = check;
        if (!check.fits) result.trip.earliest = check.days > MAX_DAYS ? null : earliestEntryFor(recorded, check.days, tripEntry);
      }
    }
    return { ok: true, value: result };
  } catch (e) {
    // The checks above should leave nothing for the rules to refuse; if they do, say where.
    if (e instanceof SchengenInputError) return { ok: false, problems: e.problems.map(toProblem(stays)) };
    return { ok: false, problems: [{ fieldId: schengenFieldIds.checkDate, key: 'calc.errors.unexpected', field: F.checkDate }] };
  }
}

/** A problem the rules found, on the field it names. */
const toProblem =
  (stays: readonly { number: number; key: number }[]) =>
  (p: { field: string }): CalcProblem => {
    const m = /^stays\[(\d+)\]/.exec(p.field);
    const stay = m ? stays[Number(m[1])] : undefined;
    if (stay) return { fieldId: schengenFieldIds.stayEntry(stay.key), key: 'calc.errors.unexpected', field: F.stayEntry(stay.number) };
    if (p.field === 'entry') return { fieldId: schengenFieldIds.tripEntry, key: 'calc.errors.unexpected', field: F.tripEntry };
    if (p.field === 'exit') return { fieldId: schengenFieldIds.tripExit, key: 'calc.errors.unexpected', field: F.tripExit };
    return { fieldId: schengenFieldIds.checkDate, key: 'calc.errors.unexpected', field: F.checkDate };
  };
