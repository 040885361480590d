import { isKnownCountry } from './params/countries.ts';
import { allowedOptions, withAnswersAddedLater, questionPath, QUESTION_IDS } from './questions.ts';
import { caseFileSchema, type CaseFile, type QuestionId } from './schema/case-file.ts';
import { AS_OF_RANGE, rangeOfField } from './date-ranges.ts';

/** One thing wrong with an input, naming the field. */
export interface Problem {
  field: string;
  message: string;
}

export type CheckResult = { ok: true; caseFile: CaseFile } | { ok: false; problems: Problem[] };

const DATE_FIELDS = ['arrivalDate', 'permitExpiry', 'residenceSince'] as const;

/** Check that `asOf` is a real date inside the years the rules are kept for. */
export function checkAsOf(asOf: string): Problem[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
    return [{ field: 'asOf', message: `"${asOf}" is not a real calendar date written YYYY-MM-DD` }];
  }
  if (asOf < AS_OF_RANGE.min || asOf > AS_OF_RANGE.max) {
    return [{ field: 'asOf', message: `${asOf} is outside the dates a plan can be made for (${AS_OF_RANGE.min} to ${AS_OF_RANGE.max})` }];
  }
  return [];
}

/**
 * Validate a case file for planning as of a date: its shape (zod), a known country, every
 * question the branch needs answered, no answers from branches the person is not on, and
 * dates the calendar covers. Returns every problem found, never throws.
 */
export function checkCaseFile(input: unknown, asOf: string): CheckResult {
  const asOfProblems = checkAsOf(asOf);
  if (asOfProblems.length) return { ok: false, problems: asOfProblems };
  const parsed = caseFileSchema.safeParse(input);
  if (!parsed.success) {
    const problems: Problem[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) {
          // Name an empty or odd key readably, and never echo a huge one in full.
          const name = k.trim() === '' ? JSON.stringify(k) : k.length > 60 ? `${k.slice(0, 57)}…` : k;
          problems.push({ field: [...issue.path, name].join('.'), message: 'unknown field' });
        }
      } else {
        const field = issue.path.length ? issue.path.join('.') : '(case file)';
        problems.push({ field, message: issue.path.length ? issue.message : `${issue.message} (expected a JSON object)` });
      }
    }
    return { ok: false, problems };
  }
  // A case file written before a question existed (a saved client, an old link) still plans.
  const cf = withAnswersAddedLater(parsed.data, asOf);
  if (!isKnownCountry(cf.citizenship)) {
    return { ok: false, problems: [{ field: 'citizenship', message: `"${cf.citizenship}" is not an ISO 3166-1 alpha-2 country code we know` }] };
  }
  const problems: Problem[] = [];
  const { path, complete } = questionPath(cf, asOf);
  if (!complete) {
    const missing = path[path.length - 1]!;
    problems.push({ field: missing, message: 'missing: this case needs an answer to it' });
  } else {
    const onPath = new Set<QuestionId>(path);
    for (const q of QUESTION_IDS) {
      if (cf[q] !== undefined && !onPath.has(q)) problems.push({ field: q, message: 'does not apply to this case: remove it' });
    }
  }
  if (cf.residentGoal && !allowedOptions('residentGoal', cf).includes(cf.residentGoal)) {
    problems.push({ field: 'residentGoal', message: `"${cf.residentGoal}" is not possible with currentStatus "${cf.currentStatus}"` });
  }
  for (const f of DATE_FIELDS) {
    const d = cf[f];
    if (!d) continue;
    const range = rangeOfField(f, asOf);
    if (f === 'residenceSince' && d > asOf) {
      problems.push({ field: f, message: `${d} is after the plan date ${asOf}` });
    } else if (d < range.min || d > range.max) {
      problems.push({ field: f, message: `${d} is outside the dates Pobyt counts for this field (${range.min} to ${range.max})` });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, caseFile: cf };
}
