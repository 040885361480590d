import { z } from 'zod';
import { RESIDENCE_KINDS } from '../../rules/calculators/long-term-residence.ts';
import { isObject } from '../../rules/case-file-check.ts';
import { isoDateSchema } from '../../rules/schema/primitives.ts';
import type { SaveResult } from './storage.ts';
import { KEY_PREFIX, STORAGE_VERSION } from './storage-keys.ts';

/**
 * What a person typed into each calculator, kept in this browser so a reload, a closed tab
 * or a later visit finds it again ("Clear my data" removes it with every other key).
 *
 * Boxes are kept as typed: the calculator checks them on Calculate, as it does when they are
 * typed. A saved form is read through its schema; a damaged one gives back what can still be
 * read (each box, each row on its own), and its text is first copied aside, never overwritten.
 */

/** A box as typed (a date is kept as its day, month and year joined: `2026-3-5`). */
const typed = z.string().max(100);
/** Rows kept of one list (stays, periods, absences): far more than anyone types. */
export const MAX_KEPT_ROWS = 200;
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(MAX_KEPT_ROWS);

export const calculatorInputSchemas = {
  schengen: z
    .object({
      stays: rows(z.object({ entry: typed, exit: typed }).strict()),
      checkDate: typed,
      tripEntry: typed,
      tripExit: typed,
    })
    .strict(),
  longTerm: z
    .object({
      periods: rows(z.object({ kind: z.enum(RESIDENCE_KINDS), from: typed, to: typed }).strict()),
      absences: rows(z.object({ from: typed, to: typed }).strict()),
      date: typed,
    })
    .strict(),
  invitation: z.object({ people: typed, days: typed, date: typed }).strict(),
  blueCard: z.object({ date: typed, graduate: z.boolean() }).strict(),
};

export type KeptCalculatorId = keyof typeof calculatorInputSchemas;
export type CalculatorInputs = { [K in KeptCalculatorId]: z.infer<(typeof calculatorInputSchemas)[K]> };

/** The date box of each calculator that starts at today. */
const TODAY_FIELD: { readonly [K in KeptCalculatorId]: keyof CalculatorInputs[K] } = {
  schengen: 'checkDate',
  longTerm: 'date',
  invitation: 'date',
  blueCard: 'date',
};

export const calculatorKey = (id: KeptCalculatorId): string => `${KEY_PREFIX}${STORAGE_VERSION}:calculator:${id}`;
/** Where a damaged saved form is kept as it was, before anything can overwrite it. */
export const damagedCalculatorKey = (id: KeptCalculatorId): string => `${calculatorKey(id)}:damaged`;

const keptSchema = <K extends KeptCalculatorId>(id: K) => z.object({ savedOn: isoDateSchema, inputs: calculatorInputSchemas[id] }).strict();

export interface KeptForm<K extends KeptCalculatorId> {
  /** What the form starts with: what was kept, else the defaults. */
  inputs: CalculatorInputs[K];
  /**
   * What was found: nothing, the form as it was left, a damaged form of which `inputs` holds
   * what could still be read (the rest is the defaults), or no storage to keep a form in.
   */
  found: 'nothing' | 'kept' | 'damaged' | 'unavailable';
}

/**
 * The form of calculator `id` as the person left it, else `defaults`. The box that starts at
 * today, left at the day it was saved on, follows today (a date the person picked stays).
 * A damaged form is copied aside once (damagedCalculatorKey) and what can be read is given back.
 */
export function loadCalculatorInputs<K extends KeptCalculatorId>(
  id: K,
  defaults: CalculatorInputs[K],
  today: string,
  store: Storage | undefined,
): KeptForm<K> {
  let text: string | null;
  try {
    if (!store) return { inputs: defaults, found: 'unavailable' };
    text = store.getItem(calculatorKey(id));
  } catch {
    return { inputs: defaults, found: 'unavailable' };
  }
  if (text === null) return { inputs: defaults, found: 'nothing' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = keptSchema(id).safeParse(json);
  if (parsed.success) {
    const { savedOn, inputs } = parsed.data as { savedOn: string; inputs: CalculatorInputs[K] };
    return { inputs: followToday(id, inputs, savedOn, today), found: 'kept' };
  }
  keepDamaged(id, text, store);
  const { inputs, savedOn } = salvage(id, json, defaults);
  return { inputs: savedOn ? followToday(id, inputs, savedOn, today) : inputs, found: 'damaged' };
}

/**
 * Keep the form of calculator `id` (checked by its schema first). A form that is just the
 * defaults is not kept: the key is removed, so opening a calculator leaves nothing behind.
 */
export function saveCalculatorInputs<K extends KeptCalculatorId>(
  id: K,
  inputs: CalculatorInputs[K],
  defaults: CalculatorInputs[K],
  today: string,
  store: Storage | undefined,
): SaveResult {
  if (!store) return { ok: false, reason: 'unavailable' };
  const checked = calculatorInputSchemas[id].safeParse(inputs);
  if (!checked.success) return { ok: false, reason: 'invalid' };
  try {
    if (sameInputs(inputs, defaults)) store.removeItem(calculatorKey(id));
    else store.setItem(calculatorKey(id), JSON.stringify({ savedOn: today, inputs: checked.data }));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'refused' };
  }
}

/** Whether two forms hold the same boxes (in the same order). */
export function sameInputs<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function followToday<K extends KeptCalculatorId>(id: K, inputs: CalculatorInputs[K], savedOn: string, today: string): CalculatorInputs[K] {
  const field = TODAY_FIELD[id];
  return inputs[field] === savedOn ? { ...inputs, [field]: today } : inputs;
}

function keepDamaged(id: KeptCalculatorId, text: string, store: Storage | undefined): void {
  try {
    if (store && store.getItem(damagedCalculatorKey(id)) === null) store.setItem(damagedCalculatorKey(id), text);
  } catch {
    // Storage refuses: the damaged text stays where it is until the form is changed.
  }
}

/** Each box that its schema accepts, each row of a list on its own; the defaults for the rest. */
function salvage<K extends KeptCalculatorId>(id: K, json: unknown, defaults: CalculatorInputs[K]): { inputs: CalculatorInputs[K]; savedOn?: string } {
  const record = isObject(json) ? json : {};
  const saved = isObject(record.inputs) ? record.inputs : {};
  const savedOn = isoDateSchema.safeParse(record.savedOn);
  const out: Record<string, unknown> = { ...defaults };
  for (const [name, schema] of Object.entries(calculatorInputSchemas[id].shape) as [string, z.ZodType][]) {
    const value = saved[name];
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      const row = schema.element as z.ZodType;
      out[name] = value.filter((r) => row.safeParse(r).success).slice(0, MAX_KEPT_ROWS);
    } else if (value !== undefined && schema.safeParse(value).success) {
      out[name] = value;
    }
  }
  return { inputs: out as CalculatorInputs[K], ...(savedOn.success ? { savedOn: savedOn.data } : {}) };
}
