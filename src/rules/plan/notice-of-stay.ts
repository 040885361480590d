import { addWorkingDays } from '../calendar/deadlines.ts';
import { NOTICE_WORKING_DAYS_EU, NOTICE_WORKING_DAYS_TCN } from '../params/periods.ts';
import { msg } from '../schema/message.ts';
import { addDocuments } from './documents-adapter.ts';
import type { PlanContext } from './plan-context.ts';

/**
 * Notice of stay (hlásenie pobytu), §111 Act 404/2011: 3 working days after entry for a
 * third-country national, 10 for an EU/EEA/CH citizen or their family member. A hotel,
 * hostel or dormitory files it for its guests.
 */
export function noticeOfStay(ctx: PlanContext, euRules: boolean): void {
  const { arrivalDate, accommodation } = ctx.caseFile;
  if (!arrivalDate) return;
  const s = ctx.step('noticeOfStay', 10).cite('res-minv-notice');
  const days = s.use(euRules ? NOTICE_WORKING_DAYS_EU : NOTICE_WORKING_DAYS_TCN);
  s.dueOn(addWorkingDays(arrivalDate, days));
  if (accommodation === 'facility') {
    s.at('accommodationProvider', msg('where.accommodationProvider'));
    s.detail('steps.noticeOfStay.facilityFiles');
    // The facility files it: late, the person first asks whether it did (not "go to the police").
    s.whatNowIfOverdue('steps.noticeOfStay.whatNowFacility');
  } else {
    s.atOffice('foreignPolice', 'noticeOfStay');
    s.detail('steps.noticeOfStay.youFile');
    s.detail('steps.noticeOfStay.inSlovak');
  }
  addDocuments(ctx, s, 'noticeOfStay');
}
