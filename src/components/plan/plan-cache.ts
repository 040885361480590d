import type { i18n as I18n } from 'i18next';
import { resolvePlan, strictTranslate } from '../../locales/resolve-plan.ts';
import { makePlan, type PlanResult } from '../../rules/make-plan.ts';
import type { CaseFile } from '../../rules/schema/case-file.ts';
import type { MemberRole } from '../../rules/schema/household.ts';
import type { Plan } from '../../rules/schema/plan.ts';
import { canonicalJson } from '../keep/share-link.ts';

export interface MadePlan {
  made: PlanResult;
  /** The plan in the language of `i18n`, when the rules made one. */
  plan: Plan | undefined;
}

const KEEP = 8;
// Per language instance, by the answers' content and the date: equal answers give the very
// same plan object, so a plan rendered ahead (hidden) is shown as it is.
const cache = new WeakMap<I18n, Map<string, MadePlan>>();

/**
 * The plan for these answers as of a date, resolved in the language of `i18n` (memoised).
 * `role`: a household member's role, so the documents follow it (a spouse gets none of a child's).
 */
export function planFor(answers: Partial<CaseFile>, asOf: string, i18n: I18n, role?: MemberRole): MadePlan {
  let byKey = cache.get(i18n);
  if (!byKey) cache.set(i18n, (byKey = new Map()));
  const key = `${asOf} ${role ?? ''} ${canonicalJson(answers)}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const made = makePlan(answers, asOf, role);
  const t = strictTranslate(i18n.t.bind(i18n) as never, (k) => i18n.exists(k));
  const result = { made, plan: made.ok ? resolvePlan(made.plan, i18n.language, t) : undefined };
  byKey.set(key, result);
  if (byKey.size > KEEP) byKey.delete(byKey.keys().next().value!);
  return result;
}
