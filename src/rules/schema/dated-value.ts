import { z } from 'zod';
import { confidenceSchema, isoDateSchema, sourceIdSchema } from './primitives.ts';

/**
 * A legal quantity as a history (OpenFisca style): each entry holds from its `from`
 * date until the next entry's `from`. `value: null` ends the quantity. Nothing is ever
 * overwritten when the law changes: a new entry is appended.
 */
export const datedEntrySchema = <T extends z.ZodType>(value: T) =>
  z.object({
    from: isoDateSchema,
    value: value.nullable(),
    sources: z.array(sourceIdSchema).min(1),
    confidence: confidenceSchema,
    note: z.string().optional(),
  });

export const datedValueSchema = <T extends z.ZodType>(value: T) =>
  z.object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9.]*$/),
    lastVerified: isoDateSchema,
    history: z.array(datedEntrySchema(value)).min(1),
  });

export interface DatedEntry<T> {
  from: string;
  value: T | null;
  sources: string[];
  confidence: 'high' | 'med' | 'low';
  note?: string;
}

export interface DatedValue<T> {
  id: string;
  lastVerified: string;
  history: DatedEntry<T>[];
}
