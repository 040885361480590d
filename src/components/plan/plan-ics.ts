import type { Plan } from '../../rules/schema/plan.ts';
import { caseFileHash } from '../keep/share-link.ts';
import { alarms, basicDate, CRLF, escapeText, foldLine, nextDay, REMINDER_DAYS, utcStamp } from '../../locales/ics-format.ts';
import { dueDate } from './plan-format.ts';

/**
 * The plan's dated steps as an iCalendar file (RFC 5545): one all-day event per deadline,
 * with reminders 14, 7 and 1 days before. Each event's UID is stable for the person and the
 * step (not for the answers), and its SEQUENCE grows with the time of export, so importing a
 * re-exported file updates the events instead of adding them again. Pure: the same plan and
 * time give the same text.
 */

export interface IcsOptions {
  /** When the file is made: DTSTAMP of every event. */
  generatedAt: Date | string;
  /** Words put before the rule in each description, by kind of date (e.g. "Do by"). */
  dueKindLabels?: Partial<Record<'deadline' | 'earliest' | 'stayLimit', string>>;
  /** Label before the "what to do now" text of an overdue step. */
  whatNowLabel?: string;
  /** Label before the rule in words (e.g. "How the date is counted"). */
  ruleLabel?: string;
  /** Label before the place (e.g. "Where to go"). */
  whereLabel?: string;
  /** Label before the booking life situation to pick (e.g. "Booking life situation"). */
  bookingLabel?: string;
  /** Reminders, as days before the date. */
  reminderDays?: readonly number[];
  /** Who the events are for, in their UIDs (see eventUid); the citizenship when absent. */
  uidScope?: string;
}

/**
 * The UID of a step's event: the step and who it is for, not the other answers, so a plan
 * re-exported after an answer changed (a corrected date) updates its events. Who it is for is
 * `scope` when given (this browser's own calendar id: two people of one family, with the same
 * citizenship, exporting on their own devices never share an event), else the citizenship.
 */
export const eventUid = (plan: Plan, stepId: string, scope?: string) =>
  `${stepId}-${scope ?? caseFileHash({ schemaVersion: 1, citizenship: plan.caseFile.citizenship })}@pobyt`;

/** SEQUENCE from the time of export (minutes since 1970): a later export supersedes an earlier one. */
const sequenceOf = (at: Date | string) => Math.floor(new Date(at).getTime() / 60_000);

const labelled = (label: string | undefined, text: string) => (label ? `${label}: ${text}` : text);

export function planToIcs(plan: Plan, options: IcsOptions): string {
  const stamp = utcStamp(options.generatedAt);
  const sequence = sequenceOf(options.generatedAt);
  const reminders = options.reminderDays ?? REMINDER_DAYS;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pobyt//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const deadline of plan.deadlines) {
    const step = plan.steps.find((s) => s.id === deadline.stepId);
    const due = step?.due;
    const label = due ? options.dueKindLabels?.[due.kind] : undefined;
    const where = step ? `${step.where.text}${step.where.nameSk ? ` (${step.where.nameSk})` : ''}` : '';
    // "Do it by Thursday 7 January 2027", then the rule under its own label: never "by: by the last day".
    const description = [
      due && label ? `${label} ${dueDate(deadline.date, due.kind, plan.language)}` : '',
      due ? labelled(options.ruleLabel, due.rule) : '',
      due?.whatNow ? labelled(options.whatNowLabel, due.whatNow) : '',
      where ? labelled(options.whereLabel, where) : '',
      step?.booking ? labelled(options.bookingLabel, `${step.booking.lifeSituation} (${step.booking.lifeSituationSk})`) : '',
      step?.where.url ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    const summary = escapeText(deadline.title);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(plan, deadline.stepId, options.uidScope)}`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(deadline.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(deadline.date))}`,
      `SUMMARY:${summary}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(step?.where.url ? [`URL:${step.where.url}`] : []),
      'TRANSP:TRANSPARENT',
    );
    lines.push(...alarms(summary, step?.bookingFor !== undefined, reminders));
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
