/**
 * The dates Pobyt accepts, in one place: every door (question pages, case files, share
 * links, clients, calculators, the command line) checks against these ranges, and the
 * calendar (calendar/days-of-rest.ts) counts well past their ends.
 */

export interface IsoRange {
  /** First date accepted (ISO). */
  min: string;
  /** Last date accepted (ISO). */
  max: string;
}

/** The last day a person can bring: a permit running to 2045, an as-of date in 2045. */
export const LAST_DATE = '2045-12-31';

/**
 * The plan's as-of date: from the first day the dated values (fees, periods, lists) cover,
 * so no older fee is invented, to LAST_DATE. A dated value's last entry holds forward until
 * a change is recorded.
 */
export const AS_OF_RANGE: IsoRange = { min: '2024-01-01', max: LAST_DATE };

/**
 * Dates of events (arrival, permit expiry, a Schengen stay): from 18 Oct 2013, when the
 * present 90/180-day rule took effect (Reg. (EU) 610/2013), to LAST_DATE.
 */
export const EVENT_DATE_RANGE: IsoRange = { min: '2013-10-18', max: LAST_DATE };

/** Residence in Slovakia since: from the founding of the Slovak Republic; never after the plan date. */
export const RESIDENCE_SINCE_MIN = '1993-01-01';

/** Which range a date field of the case file takes (residenceSince ends on the plan date). */
export function rangeOfField(field: 'arrivalDate' | 'permitExpiry' | 'residenceSince', asOf: string): IsoRange {
  return field === 'residenceSince' ? { min: RESIDENCE_SINCE_MIN, max: asOf } : EVENT_DATE_RANGE;
}

export const inRange = (iso: string, r: IsoRange): boolean => iso >= r.min && iso <= r.max;
