/**
 * iCalendar text (RFC 5545) as every calendar file of the project writes it: the plan's
 * (components/plan/plan-ics.ts), the adviser's desk's and the command line's (desk-ics.ts).
 * Pure string building, no language.
 */

export const CRLF = '\r\n';
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

/** An ISO date as an iCalendar DATE (YYYYMMDD). */
export const basicDate = (iso: string) => iso.replace(/-/g, '');

/** The day after an ISO date (an all-day event's DTEND). */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A moment as an iCalendar UTC DATE-TIME (DTSTAMP). */
export function utcStamp(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError(`generatedAt is not a valid time: ${String(at)}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Reminders before each deadline, in days: two weeks to book or gather papers, a week, the day before. */
export const REMINDER_DAYS: readonly number[] = [14, 7, 1];

/**
 * The alarms of one event: a booking action rings on its day at 9:00, when slots for the
 * visit open (an all-day event starts at midnight), and the day before; any other date
 * `reminderDays` before it.
 */
export function alarms(summary: string, booking: boolean, reminderDays: readonly number[] = REMINDER_DAYS): string[] {
  const triggers = booking ? ['PT9H', '-P1D'] : reminderDays.map((days) => `-P${days}D`);
  return triggers.flatMap((t) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${t}`, `DESCRIPTION:${summary}`, 'END:VALARM']);
}
