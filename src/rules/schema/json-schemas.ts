import { z } from 'zod';
import { caseFileSchema } from './case-file.ts';
import { plainClientExportSchema } from './client.ts';
import { householdSchema } from './household.ts';
import { enginePlanSchema, planSchema } from './plan.ts';
import { problemSchema } from './problem.ts';

/** The JSON Schemas generated from the zod schemas, by file name (committed under schemas/). */
export function generateJsonSchemas(): Record<string, string> {
  const gen = (schema: z.ZodType, id: string) =>
    `${JSON.stringify({ $id: `https://pobyt.local/schemas/${id}`, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) }, null, 2)}\n`;
  return {
    'case-file.schema.json': gen(caseFileSchema, 'case-file.schema.json'),
    'plan.schema.json': gen(planSchema, 'plan.schema.json'),
    'engine-plan.schema.json': gen(enginePlanSchema, 'engine-plan.schema.json'),
    'household.schema.json': gen(householdSchema, 'household.schema.json'),
    'problem.schema.json': gen(problemSchema, 'problem.schema.json'),
    'client-export.schema.json': gen(plainClientExportSchema, 'client-export.schema.json'),
  };
}
