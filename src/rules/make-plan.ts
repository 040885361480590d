import { checkCaseFile } from './case-file-check.ts';
import { excerpt, problem } from './problems.ts';
import type { Problem } from './schema/problem.ts';
import { InvalidDateError } from './calendar/iso-date.ts';
import { buildEnginePlan } from './plan/build-plan.ts';
import type { MemberRole } from './schema/household.ts';
import type { EnginePlan } from './schema/plan.ts';
import { OutOfRangeError } from './value-at.ts';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './calendar/days-of-rest-law.ts';

export type PlanResult = { ok: true; plan: EnginePlan } | { ok: false; problems: Problem[] };

/**
 * From any input to a plan or a list of problems: the one entry point for the command
 * line, the app and the tests. Never throws for bad input. `role`: a household member's
 * role (a spouse, a child…), so the documents listed are the ones for that role.
 */
export function makePlan(input: unknown, asOf: string, role?: MemberRole): PlanResult {
  const checked = checkCaseFile(input, asOf);
  if (!checked.ok) return checked;
  try {
    return { ok: true, plan: buildEnginePlan(checked.caseFile, asOf, role) };
  } catch (e) {
    if (e instanceof OutOfRangeError) {
      const field = e.paramId.startsWith('calendar') ? dateField(checked.caseFile) : 'asOf';
      return {
        ok: false,
        problems: [problem(field, 'calendarOutOfRange', { min: `${CALENDAR_FIRST_YEAR}-01-01`, max: `${CALENDAR_LAST_YEAR}-12-31` })],
      };
    }
    if (e instanceof InvalidDateError) return { ok: false, problems: [problem('', 'impossibleDate', { value: excerpt(e.input) })] };
    throw e;
  }
}

function dateField(cf: { arrivalDate?: string; permitExpiry?: string }): string {
  if (cf.arrivalDate) return 'arrivalDate';
  if (cf.permitExpiry) return 'permitExpiry';
  return 'asOf';
}
