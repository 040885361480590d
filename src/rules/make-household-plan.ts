import type { Problem } from './case-file-check.ts';
import { makePlan } from './make-plan.ts';
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
  feeTotals: { requiredEur: number; optionalEur: number };
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

/** One plan per person and a merged timeline; problems name the member (members[1].purpose). */
export function makeHouseholdPlan(input: unknown, asOf: string): HouseholdResult {
  const parsed = householdSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: i.path.length ? memberPath(i.path) : '(household)', message: i.message })),
    };
  }
  const h = parsed.data;
  const problems: Problem[] = [];
  if (h.members.filter((m) => m.role === 'main').length !== 1) {
    problems.push({ field: 'members', message: 'a household has exactly one main person' });
  }
  const ids = new Set<string>();
  const members: MemberPlan[] = [];
  h.members.forEach((m, i) => {
    if (ids.has(m.id)) problems.push({ field: `members[${i}].id`, message: `"${m.id}" is used twice` });
    ids.add(m.id);
    const r = makePlan(m.caseFile, asOf);
    if (!r.ok) for (const p of r.problems) problems.push({ field: `members[${i}].${p.field}`, message: p.message });
    else members.push({ id: m.id, role: m.role, ...(m.name ? { name: m.name } : {}), plan: r.plan });
  });
  if (problems.length) return { ok: false, problems };

  const order = new Map(members.map((m, i) => [m.id, i]));
  const timeline = members
    .flatMap((m) => m.plan.deadlines.map((d) => ({ memberId: m.id, stepId: d.stepId, date: d.date, title: d.title, status: d.status })))
    .sort((a, b) => (a.date === b.date ? order.get(a.memberId)! - order.get(b.memberId)! : a.date < b.date ? -1 : 1));
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    ok: true,
    plan: {
      asOf,
      members,
      timeline,
      feeTotals: {
        requiredEur: round(members.reduce((t, m) => t + m.plan.feeTotals.requiredEur, 0)),
        optionalEur: round(members.reduce((t, m) => t + m.plan.feeTotals.optionalEur, 0)),
      },
    },
  };
}
