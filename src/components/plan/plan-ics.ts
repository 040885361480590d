import type { Plan } from '../../rules/schema/plan.ts';
import { caseFileHash } from '../keep/share-link.ts';

/**
 * The plan's dated steps as an iCalendar file (RFC 5545): one all-day event per deadline,
 * with reminders 7 days and 1 day before. Pure: the same plan and time give the same text.
 */

export interface IcsOptions {
  /** When the file is made: DTSTAMP of every event. */
  generatedAt: Date | string;
  /** Words put before the rule in each description, by kind of date (e.g. "Do by"). */
  dueKindLabels?: Partial<Record<'deadline' | 'earliest' | 'stayLimit', string>>;
  /** Label before the "what to do now" text of an overdue step. */
  whatNowLabel?: string;
  /** Reminders, as days before the date. */
  reminderDays?: readonly number[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines
 * start with one space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(CRLF);
}

const basicDate = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError(`generatedAt is not a valid time: ${String(at)}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function planToIcs(plan: Plan, options: IcsOptions): string {
  const stamp = utcStamp(options.generatedAt);
  const hash = caseFileHash(plan.caseFile);
  const reminders = options.reminderDays ?? [7, 1];
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pobyt//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const deadline of plan.deadlines) {
    const step = plan.steps.find((s) => s.id === deadline.stepId);
    const due = step?.due;
    const label = due ? options.dueKindLabels?.[due.kind] : undefined;
    const where = step ? `${step.where.text}${step.where.nameSk ? ` (${step.where.nameSk})` : ''}` : '';
    const description = [
      due ? `${label ? `${label}: ` : ''}${due.rule}` : '',
      due?.whatNow ? `${options.whatNowLabel ? `${options.whatNowLabel}: ` : ''}${due.whatNow}` : '',
      where,
      step?.where.url ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    const summary = escapeText(deadline.title);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${hash}-${deadline.stepId}@pobyt`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(deadline.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(deadline.date))}`,
      `SUMMARY:${summary}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(step?.where.url ? [`URL:${step.where.url}`] : []),
      'TRANSP:TRANSPARENT',
    );
    for (const days of reminders) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${summary}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
