import { addDays, addYears, daysBetween, maxDate, minDate } from '../calendar/iso-date.ts';
import { LONG_TERM_RESIDENCE } from '../params/periods.ts';
import type { Confidence } from '../schema/primitives.ts';
import { entryAt } from '../value-at.ts';

/** Kinds of stay and how they count towards long-term residence (§52 Act 404/2011). */
export const RESIDENCE_KINDS = ['temporaryResidence', 'studies', 'permanentResidence', 'temporaryRefuge', 'toleratedStay'] as const;
export type ResidenceKind = (typeof RESIDENCE_KINDS)[number];

/** Weight of a day of each kind: studies count half; refuge and tolerated stay do not count. */
const WEIGHT: Record<ResidenceKind, number> = {
  temporaryResidence: 1,
  studies: 0.5,
  permanentResidence: 1,
  temporaryRefuge: 0,
  toleratedStay: 0,
};

export interface ResidencePeriod {
  from: string;
  to: string;
  kind: ResidenceKind;
}

export interface Absence {
  from: string;
  to: string;
}

export type Blocker =
  | { kind: 'absenceTooLong'; absence: Absence; months: number }
  | { kind: 'absencesTooLongInTotal'; months: number; window: { from: string; to: string } }
  | { kind: 'excludedStatus'; status: ResidenceKind }
  | { kind: 'notEnoughYet'; creditedDays: number; neededDays: number }
  | { kind: 'gap'; from: string; to: string }
  /** The last period given ended before the day checked: nothing comes directly before it. */
  | { kind: 'residenceEnded'; lastDay: string };

export interface LongTermResult {
  /** The earliest day the application can be filed, or null when the periods given never reach it. */
  earliest: string | null;
  /** What stands in the way on `asOf` (empty when the person can apply on `asOf`). */
  blockers: Blocker[];
  canApplyOn: boolean;
  /**
   * The day the days are counted for: the day checked, or, when the residence ended before
   * it, the first day without residence (what was reached while it lasted).
   */
  countedOn: string;
  /** Days that count by the day before `countedOn`, and the days needed for the years then. */
  creditedDaysOnAsOf: number;
  neededDaysOnAsOf: number;
  languageA2: boolean;
  confidence: Confidence;
  sourceIds: string[];
}

const AVG_MONTH_DAYS = 30.4375;
const absenceMonths = (a: Absence) => (daysBetween(a.from, a.to) + 1) / AVG_MONTH_DAYS;

/**
 * Long-term residence: the earliest date to apply and what blocks it, from the periods of
 * residence (by kind) and the absences abroad. Five years of uninterrupted legal residence
 * directly before applying; studies count half; temporary refuge and tolerated stay do not
 * count; one absence over 6 months or absences over 10 months in all interrupt it.
 * The person applies while still holding residence: a day after the last period given is
 * never a day to apply (the chain no longer reaches it); the days are then counted as they
 * stood when the residence ended.
 * A computed result: shown with the rules' confidence and as a guide to check.
 */
