import { SINGLE_PERMIT } from '../params/law.ts';
import { msg } from '../schema/message.ts';
import { entryAt } from '../value-at.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext } from './plan-context.ts';

/** Steps after which a person holds (or will hold) temporary residence for the purpose in the case file. */
const PURPOSE_STEPS = new Set(['trApplication', 'renewal', 'changeOfPurpose']);

/**
 * Changing employer during residence for employment, and periods without a job:
 * the recast Single Permit Directive (EU) 2024/1233 was to be transposed by 21 May 2026 and no
 * Slovak act was found, so today's Slovak rules (Act 404/2011) govern a change of employer. The
 * plan says so, and that these rules are expected to change (Med before the deadline, Low after
 * it, visible as uncertain). Shown in every plan that leads to (or renews) residence for
 * employment — the single permit; the EU Blue Card and seasonal work have their own directives.
 */
export function singlePermit(ctx: PlanContext): void {
  if (ctx.caseFile.purpose !== 'employment') return;
  if (!ctx.drafts.some((d) => PURPOSE_STEPS.has(d.id))) return;
  if (entryAt(SINGLE_PERMIT, ctx.asOf).value.phase === 'none') return;
  const s = ctx.step('employerChange', 186).cite('law-single-permit-directive').notAnAction();
  s.title = msg('law.steps.employerChange.title');
  s.when('law.timing.whileEmployed');
  s.at('none', msg('where.none'));
  const sp = readLaw(ctx, s, SINGLE_PERMIT);
  const { months, years, monthsAfterYears } = sp.unemployment;
  s.detail('law.singlePermit.todayRules');
  if (sp.phase === 'deadlinePassed') {
    s.detail('law.singlePermit.deadlinePassed', { deadline: sp.deadline, verified: SINGLE_PERMIT.lastVerified });
  } else {
    s.detail('law.singlePermit.transposing', { deadline: sp.deadline });
  }
  s.detail('law.singlePermit.directive', { months, years, monthsAfterYears });
  s.detail('law.singlePermit.askFirst');
}
