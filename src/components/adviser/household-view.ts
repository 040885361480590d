import type { i18n as I18n } from 'i18next';
import { householdFeeTotals, householdTimeline, type HouseholdFeeTotals, type TimelineEntry as HouseholdTimelineEntry } from '../../rules/make-household-plan.ts';
import { makePlan } from '../../rules/make-plan.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import type { EnginePlan, Plan } from '../../rules/schema/plan.ts';
import { memberProgress, type Client, type ClientMember } from '../keep/client-store.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { loadTicks } from '../keep/storage.ts';
import { planFor } from '../plan/plan-cache.ts';
import { tickId } from '../plan/plan-format.ts';

/**
 * A client's household as the adviser pages show it: each member's plan (when their answers
 * are complete and make one), and every deadline of the household in one timeline. Pure but
 * for the ticks read from storage; no React.
 */

export type MemberState =
  /** `plan` in the interface language; `engine`, the same plan as message keys (for comparing plans). */
  | { member: ClientMember; status: 'ready'; plan: Plan; engine: EnginePlan }
  /** Questions still to answer. */
  | { member: ClientMember; status: 'incomplete'; answered: number; asked: number }
  /** Every question answered, but the rules found a problem (e.g. a date outside the calendar). */
  | { member: ClientMember; status: 'problems' };

export type ReadyMember = Extract<MemberState, { status: 'ready' }>;

/** The prefix of one person's step anchors in a household's plan (ids unique on the page). */
export const personPrefix = (memberId: string) => `adv-m-${memberId}`;

export function memberStates(client: Client, asOf: string, i18n: I18n): MemberState[] {
  return client.members.map((member): MemberState => {
    const progress = memberProgress(member, asOf);
    if (!progress.complete) return { member, status: 'incomplete', answered: progress.answered, asked: progress.asked };
    const { made, plan } = planFor(member.answers as Partial<CaseFile>, asOf, i18n, member.role);
    return plan && made.ok ? { member, status: 'ready', plan, engine: made.plan } : { member, status: 'problems' };
  });
}

/** A member whose answers are complete and make a plan, with the plan as message keys only. */
export interface PlannedMember {
  member: ClientMember;
  engine: EnginePlan;
}

/**
 * The members with a plan, for the desk: the plans as the rules make them, not yet in a
 * language (the desk puts into words only the rows it shows; 800 people are planned in well
 * under the desk's 200 ms, putting 800 whole plans into words would take seconds).
 */
export function plannedMembers(client: Client, asOf: string): PlannedMember[] {
  // makePlan checks the answers are complete (and refuses them when not): no second walk of the questions.
  return client.members.flatMap((member) => {
    const made = makePlan(member.answers, asOf, member.role);
    return made.ok ? [{ member, engine: made.plan }] : [];
  });
}

export type TimelineEntry = HouseholdTimelineEntry<ClientMember, string>;

/** Every deadline of the members with a plan, in the rules' one household order (householdTimeline). */
export function mergedTimeline(ready: readonly ReadyMember[]): TimelineEntry[] {
  return householdTimeline(ready);
}

/** The household's fees, as the rules total them (householdFeeTotals). */
export function householdFees(ready: readonly ReadyMember[]): HouseholdFeeTotals {
  return householdFeeTotals(ready.map((r) => r.plan));
}

/**
 * Documents ticked for a client, over the members whose answers make a plan: the ticks are
 * the ones the plan view keeps per case (by the case file's hash), so a person's own ticks
 * count too. Undefined when no member has a plan yet.
 */
export function documentProgress(client: Client, asOf: string, store: Storage | undefined): { ticked: number; total: number } | undefined {
  let ticked = 0;
  let total = 0;
  let any = false;
  for (const member of client.members) {
    if (!memberProgress(member, asOf).complete) continue;
    const made = makePlan(member.answers, asOf, member.role);
    if (!made.ok) continue;
    any = true;
    const ids = made.plan.steps.flatMap((s) => s.documents.map((d) => tickId(s.id, d.id)));
    total += ids.length;
    const saved = store ? loadTicks(caseFileHash(made.plan.caseFile), store) : undefined;
    if (saved?.status === 'ok') {
      const set = new Set(saved.value);
      ticked += ids.filter((id) => set.has(id)).length;
    }
  }
  return any ? { ticked, total } : undefined;
}
