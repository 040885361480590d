import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that really exists (no 2026-02-30). */
export const isoDateSchema = z.iso
  .date({ error: 'must be a real calendar date written YYYY-MM-DD' })
  .meta({ description: 'A calendar date, YYYY-MM-DD', examples: ['2026-12-18'] });
export type IsoDate = z.infer<typeof isoDateSchema>;

/** ISO 3166-1 alpha-2 code, upper case. Whether the code is assigned is checked against the country list. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO 3166-1 alpha-2 country code in capitals, e.g. UA' })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['UA', 'DE', 'GB'] });

export const confidenceSchema = z.enum(['high', 'med', 'low']).meta({
  description: 'How sure the research is: high = official source or two independent sources; med = one reputable secondary source; low = weak, old or computed',
});
export type Confidence = z.infer<typeof confidenceSchema>;

export const sourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
export type SourceId = z.infer<typeof sourceIdSchema>;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, med: 1, low: 0 };

/** The least certain of some confidences (high when there are none). */
export const lowestConfidence = (...cs: Confidence[]): Confidence =>
  cs.reduce<Confidence>((a, b) => (CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a), 'high');
