import { z } from 'zod';
import { messageSchema, type Message } from './schema/message.ts';
import { hasDerivedDate } from './plan/step-needs.ts';
import type { EnginePlan } from './schema/plan.ts';
import { isoDateSchema } from './schema/primitives.ts';

/**
 * What a person last saw of a plan, small enough to keep per case: its steps (with their
 * dates) and its fees. Comparing it with the plan made now tells what a new release or a
 * change in law did to the same answers. Dates and fees of a plan do not move with the
 * as-of date alone (dates derived from it, of booking actions and the BOK, are left out), so
 * an unchanged plan compares equal from day to day.
 */
export const planDigestSchema = z
  .object({
    asOf: isoDateSchema,
    rulesLastVerified: isoDateSchema,
    steps: z.array(z.object({ id: z.string().max(100), title: messageSchema, date: isoDateSchema.optional() }).strict()).max(60),
    fees: z.array(z.object({ key: z.string().max(200), title: messageSchema, amountEur: z.number().nonnegative() }).strict()).max(120),
  })
  .strict();
export type PlanDigest = z.infer<typeof planDigestSchema>;

export function planDigest(plan: EnginePlan): PlanDigest {
  return {
    asOf: plan.asOf,
    rulesLastVerified: plan.rulesLastVerified,
    steps: plan.steps.map((s) => ({ id: s.id, title: s.title, ...(s.due && !hasDerivedDate(s) ? { date: s.due.date } : {}) })),
    fees: plan.fees.map((f) => ({ key: `${f.stepId}/${f.id}`, title: f.title, amountEur: f.amountEur })),
  };
}

/** One difference between the plan last seen and the plan now (message data, never prose). */
export type PlanChange =
  | { kind: 'stepAdded' | 'stepRemoved'; stepId: string; title: Message }
  | { kind: 'deadlineMoved'; stepId: string; title: Message; from?: string; to?: string }
  | { kind: 'feeAdded' | 'feeRemoved'; feeKey: string; title: Message; amountEur: number }
  | { kind: 'feeChanged'; feeKey: string; title: Message; fromEur: number; toEur: number };

/** What changed from `before` to `after`: steps added or removed, deadlines moved, fees added, removed or changed. */
export function planChanges(before: PlanDigest, after: PlanDigest): PlanChange[] {
  const out: PlanChange[] = [];
  const beforeSteps = new Map(before.steps.map((s) => [s.id, s]));
  const afterSteps = new Map(after.steps.map((s) => [s.id, s]));
  for (const s of after.steps) {
    const was = beforeSteps.get(s.id);
    if (!was) out.push({ kind: 'stepAdded', stepId: s.id, title: s.title });
    else if (was.date !== s.date) out.push({ kind: 'deadlineMoved', stepId: s.id, title: s.title, ...(was.date ? { from: was.date } : {}), ...(s.date ? { to: s.date } : {}) });
  }
  for (const s of before.steps) if (!afterSteps.has(s.id)) out.push({ kind: 'stepRemoved', stepId: s.id, title: s.title });
  const beforeFees = new Map(before.fees.map((f) => [f.key, f]));
  const afterFees = new Map(after.fees.map((f) => [f.key, f]));
  for (const f of after.fees) {
    const was = beforeFees.get(f.key);
    if (!was) out.push({ kind: 'feeAdded', feeKey: f.key, title: f.title, amountEur: f.amountEur });
    else if (was.amountEur !== f.amountEur) out.push({ kind: 'feeChanged', feeKey: f.key, title: f.title, fromEur: was.amountEur, toEur: f.amountEur });
  }
  for (const f of before.fees) if (!afterFees.has(f.key)) out.push({ kind: 'feeRemoved', feeKey: f.key, title: f.title, amountEur: f.amountEur });
  return out;
}
