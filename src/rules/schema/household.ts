import { z } from 'zod';
import { caseFileSchema } from './case-file.ts';

/** How a person relates to the main applicant of a household. */
export const memberRoleSchema = z.enum(['main', 'spouse', 'child', 'dependentParent', 'otherRelative']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/**
 * A household: the main person and family members, each with their own answers (their own
 * case file: citizenship, purpose — e.g. family reunification or an EU citizen's family member).
 */
export const householdSchema = z
  .object({
    schemaVersion: z.literal(1),
    kind: z.literal('household'),
    members: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]{1,40}$/),
            role: memberRoleSchema,
            name: z.string().max(120).optional(),
            caseFile: caseFileSchema,
          })
          .strict(),
      )
      .min(1)
      .max(12),
  })
  .strict()
  .meta({ id: 'Household', title: 'Pobyt household (main person and family members)' });
export type Household = z.infer<typeof householdSchema>;
