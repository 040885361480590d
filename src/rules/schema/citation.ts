import { z } from 'zod';
import { isoDateSchema } from './primitives.ts';

/** Where a fact comes from. Every value in the rules points to one or more of these. */
export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string().min(1),
    titleLanguage: z
      .enum(['en', 'sk'])
      .meta({ description: 'The language the title is written in (ISO 639-1); outputs say it once for a list and mark each title with it for screen readers' }),
    url: z.url(),
    legalRef: z.string().optional().meta({ description: 'Act and section, e.g. "Act 404/2011 Z. z., §111"' }),
    lastVerified: isoDateSchema.meta({ description: 'When a person last checked the value against this source' }),
  })
  .meta({ id: 'Source', title: 'Source of a fact' });
export type Source = z.infer<typeof sourceSchema>;
