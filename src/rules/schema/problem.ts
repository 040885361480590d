import { z } from 'zod';
import { messageSchema } from './message.ts';

/**
 * One thing wrong with an input (a case file, a household, a share link, Schengen stays, an
 * as-of date): the field it is in and what is wrong as a message key with parameters, never
 * prose. Outputs (the app, the command line) say it in the person's language and name the
 * field as its question names it.
 *
 * `field` is a path: a question id (`citizenship`), `asOf`, a member's field
 * (`members[1].purpose`), a stay's (`stays[0].exit`), an unknown key as it was written, or ''
 * for the input as a whole. Parameters: `value`, a short excerpt of the bad value (escaped,
 * JSON-quoted when text, cut to MAX_EXCERPT characters); dates are ISO strings.
 */
export const problemSchema = z
  .object({
    field: z.string().max(200),
    key: messageSchema.shape.key,
    params: messageSchema.shape.params,
  })
  .strict()
  .meta({ id: 'Problem', title: 'A problem with an input, as a message key with parameters' });
export type Problem = z.infer<typeof problemSchema>;
