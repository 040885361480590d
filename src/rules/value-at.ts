import type { DatedEntry, DatedValue } from './schema/dated-value.ts';

export class OutOfRangeError extends Error {
  readonly code = 'outOfRange';
  constructor(readonly paramId: string, readonly asOf: string) {
    super(`${paramId} has no value on ${asOf}`);
  }
}

/** The entry of a dated value in force on `asOf` (ISO dates compare as strings). */
export function entryAt<T>(param: DatedValue<T>, asOf: string): DatedEntry<T> & { value: T } {
  let found: DatedEntry<T> | undefined;
  for (const entry of param.history) {
    if (entry.from <= asOf) found = entry;
    else break;
  }
  if (!found || found.value === null) throw new OutOfRangeError(param.id, asOf);
  return found as DatedEntry<T> & { value: T };
}

/** The value of a dated value in force on `asOf`. */
export function valueAt<T>(param: DatedValue<T>, asOf: string): T {
  return entryAt(param, asOf).value;
}

/** Declare a dated value; history must be in ascending `from` order (checked by tests). */
export function dated<T>(id: string, lastVerified: string, history: DatedEntry<T>[]): DatedValue<T> {
  return { id, lastVerified, history };
}
