import { roundCents as round } from '../money.ts';
import type { EngineFee } from '../schema/plan.ts';

export interface FeeTotals {
  requiredEur: number;
  optionalEur: number;
  maxEur: number;
  dueNowEur: number;
}

/**
 * The least and the most a set of fees can cost. Fees of one step that share an
 * `alternativeGroup` are alternatives (FEE_ALTERNATIVES in params/fees.ts): one of them is
 * paid, so the group counts once: its cheapest required fee toward the least (nothing when
 * every fee of the group is optional) and its dearest fee toward the most.
 */
export function feeRange(fees: readonly Pick<EngineFee, 'stepId' | 'amountEur' | 'optional' | 'alternativeGroup'>[]): { minEur: number; maxEur: number } {
  let min = 0;
  let max = 0;
  const groups = new Map<string, { min: number; max: number }>();
  for (const f of fees) {
    if (!f.alternativeGroup) {
      if (!f.optional) min += f.amountEur;
      max += f.amountEur;
      continue;
    }
    const key = `${f.stepId}/${f.alternativeGroup}`;
    const g = groups.get(key) ?? { min: Infinity, max: 0 };
    if (!f.optional) g.min = Math.min(g.min, f.amountEur);
    g.max = Math.max(g.max, f.amountEur);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (g.min !== Infinity) min += g.min;
    max += g.max;
  }
  return { minEur: round(min), maxEur: round(max) };
}

/**
 * The plan's totals: what must be paid, what the optional choices add at most, the most in
 * all, and the next payment: what the first step from the next action on that costs money
 * requires (a BOK or a booking first costs nothing, the renewal after them does).
 */
export function feeTotals(fees: readonly EngineFee[], upcomingStepIds: readonly string[]): FeeTotals {
  const { minEur, maxEur } = feeRange(fees);
  let now = 0;
  for (const id of upcomingStepIds) {
    now = feeRange(fees.filter((f) => f.stepId === id)).minEur;
    if (now > 0) break;
  }
  return { requiredEur: minEur, optionalEur: round(maxEur - minEur), maxEur, dueNowEur: now };
}
