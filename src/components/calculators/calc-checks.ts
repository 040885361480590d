import { isIsoDate } from '../../rules/calendar/is-iso-date.ts';

/**
 * Checks of the calculators' form fields, free of React: each problem names the field it
 * belongs to (its DOM id), a message key and the parameters; the form translates them.
 */

/** A message key with its parameters; `field` names the field in the message ("Stay 2, date of exit"). */
export interface CalcProblem {
  /** The id of the input to move to from the error summary. */
  fieldId: string;
  /** The message key (calc.errors.* or a calculator's own). */
  key: string;
  /** The label key of the field, with its parameters, put into the message as {{field}}. */
  field: { key: string; params?: Record<string, string | number> };
  params?: Record<string, string | number>;
}

export interface DateRange {
  min: string;
  max: string;
}

/** What is wrong with a date typed into a field, or null when it is a date within the range. */
export type DateProblemCode = 'missing' | 'invalid' | 'tooEarly' | 'tooLate';

/** The boxes of a date typed as day, month and year (calculators, the plan's other-date control). */
export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePartName = (typeof DATE_PARTS)[number];
export type DateBoxes = Record<DatePartName, string>;

/**
 * The field's value as typed: '' when all three parts are empty, else `year-month-day` as
 * typed (calc-checks.ts normalises and checks it); an ISO date reads back into its parts.
 */
export function splitDate(value: string): DateBoxes {
  if (value === '') return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

export function joinDate(p: DateBoxes): string {
  const clean = (v: string) => v.replace(/-/g, '').trim();
  const day = clean(p.day);
  const month = clean(p.month);
  const year = clean(p.year);
  return day === '' && month === '' && year === '' ? '' : `${year}-${month}-${day}`;
}

/** A date typed as day, month and year (`2026-3-5`) written as an ISO date (`2026-03-05`). */
export function normaliseDate(value: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value.trim();
}

export function checkDate(value: string, range: DateRange): { code: DateProblemCode; params?: Record<string, string> } | null {
  const v = normaliseDate(value);
  if (v === '') return { code: 'missing' };
  if (!isIsoDate(v)) return { code: 'invalid' };
  if (v < range.min) return { code: 'tooEarly', params: { min: range.min } };
  if (v > range.max) return { code: 'tooLate', params: { max: range.max } };
  return null;
}

/**
 * Check one date field; pushes a problem and returns undefined, or returns the date. `bad`
 * holds the ids of date inputs the browser could not read (a half-typed or impossible date
 * leaves the value empty and sets validity.badInput).
 */
export function takeDate(
  value: string,
  range: DateRange,
  fieldId: string,
  field: CalcProblem['field'],
  problems: CalcProblem[],
  bad?: ReadonlySet<string>,
): string | undefined {
  const p = bad?.has(fieldId) ? { code: 'invalid' as const } : checkDate(value, range);
  if (p) {
    problems.push({ fieldId, key: `calc.errors.${p.code}`, field, ...(p.params ? { params: p.params } : {}) });
    return undefined;
  }
  return normaliseDate(value);
}

/** A whole number within [min, max] typed into a text field. */
export function takeWholeNumber(
  value: string,
  min: number,
  max: number,
  fieldId: string,
  field: CalcProblem['field'],
  problems: CalcProblem[],
): number | undefined {
  const v = value.trim();
  if (v === '') {
    problems.push({ fieldId, key: 'calc.errors.numberMissing', field });
    return undefined;
  }
  if (!/^\d{1,6}$/.test(v)) {
    problems.push({ fieldId, key: 'calc.errors.wholeNumber', field });
    return undefined;
  }
  const n = Number(v);
  if (n < min || n > max) {
    problems.push({ fieldId, key: 'calc.errors.numberRange', field, params: { min, max } });
    return undefined;
  }
  return n;
}

/** The ids of the date inputs in a form whose text the browser could not read as a date. */
export function unreadableDates(form: HTMLFormElement): Set<string> {
  const out = new Set<string>();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
    if (input.validity?.badInput && input.id) out.add(input.id);
  }
  return out;
}

/** The problems in the order of the fields on the form (GOV.UK: the summary follows the form); stable. */
export function inFormOrder(problems: readonly CalcProblem[], fieldIds: readonly string[]): CalcProblem[] {
  const rank = new Map(fieldIds.map((id, i) => [id, i]));
  const at = (p: CalcProblem) => rank.get(p.fieldId) ?? fieldIds.length;
  return problems.map((p, i) => ({ p, i })).sort((a, b) => at(a.p) - at(b.p) || a.i - b.i).map(({ p }) => p);
}

export type CalcOutcome<T> = { ok: true; value: T } | { ok: false; problems: CalcProblem[] };

/**
 * Work a result out from fields already checked. The checks should leave nothing for the rules
 * to refuse; if they do refuse, say so on the field `fieldId` rather than throw.
 */
export function workOut<T>(compute: () => T, fieldId: string, field: CalcProblem['field']): CalcOutcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch {
    return { ok: false, problems: [{ fieldId, key: 'calc.errors.unexpected', field }] };
  }
}
