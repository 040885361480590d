import { z } from 'zod';
import { isKnownCountry } from '../params/countries.ts';
import { countryCodeSchema, isoDateSchema } from './primitives.ts';

/**
 * The case file: a person's answers. One field per question of the decision tree
 * (rules/decision-tree.ts); the field name is the question id, the statechart state id, the locale key prefix
 * and the screen file name. Which fields are required depends on the branch: see
 * `questionPath()` in rules/questions.ts, which walks the tree.
 */

export const yesNoSchema = z.enum(['yes', 'no']);
export const yesNoDontKnowSchema = z.enum(['yes', 'no', 'dontKnow']);

export const stayLengthSchema = z.enum(['upTo90Days', 'over90Days']).meta({
  description: 'How long the person will stay in Slovakia: up to 90 days, or longer',
});

export const accommodationSchema = z.enum(['facility', 'private']).meta({
  description: 'facility = hotel, hostel, dormitory (it files the notice of stay); private = flat or house (the person files)',
});

export const euBasisSchema = z
  .enum(['employee', 'selfEmployed', 'student', 'selfSufficient', 'jobSeeker', 'familyMember'])
  .meta({ description: 'Basis of an EU/EEA/CH citizen\'s residence over 3 months' });

export const currentStatusSchema = z
  .enum([
    'abroad',
    'visaFree',
    'arrivingVisaFree',
    'schengenVisa',
    'nationalVisa',
    'temporaryResidence',
    'permanentResidence',
    'temporaryRefuge',
    'toleratedStay',
  ])
  .meta({
    description:
      'Where a third-country national stands now; arrivingVisaFree = will enter Slovakia visa-free on arrivalDate (planned as a visa-free stay from that day)',
  });

export const purposeSchema = z
  .enum([
    'employment',
    'euBlueCard',
    'business',
    'studies',
    'research',
    'specialActivity',
    'familyReunification',
    'seasonalWork',
  ])
  .meta({ description: 'Purpose of temporary residence' });

export const residentGoalSchema = z
  .enum(['renewal', 'changeOfPurpose', 'longTermResidence', 'permanentResidence', 'continuingDuties'])
  .meta({ description: 'What a person already holding residence wants to do' });

export const permanentResidenceTieSchema = z
  .enum(['slovakFamily', 'childOfPermanentResident', 'none', 'dontKnow'])
  .meta({
    description:
      'A family tie that opens permanent residence for 5 years (§43 Act 404/2011): slovakFamily = spouse or dependent direct relative of a Slovak citizen with permanent residence in Slovakia, or a child under 18 of that spouse; childOfPermanentResident = a child under 18 (or a dependent adult child) of a foreigner with permanent residence; none; dontKnow plans both routes',
  });

export const refugeGoalSchema = z
  .enum(['keepRefuge', 'temporaryResidence'])
  .meta({ description: 'A temporary-refuge holder: stay on refuge, or file for temporary residence' });

export const filingChannelSchema = z
  .enum(['inPerson', 'online'])
  .meta({ description: 'online = filed electronically with an activated residence card (card fees halved)' });

/**
 * A citizenship the rules know: every door (storage, files, links, the command line) checks
 * it here, so no rules function ever meets an unknown country.
 */
export const citizenshipSchema = countryCodeSchema.refine(isKnownCountry, { params: { problem: 'unknownCountry' } });

export const caseFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    citizenship: citizenshipSchema,
    ukResidentBefore2021: yesNoSchema.optional().meta({
      description: 'British citizens: lived in Slovakia before 1 Jan 2021 (Withdrawal Agreement)',
    }),
    euFamilyMember: yesNoSchema.optional().meta({
      description: 'Third-country national accompanying or joining an EU/EEA/CH citizen family member',
    }),
    stayLength: stayLengthSchema.optional(),
    currentStatus: currentStatusSchema.optional(),
    refugeGoal: refugeGoalSchema.optional(),
    residentGoal: residentGoalSchema.optional(),
    purpose: purposeSchema.optional(),
    euBasis: euBasisSchema.optional(),
    arrivalDate: isoDateSchema.optional().meta({ description: 'Day of entry to Slovakia (past or planned)' }),
    accommodation: accommodationSchema.optional(),
    permitExpiry: isoDateSchema.optional().meta({ description: 'Last day of validity of the current residence' }),
    residenceSince: isoDateSchema.optional().meta({
      description: 'First day of uninterrupted legal residence in Slovakia',
    }),
    permanentResidenceTie: permanentResidenceTieSchema.optional(),
    filingChannel: filingChannelSchema.optional(),
    cardChip: yesNoDontKnowSchema.optional().meta({
      description: 'Whether the residence card has a chip (needed for the BOK)',
    }),
    bokActive: yesNoDontKnowSchema.optional().meta({
      description: "Whether the card's BOK (personal security code) is already activated; dontKnow plans the activation",
    }),
  })
  .strict()
  .meta({ id: 'CaseFile', title: 'Pobyt case file (the answers)' });

export type CaseFile = z.infer<typeof caseFileSchema>;
export type QuestionId = Exclude<keyof CaseFile, 'schemaVersion'>;
export type Purpose = z.infer<typeof purposeSchema>;
export type EuBasis = z.infer<typeof euBasisSchema>;
export type CurrentStatus = z.infer<typeof currentStatusSchema>;
export type ResidentGoal = z.infer<typeof residentGoalSchema>;
