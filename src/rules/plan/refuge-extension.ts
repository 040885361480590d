import { REFUGE_EXTENSION } from '../params/law.ts';
import { msg } from '../schema/message.ts';
import { entryAt } from '../value-at.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext, StepDraft } from './plan-context.ts';

/**
 * Temporary refuge and a proposed extension (Council Implementing Decision (EU) 2022/382 as
 * extended; res-refuge-2027): while the Council has
 * not adopted a proposed extension, the end date in force stays, the plan says exactly that,
 * what to watch, and what to do if it is not extended (temporary residence while the refuge is
 * valid). Returns true when the plan date is past the end date in force while an extension is
 * pending: the refuge is then neither called valid nor "passed", and the caller sets no due date.
 */
export function refugeExtension(ctx: PlanContext, s: StepDraft, until: string): boolean {
  const peek = entryAt(REFUGE_EXTENSION, ctx.asOf).value;
  if (!peek.proposedUntil || peek.adopted || peek.proposedUntil <= until) return false;
  const ext = readLaw(ctx, s, REFUGE_EXTENSION);
  const proposed = ext.proposedUntil ?? until;
  const verified = REFUGE_EXTENSION.lastVerified;
  s.cite('law-refuge-transition');
  s.detail('law.refuge.proposed', { proposedOn: ext.proposedOn ?? '', proposed, until, verified });
  s.detail('law.refuge.watch');
  s.detail('law.refuge.ifNotExtended', { until });
  if (ctx.asOf <= until) return false;
  s.title = msg('law.steps.refugeValidity.pendingTitle');
  s.when('law.timing.refugePending', { until, proposed });
  ctx.warn({
    id: 'refuge.extensionPending',
    kind: 'uncertain',
    text: msg('law.refuge.pastEndPending', { until, proposed, verified }),
    stepId: s.id,
    sourceIds: ['law-refuge-proposal-2028', 'res-refuge-2027'],
  });
  return true;
}
