import { longTermResidence, type Absence, type LongTermResult, type ResidenceKind, type ResidencePeriod } from '../../rules/calculators/long-term-residence.ts';
import { LONG_TERM_RESIDENCE } from '../../rules/params/periods.ts';
import { entryAt } from '../../rules/value-at.ts';
import { AS_OF_RANGE } from '../../rules/date-ranges.ts';
import { inFormOrder, takeDate, workOut, type CalcOutcome, type CalcProblem, type DateRange } from './calc-checks.ts';

/** The long-term residence calculator's form, checked and worked out with the rules. */

export interface PeriodRow {
  key: number;
  kind: ResidenceKind;
  from: string;
  to: string;
}

export interface AbsenceRow {
  key: number;
  from: string;
  to: string;
}

export interface LongTermForm {
  periods: readonly PeriodRow[];
  absences: readonly AbsenceRow[];
  asOf: string;
}

/** Periods and absences: from the founding of the Slovak Republic; a permit may end years ahead. */
export const PERIOD_RANGE: DateRange = { min: '1993-01-01', max: '2049-12-31' };

export const longTermFieldIds = {
  periodKind: (key: number) => `calc-longterm-period-${key}-kind`,
  periodFrom: (key: number) => `calc-longterm-period-${key}-from`,
  periodTo: (key: number) => `calc-longterm-period-${key}-to`,
  absenceFrom: (key: number) => `calc-longterm-absence-${key}-from`,
  absenceTo: (key: number) => `calc-longterm-absence-${key}-to`,
  asOf: 'calc-longterm-date',
} as const;

export interface LongTermRules {
  years: number;
  maxSingleAbsenceMonths: number;
  maxTotalAbsenceMonths: number;
  languageA2: boolean;
}

/** The rules in force on a day (the years, the longest absences, the A2 condition): for the intro and the result. */
export function longTermRulesOn(asOf: string): LongTermRules {
  const r = entryAt(LONG_TERM_RESIDENCE, asOf).value;
  return {
    years: r.years,
    maxSingleAbsenceMonths: r.maxSingleAbsenceMonths,
    maxTotalAbsenceMonths: r.maxTotalAbsenceMonths,
    languageA2: r.languageA2,
  };
}

export interface LongTermCalcResult {
  asOf: string;
  result: LongTermResult;
  rules: LongTermRules;
}

const F = {
  periodFrom: (n: number) => ({ key: 'calc.longTerm.fields.periodFrom', params: { number: n } }),
  periodTo: (n: number) => ({ key: 'calc.longTerm.fields.periodTo', params: { number: n } }),
  absenceFrom: (n: number) => ({ key: 'calc.longTerm.fields.absenceFrom', params: { number: n } }),
  absenceTo: (n: number) => ({ key: 'calc.longTerm.fields.absenceTo', params: { number: n } }),
  asOf: { key: 'calc.longTerm.fields.asOf' },
};

interface Numbered {
  number: number;
  key: number;
  from: string;
  to: string;
}

/** Take the rows with a date in them; the rows left empty are not counted. */
function takeRows<R extends { key: number; from: string; to: string }>(
  rows: readonly R[],
  ids: { from: (k: number) => string; to: (k: number) => string },
  fields: { from: (n: number) => CalcProblem['field']; to: (n: number) => CalcProblem['field'] },
  problems: CalcProblem[],
  bad?: ReadonlySet<string>,
): (R & Numbered)[] {
  const out: (R & Numbered)[] = [];
  rows.forEach((row, i) => {
    const number = i + 1;
    const unreadable = bad?.has(ids.from(row.key)) || bad?.has(ids.to(row.key));
    if (row.from.trim() === '' && row.to.trim() === '' && !unreadable) return;
    const from = takeDate(row.from, PERIOD_RANGE, ids.from(row.key), fields.from(number), problems, bad);
    const to = takeDate(row.to, PERIOD_RANGE, ids.to(row.key), fields.to(number), problems, bad);
    if (from === undefined || to === undefined) return;
    if (to < from) {
      problems.push({ fieldId: ids.to(row.key), key: 'calc.errors.toBeforeFrom', field: fields.to(number) });
      return;
    }
    out.push({ ...row, from, to, number });
  });
  return out;
}

/** Runs of days may not share a day: a day is spent in one kind of residence, or abroad once. */
function overlaps(rows: readonly Numbered[], fieldId: (k: number) => string, field: (n: number) => CalcProblem['field'], key: string, problems: CalcProblem[]) {
  for (let j = 1; j < rows.length; j++) {
    const later = rows[j]!;
    const earlier = rows.slice(0, j).find((r) => r.from <= later.to && later.from <= r.to);
    if (earlier) problems.push({ fieldId: fieldId(later.key), key, field: field(later.number), params: { number: later.number, other: earlier.number } });
  }
}

export function runLongTerm(form: LongTermForm, bad?: ReadonlySet<string>): CalcOutcome<LongTermCalcResult> {
  const problems: CalcProblem[] = [];
  const periods = takeRows(
    form.periods,
    { from: longTermFieldIds.periodFrom, to: longTermFieldIds.periodTo },
    { from: F.periodFrom, to: F.periodTo },
    problems,
    bad,
  );
  const periodProblems = problems.length;
  if (periods.length === 0 && periodProblems === 0) {
    const first = form.periods[0];
    problems.push({
      fieldId: first ? longTermFieldIds.periodFrom(first.key) : longTermFieldIds.asOf,
      key: 'calc.longTerm.errors.noPeriods',
      field: F.periodFrom(1),
    });
  }
  overlaps(periods, longTermFieldIds.periodFrom, F.periodFrom, 'calc.longTerm.errors.periodOverlap', problems);

  const absences = takeRows(
    form.absences,
    { from: longTermFieldIds.absenceFrom, to: longTermFieldIds.absenceTo },
    { from: F.absenceFrom, to: F.absenceTo },
    problems,
    bad,
  );
  overlaps(absences, longTermFieldIds.absenceFrom, F.absenceFrom, 'calc.longTerm.errors.absenceOverlap', problems);

  const asOf = takeDate(form.asOf, AS_OF_RANGE, longTermFieldIds.asOf, F.asOf, problems, bad);
  if (problems.length > 0 || asOf === undefined) {
    const order = [
      ...form.periods.flatMap((r) => [longTermFieldIds.periodKind(r.key), longTermFieldIds.periodFrom(r.key), longTermFieldIds.periodTo(r.key)]),
      ...form.absences.flatMap((r) => [longTermFieldIds.absenceFrom(r.key), longTermFieldIds.absenceTo(r.key)]),
      longTermFieldIds.asOf,
    ];
    return { ok: false, problems: inFormOrder(problems, order) };
  }

  return workOut(
    () => {
      const p: ResidencePeriod[] = periods.map(({ from, to, kind }) => ({ from, to, kind }));
      const a: Absence[] = absences.map(({ from, to }) => ({ from, to }));
      return { asOf, result: longTermResidence(p, a, asOf), rules: longTermRulesOn(asOf) };
    },
    longTermFieldIds.asOf,
    F.asOf,
  );
}
