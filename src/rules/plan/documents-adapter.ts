import { documentListFor, toEngineDocument, type DocumentVariant, type Procedure } from '../params/documents.ts';
import { msg } from '../schema/message.ts';
import { lowerConfidence, type PlanContext, type StepDraft } from './plan-context.ts';

/**
 * The documents a step's procedure needs on the plan date. A document with a maximum age
 * gets "obtain no earlier than" for the step's deadline (the latest day to file).
 */
export function addDocuments(ctx: PlanContext, step: StepDraft, procedure: Procedure, variant?: DocumentVariant): void {
  const list = documentListFor(procedure, ctx.asOf, variant);
  const filingDate = step.due?.kind === 'deadline' ? step.due.date : undefined;
  for (const d of list.documents) step.doc(toEngineDocument(d, filingDate));
  step.cite(...list.sourceIds);
  step.confidence = lowerConfidence(step.confidence, list.confidence);
  for (const key of list.warningKeys) {
    ctx.warn({ id: `documents.${key}`, kind: 'uncertain', text: msg(key), stepId: step.id, sourceIds: list.sourceIds });
  }
  const unsure = list.documents.filter((d) => d.confidence !== 'high');
  if (unsure.length) {
    ctx.warn({
      id: `documents.uncertain.${step.id}`,
      kind: 'uncertain',
      text: msg('warnings.documentsUncertain', { count: unsure.length }),
      stepId: step.id,
      sourceIds: [...new Set(unsure.flatMap((d) => d.sourceIds))],
    });
  }
}

export function addBooking(_ctx: PlanContext, _step: StepDraft, _procedure: Procedure): void {}
export function bookingNeedsBok(_ctx: PlanContext, _procedure: Procedure): boolean {
  return false;
}
export function addBokPlaces(_ctx: PlanContext, _step: StepDraft): void {}
