import { workingDaysBetween } from '../calendar/deadlines.ts';
import { daysBetween } from '../calendar/iso-date.ts';
import { planLeaf, type PlanRoute } from '../decision-tree.ts';
import { hasNoPermanentResidenceTie, isInSlovakiaWithoutResidence } from '../predicates/case-predicates.ts';
import type { CaseFile } from '../schema/case-file.ts';
import type { MemberRole } from '../schema/household.ts';
import { msg, type Message } from '../schema/message.ts';
import type { EngineNext, EnginePlan, EngineStep } from '../schema/plan.ts';
import { sourcesFor } from './all-sources.ts';
import { addBookingActions } from './booking-actions.ts';
import { euRegistration } from './eu-citizen.ts';
import { familyMemberCard, familyMemberVisaNote } from './family-member.ts';
import { feeTotals } from './fee-totals.ts';
import { noticeOfStay } from './notice-of-stay.ts';
import { PlanContext } from './plan-context.ts';
import { changeOfPurpose, longTermResidence, permanentResidence, renewal } from './resident.ts';
import { routeRules } from './route-rules.ts';
import { shortStay } from './short-stay.ts';
import { orderByNeeds, resolveNeeds } from './step-needs.ts';
import { bok, continuingDuties, temporaryRefuge, withdrawalAgreement } from './status-steps.ts';
import { temporaryResidence } from './temporary-residence.ts';

/** The rule modules of each route of the decision tree (rules/decision-tree.ts, PLAN_ROUTES), in the order they run. */
const ROUTE_MODULES: Record<PlanRoute, (ctx: PlanContext) => Message> = {
  slovak: () => msg('outcome.slovak'),
  ukWithdrawalAgreement: (ctx) => {
    withdrawalAgreement(ctx);
    bok(ctx);
    continuingDuties(ctx, true);
    return msg('outcome.ukWithdrawalAgreement');
  },
  euLong: (ctx) => {
    noticeOfStay(ctx, true);
    euRegistration(ctx);
    bok(ctx);
    continuingDuties(ctx, true);
    return msg('outcome.euLong');
  },
  euShort: (ctx) => {
    noticeOfStay(ctx, true);
    return msg('outcome.euShort');
  },
  familyMemberLong: (ctx) => {
    noticeOfStay(ctx, true);
    familyMemberVisaNote(ctx);
    familyMemberCard(ctx);
    bok(ctx);
    continuingDuties(ctx, true);
    return msg('outcome.familyMemberLong');
  },
  familyMemberShort: (ctx) => {
    noticeOfStay(ctx, true);
    familyMemberVisaNote(ctx);
    return msg('outcome.familyMemberShort');
  },
  shortStay: (ctx) => {
    shortStay(ctx);
    noticeOfStay(ctx, false);
    return msg('outcome.shortStay');
  },
  refugeToResidence: (ctx) => {
    temporaryRefuge(ctx);
    temporaryResidence(ctx);
    continuingDuties(ctx, false);
    return msg('outcome.refugeToResidence');
  },
  refuge: (ctx) => {
    temporaryRefuge(ctx);
    continuingDuties(ctx, false);
    return msg('outcome.refuge');
  },
  temporaryResidence: (ctx) => {
    if (isInSlovakiaWithoutResidence(ctx.caseFile)) noticeOfStay(ctx, false);
    temporaryResidence(ctx);
    bok(ctx);
    continuingDuties(ctx, false);
    return msg('outcome.temporaryResidence', { purpose: ctx.caseFile.purpose ?? '' });
  },
  resident: (ctx) => {
    const cf = ctx.caseFile;
    switch (cf.residentGoal) {
      case 'renewal':
        renewal(ctx);
        break;
      case 'changeOfPurpose':
        changeOfPurpose(ctx);
        break;
      case 'longTermResidence':
        longTermResidence(ctx);
        break;
      case 'permanentResidence':
        permanentResidence(ctx);
        break;
      case 'continuingDuties':
      case undefined:
        break;
    }
    bok(ctx);
    continuingDuties(ctx, false);
    if (hasNoPermanentResidenceTie(cf)) return msg('outcome.resident.permanentResidenceNoRoute');
    return msg(`outcome.resident.${cf.residentGoal ?? 'continuingDuties'}`);
  },
};

/** Steps in date order; steps without a date follow in the order of the procedure. */
function byDate(a: EngineStep & { order: number }, b: EngineStep & { order: number }): number {
  const da = a.due?.date;
  const db = b.due?.date;
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.order - b.order;
}

/**
 * The plan's next action: the first step, in plan order, that asks the person to do something
 * (steps that only inform, a validity or ongoing duties, are skipped), with its date, place and
 * the working and calendar days left from the as-of date.
 */
export function nextAction(steps: readonly EngineStep[], actions: ReadonlySet<string>, asOf: string): EngineNext | null {
  const step = steps.find((s) => actions.has(s.id));
  if (!step) return null;
  const { due, timing } = step;
  return {
    stepId: step.id,
    what: step.title,
    ...(due
      ? {
          by: due.date,
          kind: due.kind,
          workingDaysLeft: workingDaysBetween(asOf, due.date),
          calendarDaysLeft: daysBetween(asOf, due.date),
        }
      : {}),
    ...(timing ? { timing } : {}),
    where: step.where,
    overdue: due?.status === 'overdue',
    ...(due?.whatNow ? { whatNow: due.whatNow } : {}),
  };
}

/**
 * Build the plan for a validated case file as of a date. Pure: the same inputs give the
 * same plan. Throws OutOfRangeError when a date falls outside the kept calendar.
 */
export function buildEnginePlan(caseFile: CaseFile, asOf: string, role?: MemberRole): EnginePlan {
  const { route, group } = planLeaf(caseFile, asOf);
  const ctx = new PlanContext(caseFile, asOf, group);
  ctx.role = role;
  const outcome = ROUTE_MODULES[route](ctx);
  routeRules(ctx);
  addBookingActions(ctx);
  resolveNeeds(ctx);
  const steps = orderByNeeds(
    ctx.drafts
      .map((d) => ({ ...d.build(), order: d.order }))
      .sort(byDate)
      .map(({ order: _order, ...step }) => step),
  );
  const actions = new Set(ctx.drafts.filter((d) => d.action).map((d) => d.id));

  const fees = steps.flatMap((s) => s.fees);
  const next = nextAction(steps, actions, asOf);

  const sourceIds = new Set<string>(['res-admin-procedure']);
  for (const s of steps) for (const id of s.sourceIds) sourceIds.add(id);
  for (const w of ctx.warnings) for (const id of w.sourceIds) sourceIds.add(id);
  for (const s of steps) for (const d of s.documents) for (const id of d.sourceIds) sourceIds.add(id);
  const sources = sourcesFor([...sourceIds]);
  const rulesLastVerified = sources.reduce((min, s) => (s.lastVerified < min ? s.lastVerified : min), '9999-12-31');

  return {
    schemaVersion: 1,
    asOf,
    language: 'keys',
    group,
    outcome,
    caseFile,
    next,
    steps,
    deadlines: steps
      .filter((s) => s.due)
      .map((s) => ({ stepId: s.id, date: s.due!.date, title: s.title, status: s.due!.status })),
    fees,
    // Alternatives (the expedited card instead of the standard one) are never summed.
    feeTotals: feeTotals(fees, next ? steps.slice(steps.findIndex((s) => s.id === next.stepId)).map((s) => s.id) : []),
    warnings: ctx.warnings,
    sources,
    rulesLastVerified,
    disclaimer: msg('plan.disclaimer'),
  };
}
