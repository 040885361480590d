import { z } from 'zod';

/**
 * What the rules say, as a message key and parameters: never prose. Outputs resolve it
 * in the requested language. Date parameters are ISO strings; amounts are numbers.
 */
export const messageSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict()
  .meta({ id: 'Message', title: 'Message key with parameters' });
export type Message = z.infer<typeof messageSchema>;

export const msg = (key: string, params?: Record<string, string | number>): Message =>
  params ? { key, params } : { key };
