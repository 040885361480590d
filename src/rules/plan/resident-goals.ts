import { visaRegime } from '../params/countries.ts';
import { hasNoPermanentResidenceTie, hasPermanentResidenceTie } from '../predicates/case-predicates.ts';
import { msg } from '../schema/message.ts';
import { lowerConfidence, type PlanContext, type StepDraft } from './plan-context.ts';
import { longTermConditions, longTermWhen } from './resident.ts';

/**
 * Goals a resident cannot reach yet, and what they can (issue 13; Act 404/2011 §§34, 43, 52;
 * res-mic-pr5, res-mic-long-term):
 * - permanent residence for 5 years (§43) is open only to close family of Slovak citizens and
 *   children of permanent residents (or, exceptionally, in Slovakia's interest). The person
 *   says which tie is theirs (`permanentResidenceTie`): with one, the plan is the application;
 *   with none, the plan says plainly that permanent residence is not open yet and, from
 *   `residenceSince`, whether and from when long-term residence fits, with its conditions;
 *   not known (or a case file from before the question), both routes with what each needs;
 * - a renewal or a change of purpose must be filed while the residence is valid (§34): when the
 *   last day has passed, the plan says a renewal is no longer possible and what is left.
 */
export function residentGoalLimits(ctx: PlanContext): void {
  const cf = ctx.caseFile;
  if (cf.currentStatus !== 'temporaryResidence') return;
  if (cf.residentGoal === 'permanentResidence') permanentRoute(ctx);
  if (cf.residentGoal === 'renewal' || cf.residentGoal === 'changeOfPurpose') afterExpiry(ctx, cf.residentGoal);
}

const PERMANENT_SOURCES = ['res-mic-pr5', 'res-mic-long-term'];

function permanentRoute(ctx: PlanContext): void {
  const cf = ctx.caseFile;
  if (hasPermanentResidenceTie(cf)) {
    ctx.drafts.find((d) => d.id === 'permanentFiveYears')?.details.unshift(msg(`law.goals.permanentTie.${cf.permanentResidenceTie}`));
    return;
  }
  const none = hasNoPermanentResidenceTie(cf);
  const instead = longTermInstead(ctx);
  const stepId = none ? instead?.id : ctx.drafts.find((d) => d.id === 'permanentFiveYears')?.id;
  ctx.warn({
    id: 'goal.permanentNoRoute',
    kind: none ? 'forbidden' : 'info',
    text: msg(none ? 'law.goals.permanentNone' : 'law.goals.permanentNoRoute'),
    ...(stepId ? { stepId } : {}),
    sourceIds: PERMANENT_SOURCES,
  });
}

function longTermInstead(ctx: PlanContext): StepDraft | undefined {
  const since = ctx.caseFile.residenceSince;
  if (!since) return undefined;
  const s = ctx.step('longTermInstead', 110).cite('res-mic-long-term', 'res-mic-pr5');
  s.title = msg('law.steps.longTermInstead.title');
  const { rules, earliest, ahead } = longTermWhen(ctx, s, since);
  if (ahead) s.detail('law.goals.longTermFrom', { date: earliest, years: rules.years, from: since });
  else s.detail('law.goals.longTermNow', { years: rules.years, from: since });
  longTermConditions(s, rules);
  s.detail('law.goals.longTermIncome');
  s.detail('steps.longTermResidence.excluded');
  s.detail('law.goals.longTermSeparatePlan');
  return s;
}

function afterExpiry(ctx: PlanContext, goal: 'renewal' | 'changeOfPurpose'): void {
  const step = ctx.drafts.find((d) => d.id === goal);
  if (!step?.due || step.due.status !== 'overdue') return;
  const lastDay = step.due.date;
  const passed = step.due;
  // The renewal (or change) can no longer be filed: it leaves the plan with its warnings, so no
  // step books it or says the residence stays valid while it is decided; what is left replaces it.
  ctx.drafts.splice(ctx.drafts.indexOf(step), 1);
  for (let i = ctx.warnings.length - 1; i >= 0; i--) if (ctx.warnings[i]!.stepId === goal) ctx.warnings.splice(i, 1);
  const s = ctx.step('afterExpiry', 95).cite('res-renewal', 'res-nrsr-31', 'res-mic-tr-application');
  s.title = msg('law.steps.afterExpiry.title');
  // Dated by the deadline that passed, so it leads the plan and the adviser's desk as overdue.
  s.dueOn({ date: passed.date, rule: passed.rule });
  s.atOffice('foreignPolice', 'afterExpiry');
  s.detail(goal === 'renewal' ? 'law.goals.renewalExpired' : 'law.goals.changeExpired', { lastDay });
  s.detail('law.goals.newApplication');
  const visaFree = visaRegime(ctx.caseFile.citizenship, ctx.asOf).visaFree;
  s.detail(visaFree ? 'law.goals.newApplicationVisaFree' : 'law.goals.newApplicationEmbassy');
  s.detail('law.goals.contactPolice');
  s.confidence = lowerConfidence(s.confidence, 'med');
  ctx.warn({
    id: 'goal.afterExpiry',
    kind: 'uncertain',
    text: msg('law.goals.afterExpiryUncertain'),
    stepId: s.id,
    sourceIds: ['res-renewal', 'res-nrsr-31'],
  });
}
