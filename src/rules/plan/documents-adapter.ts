import type { DocumentVariant, Procedure } from '../params/document-list-parts.ts';
import { documentListFor, fitsRole, toEngineDocument } from '../params/documents.ts';
import { bookingFor, bookingNeedsBok as bookingNeedsBokOn, toPlanBooking } from '../params/booking.ts';
import { bokWhere } from '../params/offices-bok.ts';
import type { BookingProcedure } from '../params/offices-competence.ts';
import { msg } from '../schema/message.ts';
import { lowerConfidence, type PlanContext, type StepDraft } from './plan-context.ts';

/** List notes that say what is not needed or who else applies: notes, not uncertainties. */
const INFO_LIST_NOTES = new Set(['documentLists.renewalEarlierDocuments', 'documentLists.permanentUnlimitedChild']);

/**
 * The documents a step's procedure needs on the plan date. A document with a maximum age
 * gets "obtain no earlier than" for the step's deadline (the latest day to file).
 */
export function addDocuments(ctx: PlanContext, step: StepDraft, procedure: Procedure, variant?: DocumentVariant): void {
  const list = documentListFor(procedure, ctx.asOf, variant);
  // A household member gets the documents for their role (a spouse none of a child's).
  const documents = list.documents.filter((d) => fitsRole(d, ctx.role));
  const filingDate = step.due?.kind === 'deadline' ? step.due.date : undefined;
  for (const d of documents) step.doc(toEngineDocument(d, filingDate));
  step.cite(...list.sourceIds);
  step.confidence = lowerConfidence(step.confidence, list.confidence);
  for (const key of list.warningKeys) {
    const kind = INFO_LIST_NOTES.has(key) ? 'info' : key.endsWith('Conflict') ? 'conflict' : 'uncertain';
    ctx.warn({ id: `documents.${key}`, kind, text: msg(key), stepId: step.id, about: 'documents', sourceIds: list.sourceIds });
  }
  const unsure = documents.filter((d) => d.confidence !== 'high');
  if (unsure.length) {
    ctx.warn({
      id: `documents.uncertain.${step.id}`,
      kind: 'uncertain',
      text: msg('warnings.documentsUncertain', { count: unsure.length }),
      stepId: step.id,
      about: 'documents',
      sourceIds: [...new Set(unsure.flatMap((d) => d.sourceIds))],
    });
  }
}

/**
 * The booking life situation to pick for a step's visit, with the booking-system rules
 * (how far ahead, cancellations, no-shows) as of the plan date. A visit with no booking
 * (walk-in) gets the rules as details instead.
 */
export function addBooking(ctx: PlanContext, step: StepDraft, procedure: BookingProcedure): void {
  const info = bookingFor(procedure, ctx.asOf, { ...(ctx.caseFile.purpose ? { purpose: ctx.caseFile.purpose } : {}) });
  const booking = toPlanBooking(info);
  if (booking) step.booking = booking;
  else step.details.push(...info.rules);
  step.cite(...info.sourceIds);
  step.confidence = lowerConfidence(step.confidence, info.confidence);
}

/** Whether booking this step's visit needs an activated BOK on the plan date. */
export function bookingNeedsBok(ctx: PlanContext, procedure: BookingProcedure): boolean {
  return bookingNeedsBokOn(procedure, ctx.asOf);
}

/** Where the BOK can be activated on the plan date. */
export function addBokPlaces(ctx: PlanContext, step: StepDraft): void {
  const where = bokWhere(ctx.asOf);
  step.at(where.officeType, where.text, { ...(where.nameSk ? { nameSk: where.nameSk } : {}), ...(where.url ? { url: where.url } : {}) });
  const bratislava = bokWhere(ctx.asOf, true);
  if (bratislava.officeType !== where.officeType) step.details.push(bratislava.text);
  step.cite(...where.sourceIds);
  step.confidence = lowerConfidence(step.confidence, where.confidence);
  if (where.confidence !== 'high') {
    ctx.warn({ id: 'uncertain.bokPlaces', kind: 'uncertain', text: msg('uncertain.bokPlaces'), stepId: step.id, about: 'where', sourceIds: where.sourceIds });
  }
}
