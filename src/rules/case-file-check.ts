import { allowedOptions, withAnswersAddedLater, questionPath, QUESTION_IDS } from './questions.ts';
import { caseFileSchema, type CaseFile, type QuestionId } from './schema/case-file.ts';
import type { Problem } from './schema/problem.ts';
import { excerpt, problem, problemsOfError } from './problems.ts';
import { AS_OF_RANGE, rangeOfField } from './date-ranges.ts';
import { isIsoDate } from './calendar/is-iso-date.ts';

export type { Problem } from './schema/problem.ts';

export type CheckResult = { ok: true; caseFile: CaseFile } | { ok: false; problems: Problem[] };

const DATE_FIELDS = ['arrivalDate', 'permitExpiry', 'residenceSince'] as const;

/** Check that `asOf` is a real date inside the years the rules are kept for. */
export function checkAsOf(asOf: string): Problem[] {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    const looksLikeDate = typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf);
    return [problem('asOf', looksLikeDate ? 'impossibleDate' : 'notADate', { value: excerpt(asOf) })];
  }
  if (asOf < AS_OF_RANGE.min || asOf > AS_OF_RANGE.max) {
    return [problem('asOf', 'outsideDates', { value: excerpt(asOf), min: AS_OF_RANGE.min, max: AS_OF_RANGE.max })];
  }
  return [];
}

/** A JSON object (not null, not an array): what a record read from a file or storage must be. */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The rule problems of the fields that have a readable value, whether or not the rest of the
 * file passes (an unknown country is the schema's): a date outside the dates Pobyt counts, a residence start
 * after the plan date, a resident's goal their status does not allow.
 */
function fieldRuleProblems(input: Record<string, unknown>, asOf: string, asOfOk: boolean): Problem[] {
  const problems: Problem[] = [];
  for (const f of DATE_FIELDS) {
    const d = input[f];
    if (typeof d !== 'string' || !isIsoDate(d)) continue;
    if (f === 'residenceSince' && !asOfOk) continue;
    const range = rangeOfField(f, asOf);
    if (f === 'residenceSince' && d > asOf) problems.push(problem(f, 'afterPlanDate', { value: excerpt(d), asOf }));
    else if (d < range.min || d > range.max) problems.push(problem(f, 'outsideDates', { value: excerpt(d), min: range.min, max: range.max }));
  }
  const status = caseFileSchema.shape.currentStatus.safeParse(input.currentStatus);
  const goal = caseFileSchema.shape.residentGoal.safeParse(input.residentGoal);
  if (status.success && goal.success && goal.data && !allowedOptions('residentGoal', { currentStatus: status.data }).includes(goal.data)) {
    problems.push(problem('residentGoal', 'goalNotPossible', { value: excerpt(goal.data) }));
  }
  return problems;
}

/** Fields in the order of the questions (asOf and schemaVersion first, unknown keys last). */
const FIELD_ORDER = ['asOf', '', 'schemaVersion', ...QUESTION_IDS] as const;
const rank = (p: Problem): number => {
  const i = p.key === 'problems.unknownField' ? -1 : (FIELD_ORDER as readonly string[]).indexOf(p.field);
  return i < 0 ? FIELD_ORDER.length : i;
};
export const inFieldOrder = (problems: readonly Problem[]): Problem[] =>
  problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);

/**
 * Validate a case file for planning as of a date, in one pass: the date, its shape (zod:
 * types, options, date formats, unknown fields), the rules on each readable field (a known
 * country, dates the calendar covers), and, once the shape passes, every question the branch
 * needs answered and no answers from branches the person is not on. Returns every problem
 * found, as message keys in the order of the questions; never throws.
 */
export function checkCaseFile(input: unknown, asOf: string): CheckResult {
  const problems = checkAsOf(asOf);
  const asOfOk = problems.length === 0;
  const parsed = caseFileSchema.safeParse(input);
  if (!parsed.success) {
    const shape = problemsOfError(parsed.error, input);
    // One problem per field (a date both badly written and out of range names the first).
    const seen = new Set<string>();
    for (const p of shape) {
      if (p.key !== 'problems.unknownField' && seen.has(p.field)) continue;
      if (p.key !== 'problems.unknownField') seen.add(p.field);
      problems.push(p);
    }
  }
  if (isObject(input)) problems.push(...fieldRuleProblems(input, asOf, asOfOk));
  if (!parsed.success || problems.length > 0) return { ok: false, problems: inFieldOrder(problems) };

  // A case file written before a question existed (a saved client, an old link) still plans.
  const cf = withAnswersAddedLater(parsed.data, asOf);
  const { path, complete } = questionPath(cf, asOf);
  if (!complete) {
    problems.push(problem(path[path.length - 1]!, 'missing'));
  } else {
    const onPath = new Set<QuestionId>(path);
    for (const q of QUESTION_IDS) {
      if (cf[q] !== undefined && !onPath.has(q)) problems.push(problem(q, 'doesNotApply', { value: excerpt(cf[q]) }));
    }
  }
  return problems.length ? { ok: false, problems: inFieldOrder(problems) } : { ok: true, caseFile: cf };
}
