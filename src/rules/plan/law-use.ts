import type { DatedValue } from '../schema/dated-value.ts';
import { msg } from '../schema/message.ts';
import { entryAt } from '../value-at.ts';
import { lowerConfidence, type PlanContext, type StepDraft } from './plan-context.ts';

/**
 * Read a rule-by-route value (params/law.ts) as of the plan date for a step: its sources and
 * confidence go on the step, and a value of Med or Low confidence becomes a visible warning
 * whose text is `law.uncertain.<id without "law.">` (the texts live in law.json).
 */
export function readLaw<T>(ctx: PlanContext, step: StepDraft, param: DatedValue<T>): T {
  const entry = entryAt(param, ctx.asOf);
  for (const s of entry.sources) step.sourceIds.add(s);
  step.confidence = lowerConfidence(step.confidence, entry.confidence);
  if (entry.confidence !== 'high') {
    ctx.warn({
      id: `uncertain.${param.id}`,
      kind: 'uncertain',
      text: msg(`law.uncertain.${param.id.replace(/^law\./, '')}`),
      stepId: step.id,
      sourceIds: entry.sources,
    });
  }
  return entry.value as T;
}
