import { isShortStay } from '../predicates/case-predicates.ts';
import { borderSystems } from './border-systems.ts';
import { permanentFiveYearsFollowUp } from './follow-up.ts';
import type { PlanContext } from './plan-context.ts';
import { residentGoalLimits } from './resident-goals.ts';
import { singlePermit } from './single-permit.ts';
import { studentWork } from './students.ts';

/**
 * Rules by route that add to the steps the decision tree's modules built (issue 13): the
 * border systems for third-country short stays, students who work, changing employer under a
 * single permit, the follow-up duties after permanent residence for 5 years, and goals a
 * resident cannot reach yet.
 */
export function routeRules(ctx: PlanContext): void {
  if (ctx.group !== 'thirdCountry') return;
  const cf = ctx.caseFile;
  if (cf.euFamilyMember !== 'yes' && isShortStay(cf)) borderSystems(ctx);
  studentWork(ctx);
  singlePermit(ctx);
  permanentFiveYearsFollowUp(ctx);
  residentGoalLimits(ctx);
}
