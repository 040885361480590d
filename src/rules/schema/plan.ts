import { z } from 'zod';
import { caseFileSchema } from './case-file.ts';
import { sourceSchema } from './citation.ts';
import { messageSchema } from './message.ts';
import { confidenceSchema, isoDateSchema } from './primitives.ts';

export const groupSchema = z
  .enum(['slovak', 'eu', 'ukWithdrawalAgreement', 'thirdCountry'])
  .meta({ description: 'Which body of rules applies to the person' });
export type Group = z.infer<typeof groupSchema>;

export const officeTypeSchema = z.enum([
  'foreignPolice',
  'embassy',
  'accommodationProvider',
  'clientCentre',
  'documentDepartment',
  'healthInsurer',
  'clinic',
  'labourOffice',
  'online',
  'none',
]);
export type OfficeType = z.infer<typeof officeTypeSchema>;

export const dueStatusSchema = z.enum(['upcoming', 'dueToday', 'overdue']);
export const dueKindSchema = z
  .enum(['deadline', 'earliest', 'stayLimit'])
  .meta({ description: 'deadline = do it by then; earliest = not before then; stayLimit = last day you may stay' });
export const needSchema = z
  .enum(['bok', 'booking', 'card', 'permit'])
  .meta({ description: 'What a step needs done first: an active BOK, a booked visit, the residence card in hand, a granted permit' });
export type Need = z.infer<typeof needSchema>;
export const warningKindSchema = z.enum(['overdue', 'forbidden', 'uncertain', 'conflict', 'info']);
export const warningAboutSchema = z
  .enum(['due', 'where', 'booking', 'documents', 'fees'])
  .meta({ description: "The fact of the step the warning qualifies: its date, its place, its booking, its documents or its fees" });
export type WarningAbout = z.infer<typeof warningAboutSchema>;

/**
 * The plan, built from a case file as of a date. `text` is the schema of every text field:
 * a message key with parameters inside the engine, a string in every output.
 */
