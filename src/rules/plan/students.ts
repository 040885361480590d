import { GRADUATE_JOB_SEEKING, STUDENT_WORK } from '../params/law.ts';
import { msg } from '../schema/message.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext } from './plan-context.ts';

/** Steps after which a person holds (or will hold) temporary residence for the purpose in the case file. */
const PURPOSE_STEPS = new Set(['trApplication', 'renewal', 'changeOfPurpose']);

/**
 * Students who work (doc-eux-temporary-residence; law-euraxesspoint-graduate): alongside university studies a
 * student may work a limited number of hours a week (or the equivalent over the year) and may
 * run a business; after finishing, residence can be renewed for some months to seek work or
 * start a business. Shown in every plan that leads to (or renews) residence for studies.
 */
export function studentWork(ctx: PlanContext): void {
  if (ctx.caseFile.purpose !== 'studies') return;
  if (!ctx.drafts.some((d) => PURPOSE_STEPS.has(d.id))) return;
  const s = ctx.step('studentWork', 185).cite('doc-eux-temporary-residence').notAnAction();
  s.title = msg('law.steps.studentWork.title');
  s.when('law.timing.whileStudying');
  s.at('none', msg('where.none'));
  const work = readLaw(ctx, s, STUDENT_WORK);
  s.detail('law.students.hours', { hours: work.hoursPerWeek });
  if (work.mayRunBusiness) s.detail('law.students.business');
  s.detail('law.students.noPermit');
  const after = readLaw(ctx, s, GRADUATE_JOB_SEEKING);
  s.cite('res-renewal');
  s.detail('law.students.afterGraduation', { months: after.months });
}
