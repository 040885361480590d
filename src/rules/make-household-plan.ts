import { checkCaseFile } from './case-file-check.ts';
import { excerpt, problem, problemsOfIssue, valueAt } from './problems.ts';
import type { Problem } from './schema/problem.ts';
import { makePlan } from './make-plan.ts';
import { roundCents } from './money.ts';
import { householdSchema, type MemberRole } from './schema/household.ts';
import type { EnginePlan } from './schema/plan.ts';

export interface MemberPlan {
  id: string;
  role: MemberRole;
  name?: string;
  plan: EnginePlan;
}

export interface MergedDeadline {
  memberId: string;
  stepId: string;
  date: string;
  title: EnginePlan['deadlines'][number]['title'];
  status: EnginePlan['deadlines'][number]['status'];
}

export interface HouseholdPlan {
  asOf: string;
  members: MemberPlan[];
  /** Every member's deadlines in one timeline, by date, then in member order. */
  timeline: MergedDeadline[];
  /** Each member's totals summed: alternatives were counted once in each plan. */
  feeTotals: HouseholdFeeTotals;
}

export interface HouseholdFeeTotals {
  requiredEur: number;
  optionalEur: number;
  maxEur: number;
}

type DueKind = NonNullable<EnginePlan['steps'][number]['due']>['kind'];
type DueStatus = EnginePlan['deadlines'][number]['status'];

/** What the household timeline reads of a plan, engine or resolved (the titles pass through as they are). */
interface TimelinePlan<T> {
  steps: readonly { id: string; due?: { kind: DueKind } | undefined }[];
  deadlines: readonly { stepId: string; date: string; title: T; status: DueStatus }[];
}

export interface TimelineEntry<M, T> {
  member: M;
  stepId: string;
  date: string;
  title: T;
  kind: DueKind;
  status: DueStatus;
}

/**
 * Every member's deadlines in one timeline: by date, then in household order, then in each
 * plan's own order. The one merge of a household's dates (the adviser's pages call it too).
 */
export function householdTimeline<M, T>(members: readonly { member: M; plan: TimelinePlan<T> }[]): TimelineEntry<M, T>[] {
  const entries = members.flatMap(({ member, plan }, memberIndex) => {
    const kinds = new Map(plan.steps.map((s) => [s.id, s.due?.kind ?? 'deadline'] as const));
    return plan.deadlines.map((d, i) => ({
      entry: { member, stepId: d.stepId, date: d.date, title: d.title, kind: kinds.get(d.stepId) ?? 'deadline', status: d.status },
      memberIndex,
      i,
    }));
  });
  entries.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.memberIndex - b.memberIndex || a.i - b.i));
  return entries.map((e) => e.entry);
}

/** The household's fees: the sum of each plan's totals (each plan counts its alternatives once), in whole cents. */
export function householdFeeTotals(plans: readonly { feeTotals: HouseholdFeeTotals }[]): HouseholdFeeTotals {
  const sum = (pick: (t: HouseholdFeeTotals) => number) => roundCents(plans.reduce((s, p) => s + pick(p.feeTotals), 0));
  return { requiredEur: sum((t) => t.requiredEur), optionalEur: sum((t) => t.optionalEur), maxEur: sum((t) => t.maxEur) };
}

export type HouseholdResult = { ok: true; plan: HouseholdPlan } | { ok: false; problems: Problem[] };

/** A schema path as the other problems name it: members.0.caseFile.citizenship → members[0].citizenship. */
function memberPath(path: readonly PropertyKey[]): string {
  const [head, index, part, ...rest] = path;
  if (head === 'members' && typeof index === 'number') {
    const tail = part === 'caseFile' ? rest : part === undefined ? [] : [part, ...rest];
    return [`members[${index}]`, ...tail.map(String)].join('.');
  }
  return path.map(String).join('.');
}

/** A member's problem named by the member (members[1].purpose); the plan date is the household's. */
const inMember = (p: Problem, i: number): Problem => (p.field === 'asOf' ? p : { ...p, field: p.field ? `members[${i}].${p.field}` : `members[${i}]` });
/** Each problem once (every member's check names a bad plan date). */
const dropRepeats = (problems: readonly Problem[]): Problem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = JSON.stringify(p);
    return seen.has(id) ? false : (seen.add(id), true);
  });
};

/** One plan per person and a merged timeline; problems name the member (members[1].purpose). */
export function makeHouseholdPlan(input: unknown, asOf: string): HouseholdResult {
  const parsed = householdSchema.safeParse(input);
  if (!parsed.success) {
    // A member's answers are checked as any case file is (shape and rules in one pass); the rest by the schema.
    const inCaseFile = (path: readonly PropertyKey[]) => path[0] === 'members' && typeof path[1] === 'number' && path[2] === 'caseFile';
    const problems = parsed.error.issues.filter((i) => !inCaseFile(i.path)).flatMap((i) => problemsOfIssue(i, input, memberPath));
    const members = new Set(parsed.error.issues.filter((i) => inCaseFile(i.path)).map((i) => i.path[1] as number));
    for (const i of [...members].sort((a, b) => a - b)) {
      const r = checkCaseFile(valueAt(input, ['members', i, 'caseFile']), asOf);
      if (!r.ok) problems.push(...r.problems.map((p) => inMember(p, i)));
    }
    return { ok: false, problems: dropRepeats(problems) };
  }
  const h = parsed.data;
  const problems: Problem[] = [];
  if (h.members.filter((m) => m.role === 'main').length !== 1) {
    problems.push(problem('members', 'oneMainPerson'));
  }
  const ids = new Set<string>();
  const members: MemberPlan[] = [];
  h.members.forEach((m, i) => {
    if (ids.has(m.id)) problems.push(problem(`members[${i}].id`, 'usedTwice', { value: excerpt(m.id) }));
    ids.add(m.id);
    const r = makePlan(m.caseFile, asOf, m.role);
    if (!r.ok) problems.push(...r.problems.map((p) => inMember(p, i)));
    else members.push({ id: m.id, role: m.role, ...(m.name ? { name: m.name } : {}), plan: r.plan });
  });
  if (problems.length) return { ok: false, problems: dropRepeats(problems) };

  const timeline = householdTimeline(members.map((m) => ({ member: m.id, plan: m.plan }))).map(
    (e): MergedDeadline => ({ memberId: e.member, stepId: e.stepId, date: e.date, title: e.title, status: e.status }),
  );
  return { ok: true, plan: { asOf, members, timeline, feeTotals: householdFeeTotals(members.map((m) => m.plan)) } };
}