export const makePlanSchema = <T extends z.ZodType>(text: T, id: string) => {
  const documentItem = z.object({
    id: z.string(),
    name: text,
    nameSk: z.string().meta({ description: 'Slovak name, as on the forms (forms are filled in Slovak)' }),
    maxAgeDays: z.number().int().positive().optional(),
    obtainNoEarlierThan: isoDateSchema.optional(),
    apostille: z.boolean().meta({ description: 'Foreign public document: apostille or superlegalisation' }),
    translation: z.boolean().meta({ description: 'Official Slovak translation needed (Czech exempt)' }),
    notarised: z.boolean().meta({ description: 'Signature must be officially verified' }),
    note: text.optional(),
    sourceIds: z.array(z.string()).min(1),
  });
  const fee = z.object({
    id: z.string(),
    stepId: z.string(),
    title: text,
    amountEur: z.number().nonnegative(),
    optional: z.boolean(),
    alternativeGroup: z
      .string()
      .optional()
      .meta({ description: 'Fees of one step with the same group are alternatives: one of them is paid, never the sum' }),
    payment: text,
    note: text.optional(),
    confidence: confidenceSchema,
    sourceIds: z.array(z.string()).min(1),
  });
  const step = z.object({
    id: z.string(),
    title: text,
    details: z.array(text),
    where: z.object({
      officeType: officeTypeSchema,
      text: text,
      nameSk: z.string().optional(),
      url: z.url().optional(),
    }),
    booking: z
      .object({
        lifeSituation: text,
        lifeSituationSk: z.string(),
        authorisedOnly: z.boolean(),
        rules: z.array(text),
      })
      .optional(),
    due: z
      .object({
        date: isoDateSchema,
        kind: dueKindSchema,
        weekday: z.number().int().min(1).max(7).meta({ description: 'ISO weekday, 1 = Monday' }),
        rule: text,
        status: dueStatusSchema,
        whatNow: text.optional(),
      })
      .optional(),
    timing: text.optional().meta({ description: 'When there is no date yet: the rule relative to a future event' }),
    documents: z.array(documentItem),
    fees: z.array(fee),
    confidence: confidenceSchema,
    sourceIds: z.array(z.string()).min(1),
    needs: z
      .array(
        z.object({
          what: needSchema,
          stepId: z.string().optional().meta({ description: 'The earlier step of the plan that gives it' }),
          have: z.boolean().meta({ description: 'The person already has it (from the answers): no step needed' }),
        }),
      )
      .meta({ description: 'What must be done before this step, and which earlier step does it' }),
    bookingFor: z.string().optional().meta({ description: 'A booking action: the id of the step whose visit it books' }),
    primarySourceIds: z
      .array(z.string())
      .min(1)
      .max(3)
      .meta({ description: 'The one to three sources the step rests on, shown with it; the rest of sourceIds on request' }),
  });
  const where = step.shape.where;
  const next = z
    .object({
      stepId: z.string(),
      what: text,
      by: isoDateSchema.optional().meta({ description: "The step's date; absent when it has none yet" }),
      kind: dueKindSchema.optional(),
      timing: text.optional(),
      where,
      workingDaysLeft: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Slovak working days from the as-of date to `by` (the as-of date not counted); negative when overdue' }),
      calendarDaysLeft: z.number().int().optional().meta({ description: 'Calendar days from the as-of date to `by`; negative when overdue' }),
      overdue: z.boolean(),
      whatNow: text.optional(),
    })
    .meta({ description: 'The first open action of the plan: what to do next, by when and where' });
  return z
    .object({
      schemaVersion: z.literal(1),
      asOf: isoDateSchema,
      language: z.string(),
      group: groupSchema,
      outcome: text,
      caseFile: caseFileSchema,
      next: next.nullable().meta({ description: 'The first open action; null when the plan has nothing to do' }),
      steps: z.array(step),
      deadlines: z.array(
        z.object({ stepId: z.string(), date: isoDateSchema, title: text, status: dueStatusSchema }),
      ),
      fees: z.array(fee),
      feeTotals: z
        .object({
          requiredEur: z.number().nonnegative().meta({ description: 'What must be paid: the cheapest of each set of alternatives' }),
          optionalEur: z
            .number()
            .nonnegative()
            .meta({ description: 'The most the optional choices add (alternatives counted once, never summed)' }),
          maxEur: z.number().nonnegative().meta({ description: 'The most one may pay: requiredEur + optionalEur' }),
          dueNowEur: z
            .number()
            .nonnegative()
            .meta({ description: 'The next payment: what the first step from the next action on that costs money requires' }),
        })
        .meta({ description: 'The fees as a range: from requiredEur to maxEur' }),
      warnings: z.array(
        z.object({
          id: z.string(),
          kind: warningKindSchema,
          text: text,
          stepId: z.string().optional(),
          about: warningAboutSchema.optional(),
          sourceIds: z.array(z.string()),
        }),
      ),
      sources: z.array(sourceSchema),
      rulesLastVerified: isoDateSchema,
      disclaimer: text,
    })
    .meta({ id, title: `Pobyt plan (${id === 'Plan' ? 'resolved text' : 'message keys'})` });
};

/** The engine's plan: every text is a message key with parameters. */
export const enginePlanSchema = makePlanSchema(messageSchema, 'EnginePlan');
export type EnginePlan = z.infer<typeof enginePlanSchema>;
export type EngineStep = EnginePlan['steps'][number];
export type EngineFee = EngineStep['fees'][number];
export type EngineDocument = EngineStep['documents'][number];
export type EngineWarning = EnginePlan['warnings'][number];
export type EngineNext = NonNullable<EnginePlan['next']>;

/** The plan as every output shows it: text resolved in one language. */
export const planSchema = makePlanSchema(z.string(), 'Plan');
export type Plan = z.infer<typeof planSchema>;
