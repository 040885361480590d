import { alarms, basicDate, CRLF, escapeText, foldLine, nextDay, utcStamp } from './ics-format.ts';

/**
 * One calendar file for many clients: an all-day event per dated action, the client's name in
 * each, reminders 14, 7 and 1 days before (a booking action: on the day slots open and the day before). The UID is the client, person and step, so a file
 * exported again updates the events it made before instead of adding copies.
 */

export interface DeskEvent {
  clientId: string;
  memberId: string;
  stepId: string;
  date: string;
  /** What the event is called: the client, the person and the step. */
  summary: string;
  description?: string;
  /** A booking action: rings when slots open. */
  booking?: boolean;
}

/** The event's stable id: the same client, person and step always give the same UID. */
export const deskUid = (e: Pick<DeskEvent, 'clientId' | 'memberId' | 'stepId'>) => `client-${e.clientId}-${e.memberId}-${e.stepId}@pobyt`;

export function deskToIcs(events: readonly DeskEvent[], generatedAt: Date, reminderDays: readonly number[] = [14, 7, 1]): string {
  const stamp = utcStamp(generatedAt);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pobyt//Adviser desk//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    const summary = escapeText(e.summary);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${deskUid(e)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
      `SUMMARY:${summary}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
    );
    lines.push(...alarms(summary, e.booking === true, reminderDays));
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