export function longTermResidence(periods: ResidencePeriod[], absences: Absence[], asOf: string): LongTermResult {
  const rules = entryAt(LONG_TERM_RESIDENCE, asOf);
  const r = rules.value;
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : 1));
  const blockers: Blocker[] = [];

  // Runs of uninterrupted residence: a gap is a day no earlier period covers (the latest end
  // so far, not only the previous period's). A gap before the day checked is said.
  const runs: { from: string; to: string }[] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && p.from <= addDays(last.to, 1)) last.to = maxDate(last.to, p.to);
    else {
      if (last && p.from <= asOf) blockers.push({ kind: 'gap', from: addDays(last.to, 1), to: addDays(p.from, -1) });
      runs.push({ from: p.from, to: p.to });
    }
  }
  // The run of the day checked: the one covering it, else the last before it (the residence
  // ended), else the first (all planned). A gap after the day checked (a renewal expected
  // after a break) starts a later run; it does not take away the run the person is in.
  let at = runs.findIndex((run) => run.from <= asOf && asOf <= run.to);
  if (at < 0) at = Math.max(0, runs.findLastIndex((run) => run.to < asOf));

  /** A run's chain: from its first day, or from the day after an absence over the limit in it. */
  const chainOf = (run: { from: string; to: string }, say: boolean) => {
    let start = run.from;
    for (const a of absences) {
      if (absenceMonths(a) > r.maxSingleAbsenceMonths && a.to >= start && a.from <= run.to) {
        // A single absence over the limit restarts the chain after it.
        if (say) blockers.push({ kind: 'absenceTooLong', absence: a, months: Math.round(absenceMonths(a) * 10) / 10 });
        start = maxDate(start, addDays(a.to, 1));
      }
    }
    return { start, end: run.to };
  };

  /** Credited days of a chain up to `day` inclusive. */
  const creditOn = (chain: { start: string }, day: string): number => {
    let credit = 0;
    for (const p of sorted) {
      const from = maxDate(p.from, chain.start);
      const to = minDate(p.to, day);
      if (from <= to) credit += (daysBetween(from, to) + 1) * WEIGHT[p.kind];
    }
    return credit;
  };
  const neededOn = (day: string) => daysBetween(addYears(day, -r.years), day);
  const totalAbsenceMonths = (day: string) => {
    const from = addYears(day, -r.years);
    return absences.reduce((t, a) => {
      const f = maxDate(a.from, from);
      const to = minDate(a.to, day);
      return f <= to ? t + (daysBetween(f, to) + 1) / AVG_MONTH_DAYS : t;
    }, 0);
  };
  // A day to apply: one the chain's residence still covers, with the years complete the day before.
  const eligibleOn = (chain: { start: string; end: string }, day: string) =>
    chain.start <= day &&
    day <= chain.end &&
    creditOn(chain, addDays(day, -1)) >= neededOn(day) &&
    totalAbsenceMonths(day) <= r.maxTotalAbsenceMonths;

  const chain = runs.length ? chainOf(runs[at]!, true) : { start: asOf, end: asOf };
  const chainEnd = chain.end;
  // Earliest day: in the run of the day checked, else in a later one (planned after a break),
  // scanning from the first day the years could be complete to the run's last day.
  let earliest: string | null = null;
  for (let i = at; i < runs.length && earliest === null; i++) {
    const c = i === at ? chain : chainOf(runs[i]!, false);
    for (let d = addYears(c.start, r.years); d <= c.end; d = addDays(d, 1)) {
      if (eligibleOn(c, d)) {
        earliest = d;
        break;
      }
    }
  }

  const ended = sorted.length > 0 && asOf > chainEnd;
  if (ended) blockers.push({ kind: 'residenceEnded', lastDay: chainEnd });
  const current = sorted.find((p) => p.from <= asOf && asOf <= p.to);
  if (current && WEIGHT[current.kind] < 1) blockers.push({ kind: 'excludedStatus', status: current.kind });
  const total = totalAbsenceMonths(asOf);
  if (total > r.maxTotalAbsenceMonths) {
    blockers.push({ kind: 'absencesTooLongInTotal', months: Math.round(total * 10) / 10, window: { from: addYears(asOf, -r.years), to: asOf } });
  }
  // Residence that ended: what it reached while it lasted (the end is the blocker, not the count).
  const countedOn = ended ? addDays(chainEnd, 1) : asOf;
  const credited = creditOn(chain, addDays(countedOn, -1));
  const needed = neededOn(countedOn);
  if (!ended && credited < needed) blockers.push({ kind: 'notEnoughYet', creditedDays: Math.floor(credited), neededDays: needed });
  const canApplyOn = blockers.every((b) => b.kind === 'gap' || b.kind === 'absenceTooLong') && eligibleOn(chain, asOf) && !(current && WEIGHT[current.kind] < 1);

  return {
    earliest,
    blockers: canApplyOn ? [] : blockers,
    canApplyOn,
    countedOn,
    creditedDaysOnAsOf: Math.floor(credited),
    neededDaysOnAsOf: needed,
    languageA2: r.languageA2,
    confidence: rules.confidence === 'high' ? 'med' : rules.confidence,
    sourceIds: [...rules.sources],
  };
}
