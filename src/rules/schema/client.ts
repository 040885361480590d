import { z } from 'zod';
import { caseFileSchema } from './case-file.ts';
import { memberRoleSchema } from './household.ts';

/**
 * An adviser's client: a household of up to 12 people, each with their answers so far. The
 * browser keeps a list of them (components/keep/client-store.ts) and writes them to export
 * files; the command line reads the plain export files. One schema for all three.
 */
export const clientMemberSchema = z
  .object({ id: z.string().min(1).max(40), role: memberRoleSchema, name: z.string().max(120).optional(), answers: caseFileSchema.partial() })
  .strict();

export const clientSchema = z
  .object({
    id: z.string().min(1).max(40),
    name: z.string().min(1).max(120),
    notes: z.string().max(5000),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    members: z.array(clientMemberSchema).min(1).max(12),
  })
  .strict();
export type Client = z.infer<typeof clientSchema>;
export type ClientMember = z.infer<typeof clientMemberSchema>;

/** An export file as written without a passphrase (the version-1 format). */
export const plainClientExportSchema = z
  .object({ format: z.literal('pobyt-clients'), version: z.literal(1), encrypted: z.literal(false), data: z.object({ clients: z.array(clientSchema) }).strict() })
  .strict()
  .meta({ id: 'ClientExport', title: 'Pobyt client export file, without a passphrase (version 1)' });

/** Whether a value is meant as a client export file (any version, encrypted or not). */
export const isClientExport = (value: unknown): value is { format: 'pobyt-clients'; encrypted?: unknown } =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'pobyt-clients';
