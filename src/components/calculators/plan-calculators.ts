import type { CaseFile } from '../../rules/schema/case-file.ts';
import type { Group } from '../../rules/schema/plan.ts';
import { CALCULATOR_IDS, type CalculatorId } from './calculator-ids.ts';

/** Statuses of a third-country national on a short stay (the 90/180-day rule applies). */
const SHORT_STAY_STATUSES = new Set(['visaFree', 'arrivingVisaFree', 'schengenVisa']);
/** Statuses that count, or may lead, towards long-term residence. */
const RESIDENT_STATUSES = new Set(['temporaryResidence', 'permanentResidence']);
const LONG_TERM_GOALS = new Set(['longTermResidence', 'permanentResidence']);
const LONG_TERM_STEPS = new Set(['longTermResidence', 'permanentFiveYears', 'permanentUnlimited']);

/** What of a plan (engine or resolved) decides which calculators matter: no text. */
export interface PlanFacts {
  group: Group;
  caseFile: CaseFile;
  steps: readonly { id: string }[];
}

/**
 * The calculators that matter for a plan, from its data (the group, the answers and the step
 * ids), never from its prose; in the calculators page's order.
 */
export function calculatorsForPlan(plan: PlanFacts): CalculatorId[] {
  const { group, caseFile: c } = plan;
  const steps = new Set(plan.steps.map((s) => s.id));
  const wanted = new Set<CalculatorId>();
  const thirdCountry = group === 'thirdCountry';

  if (
    steps.has('leaveSchengen') ||
    (thirdCountry && (c.stayLength === 'upTo90Days' || (c.currentStatus !== undefined && SHORT_STAY_STATUSES.has(c.currentStatus))))
  ) {
    wanted.add('schengen');
  }
  if (steps.has('invitation')) wanted.add('invitation');
  if (thirdCountry && c.purpose === 'euBlueCard') wanted.add('blueCard');
  if (
    [...steps].some((id) => LONG_TERM_STEPS.has(id)) ||
    (c.residentGoal !== undefined && LONG_TERM_GOALS.has(c.residentGoal)) ||
    (thirdCountry && c.currentStatus !== undefined && RESIDENT_STATUSES.has(c.currentStatus))
  ) {
    wanted.add('longTerm');
  }
  return CALCULATOR_IDS.filter((id) => wanted.has(id));
}
