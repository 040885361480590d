import { addDays } from '../../rules/calendar/iso-date.ts';
import type { DatedEntry, DatedValue } from '../../rules/schema/dated-value.ts';
import { entryAt } from '../../rules/value-at.ts';

export interface EntryInForce<T> {
  entry: DatedEntry<T> & { value: T };
  /** First day the entry is in force. */
  from: string;
  /** Last day before the next entry, or null while no later entry is known. */
  to: string | null;
  lastVerified: string;
}

/** The entry of a dated value in force on `asOf`, with the days it is in force for. */
export function entryInForce<T>(param: DatedValue<T>, asOf: string): EntryInForce<T> {
  const entry = entryAt(param, asOf);
  const next = param.history.find((e) => e.from > entry.from);
  return { entry, from: entry.from, to: next ? addDays(next.from, -1) : null, lastVerified: param.lastVerified };
}
